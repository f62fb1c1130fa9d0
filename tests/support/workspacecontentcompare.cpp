#include "workspacecontentcompare.h"

#include "decimal.h"
#include "rawtext.h"
#include "valuecodec.h"

#include <QMetaType>

namespace {

// A value as a difference names it: its type, for a value of the wrong kind, and its text.
QString described(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("empty");
    if (ValueCodec::isRaw(value))
        return QStringLiteral("unreadable \"%1\"").arg(value.value<RawText>().text);
    if (value.userType() == qMetaTypeId<Decimal>())
        return QStringLiteral("%1 (decimal)").arg(value.value<Decimal>().toString());
    return QStringLiteral("\"%1\" (%2)")
            .arg(value.toString(), QString::fromLatin1(value.typeName()));
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("no time");
}

// Times equal to the millisecond; two missing times are equal.
bool sameTime(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch();
}

template<typename T>
QString differs(const QString &where, const T &a, const T &b)
{
    if (a == b)
        return QString();
    return QStringLiteral("%1 is %2 here, %3 there").arg(where).arg(a).arg(b);
}

QString differsTime(const QString &where, const QDateTime &a, const QDateTime &b)
{
    if (sameTime(a, b))
        return QString();
    return QStringLiteral("%1 is %2 here, %3 there").arg(where, timeText(a), timeText(b));
}

QString count(const QString &what, qsizetype a, qsizetype b)
{
    if (a == b)
        return QString();
    return QStringLiteral("%1: %2 here, %3 there").arg(what).arg(a).arg(b);
}

// Values, then (when `identity`) id, remote id, sync key, state and version.
QString recordDifference(const QString &where, const Record &a, const Record &b, bool identity)
{
    if (identity) {
        QString d = differs(where + QStringLiteral(": id"), a.id(), b.id());
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": remote id"), a.remoteId(), b.remoteId());
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": sync key"), a.syncKey(), b.syncKey());
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": sync state"), int(a.syncState()),
                        int(b.syncState()));
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": version"), a.version(), b.version());
        if (!d.isEmpty())
            return d;
    }
    if (a.fieldCount() != b.fieldCount())
        return count(where + QStringLiteral(": fields"), a.fieldCount(), b.fieldCount());
    for (int i = 0; i < a.fieldCount(); ++i) {
        if (!ValueCodec::identical(a.value(i), b.value(i)))
            return QStringLiteral("%1: field %2 is %3 here, %4 there")
                    .arg(where)
                    .arg(i)
                    .arg(described(a.value(i)), described(b.value(i)));
    }
    return QString();
}

QString targetDifference(const WorkspaceContent::Target &a, const WorkspaceContent::Target &b)
{
    const QString &t = a.target;
    if (QString d = count(t + QStringLiteral(" rows"), a.rows.size(), b.rows.size()); !d.isEmpty())
        return d;
    for (int i = 0; i < a.rows.size(); ++i) {
        const WorkspaceContent::Row &x = a.rows.at(i);
        const WorkspaceContent::Row &y = b.rows.at(i);
        const QString where =
                QStringLiteral("%1 row %2 (id %3)").arg(t).arg(i + 1).arg(x.record.id());
        QString d = recordDifference(where, x.record, y.record, true);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": position"), x.position, y.position);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": import"), x.importId, y.importId);
        if (d.isEmpty())
            d = differsTime(where + QStringLiteral(": updated at"), x.updatedAt, y.updatedAt);
        if (!d.isEmpty())
            return d;
    }
    if (QString d = count(t + QStringLiteral(" pushed values"), a.pushed.size(), b.pushed.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.pushed.size(); ++i) {
        const auto &x = a.pushed.at(i);
        const auto &y = b.pushed.at(i);
        const QString where =
                QStringLiteral("%1 pushed values of row id %2").arg(t).arg(x.values.id());
        QString d = differs(where + QStringLiteral(": row id"), x.values.id(), y.values.id());
        if (d.isEmpty())
            d = recordDifference(where, x.values, y.values, false);
        if (d.isEmpty())
            d = differsTime(where + QStringLiteral(": pushed at"), x.pushedAt, y.pushedAt);
        if (!d.isEmpty())
            return d;
    }
    if (QString d = count(t + QStringLiteral(" snapshots"), a.snapshots.size(), b.snapshots.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.snapshots.size(); ++i) {
        const auto &x = a.snapshots.at(i);
        const auto &y = b.snapshots.at(i);
        const QString where = QStringLiteral("%1 snapshot %2").arg(t).arg(x.id);
        QString d = differs(where + QStringLiteral(": id"), x.id, y.id);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": profile"), x.profile, y.profile);
        if (d.isEmpty())
            d = differsTime(where + QStringLiteral(": pulled at"), x.pulledAt, y.pulledAt);
        if (d.isEmpty())
            d = count(where + QStringLiteral(" records"), x.records.size(), y.records.size());
        for (int r = 0; d.isEmpty() && r < x.records.size(); ++r) {
            const QString at = QStringLiteral("%1 record %2").arg(where).arg(r + 1);
            const Record &p = x.records.at(r);
            const Record &q = y.records.at(r);
            d = differs(at + QStringLiteral(": remote id"), p.remoteId(), q.remoteId());
            if (d.isEmpty())
                d = differs(at + QStringLiteral(": sync key"), p.syncKey(), q.syncKey());
            if (d.isEmpty())
                d = recordDifference(at, p, q, false);
        }
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

QString listDifference(const KeptReferenceList &a, const KeptReferenceList &b)
{
    const QString where = QStringLiteral("reference list %1 of %2 (scope \"%3\")")
                                  .arg(a.listId, a.profile, a.scope);
    QString d = differs(where + QStringLiteral(": list id"), a.listId, b.listId);
    if (d.isEmpty())
        d = differs(where + QStringLiteral(": profile"), a.profile, b.profile);
    if (d.isEmpty())
        d = differs(where + QStringLiteral(": scope"), a.scope, b.scope);
    if (d.isEmpty())
        d = differsTime(where + QStringLiteral(": read at"), a.readAt, b.readAt);
    if (d.isEmpty())
        d = count(where + QStringLiteral(" records"), a.records.size(), b.records.size());
    for (int i = 0; d.isEmpty() && i < a.records.size(); ++i) {
        const ReferenceRecord &x = a.records.at(i);
        const ReferenceRecord &y = b.records.at(i);
        const QString at = QStringLiteral("%1 record %2").arg(where).arg(i + 1);
        d = differs(at + QStringLiteral(": id"), x.id, y.id);
        if (d.isEmpty())
            d = differs(at + QStringLiteral(": name"), x.name, y.name);
        if (d.isEmpty())
            d = differs(at + QStringLiteral(": origin id"), x.originId, y.originId);
        if (d.isEmpty())
            d = differs(at + QStringLiteral(": origin code"), x.originCode, y.originCode);
        if (d.isEmpty())
            d = differs(at + QStringLiteral(": number"), x.number, y.number);
        if (d.isEmpty())
            d = differs(at + QStringLiteral(": aliases"), x.aliases.join(QLatin1Char('|')),
                        y.aliases.join(QLatin1Char('|')));
        if (d.isEmpty())
            d = differs(at + QStringLiteral(": detail"), x.detail, y.detail);
        if (d.isEmpty())
            d = differs(at + QStringLiteral(": active"), int(x.active), int(y.active));
    }
    return d;
}

} // namespace

QString firstDifference(const WorkspaceContent &a, const WorkspaceContent &b)
{
    if (QString d = count(QStringLiteral("targets"), a.targets.size(), b.targets.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.targets.size(); ++i) {
        QString d = differs(QStringLiteral("target %1").arg(i + 1), a.targets.at(i).target,
                            b.targets.at(i).target);
        if (d.isEmpty())
            d = targetDifference(a.targets.at(i), b.targets.at(i));
        if (!d.isEmpty())
            return d;
    }

    if (QString d = count(QStringLiteral("imports"), a.imports.size(), b.imports.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.imports.size(); ++i) {
        const auto &x = a.imports.at(i);
        const auto &y = b.imports.at(i);
        const QString where = QStringLiteral("import %1").arg(x.id);
        QString d = differs(where + QStringLiteral(": id"), x.id, y.id);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": target"), x.target, y.target);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": source"), x.source, y.source);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": row count"), x.rowCount, y.rowCount);
        if (d.isEmpty())
            d = differsTime(where + QStringLiteral(": imported at"), x.importedAt, y.importedAt);
        if (!d.isEmpty())
            return d;
    }

    if (QString d = count(QStringLiteral("templates"), a.templates.size(), b.templates.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.templates.size(); ++i) {
        const auto &x = a.templates.at(i);
        const auto &y = b.templates.at(i);
        const QString where =
                QStringLiteral("template %1 of %2").arg(x.mapping.name, x.mapping.target);
        QString d = differs(where + QStringLiteral(": target"), x.mapping.target, y.mapping.target);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": name"), x.mapping.name, y.mapping.name);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": headers"), x.mapping.headerSignature,
                        y.mapping.headerSignature);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": mapping"),
                        QString::fromUtf8(x.mapping.mappingJson),
                        QString::fromUtf8(y.mapping.mappingJson));
        if (d.isEmpty())
            d = differsTime(where + QStringLiteral(": updated at"), x.updatedAt, y.updatedAt);
        if (!d.isEmpty())
            return d;
    }

    if (QString d = count(QStringLiteral("history lines"), a.history.size(), b.history.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.history.size(); ++i) {
        const SyncLogEntry &x = a.history.at(i);
        const SyncLogEntry &y = b.history.at(i);
        const QString where = QStringLiteral("history line %1").arg(x.id);
        QString d = differs(where + QStringLiteral(": id"), x.id, y.id);
        if (d.isEmpty())
            d = differsTime(where + QStringLiteral(": time"), x.at, y.at);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": target"), x.target, y.target);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": profile"), x.profile, y.profile);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": row id"), x.recordId, y.recordId);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": row key"), x.rowKey, y.rowKey);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": action"), x.action, y.action);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": outcome"), x.outcome, y.outcome);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": remote id"), x.remoteId, y.remoteId);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": HTTP status"), x.httpStatus, y.httpStatus);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": message"), x.message, y.message);
        if (!d.isEmpty())
            return d;
    }

    if (QString d = count(QStringLiteral("reference lists"), a.referenceLists.size(),
                          b.referenceLists.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.referenceLists.size(); ++i) {
        if (QString d = listDifference(a.referenceLists.at(i), b.referenceLists.at(i));
            !d.isEmpty())
            return d;
    }

    if (QString d =
                count(QStringLiteral("crosswalk choices"), a.crosswalk.size(), b.crosswalk.size());
        !d.isEmpty())
        return d;
    for (int i = 0; i < a.crosswalk.size(); ++i) {
        const CrosswalkChoice &x = a.crosswalk.at(i);
        const CrosswalkChoice &y = b.crosswalk.at(i);
        const QString where =
                QStringLiteral("choice for \"%1\" in %2 %3").arg(x.value, x.target, x.field);
        QString d = differs(where + QStringLiteral(": target"), x.target, y.target);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": profile"), x.profile, y.profile);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": field"), x.field, y.field);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": scope"), x.scope, y.scope);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": value"), x.value, y.value);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": value key"), x.valueKey, y.valueKey);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": chosen id"), x.id, y.id);
        if (d.isEmpty())
            d = differs(where + QStringLiteral(": chosen name"), x.name, y.name);
        if (d.isEmpty())
            d = differsTime(where + QStringLiteral(": chosen at"), x.chosenAt, y.chosenAt);
        if (!d.isEmpty())
            return d;
    }
    return QString();
}
