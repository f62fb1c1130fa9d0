#include "storedentries.h"

#include "namefolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>

namespace StoredEntries {

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString aliasesJson(const QStringList &aliases)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

QStringList aliasesFromJson(const QString &json)
{
    QStringList aliases;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        aliases.append(v.toString());
    return aliases;
}

SyncLogEntry syncLogEntry(const QSqlQuery &q, InstantReader readInstant)
{
    SyncLogEntry e;
    e.id = q.value(0).toLongLong();
    e.at = readInstant(q.value(1));
    e.target = q.value(2).toString();
    e.profile = q.value(3).toString();
    e.recordId = q.value(4).toLongLong();
    e.rowKey = q.value(5).toString();
    e.action = q.value(6).toString();
    e.outcome = q.value(7).toString();
    e.remoteId = q.value(8).toString();
    e.httpStatus = q.value(9).toInt();
    e.message = q.value(10).toString();
    return e;
}

QVariantList syncLogValues(const SyncLogEntry &e, InstantWriter instant, TextWriter requiredText)
{
    // 0 for "no row" and "no status" is stored as NULL.
    return {instant(e.at),
            requiredText(e.target),
            e.profile,
            e.recordId ? QVariant(e.recordId) : QVariant(),
            e.rowKey,
            requiredText(e.action),
            requiredText(e.outcome),
            e.remoteId,
            e.httpStatus ? QVariant(e.httpStatus) : QVariant(),
            e.message};
}

WorkspaceStore::SnapshotInfo snapshotInfo(const QSqlQuery &q, InstantReader readInstant)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), readInstant(q.value(2)),
            q.value(3).toInt()};
}

KeptReferenceList referenceListOf(const QSqlQuery &q, const QString &profile,
                                  InstantReader readInstant)
{
    KeptReferenceList list;
    list.listId = q.value(0).toString();
    list.profile = profile;
    list.scope = q.value(1).toString();
    list.readAt = readInstant(q.value(2));
    list.recordCount = q.value(3).toInt();
    return list;
}

ReferenceRecord referenceRecord(const QSqlQuery &q)
{
    ReferenceRecord r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.originId = q.value(2).toString();
    r.originCode = q.value(3).toString();
    r.number = q.value(4).toString();
    r.aliases = aliasesFromJson(q.value(5).toString());
    r.detail = q.value(6).toString();
    // SQLite gives an integer, PostgreSQL a boolean: both are true when not zero.
    r.active = q.value(7).toBool();
    return r;
}

QVariantList referenceRecordValues(const QVariant &list, int position, const ReferenceRecord &r,
                                   FlagWriter flag)
{
    return {list,
            position,
            notNull(r.id),
            notNull(r.name),
            notNull(r.originId),
            notNull(r.originCode),
            notNull(r.number),
            aliasesJson(r.aliases),
            notNull(r.detail),
            flag(r.active)};
}

CrosswalkChoice crosswalkChoice(const QSqlQuery &q, const QString &target, const QString &profile,
                                InstantReader readInstant)
{
    CrosswalkChoice c;
    c.target = target;
    c.profile = profile;
    c.field = q.value(0).toString();
    c.scope = q.value(1).toString();
    c.value = q.value(2).toString();
    c.valueKey = q.value(3).toString();
    c.id = q.value(4).toString();
    c.name = q.value(5).toString();
    c.chosenAt = readInstant(q.value(6));
    return c;
}

QVariantList crosswalkValues(const CrosswalkChoice &c, InstantWriter instant,
                             TextWriter requiredText)
{
    return {requiredText(c.target),
            requiredText(c.profile),
            requiredText(c.field),
            notNull(c.scope),
            notNull(c.value),
            c.valueKey.isEmpty() ? NameFolding::exactKey(c.value) : c.valueKey,
            requiredText(c.id),
            notNull(c.name),
            instant(c.chosenAt)};
}

MappingTemplate mappingTemplate(const QSqlQuery &q, const QString &target)
{
    return {target, q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8()};
}

WorkspaceContent::Template storedTemplate(const QSqlQuery &q, InstantReader readInstant)
{
    return {{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString().toUtf8()},
            readInstant(q.value(4))};
}

QVariantList templateValues(const WorkspaceContent::Template &t, InstantWriter instant,
                            TextWriter requiredText)
{
    return {requiredText(t.mapping.target), requiredText(t.mapping.name),
            notNull(t.mapping.headerSignature), QString::fromUtf8(t.mapping.mappingJson),
            instant(t.updatedAt)};
}

WorkspaceContent::Import storedImport(const QSqlQuery &q, InstantReader readInstant)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), readInstant(q.value(4))};
}

QVariantList importValues(const WorkspaceContent::Import &i, InstantWriter instant,
                          TextWriter requiredText)
{
    return {i.id, requiredText(i.target), notNull(i.source), i.rowCount, instant(i.importedAt)};
}

} // namespace StoredEntries
