#include "workspace.h"

#include "entityschema.h"
#include "logcategories.h"
#include "namefolding.h"
#include "rawtext.h"
#include "valuecodec.h"
#include "workspacemigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Values are stored as typed JSON keyed by field path, the same shape `export --format json`
// writes; text that could not be read as its type is kept as {"raw": text}.
QByteArray encodeValues(const EntitySchema &schema, const Record &record)
{
    QJsonObject object;
    for (int i = 0; i < schema.fieldCount(); ++i) {
        const QVariant &value = record.value(i);
        if (!value.isValid())
            continue;
        const FieldSpec &field = schema.field(i);
        if (ValueCodec::isRaw(value)) {
            object.insert(field.path,
                          QJsonObject{{QStringLiteral("raw"), value.value<RawText>().text}});
        } else {
            object.insert(field.path, ValueCodec::toJson(field, value));
        }
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Record decodeRecord(const EntitySchema &schema, const QByteArray &data)
{
    Record record(schema.fieldCount());
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int index = schema.indexOf(it.key());
        if (index < 0)
            continue; // a field a later schema dropped: ignored, still in the file
        if (it.value().isObject()) {
            record.setValue(index,
                            QVariant::fromValue(RawText{
                                    it.value().toObject().value(QLatin1String("raw")).toString()}));
        } else {
            record.setValue(index, ValueCodec::fromJson(schema.field(index), it.value()).value);
        }
    }
    return record;
}

Status sqlFailure(const QString &what, const QSqlError &error)
{
    // Every failed transaction of a workspace passes here: the one place to log them.
    qCWarning(lcStorage).noquote() << "transaction failed:" << what << '-' << error.text()
                                   << "(native code" << error.nativeErrorCode() << ')';
    return Status::failure(Workspace::tr("%1: %2").arg(what, error.text()));
}

// Reads the header and version of an existing file through a read-only connection, so that
// a file we cannot use is never opened for writing.
Result<int> inspectExisting(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<int>::failure(
                Workspace::tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return 0; // an empty file: a new workspace
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3")) || header.size() < 100)
        return Result<int>::failure(
                Workspace::tr("%1 is not a ContractDesk workspace (it is not a database file). "
                              "It was left unchanged.")
                        .arg(path));

    const QString name = QStringLiteral("inspect-") + QUuid::createUuid().toString();
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Result<int>::failure(
                    Workspace::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            int applicationId = 0;
            int version = 0;
            bool intact = false;
            QString damage;
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                applicationId = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next()) {
                damage = q.value(0).toString();
                intact = damage == QLatin1String("ok");
            } else {
                damage = q.lastError().text();
            }
            if (!intact) {
                result = Result<int>::failure(
                        Workspace::tr(
                                "%1 is damaged and cannot be opened (%2). It was left unchanged; "
                                "open a backup copy instead.")
                                .arg(path, damage));
            } else if (applicationId != Workspace::kApplicationId && applicationId != 0) {
                result = Result<int>::failure(Workspace::tr("%1 is a database of another program, "
                                                            "not a ContractDesk workspace. "
                                                            "It was left unchanged.")
                                                      .arg(path));
            } else if (applicationId == 0 && version != 0) {
                result = Result<int>::failure(Workspace::tr("%1 is a database of another program, "
                                                            "not a ContractDesk workspace. "
                                                            "It was left unchanged.")
                                                      .arg(path));
            } else if (version > Workspace::kFormatVersion) {
                result = Result<int>::failure(
                        Workspace::tr(
                                "%1 was saved by a newer version of ContractDesk (workspace format "
                                "%2; this version reads up to %3). It was left unchanged; update "
                                "ContractDesk to open it.")
                                .arg(path)
                                .arg(version)
                                .arg(Workspace::kFormatVersion));
            } else {
                result = version;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const auto refused = [](const QString &why) {
        qCWarning(lcStorage).noquote() << "open failed:" << why;
        return R::failure(why);
    };
    const QFileInfo info(path);
    int version = 0;
    if (info.exists()) {
        if (!info.isFile())
            return refused(Workspace::tr("%1 is a folder, not a workspace file.").arg(path));
        auto inspected = inspectExisting(path);
        if (!inspected)
            return refused(inspected.error());
        version = inspected.value();
        if (!info.isWritable())
            return refused(
                    Workspace::tr("%1 is read-only. ContractDesk saves every edit at once, so it "
                                  "needs a workspace it can write to.")
                            .arg(path));
    } else if (mode == OpenMode::OpenExisting) {
        return refused(Workspace::tr("%1 does not exist.").arg(path));
    }

    const QString name = QStringLiteral("workspace-") + QUuid::createUuid().toString();
    std::unique_ptr<Workspace> workspace(new Workspace(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return refused(Workspace::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    // WAL keeps readers and the writer apart; FULL makes each commit durable before we say
    // "saved", even across a power cut.
    const QStringList setup = {QStringLiteral("PRAGMA journal_mode = WAL"),
                               QStringLiteral("PRAGMA synchronous = FULL"),
                               QStringLiteral("PRAGMA foreign_keys = ON"),
                               QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)};
    for (const QString &statement : setup) {
        if (!q.exec(statement))
            return refused(Workspace::tr("Cannot prepare %1: %2").arg(path, q.lastError().text()));
    }
    QElapsedTimer clock;
    clock.start();
    if (version < kFormatVersion)
        qCInfo(lcStorage).noquote()
                << "migrating" << path << "from format" << version << "to" << kFormatVersion;
    const Status migrated = WorkspaceMigrations::migrate(db, version, kFormatVersion);
    if (!migrated)
        return refused(Workspace::tr("Cannot open %1: %2").arg(path, migrated.error()));
    qCInfo(lcStorage).noquote() << "opened" << path << "- format" << kFormatVersion << "-"
                                << clock.elapsed() << "ms";
    return R(std::move(workspace));
}

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QVector<Record>> Workspace::loadRecords(const EntitySchema &schema) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, data, remote_id, sync_key, sync_state FROM records "
                             "WHERE target = ? ORDER BY position, id"));
    q.addBindValue(schema.id());
    if (!q.exec())
        return Result<QVector<Record>>::failure(Workspace::tr("Cannot read the rows of %1: %2")
                                                        .arg(schema.id(), q.lastError().text()));
    QVector<Record> records;
    while (q.next()) {
        Record record = decodeRecord(schema, q.value(1).toByteArray());
        record.setId(q.value(0).toLongLong());
        record.setRemoteId(q.value(2).toString());
        record.setSyncKey(q.value(3).toString());
        record.setSyncState(SyncState(q.value(4).toInt()));
        records.append(std::move(record));
    }
    return records;
}

int Workspace::recordCount(const QString &target) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE target = ?"));
    q.addBindValue(target);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Workspace::insertRecords(const EntitySchema &schema, QVector<Record> &records,
                                const QString &source, const ReadProgress &progress)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(Workspace::tr("Cannot start saving"), db.lastError());
    auto fail = [&db](const QString &what, const QSqlError &error) {
        db.rollback();
        return sqlFailure(what, error);
    };
    QSqlQuery q(db);
    qint64 position = 0;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM records")) || !q.next())
        return fail(Workspace::tr("Cannot save the rows"), q.lastError());
    position = q.value(0).toLongLong();
    QVariant importId;
    const QString now = nowText();
    if (!source.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO imports (target, source, row_count, imported_at) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(schema.id());
        q.addBindValue(source);
        q.addBindValue(int(records.size()));
        q.addBindValue(now);
        if (!q.exec())
            return fail(Workspace::tr("Cannot save the import"), q.lastError());
        importId = q.lastInsertId();
    }
    q.prepare(QStringLiteral("INSERT INTO records (target, position, data, remote_id, sync_key, "
                             "sync_state, import_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QVector<qint64> ids;
    ids.reserve(records.size());
    const qint64 total = records.size();
    for (const Record &record : std::as_const(records)) {
        if (progress && ids.size() % 2048 == 0 && !progress(ids.size(), total)) {
            db.rollback();
            return Status::failure(tr("The import was cancelled; nothing was saved."));
        }
        q.bindValue(0, schema.id());
        q.bindValue(1, ++position);
        q.bindValue(2, encodeValues(schema, record));
        q.bindValue(3, record.remoteId().isEmpty() ? QVariant() : record.remoteId());
        q.bindValue(4, record.syncKey().isEmpty() ? QVariant() : record.syncKey());
        q.bindValue(5, int(record.syncState()));
        q.bindValue(6, importId);
        q.bindValue(7, now);
        if (!q.exec())
            return fail(Workspace::tr("Cannot save the rows"), q.lastError());
        ids.append(q.lastInsertId().toLongLong());
    }
    if (!db.commit())
        return fail(Workspace::tr("Cannot save the rows"), db.lastError());
    for (int i = 0; i < records.size(); ++i)
        records[i].setId(ids.at(i));
    return Status();
}

namespace {

QString updateSql()
{
    return QStringLiteral("UPDATE records SET data = ?, remote_id = ?, sync_key = ?, "
                          "sync_state = ?, updated_at = ? WHERE id = ? AND target = ?");
}

} // namespace

Status Workspace::updateRecord(const EntitySchema &schema, const Record &record)
{
    QSqlQuery q(database());
    q.prepare(updateSql());
    return updateRecord(q, schema, record, nowText());
}

Status Workspace::updateRecord(QSqlQuery &q, const EntitySchema &schema, const Record &record,
                               const QString &now)
{
    q.bindValue(0, encodeValues(schema, record));
    q.bindValue(1, record.remoteId().isEmpty() ? QVariant() : record.remoteId());
    q.bindValue(2, record.syncKey().isEmpty() ? QVariant() : record.syncKey());
    q.bindValue(3, int(record.syncState()));
    q.bindValue(4, now);
    q.bindValue(5, record.id());
    q.bindValue(6, schema.id());
    if (!q.exec())
        return sqlFailure(Workspace::tr("The change could not be saved"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Status::failure(
                Workspace::tr("The change could not be saved: the row is no longer in the "
                              "workspace."));
    return Status();
}

Status Workspace::updateRecords(const EntitySchema &schema, const QVector<Record> &records)
{
    if (records.size() == 1)
        return updateRecord(schema, records.first());
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(tr("The change could not be saved"), db.lastError());
    QSqlQuery q(db);
    q.prepare(updateSql()); // once for all the rows
    const QString now = nowText();
    for (const Record &record : records) {
        const Status saved = updateRecord(q, schema, record, now);
        if (!saved) {
            db.rollback();
            return saved;
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return sqlFailure(tr("The change could not be saved"), error);
    }
    return Status();
}

Status Workspace::deleteRecords(const QVector<qint64> &ids)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(Workspace::tr("Cannot delete rows"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM records WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!q.exec()) {
            db.rollback();
            return sqlFailure(Workspace::tr("Cannot delete rows"), q.lastError());
        }
    }
    if (!db.commit())
        return sqlFailure(Workspace::tr("Cannot delete rows"), db.lastError());
    return Status();
}

Status Workspace::appendRecords(const EntitySchema &schema, QVector<Record> &records)
{
    return insertRecords(schema, records);
}

Status Workspace::removeRecords(const EntitySchema &schema, const QVector<qint64> &ids,
                                QVector<qint64> &positions)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(Workspace::tr("Cannot delete rows"), db.lastError());
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT position FROM records WHERE id = ? AND target = ?"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM records WHERE id = ? AND target = ?"));
    QVector<qint64> found;
    for (qint64 id : ids) {
        find.bindValue(0, id);
        find.bindValue(1, schema.id());
        remove.bindValue(0, id);
        remove.bindValue(1, schema.id());
        if (!find.exec() || !find.next() || !remove.exec()) {
            const QSqlError error =
                    find.lastError().isValid() ? find.lastError() : remove.lastError();
            db.rollback();
            if (!error.isValid())
                return Status::failure(
                        Workspace::tr("Cannot delete rows: a row no longer exists."));
            return sqlFailure(Workspace::tr("Cannot delete rows"), error);
        }
        found.append(find.value(0).toLongLong());
        find.finish();
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return sqlFailure(Workspace::tr("Cannot delete rows"), error);
    }
    positions = found;
    return Status();
}

Status Workspace::restoreRecords(const EntitySchema &schema, const QVector<Record> &records,
                                 const QVector<qint64> &positions)
{
    if (positions.size() != records.size())
        return Status::failure(Workspace::tr("Cannot restore rows: their places are unknown."));
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(Workspace::tr("Cannot restore rows"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO records (id, target, position, data, remote_id, "
                             "sync_key, sync_state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowText();
    for (int i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        q.bindValue(0, record.id());
        q.bindValue(1, schema.id());
        q.bindValue(2, positions.at(i));
        q.bindValue(3, encodeValues(schema, record));
        q.bindValue(4, record.remoteId().isEmpty() ? QVariant() : record.remoteId());
        q.bindValue(5, record.syncKey().isEmpty() ? QVariant() : record.syncKey());
        q.bindValue(6, int(record.syncState()));
        q.bindValue(7, now);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return sqlFailure(Workspace::tr("Cannot restore rows"), error);
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return sqlFailure(Workspace::tr("Cannot restore rows"), error);
    }
    return Status();
}

Status Workspace::saveMappingTemplate(const MappingTemplate &mapping)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
            "INSERT INTO mapping_templates (target, name, header_signature, mapping, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (target, name) DO UPDATE SET "
            "header_signature = excluded.header_signature, mapping = excluded.mapping, "
            "updated_at = excluded.updated_at"));
    q.addBindValue(mapping.target);
    q.addBindValue(mapping.name);
    q.addBindValue(mapping.headerSignature);
    q.addBindValue(QString::fromUtf8(mapping.mappingJson));
    q.addBindValue(nowText());
    if (!q.exec())
        return sqlFailure(Workspace::tr("Cannot save the mapping"), q.lastError());
    return Status();
}

QVector<MappingTemplate> Workspace::mappingTemplates(const QString &target) const
{
    QVector<MappingTemplate> list;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT name, header_signature, mapping FROM mapping_templates "
                             "WHERE target = ? ORDER BY updated_at DESC"));
    q.addBindValue(target);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({target, q.value(0).toString(), q.value(1).toString(),
                     q.value(2).toString().toUtf8()});
    return list;
}

Status Workspace::commitSyncResults(const EntitySchema &schema, const QVector<Record> &records,
                                    QVector<SyncLogEntry> &entries)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(Workspace::tr("Cannot save the sync results"), db.lastError());
    // Only what a push changes: the vendor's id, the key and the state (the values were saved
    // before the push), with one prepared statement for the whole request's rows.
    QSqlQuery q(db);
    // A row the vendor accepted also keeps the values it was sent, for reconciliation.
    q.prepare(QStringLiteral("UPDATE records SET remote_id = ?, sync_key = ?, sync_state = ?, "
                             "updated_at = ?, pushed_data = CASE WHEN ? THEN ? ELSE pushed_data "
                             "END WHERE id = ? AND target = ?"));
    const QString now = nowText();
    for (const Record &record : records) {
        const bool accepted = record.syncState() == SyncState::Synced;
        q.bindValue(0, record.remoteId().isEmpty() ? QVariant() : record.remoteId());
        q.bindValue(1, record.syncKey().isEmpty() ? QVariant() : record.syncKey());
        q.bindValue(2, int(record.syncState()));
        q.bindValue(3, now);
        q.bindValue(4, accepted ? 1 : 0);
        q.bindValue(5, accepted ? QVariant(encodeValues(schema, record)) : QVariant());
        q.bindValue(6, record.id());
        q.bindValue(7, schema.id());
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return sqlFailure(Workspace::tr("Cannot save the sync results"), error);
        }
    }
    const Status history = insertSyncHistory(entries);
    if (!history) {
        db.rollback();
        return history;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return sqlFailure(Workspace::tr("Cannot save the sync results"), error);
    }
    return Status();
}

Status Workspace::appendSyncHistory(QVector<SyncLogEntry> &entries)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(Workspace::tr("Cannot save the sync results"), db.lastError());
    const Status inserted = insertSyncHistory(entries);
    if (!inserted) {
        db.rollback();
        return inserted;
    }
    if (!db.commit())
        return sqlFailure(Workspace::tr("Cannot save the sync results"), db.lastError());
    return Status();
}

Status Workspace::insertSyncHistory(QVector<SyncLogEntry> &entries)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO sync_history (at, target, profile, record_id, row_key, "
                             "action, outcome, remote_id, http_status, message) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (SyncLogEntry &e : entries) {
        q.bindValue(0, e.at.toUTC().toString(Qt::ISODateWithMs));
        q.bindValue(1, e.target);
        q.bindValue(2, e.profile);
        q.bindValue(3, e.recordId ? QVariant(e.recordId) : QVariant());
        q.bindValue(4, e.rowKey);
        q.bindValue(5, e.action);
        q.bindValue(6, e.outcome);
        q.bindValue(7, e.remoteId);
        q.bindValue(8, e.httpStatus ? QVariant(e.httpStatus) : QVariant());
        q.bindValue(9, e.message);
        if (!q.exec())
            return sqlFailure(Workspace::tr("Cannot save the sync results"), q.lastError());
        e.id = q.lastInsertId().toLongLong();
    }
    return Status();
}

QVector<SyncLogEntry> Workspace::syncHistory() const
{
    QVector<SyncLogEntry> list;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, target, profile, record_id, row_key, action, "
                               "outcome, remote_id, http_status, message FROM sync_history "
                               "ORDER BY id")))
        return list;
    while (q.next()) {
        SyncLogEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.target = q.value(2).toString();
        e.profile = q.value(3).toString();
        e.recordId = q.value(4).toLongLong();
        e.rowKey = q.value(5).toString();
        e.action = q.value(6).toString();
        e.outcome = q.value(7).toString();
        e.remoteId = q.value(8).toString();
        e.httpStatus = q.value(9).toInt();
        e.message = q.value(10).toString();
        list.append(e);
    }
    return list;
}

Result<QHash<qint64, Record>> Workspace::lastPushed(const EntitySchema &schema) const
{
    using R = Result<QHash<qint64, Record>>;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, pushed_data FROM records WHERE target = ? AND "
                             "pushed_data IS NOT NULL"));
    q.addBindValue(schema.id());
    if (!q.exec())
        return R::failure(
                Workspace::tr("Cannot read what was last pushed: %1").arg(q.lastError().text()));
    QHash<qint64, Record> pushed;
    while (q.next()) {
        Record record = decodeRecord(schema, q.value(1).toByteArray());
        record.setId(q.value(0).toLongLong());
        pushed.insert(record.id(), std::move(record));
    }
    return pushed;
}

Status Workspace::saveSnapshot(const EntitySchema &schema, const QString &profile,
                               const QVector<Record> &records, const QDateTime &pulledAt,
                               SnapshotInfo *info)
{
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot save what was pulled");
    if (!db.transaction())
        return sqlFailure(what, db.lastError());
    auto fail = [&](const QSqlError &error) {
        db.rollback();
        return sqlFailure(what, error);
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO snapshots (target, profile, pulled_at, record_count) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(schema.id());
    q.addBindValue(profile);
    q.addBindValue(pulledAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(int(records.size()));
    if (!q.exec())
        return fail(q.lastError());
    const qint64 snapshot = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO snapshot_records (snapshot_id, position, remote_id, "
                             "sync_key, data) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Record &record : records) {
        q.bindValue(0, snapshot);
        q.bindValue(1, ++position);
        q.bindValue(2, record.remoteId().isEmpty() ? QVariant() : record.remoteId());
        q.bindValue(3, record.syncKey().isEmpty() ? QVariant() : record.syncKey());
        q.bindValue(4, encodeValues(schema, record));
        if (!q.exec())
            return fail(q.lastError());
    }
    // Older snapshots of the same target and profile beyond the last few go (their records
    // with them, by the foreign key's cascade).
    q.prepare(QStringLiteral("DELETE FROM snapshots WHERE target = ? AND profile = ? AND id NOT "
                             "IN (SELECT id FROM snapshots WHERE target = ? AND profile = ? "
                             "ORDER BY id DESC LIMIT ?)"));
    q.addBindValue(schema.id());
    q.addBindValue(profile);
    q.addBindValue(schema.id());
    q.addBindValue(profile);
    q.addBindValue(kSnapshotsKept);
    if (!q.exec())
        return fail(q.lastError());
    if (!db.commit())
        return fail(db.lastError());
    if (info)
        *info = {snapshot, profile, pulledAt.toUTC(), int(records.size())};
    return Status();
}

Result<QVector<Record>> Workspace::loadSnapshot(const EntitySchema &schema, const QString &profile,
                                                SnapshotInfo *info) const
{
    using R = Result<QVector<Record>>;
    const QString what = Workspace::tr("Cannot read what was pulled");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, profile, pulled_at, record_count FROM snapshots WHERE "
                             "target = ?%1 ORDER BY id DESC LIMIT 1")
                      .arg(profile.isEmpty() ? QString() : QStringLiteral(" AND profile = ?")));
    q.addBindValue(schema.id());
    if (!profile.isEmpty())
        q.addBindValue(profile);
    if (!q.exec())
        return R::failure(Workspace::tr("%1: %2").arg(what, q.lastError().text()));
    SnapshotInfo found;
    if (q.next()) {
        found.id = q.value(0).toLongLong();
        found.profile = q.value(1).toString();
        found.pulledAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        found.recordCount = q.value(3).toInt();
    }
    if (info)
        *info = found;
    QVector<Record> records;
    if (found.id == 0)
        return records;
    records.reserve(found.recordCount);
    q.prepare(QStringLiteral("SELECT remote_id, sync_key, data FROM snapshot_records WHERE "
                             "snapshot_id = ? ORDER BY position"));
    q.addBindValue(found.id);
    if (!q.exec())
        return R::failure(Workspace::tr("%1: %2").arg(what, q.lastError().text()));
    while (q.next()) {
        Record record = decodeRecord(schema, q.value(2).toByteArray());
        record.setRemoteId(q.value(0).toString());
        record.setSyncKey(q.value(1).toString());
        records.append(std::move(record));
    }
    return records;
}

QVector<Workspace::SnapshotInfo> Workspace::snapshots(const EntitySchema &schema) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, profile, pulled_at, record_count FROM snapshots WHERE "
                             "target = ? ORDER BY id DESC"));
    q.addBindValue(schema.id());
    QVector<SnapshotInfo> found;
    if (!q.exec())
        return found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toString(),
                      QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                      q.value(3).toInt()});
    return found;
}

namespace {

// Text bound as text, never as NULL: SQLite's NOT NULL and UNIQUE treat an empty scope as a value.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcText(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.toUTC();
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

} // namespace

Status Workspace::saveReferenceList(const QString &listId, const QString &profile,
                                    const QString &scope, const QVector<ReferenceRecord> &records,
                                    const QDateTime &readAt)
{
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot keep the list %1 read from the vendor").arg(listId);
    if (!db.transaction())
        return sqlFailure(what, db.lastError());
    auto fail = [&](const QSqlError &error) {
        db.rollback();
        return sqlFailure(what, error);
    };
    QSqlQuery q(db);
    // The list's row stays (its id too); its records are replaced.
    q.prepare(QStringLiteral("INSERT INTO reference_lists (list_id, profile, scope, read_at, "
                             "record_count) VALUES (?, ?, ?, ?, ?) ON CONFLICT (list_id, profile, "
                             "scope) DO UPDATE SET read_at = excluded.read_at, record_count = "
                             "excluded.record_count"));
    q.addBindValue(listId);
    q.addBindValue(profile);
    q.addBindValue(notNull(scope));
    q.addBindValue(utcText(readAt.isValid() ? readAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(int(records.size()));
    if (!q.exec())
        return fail(q.lastError());
    q.prepare(QStringLiteral(
            "SELECT id FROM reference_lists WHERE list_id = ? AND profile = ? AND scope = ?"));
    q.addBindValue(listId);
    q.addBindValue(profile);
    q.addBindValue(notNull(scope));
    if (!q.exec() || !q.next())
        return fail(q.lastError());
    const qint64 list = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM reference_records WHERE list = ?"));
    q.addBindValue(list);
    if (!q.exec())
        return fail(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO reference_records (list, position, record_id, name, "
                             "origin_id, origin_code, number, aliases, detail, active) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    // Every text bound as text (never as a number): an id beyond 2^53 stays exactly as read.
    const auto text = notNull;
    for (const ReferenceRecord &r : records) {
        q.bindValue(0, list);
        q.bindValue(1, ++position);
        q.bindValue(2, text(r.id));
        q.bindValue(3, text(r.name));
        q.bindValue(4, text(r.originId));
        q.bindValue(5, text(r.originCode));
        q.bindValue(6, text(r.number));
        q.bindValue(7, aliasesJson(r.aliases));
        q.bindValue(8, text(r.detail));
        q.bindValue(9, r.active ? 1 : 0);
        if (!q.exec())
            return fail(q.lastError());
    }
    if (!db.commit())
        return fail(db.lastError());
    return Status();
}

QVector<KeptReferenceList> Workspace::referenceListsOf(const QString &profile) const
{
    QVector<KeptReferenceList> lists;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT list_id, scope, read_at, record_count FROM reference_lists "
                             "WHERE profile = ? ORDER BY list_id, scope"));
    q.addBindValue(profile);
    if (!q.exec())
        return lists;
    while (q.next()) {
        KeptReferenceList list;
        list.listId = q.value(0).toString();
        list.profile = profile;
        list.scope = q.value(1).toString();
        list.readAt = fromUtcText(q.value(2).toString());
        list.recordCount = q.value(3).toInt();
        lists.append(std::move(list));
    }
    return lists;
}

Result<std::optional<KeptReferenceList>> Workspace::loadReferenceList(const QString &listId,
                                                                      const QString &profile,
                                                                      const QString &scope) const
{
    using R = Result<std::optional<KeptReferenceList>>;
    const QString what = Workspace::tr("Cannot read the list %1").arg(listId);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, read_at, record_count FROM reference_lists WHERE "
                             "list_id = ? AND profile = ? AND scope = ?"));
    q.addBindValue(listId);
    q.addBindValue(profile);
    q.addBindValue(notNull(scope));
    if (!q.exec())
        return R::failure(Workspace::tr("%1: %2").arg(what, q.lastError().text()));
    if (!q.next())
        return R(std::nullopt);
    KeptReferenceList list;
    const qint64 id = q.value(0).toLongLong();
    list.listId = listId;
    list.profile = profile;
    list.scope = scope;
    list.readAt = fromUtcText(q.value(1).toString());
    list.recordCount = q.value(2).toInt();
    q.finish();
    q.prepare(QStringLiteral("SELECT record_id, name, origin_id, origin_code, number, aliases, "
                             "detail, active FROM reference_records WHERE list = ? ORDER BY "
                             "position"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(Workspace::tr("%1: %2").arg(what, q.lastError().text()));
    list.records.reserve(list.recordCount);
    while (q.next()) {
        ReferenceRecord r;
        r.id = q.value(0).toString();
        r.name = q.value(1).toString();
        r.originId = q.value(2).toString();
        r.originCode = q.value(3).toString();
        r.number = q.value(4).toString();
        r.aliases = aliasesFromJson(q.value(5).toString());
        r.detail = q.value(6).toString();
        r.active = q.value(7).toInt() != 0;
        list.records.append(std::move(r));
    }
    return R(std::move(list));
}

Result<QVector<KeptReferenceList>> Workspace::loadReferenceLists(const QString &profile) const
{
    using R = Result<QVector<KeptReferenceList>>;
    QVector<KeptReferenceList> lists = referenceListsOf(profile);
    for (KeptReferenceList &list : lists) {
        auto loaded = loadReferenceList(list.listId, profile, list.scope);
        if (!loaded)
            return R::failure(loaded.error());
        if (loaded.value())
            list = std::move(*std::move(loaded).value());
    }
    return lists;
}

Status Workspace::saveChoice(const CrosswalkChoice &choice)
{
    const QString what = Workspace::tr("Cannot keep the choice for '%1'").arg(choice.value);
    if (choice.id.isEmpty())
        return Status::failure(Workspace::tr("%1: no id was chosen.").arg(what));
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
            "INSERT INTO crosswalk (target, profile, field, scope, value, value_key, chosen_id, "
            "chosen_name, chosen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target, "
            "profile, field, scope, value_key) DO UPDATE SET value = excluded.value, chosen_id = "
            "excluded.chosen_id, chosen_name = excluded.chosen_name, chosen_at = "
            "excluded.chosen_at"));
    const auto text = notNull;
    q.addBindValue(choice.target);
    q.addBindValue(choice.profile);
    q.addBindValue(choice.field);
    q.addBindValue(text(choice.scope));
    q.addBindValue(text(choice.value));
    q.addBindValue(choice.valueKey.isEmpty() ? NameFolding::exactKey(choice.value)
                                             : choice.valueKey);
    q.addBindValue(choice.id);
    q.addBindValue(text(choice.name));
    q.addBindValue(
            utcText(choice.chosenAt.isValid() ? choice.chosenAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlFailure(what, q.lastError());
    return Status();
}

Status Workspace::removeChoice(const QString &target, const QString &profile, const QString &field,
                               const QString &scope, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM crosswalk WHERE target = ? AND profile = ? AND field = ? "
                             "AND scope = ? AND value_key = ?"));
    q.addBindValue(target);
    q.addBindValue(profile);
    q.addBindValue(field);
    q.addBindValue(notNull(scope));
    q.addBindValue(NameFolding::exactKey(value));
    if (!q.exec())
        return sqlFailure(Workspace::tr("Cannot forget the choice for '%1'").arg(value),
                          q.lastError());
    return Status();
}

QVector<CrosswalkChoice> Workspace::crosswalk(const QString &target, const QString &profile) const
{
    QVector<CrosswalkChoice> choices;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT field, scope, value, value_key, chosen_id, chosen_name, "
                             "chosen_at FROM crosswalk WHERE target = ? AND profile = ? ORDER BY "
                             "field, scope, value_key"));
    q.addBindValue(target);
    q.addBindValue(profile);
    if (!q.exec())
        return choices;
    while (q.next()) {
        CrosswalkChoice c;
        c.target = target;
        c.profile = profile;
        c.field = q.value(0).toString();
        c.scope = q.value(1).toString();
        c.value = q.value(2).toString();
        c.valueKey = q.value(3).toString();
        c.id = q.value(4).toString();
        c.name = q.value(5).toString();
        c.chosenAt = fromUtcText(q.value(6).toString());
        choices.append(std::move(c));
    }
    return choices;
}
