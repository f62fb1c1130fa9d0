#include "workspace.h"

#include "batchqueue.h"
#include "entityschema.h"
#include "legacyrowsupgrade.h"
#include "logcategories.h"
#include "namefolding.h"
#include "rawtext.h"
#include "schemaregistry.h"
#include "sqlitestatement.h"
#include "storedrows.h"
#include "targettable.h"
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
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <thread>

namespace {

// From this many rows on, a load decodes on a second thread (below it, starting one costs more
// than it saves).
constexpr int kDecodeAlongsideFrom = 20000;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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
    auto schemas = SchemaRegistry::loadBuiltIn();
    if (!schemas)
        return Result<std::unique_ptr<Workspace>>::failure(schemas.error());
    return open(path, mode, schemas.value());
}

namespace {

// A copy of the file as it was, taken before an upgrade writes to it: VACUUM INTO writes a
// consistent copy whatever the WAL holds. Never overwrites an earlier copy.
Result<QString> keepCopy(QSqlDatabase &db, const QString &path, int version)
{
    QString copy;
    for (int n = 1;; ++n) {
        copy = QStringLiteral("%1.format%2-copy%3")
                       .arg(path)
                       .arg(version)
                       .arg(n == 1 ? QString() : QStringLiteral("-%1").arg(n));
        if (!QFileInfo::exists(copy))
            break;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(copy);
    if (!q.exec())
        return Result<QString>::failure(q.lastError().text());
    return copy;
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode,
                                                   const SchemaRegistry &schemas)
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
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return refused(
                Workspace::tr("Cannot open %1: the SQLite driver gives no handle.").arg(path));
    workspace->m_db = *static_cast<sqlite3 *const *>(handle.constData());
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
    QString copy;
    if (version > 0 && version < kFormatVersion) {
        auto kept = keepCopy(db, path, version);
        if (!kept)
            return refused(Workspace::tr("Cannot upgrade %1: no copy of it could be kept (%2). "
                                         "It was left unchanged.")
                                   .arg(path, kept.error()));
        copy = kept.value();
    }
    sqlite3 *handleDb = workspace->m_db;
    const Status migrated =
            WorkspaceMigrations::migrate(db, version, kFormatVersion, [handleDb, &schemas] {
                return LegacyRowsUpgrade::run(handleDb, schemas);
            });
    if (!migrated) {
        // The upgrade rolled back: the file is as it was, the copy is not needed.
        if (!copy.isEmpty())
            QFile::remove(copy);
        return refused(Workspace::tr("Cannot open %1: %2").arg(path, migrated.error()));
    }
    if (!copy.isEmpty()) {
        qCInfo(lcStorage).noquote() << "upgraded" << path << "from format" << version;
        QFile::remove(copy);
    }
    // A field added to a schema file since the table was made becomes a column.
    if (!db.transaction())
        return refused(Workspace::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    for (const EntitySchema &schema : schemas.schemas()) {
        const Status ready = workspace->ensureTables(TargetTable(schema));
        if (!ready) {
            db.rollback();
            return refused(Workspace::tr("Cannot open %1: %2").arg(path, ready.error()));
        }
    }
    if (!db.commit())
        return refused(Workspace::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
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
    using R = Result<QVector<Record>>;
    const TargetTable table(schema);
    if (const Status ready = ensureTables(table); !ready)
        return R::failure(
                Workspace::tr("Cannot read the rows of %1: %2").arg(schema.id(), ready.error()));
    QElapsedTimer clock;
    clock.start();
    QVector<Record> records;
    const int expected = recordCount(schema.id());
    records.reserve(expected);
    SqliteStatement q(m_db, "SELECT _id, _remote_id, _sync_key, _sync_state, " +
                                    table.valueColumns() + " FROM " +
                                    table.name(TargetTable::Kind::Rows) +
                                    " ORDER BY _position, _id");
    const auto decode = [&schema, &table](const auto &row) {
        Record record(schema.fieldCount());
        record.setId(row.int64(0));
        record.setRemoteId(row.text(1));
        record.setSyncKey(row.text(2));
        record.setSyncState(SyncState(row.int64(3)));
        table.readValues(row, 4, record);
        return record;
    };
    if (expected < kDecodeAlongsideFrom) {
        while (q.next())
            records.append(decode(q));
    } else {
        // Turning UTF-8 into QStrings and QVariants is most of a load: a second thread does it
        // while this one steps SQLite and copies each row's bytes out. One decoder, batches in
        // order: the records come out in sheet order.
        const int columns = 4 + table.valueColumnCount();
        BatchQueue<StoredRows> queue(4);
        std::thread decoder([&] {
            StoredRows batch;
            while (queue.pop(batch)) {
                for (int r = 0; r < batch.rowCount(); ++r)
                    records.append(decode(batch.row(r)));
            }
        });
        StoredRows batch(columns);
        while (q.next()) {
            batch.append(q);
            if (batch.rowCount() == 2048)
                queue.push(std::exchange(batch, StoredRows(columns)));
        }
        queue.push(std::move(batch));
        queue.close();
        decoder.join();
    }
    if (q.failed())
        return R::failure(
                Workspace::tr("Cannot read the rows of %1: %2").arg(schema.id(), q.errorText()));
    qCInfo(lcStorage).noquote() << "loaded" << records.size() << "rows of" << schema.id() << "in"
                                << clock.elapsed() << "ms";
    return records;
}

int Workspace::recordCount(const QString &target) const
{
    const QByteArray table = TargetTable::baseName(target);
    SqliteStatement exists(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" +
                                         table + "'");
    if (!exists.next())
        return 0;
    exists.reset();
    SqliteStatement q(m_db, "SELECT COUNT(*) FROM " + table);
    if (!q.next())
        return 0;
    const int count = int(q.int64(0));
    q.reset();
    return count;
}

Status Workspace::ensureTables(const TargetTable &table) const
{
    // Keyed by the target and its fields: a schema with a field more gets its column.
    QString key = table.schema().id();
    for (int i = 0; i < table.schema().fieldCount(); ++i)
        key += QLatin1Char('\n') + table.schema().field(i).path;
    if (m_tablesReady.contains(key))
        return Status();
    const Status ensured = table.ensure(m_db);
    if (ensured)
        m_tablesReady.insert(key);
    return ensured;
}

namespace {

// A failed write inside a transaction: rolled back, logged once, told in words.
Status rolledBack(QSqlDatabase &db, const QString &what, const QString &error)
{
    db.rollback();
    qCWarning(lcStorage).noquote() << "transaction failed:" << what << '-' << error;
    return Status::failure(Workspace::tr("%1: %2").arg(what, error));
}

QByteArray rowColumns(const TargetTable &table)
{
    return "_position, _remote_id, _sync_key, _sync_state, _import_id, _updated_at, " +
           table.valueColumns();
}

void bindRow(SqliteStatement &q, int first, const Record &record, qint64 position,
             const QVariant &importId, const QString &now)
{
    q.bindInt64(first, position);
    q.bindTextOrNull(first + 1, record.remoteId());
    q.bindTextOrNull(first + 2, record.syncKey());
    q.bindInt64(first + 3, int(record.syncState()));
    if (importId.isValid())
        q.bindInt64(first + 4, importId.toLongLong());
    else
        q.bindNull(first + 4);
    q.bindText(first + 5, now);
}

constexpr int kRowColumns = 6; // the workspace's own columns bound by bindRow

} // namespace

Workspace::InsertStart::InsertStart(const EntitySchema &schema)
    : table(schema)
    , rows(table.name(TargetTable::Kind::Rows))
{
    clock.start();
}

Status Workspace::beginInsert(const QString &source, int rowCount, InsertStart &start)
{
    const TargetTable &table = start.table;
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot save the rows");
    if (!db.transaction())
        return sqlFailure(Workspace::tr("Cannot start saving"), db.lastError());
    start.now = nowText();
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    {
        SqliteStatement last(m_db, "SELECT COALESCE(MAX(_position), 0) FROM " + start.rows);
        if (!last.next())
            return rolledBack(db, what, last.errorText());
        start.position = last.int64(0);
        last.reset();
    }
    if (source.isEmpty())
        return Status();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO imports (target, source, row_count, imported_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(table.schema().id());
    q.addBindValue(source);
    q.addBindValue(rowCount);
    q.addBindValue(start.now);
    if (!q.exec())
        return rolledBack(db, Workspace::tr("Cannot save the import"), q.lastError().text());
    start.importId = q.lastInsertId();
    return Status();
}

Status Workspace::insertRecords(const EntitySchema &schema, QVector<Record> &records,
                                const QString &source, const ReadProgress &progress)
{
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot save the rows");
    InsertStart start(schema);
    const TargetTable &table = start.table;
    if (const Status begun = beginInsert(source, int(records.size()), start); !begun)
        return begun;
    SqliteStatement insert(m_db, "INSERT INTO " + start.rows + " (" + rowColumns(table) +
                                         ") VALUES (?, ?, ?, ?, ?, ?, " +
                                         table.valuePlaceholders() + ")");
    if (!insert.isValid())
        return rolledBack(db, what, insert.errorText());
    QVector<qint64> ids;
    ids.reserve(records.size());
    const qint64 total = records.size();
    for (const Record &record : std::as_const(records)) {
        if (progress && ids.size() % 2048 == 0 && !progress(ids.size(), total)) {
            db.rollback();
            return Status::failure(tr("The import was cancelled; nothing was saved."));
        }
        bindRow(insert, 0, record, ++start.position, start.importId, start.now);
        table.bindValues(insert, kRowColumns, record);
        if (!insert.exec())
            return rolledBack(db, what, insert.errorText());
        ids.append(insert.lastInsertId());
    }
    const qint64 written = start.clock.elapsed();
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
    qCInfo(lcStorage).noquote() << "saved" << records.size() << "rows of" << schema.id() << "in"
                                << start.clock.elapsed() << "ms, of which the commit"
                                << start.clock.elapsed() - written << "ms";
    for (int i = 0; i < records.size(); ++i)
        records[i].setId(ids.at(i));
    return Status();
}

Result<int> Workspace::insertStreamed(const EntitySchema &schema, const QString &source,
                                      const RecordProducer &produce)
{
    using R = Result<int>;
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot save the rows");
    InsertStart start(schema);
    const TargetTable &table = start.table;
    if (const Status begun = beginInsert(source, 0, start); !begun)
        return R::failure(begun.error());

    // The writer uses the sqlite3 handle alone while this thread only converts: SQLite allows a
    // connection on one thread at a time, and the transaction is begun and ended here.
    BatchQueue<QVector<Record>> queue(8);
    QString writeError;
    int written = 0;
    std::thread writer([&] {
        SqliteStatement insert(m_db, "INSERT INTO " + start.rows + " (" + rowColumns(table) +
                                             ") VALUES (?, ?, ?, ?, ?, ?, " +
                                             table.valuePlaceholders() + ")");
        if (!insert.isValid()) {
            writeError = insert.errorText();
            queue.abandon();
            return;
        }
        QVector<Record> batch;
        while (queue.pop(batch)) {
            for (const Record &record : std::as_const(batch)) {
                bindRow(insert, 0, record, ++start.position, start.importId, start.now);
                table.bindValues(insert, kRowColumns, record);
                if (!insert.exec()) {
                    writeError = insert.errorText();
                    queue.abandon();
                    return;
                }
                ++written;
            }
            batch.clear();
        }
    });
    const Status produced = produce([&queue](QVector<Record> &&batch) {
        if (!batch.isEmpty())
            queue.push(std::move(batch));
    });
    queue.close();
    writer.join();
    if (!writeError.isEmpty())
        return R::failure(rolledBack(db, what, writeError).error());
    if (!produced) {
        db.rollback();
        return R::failure(produced.error());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE imports SET row_count = ? WHERE id = ?"));
    q.addBindValue(written);
    q.addBindValue(start.importId);
    if (!q.exec())
        return R::failure(
                rolledBack(db, Workspace::tr("Cannot save the import"), q.lastError().text())
                        .error());
    const qint64 wrote = start.clock.elapsed();
    if (!db.commit())
        return R::failure(rolledBack(db, what, db.lastError().text()).error());
    qCInfo(lcStorage).noquote() << "saved" << written << "rows of" << schema.id()
                                << "while they were read, in" << start.clock.elapsed()
                                << "ms, of which the commit" << start.clock.elapsed() - wrote
                                << "ms";
    return written;
}

Status Workspace::updateRecord(const EntitySchema &schema, const Record &record)
{
    return updateRecords(schema, {record});
}

Status Workspace::updateRecords(const EntitySchema &schema, const QVector<Record> &records)
{
    QSqlDatabase db = database();
    const QString what = tr("The change could not be saved");
    const TargetTable table(schema);
    if (!db.transaction())
        return sqlFailure(what, db.lastError());
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    // A change of values counts in _version: the next writer can tell the row moved on.
    SqliteStatement update(m_db, "UPDATE " + table.name(TargetTable::Kind::Rows) +
                                         " SET _remote_id = ?, _sync_key = ?, _sync_state = ?, "
                                         "_updated_at = ?, _version = _version + 1, " +
                                         table.valueAssignments() + " WHERE _id = ?");
    if (!update.isValid())
        return rolledBack(db, what, update.errorText());
    const QString now = nowText();
    const int idParameter = 4 + table.valueColumnCount();
    for (const Record &record : records) {
        update.bindTextOrNull(0, record.remoteId());
        update.bindTextOrNull(1, record.syncKey());
        update.bindInt64(2, int(record.syncState()));
        update.bindText(3, now);
        table.bindValues(update, 4, record);
        update.bindInt64(idParameter, record.id());
        if (!update.exec())
            return rolledBack(db, what, update.errorText());
        if (update.changes() != 1) {
            db.rollback();
            return Status::failure(
                    Workspace::tr("The change could not be saved: the row is no longer in the "
                                  "workspace."));
        }
    }
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
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
    const QString what = Workspace::tr("Cannot delete rows");
    const TargetTable table(schema);
    if (!db.transaction())
        return sqlFailure(what, db.lastError());
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    const QByteArray name = table.name(TargetTable::Kind::Rows);
    SqliteStatement find(m_db, "SELECT _position FROM " + name + " WHERE _id = ?");
    SqliteStatement remove(m_db, "DELETE FROM " + name + " WHERE _id = ?");
    QVector<qint64> found;
    for (qint64 id : ids) {
        find.bindInt64(0, id);
        if (!find.next()) {
            if (find.failed())
                return rolledBack(db, what, find.errorText());
            db.rollback();
            return Status::failure(Workspace::tr("Cannot delete rows: a row no longer exists."));
        }
        found.append(find.int64(0));
        find.reset();
        remove.bindInt64(0, id);
        if (!remove.exec())
            return rolledBack(db, what, remove.errorText());
    }
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
    positions = found;
    return Status();
}

Status Workspace::restoreRecords(const EntitySchema &schema, const QVector<Record> &records,
                                 const QVector<qint64> &positions)
{
    if (positions.size() != records.size())
        return Status::failure(Workspace::tr("Cannot restore rows: their places are unknown."));
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot restore rows");
    const TargetTable table(schema);
    if (!db.transaction())
        return sqlFailure(what, db.lastError());
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    SqliteStatement insert(m_db, "INSERT INTO " + table.name(TargetTable::Kind::Rows) + " (_id, " +
                                         rowColumns(table) + ") VALUES (?, ?, ?, ?, ?, ?, ?, " +
                                         table.valuePlaceholders() + ")");
    const QString now = nowText();
    for (int i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        insert.bindInt64(0, record.id());
        bindRow(insert, 1, record, positions.at(i), QVariant(), now);
        table.bindValues(insert, 1 + kRowColumns, record);
        if (!insert.exec())
            return rolledBack(db, what, insert.errorText());
    }
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
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
    const QString what = Workspace::tr("Cannot save the sync results");
    const TargetTable table(schema);
    if (!db.transaction())
        return sqlFailure(what, db.lastError());
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    // Only what a push changes: the vendor's id, the key and the state (the values were saved
    // before the push), with one prepared statement for the whole request's rows.
    SqliteStatement update(m_db, "UPDATE " + table.name(TargetTable::Kind::Rows) +
                                         " SET _remote_id = ?, _sync_key = ?, _sync_state = ?, "
                                         "_updated_at = ? WHERE _id = ?");
    // A row the vendor accepted also keeps the values it was sent, for reconciliation.
    SqliteStatement pushed(m_db, "INSERT OR REPLACE INTO " + table.name(TargetTable::Kind::Pushed) +
                                         " (_record_id, _pushed_at, " + table.valueColumns() +
                                         ") VALUES (?, ?, " + table.valuePlaceholders() + ")");
    const QString now = nowText();
    for (const Record &record : records) {
        update.bindTextOrNull(0, record.remoteId());
        update.bindTextOrNull(1, record.syncKey());
        update.bindInt64(2, int(record.syncState()));
        update.bindText(3, now);
        update.bindInt64(4, record.id());
        if (!update.exec())
            return rolledBack(db, what, update.errorText());
        if (record.syncState() != SyncState::Synced)
            continue;
        pushed.bindInt64(0, record.id());
        pushed.bindText(1, now);
        table.bindValues(pushed, 2, record);
        if (!pushed.exec())
            return rolledBack(db, what, pushed.errorText());
    }
    const Status history = insertSyncHistory(entries);
    if (!history) {
        db.rollback();
        return history;
    }
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
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
    const TargetTable table(schema);
    if (const Status ready = ensureTables(table); !ready)
        return R::failure(Workspace::tr("Cannot read what was last pushed: %1").arg(ready.error()));
    // Values of deleted rows stay (an undo brings the row back) but are not the sheet's.
    SqliteStatement q(m_db, "SELECT _record_id, " + table.valueColumns() + " FROM " +
                                    table.name(TargetTable::Kind::Pushed) +
                                    " WHERE _record_id IN (SELECT _id FROM " +
                                    table.name(TargetTable::Kind::Rows) + ")");
    QHash<qint64, Record> pushed;
    while (q.next()) {
        Record record(schema.fieldCount());
        record.setId(q.int64(0));
        table.readValues(q, 1, record);
        pushed.insert(record.id(), std::move(record));
    }
    if (q.failed())
        return R::failure(Workspace::tr("Cannot read what was last pushed: %1").arg(q.errorText()));
    return pushed;
}

Status Workspace::saveSnapshot(const EntitySchema &schema, const QString &profile,
                               const QVector<Record> &records, const QDateTime &pulledAt,
                               SnapshotInfo *info)
{
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot save what was pulled");
    const TargetTable table(schema);
    if (!db.transaction())
        return sqlFailure(what, db.lastError());
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO snapshots (target, profile, pulled_at, record_count) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(schema.id());
    q.addBindValue(profile);
    q.addBindValue(pulledAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(int(records.size()));
    if (!q.exec())
        return rolledBack(db, what, q.lastError().text());
    const qint64 snapshot = q.lastInsertId().toLongLong();
    SqliteStatement insert(m_db, "INSERT INTO " + table.name(TargetTable::Kind::Snapshot) +
                                         " (_snapshot_id, _position, _remote_id, _sync_key, " +
                                         table.valueColumns() + ") VALUES (?, ?, ?, ?, " +
                                         table.valuePlaceholders() + ")");
    int position = 0;
    for (const Record &record : records) {
        insert.bindInt64(0, snapshot);
        insert.bindInt64(1, ++position);
        insert.bindTextOrNull(2, record.remoteId());
        insert.bindTextOrNull(3, record.syncKey());
        table.bindValues(insert, 4, record);
        if (!insert.exec())
            return rolledBack(db, what, insert.errorText());
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
        return rolledBack(db, what, q.lastError().text());
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
    if (info)
        *info = {snapshot, profile, pulledAt.toUTC(), int(records.size())};
    return Status();
}

Result<QVector<Record>> Workspace::loadSnapshot(const EntitySchema &schema, const QString &profile,
                                                SnapshotInfo *info) const
{
    using R = Result<QVector<Record>>;
    const QString what = Workspace::tr("Cannot read what was pulled");
    SnapshotInfo found;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, profile, pulled_at, record_count FROM snapshots "
                                 "WHERE target = ?%1 ORDER BY id DESC LIMIT 1")
                          .arg(profile.isEmpty() ? QString() : QStringLiteral(" AND profile = ?")));
        q.addBindValue(schema.id());
        if (!profile.isEmpty())
            q.addBindValue(profile);
        if (!q.exec())
            return R::failure(Workspace::tr("%1: %2").arg(what, q.lastError().text()));
        if (q.next()) {
            found.id = q.value(0).toLongLong();
            found.profile = q.value(1).toString();
            found.pulledAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            found.recordCount = q.value(3).toInt();
        }
    }
    if (info)
        *info = found;
    QVector<Record> records;
    if (found.id == 0)
        return records;
    const TargetTable table(schema);
    if (const Status ready = ensureTables(table); !ready)
        return R::failure(Workspace::tr("%1: %2").arg(what, ready.error()));
    records.reserve(found.recordCount);
    SqliteStatement q(m_db, "SELECT _remote_id, _sync_key, " + table.valueColumns() + " FROM " +
                                    table.name(TargetTable::Kind::Snapshot) +
                                    " WHERE _snapshot_id = ? ORDER BY _position");
    q.bindInt64(0, found.id);
    while (q.next()) {
        Record record(schema.fieldCount());
        record.setRemoteId(q.text(0));
        record.setSyncKey(q.text(1));
        table.readValues(q, 2, record);
        records.append(std::move(record));
    }
    if (q.failed())
        return R::failure(Workspace::tr("%1: %2").arg(what, q.errorText()));
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

// TODO(#16): the SQLite side of push leases and copy-workspace.
Result<WorkspaceStore::PushClaim> Workspace::claimRows(const QString &, const QVector<qint64> &ids,
                                                       const ClaimHolder &, std::chrono::seconds)
{
    PushClaim claim;
    claim.granted = ids;
    return claim;
}

Status Workspace::renewClaims(const QString &, std::chrono::seconds)
{
    return Status();
}

Status Workspace::releaseClaims(const QString &)
{
    return Status();
}

Result<WorkspaceContent> Workspace::readAll(const SchemaRegistry &) const
{
    return Result<WorkspaceContent>::failure(QStringLiteral("not yet"));
}

Status Workspace::writeAll(const SchemaRegistry &, const WorkspaceContent &)
{
    return Status::failure(QStringLiteral("not yet"));
}
