#include "workspace.h"

#include "batchqueue.h"
#include "entityschema.h"
#include "legacyrowsupgrade.h"
#include "logcategories.h"
#include "namefolding.h"
#include "rawtext.h"
#include "schemaregistry.h"
#include "sqlitestatement.h"
#include "storedentries.h"
#include "storedrows.h"
#include "targettable.h"
#include "valuecodec.h"
#include "workspacemigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <optional>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <QDir>
#include <windows.h>
#endif

namespace {

// From this many rows on, a load decodes on a second thread (below it, starting one costs more
// than it saves).
constexpr int kDecodeAlongsideFrom = 20000;

// A statement on the sqlite3 handle that returns no rows: BEGIN IMMEDIATE, COMMIT, ROLLBACK.
QString execText(sqlite3 *db, const QByteArray &sql)
{
    SqliteStatement statement(db, sql);
    if (!statement.exec())
        return statement.errorText().isEmpty() ? QStringLiteral("?") : statement.errorText();
    return QString();
}

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

namespace {

// The network file system a path lies on, in words ("NFS"), or empty when it is local. SQLite's
// locks are not to be trusted on these, so two desks writing one file could damage it.
QString networkFileSystem(const QString &path)
{
    if (qEnvironmentVariableIntValue(Workspace::kTreatAsNetworkFs) == 1)
        return QStringLiteral("%1=1").arg(QLatin1String(Workspace::kTreatAsNetworkFs));
    const QFileInfo info(path);
    const QString at = info.exists() ? info.absoluteFilePath() : info.absolutePath();
#if defined(Q_OS_LINUX)
    struct statfs fs;
    if (::statfs(QFile::encodeName(at).constData(), &fs) != 0)
        return QString();
    switch (static_cast<quint32>(fs.f_type)) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
        return QStringLiteral("SMB");
    case 0xFF534D42:
        return QStringLiteral("CIFS");
    case 0xFE534D42:
        return QStringLiteral("SMB2");
    case 0x65735546: {
        // FUSE carries local file systems too: only sshfs counts, told by the mount table.
        QFile mounts(QStringLiteral("/proc/self/mounts"));
        if (!mounts.open(QIODevice::ReadOnly))
            return QString();
        const QString canonical = QFileInfo(at).canonicalFilePath();
        QString longest;
        QString type;
        const QList<QByteArray> lines = mounts.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 3)
                continue;
            QString point = QString::fromLocal8Bit(parts.at(1));
            point.replace(QLatin1String("\\040"), QLatin1String(" "));
            const bool under =
                    canonical == point || canonical.startsWith(point.endsWith(QLatin1Char('/'))
                                                                       ? point
                                                                       : point + QLatin1Char('/'));
            if (under && point.size() >= longest.size()) {
                longest = point;
                type = QString::fromLatin1(parts.at(2));
            }
        }
        return type == QLatin1String("fuse.sshfs") ? QStringLiteral("SSHFS") : QString();
    }
    default:
        return QString();
    }
#elif defined(Q_OS_MACOS)
    struct statfs fs;
    if (::statfs(QFile::encodeName(at).constData(), &fs) != 0)
        return QString();
    if (fs.f_flags & MNT_LOCAL)
        return QString();
    return QString::fromLocal8Bit(fs.f_fstypename).toUpper();
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(at);
    if (native.startsWith(QLatin1String("\\\\")))
        return QStringLiteral("a network share");
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
        return QStringLiteral("a network drive");
    return QString();
#else
    return QString();
#endif
}

// Who holds an open file, as its note beside it says.
struct HolderNote
{
    QString host;
    QString user;
    qint64 pid = 0;
};

QString thisUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

std::optional<HolderNote> readHolderNote(const QString &notePath)
{
    QFile file(notePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
    if (note.isEmpty())
        return std::nullopt;
    return HolderNote{note.value(QStringLiteral("host")).toString(),
                      note.value(QStringLiteral("user")).toString(),
                      qint64(note.value(QStringLiteral("pid")).toDouble())};
}

QString sharePointer(const QString &path)
{
    return Workspace::tr("Several people must not write one workspace file over a network: share "
                         "it as a team workspace (File ▸ Share to Team Workspace…, or "
                         "contractdesk-cli copy-workspace %1 postgresql://…).")
            .arg(path);
}

// Refuses a file several desks could write: one on a network file system, or one another
// machine holds. A holder on this machine is fine: SQLite's own locks work on a local disk.
Status refuseSharedFile(const QString &path)
{
    if (const QString network = networkFileSystem(path); !network.isEmpty())
        return Status::failure(Workspace::tr("%1 is on a network drive (%2). %3")
                                       .arg(path, network, sharePointer(path)));
    const QString notePath = Workspace::holderNotePath(path);
    const std::optional<HolderNote> note = readHolderNote(notePath);
    if (!note || note->host.isEmpty() || note->host == QSysInfo::machineHostName())
        return Status();
    return Status::failure(
            Workspace::tr("%1 is open on another computer (%2, by %3). %4 If nobody works in it "
                          "there any more, delete %5 and open it again.")
                    .arg(path, note->host,
                         note->user.isEmpty() ? Workspace::tr("someone") : note->user,
                         sharePointer(path), notePath));
}

// Writes this process's note beside the file unless one of this machine is there already.
// Gives the note's path when this process wrote it (it removes it on closing).
QString writeHolderNote(const QString &path)
{
    const QString notePath = Workspace::holderNotePath(path);
    if (readHolderNote(notePath))
        return QString();
    QSaveFile file(notePath);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    const QJsonObject note{{QStringLiteral("host"), QSysInfo::machineHostName()},
                           {QStringLiteral("user"), thisUser()},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("since"), nowText()}};
    file.write(QJsonDocument(note).toJson());
    if (!file.commit()) {
        qCWarning(lcStorage).noquote() << "cannot write" << notePath << ':' << file.errorString();
        return QString();
    }
    return notePath;
}

} // namespace

QString Workspace::holderNotePath(const QString &path)
{
    return path + QStringLiteral(".holder");
}

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
    if (const Status desk = refuseSharedFile(path); !desk)
        return refused(desk.error());

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
    if (const Status begun = workspace->beginWrite(Workspace::tr("Cannot open %1").arg(path));
        !begun)
        return refused(begun.error());
    for (const EntitySchema &schema : schemas.schemas()) {
        const Status ready = workspace->ensureTables(TargetTable(schema));
        if (!ready) {
            db.rollback();
            return refused(Workspace::tr("Cannot open %1: %2").arg(path, ready.error()));
        }
    }
    if (!db.commit())
        return refused(Workspace::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    workspace->m_holderNote = writeHolderNote(path);
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
    // The note goes only while it still names this process (another may have replaced it).
    if (!m_holderNote.isEmpty()) {
        const std::optional<HolderNote> note = readHolderNote(m_holderNote);
        if (note && note->host == QSysInfo::machineHostName() &&
            note->pid == QCoreApplication::applicationPid())
            QFile::remove(m_holderNote);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Workspace::beginWrite(const QString &what) const
{
    // IMMEDIATE takes the write lock at once, waiting (busy timeout) while another process
    // writes. A deferred transaction that read first could not wait: in WAL mode its upgrade to
    // a writer fails at once when another process committed since it began reading.
    if (const QString error = execText(m_db, "BEGIN IMMEDIATE"); !error.isEmpty()) {
        qCWarning(lcStorage).noquote() << "transaction failed:" << what << '-' << error;
        return Status::failure(Workspace::tr("%1: %2").arg(what, error));
    }
    return Status();
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
    SqliteStatement q(m_db, "SELECT _id, _remote_id, _sync_key, _sync_state, _version, " +
                                    table.valueColumns() + " FROM " +
                                    table.name(TargetTable::Kind::Rows) +
                                    " ORDER BY _position, _id");
    const auto decode = [&schema, &table](const auto &row) {
        Record record(schema.fieldCount());
        record.setId(row.int64(0));
        record.setRemoteId(row.text(1));
        record.setSyncKey(row.text(2));
        record.setSyncState(SyncState(row.int64(3)));
        record.setVersion(row.int64(4));
        table.readValues(row, 5, record);
        return record;
    };
    if (expected < kDecodeAlongsideFrom) {
        while (q.next())
            records.append(decode(q));
    } else {
        // Turning UTF-8 into QStrings and QVariants is most of a load: a second thread does it
        // while this one steps SQLite and copies each row's bytes out. One decoder, batches in
        // order: the records come out in sheet order.
        const int columns = 5 + table.valueColumnCount();
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
    if (const Status begun = beginWrite(Workspace::tr("Cannot start saving")); !begun)
        return begun;
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
    for (int i = 0; i < records.size(); ++i) {
        records[i].setId(ids.at(i));
        records[i].setVersion(1); // the column's default
    }
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
    if (const Status begun = beginWrite(what); !begun)
        return begun;
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    // A change of values counts in _version: the next writer can tell the row moved on. A
    // record that names the version it was read at is saved only over that version.
    const QByteArray rows = table.name(TargetTable::Kind::Rows);
    const QByteArray sql = "UPDATE " + rows +
                           " SET _remote_id = ?, _sync_key = ?, _sync_state = ?, _updated_at = ?, "
                           "_version = _version + 1, " +
                           table.valueAssignments() + " WHERE _id = ?";
    SqliteStatement update(m_db, sql);
    SqliteStatement checked(m_db, sql + " AND _version = ?");
    if (!update.isValid())
        return rolledBack(db, what, update.errorText());
    if (!checked.isValid())
        return rolledBack(db, what, checked.errorText());
    const QString now = nowText();
    const int idParameter = 4 + table.valueColumnCount();
    for (const Record &record : records) {
        SqliteStatement &q = record.version() > 0 ? checked : update;
        q.bindTextOrNull(0, record.remoteId());
        q.bindTextOrNull(1, record.syncKey());
        q.bindInt64(2, int(record.syncState()));
        q.bindText(3, now);
        table.bindValues(q, 4, record);
        q.bindInt64(idParameter, record.id());
        if (record.version() > 0)
            q.bindInt64(idParameter + 1, record.version());
        if (!q.exec())
            return rolledBack(db, what, q.errorText());
        if (q.changes() == 1)
            continue;
        // Nothing changed: the row moved on since it was read, or it is gone.
        SqliteStatement find(m_db, "SELECT _version, (SELECT COUNT(*) FROM " + rows +
                                           " AS o WHERE o._position < r._position OR "
                                           "(o._position = r._position AND o._id <= r._id)) "
                                           "FROM " +
                                           rows + " AS r WHERE r._id = ?");
        find.bindInt64(0, record.id());
        if (find.next()) {
            const qint64 stored = find.int64(0);
            const qint64 row = find.int64(1);
            find.reset();
            db.rollback();
            qCInfo(lcStorage).noquote()
                    << "conflict: row" << record.id() << "of" << schema.id() << "is at version"
                    << stored << ", the change was based on" << record.version();
            return Status::conflict(
                    Workspace::tr("The change could not be saved: someone else changed row %1 "
                                  "of %2 since you read it. Nothing was saved; compare their "
                                  "values with yours and choose which to keep.")
                            .arg(row)
                            .arg(schema.label()));
        }
        if (find.failed())
            return rolledBack(db, what, find.errorText());
        db.rollback();
        return Status::failure(
                Workspace::tr("The change could not be saved: the row is no longer in the "
                              "workspace."));
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
    if (const Status begun = beginWrite(what); !begun)
        return begun;
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
    if (const Status begun = beginWrite(what); !begun)
        return begun;
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    // The row comes back as it was, its version too: an edit based on it still applies.
    SqliteStatement insert(m_db, "INSERT INTO " + table.name(TargetTable::Kind::Rows) +
                                         " (_id, _version, " + rowColumns(table) +
                                         ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, " +
                                         table.valuePlaceholders() + ")");
    const QString now = nowText();
    for (int i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        insert.bindInt64(0, record.id());
        insert.bindInt64(1, record.version() > 0 ? record.version() : 1);
        bindRow(insert, 2, record, positions.at(i), QVariant(), now);
        table.bindValues(insert, 2 + kRowColumns, record);
        if (!insert.exec())
            return rolledBack(db, what, insert.errorText());
    }
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
    return Status();
}

namespace {

using StoredEntries::notNull;

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcText(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.toUTC();
}

// The readers and writers StoredEntries maps instants and texts with. The sync history and
// snapshots are read as stored (without a move to UTC), as they always were.
QDateTime fromUtcValue(const QVariant &value)
{
    return fromUtcText(value.toString());
}

QDateTime fromStoredText(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant instantText(const QDateTime &at)
{
    return utcText(at);
}

QVariant requiredUtcText(const QDateTime &at)
{
    return notNull(utcText(at));
}

QVariant utcTextOrNow(const QDateTime &at)
{
    return utcText(at.isValid() ? at : QDateTime::currentDateTimeUtc());
}

QVariant zeroOrOne(bool flag)
{
    return flag ? 1 : 0;
}

// Most of SQLite's required texts are bound as they are (a null one is refused).
QVariant asIs(const QString &text)
{
    return text;
}

void bindAll(QSqlQuery &q, int first, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(first + i, values.at(i));
}

} // namespace

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
        list.append(StoredEntries::mappingTemplate(q, target));
    return list;
}

Status Workspace::commitSyncResults(const EntitySchema &schema, const QVector<Record> &records,
                                    QVector<SyncLogEntry> &entries)
{
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot save the sync results");
    const TargetTable table(schema);
    if (const Status begun = beginWrite(what); !begun)
        return begun;
    if (const Status ready = ensureTables(table); !ready)
        return rolledBack(db, what, ready.error());
    // Only what a push changes: the vendor's id, the key and the state (the values were saved
    // before the push), with one prepared statement for the whole request's rows. It counts in
    // _version: an edit based on the row as it was would otherwise write the old id back.
    SqliteStatement update(m_db, "UPDATE " + table.name(TargetTable::Kind::Rows) +
                                         " SET _remote_id = ?, _sync_key = ?, _sync_state = ?, "
                                         "_updated_at = ?, _version = _version + 1 WHERE _id = ?");
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
    if (const Status begun = beginWrite(Workspace::tr("Cannot save the sync results")); !begun)
        return begun;
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
        bindAll(q, 0, StoredEntries::syncLogValues(e, instantText, asIs));
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
    while (q.next())
        list.append(StoredEntries::syncLogEntry(q, fromStoredText));
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
    if (const Status begun = beginWrite(what); !begun)
        return begun;
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
        if (q.next())
            found = StoredEntries::snapshotInfo(q, fromStoredText);
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
        found.append(StoredEntries::snapshotInfo(q, fromStoredText));
    return found;
}

Status Workspace::saveReferenceList(const QString &listId, const QString &profile,
                                    const QString &scope, const QVector<ReferenceRecord> &records,
                                    const QDateTime &readAt)
{
    QSqlDatabase db = database();
    const QString what = Workspace::tr("Cannot keep the list %1 read from the vendor").arg(listId);
    if (const Status begun = beginWrite(what); !begun)
        return begun;
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
    for (const ReferenceRecord &r : records) {
        bindAll(q, 0, StoredEntries::referenceRecordValues(list, ++position, r, zeroOrOne));
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
    while (q.next())
        lists.append(StoredEntries::referenceListOf(q, profile, fromUtcValue));
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
    while (q.next())
        list.records.append(StoredEntries::referenceRecord(q));
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
    bindAll(q, 0, StoredEntries::crosswalkValues(choice, utcTextOrNow, asIs));
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
    while (q.next())
        choices.append(StoredEntries::crosswalkChoice(q, target, profile, fromUtcValue));
    return choices;
}

Result<WorkspaceStore::PushClaim> Workspace::claimRows(const QString &target,
                                                       const QVector<qint64> &ids,
                                                       const ClaimHolder &holder,
                                                       std::chrono::seconds lease)
{
    using R = Result<PushClaim>;
    const QString what = Workspace::tr("Cannot reserve the rows for this push");
    const auto failed = [&](const QString &error) {
        execText(m_db, "ROLLBACK");
        qCWarning(lcStorage).noquote() << "transaction failed:" << what << '-' << error;
        return R::failure(Workspace::tr("%1: %2").arg(what, error));
    };
    // IMMEDIATE takes the file's write lock before the first read: two processes claiming at
    // once (the window and the command line) run one after the other, never both granted.
    if (const Status begun = beginWrite(what); !begun)
        return R::failure(begun.error());
    const QDateTime clock = QDateTime::currentDateTimeUtc();
    const QString now = utcText(clock);
    const QString until = utcText(clock.addSecs(lease.count()));
    PushClaim claim;
    {
        SqliteStatement find(m_db, "SELECT holder_id, holder_name, expires_at FROM push_claims "
                                   "WHERE target = ? AND record_id = ?");
        SqliteStatement take(m_db, "INSERT OR REPLACE INTO push_claims (target, record_id, "
                                   "holder_id, holder_name, expires_at) VALUES (?, ?, ?, ?, ?)");
        if (!find.isValid())
            return failed(find.errorText());
        if (!take.isValid())
            return failed(take.errorText());
        QSet<qint64> seen;
        for (qint64 id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            find.bindText(0, target);
            find.bindInt64(1, id);
            bool free = true;
            if (find.next()) {
                // Free when it is this push's own, or its holder's lease ran out.
                free = find.text(0) == holder.id || find.text(2) <= now;
                if (!free)
                    claim.heldBy.insert(id, find.text(1));
            } else if (find.failed()) {
                return failed(find.errorText());
            }
            find.reset();
            if (!free)
                continue;
            take.bindText(0, target);
            take.bindInt64(1, id);
            take.bindText(2, holder.id);
            take.bindText(3, holder.name);
            take.bindText(4, until);
            if (!take.exec())
                return failed(take.errorText());
            claim.granted.append(id);
        }
    }
    if (const QString error = execText(m_db, "COMMIT"); !error.isEmpty())
        return failed(error);
    return claim;
}

Status Workspace::renewClaims(const QString &holderId, std::chrono::seconds lease)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE push_claims SET expires_at = ? WHERE holder_id = ?"));
    q.addBindValue(utcText(QDateTime::currentDateTimeUtc().addSecs(lease.count())));
    q.addBindValue(holderId);
    if (!q.exec())
        return sqlFailure(Workspace::tr("Cannot keep the rows reserved for this push"),
                          q.lastError());
    return Status();
}

Status Workspace::releaseClaims(const QString &holderId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM push_claims WHERE holder_id = ?"));
    q.addBindValue(holderId);
    if (!q.exec())
        return sqlFailure(Workspace::tr("Cannot free the rows this push reserved"), q.lastError());
    return Status();
}

Result<WorkspaceContent> Workspace::readAll(const SchemaRegistry &schemas) const
{
    using R = Result<WorkspaceContent>;
    const QString what = Workspace::tr("Cannot read the whole workspace");
    const auto failed = [&what](const QString &error) {
        return R::failure(Workspace::tr("%1: %2").arg(what, error));
    };
    QSqlDatabase db = database();
    // One read transaction: a copy sees the workspace as it was at one moment, even while
    // another process on this desk writes to it.
    if (!db.transaction())
        return failed(db.lastError().text());
    struct EndRead
    {
        QSqlDatabase &db;
        ~EndRead() { db.rollback(); }
    } endRead{db};

    WorkspaceContent content;
    for (const EntitySchema &schema : schemas.schemas()) {
        const TargetTable table(schema);
        if (const Status ready = ensureTables(table); !ready)
            return failed(ready.error());
        WorkspaceContent::Target target;
        target.target = schema.id();
        {
            SqliteStatement q(m_db, "SELECT _id, _remote_id, _sync_key, _sync_state, _version, "
                                    "_position, _import_id, _updated_at, " +
                                            table.valueColumns() + " FROM " +
                                            table.name(TargetTable::Kind::Rows) +
                                            " ORDER BY _position, _id");
            while (q.next()) {
                WorkspaceContent::Row row;
                row.record = Record(schema.fieldCount());
                row.record.setId(q.int64(0));
                row.record.setRemoteId(q.text(1));
                row.record.setSyncKey(q.text(2));
                row.record.setSyncState(SyncState(q.int64(3)));
                row.record.setVersion(q.int64(4));
                row.position = q.int64(5);
                row.importId = q.isNull(6) ? 0 : q.int64(6);
                row.updatedAt = fromUtcText(q.text(7));
                table.readValues(q, 8, row.record);
                target.rows.append(std::move(row));
            }
            if (q.failed())
                return failed(q.errorText());
        }
        {
            SqliteStatement q(m_db, "SELECT _record_id, _pushed_at, " + table.valueColumns() +
                                            " FROM " + table.name(TargetTable::Kind::Pushed) +
                                            " ORDER BY _record_id");
            while (q.next()) {
                WorkspaceContent::PushedValues pushed;
                pushed.values = Record(schema.fieldCount());
                pushed.values.setId(q.int64(0));
                pushed.pushedAt = fromUtcText(q.text(1));
                table.readValues(q, 2, pushed.values);
                target.pushed.append(std::move(pushed));
            }
            if (q.failed())
                return failed(q.errorText());
        }
        {
            SqliteStatement q(m_db, "SELECT id, profile, pulled_at FROM snapshots WHERE target = "
                                    "? ORDER BY id");
            q.bindText(0, schema.id());
            while (q.next())
                target.snapshots.append({q.int64(0), q.text(1), fromUtcText(q.text(2)), {}});
            if (q.failed())
                return failed(q.errorText());
        }
        SqliteStatement q(m_db, "SELECT _remote_id, _sync_key, " + table.valueColumns() + " FROM " +
                                        table.name(TargetTable::Kind::Snapshot) +
                                        " WHERE _snapshot_id = ? ORDER BY _position");
        for (WorkspaceContent::Snapshot &snapshot : target.snapshots) {
            q.bindInt64(0, snapshot.id);
            while (q.next()) {
                Record record(schema.fieldCount());
                record.setRemoteId(q.text(0));
                record.setSyncKey(q.text(1));
                table.readValues(q, 2, record);
                snapshot.records.append(std::move(record));
            }
            if (q.failed())
                return failed(q.errorText());
            q.reset();
        }
        content.targets.append(std::move(target));
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, target, source, row_count, imported_at FROM imports "
                               "ORDER BY id")))
        return failed(q.lastError().text());
    while (q.next())
        content.imports.append(StoredEntries::storedImport(q, fromUtcValue));
    if (!q.exec(QStringLiteral("SELECT target, name, header_signature, mapping, updated_at FROM "
                               "mapping_templates ORDER BY target, name")))
        return failed(q.lastError().text());
    while (q.next())
        content.templates.append(StoredEntries::storedTemplate(q, fromUtcValue));
    content.history = syncHistory();
    for (SyncLogEntry &entry : content.history)
        entry.at = entry.at.toUTC();
    if (!q.exec(QStringLiteral("SELECT list_id, profile, scope FROM reference_lists ORDER BY "
                               "list_id, profile, scope")))
        return failed(q.lastError().text());
    QVector<KeptReferenceList> lists;
    while (q.next()) {
        KeptReferenceList list;
        list.listId = q.value(0).toString();
        list.profile = q.value(1).toString();
        list.scope = q.value(2).toString();
        lists.append(std::move(list));
    }
    q.finish();
    for (const KeptReferenceList &list : std::as_const(lists)) {
        auto loaded = loadReferenceList(list.listId, list.profile, list.scope);
        if (!loaded)
            return R::failure(loaded.error());
        if (loaded.value())
            content.referenceLists.append(std::move(*std::move(loaded).value()));
    }
    if (!q.exec(QStringLiteral("SELECT DISTINCT target, profile FROM crosswalk ORDER BY target, "
                               "profile")))
        return failed(q.lastError().text());
    QVector<QPair<QString, QString>> walks;
    while (q.next())
        walks.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &walk : std::as_const(walks))
        content.crosswalk += crosswalk(walk.first, walk.second);
    return content;
}

Result<QString> Workspace::firstContent(const SchemaRegistry &schemas) const
{
    using R = Result<QString>;
    const auto holds = [this](const QByteArray &table) -> Result<bool> {
        SqliteStatement exists(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                     "name = '" +
                                             table + "'");
        if (!exists.next()) {
            if (exists.failed())
                return Result<bool>::failure(exists.errorText());
            return false;
        }
        exists.reset();
        SqliteStatement any(m_db, "SELECT 1 FROM " + table + " LIMIT 1");
        if (any.next())
            return true;
        if (any.failed())
            return Result<bool>::failure(any.errorText());
        return false;
    };
    for (const EntitySchema &schema : schemas.schemas()) {
        const TargetTable table(schema);
        for (TargetTable::Kind kind : {TargetTable::Kind::Rows, TargetTable::Kind::Pushed}) {
            auto held = holds(table.name(kind));
            if (!held)
                return R::failure(held.error());
            if (held.value())
                return Workspace::tr("rows of %1").arg(schema.label());
        }
    }
    const QPair<QByteArray, QString> small[] = {
            {"imports", Workspace::tr("an import history")},
            {"mapping_templates", Workspace::tr("mapping templates")},
            {"sync_history", Workspace::tr("a sync history")},
            {"snapshots", Workspace::tr("pulled snapshots")},
            {"reference_lists", Workspace::tr("reference lists")},
            {"crosswalk", Workspace::tr("choices in the crosswalk")},
    };
    for (const auto &[table, words] : small) {
        auto held = holds(table);
        if (!held)
            return R::failure(held.error());
        if (held.value())
            return words;
    }
    return QString();
}

Status Workspace::writeAll(const SchemaRegistry &schemas, const WorkspaceContent &content)
{
    const QString what = Workspace::tr("Cannot copy the workspace into %1").arg(m_path);
    QSqlDatabase db = database();
    // IMMEDIATE: nobody else writes between the check for emptiness and the copy.
    if (const Status begun = beginWrite(what); !begun)
        return begun;
    auto found = firstContent(schemas);
    if (!found)
        return rolledBack(db, what, found.error());
    if (!found.value().isEmpty()) {
        db.rollback();
        return Status::failure(
                Workspace::tr("%1: it already holds %2. A workspace is copied only into a new "
                              "file or an empty database; nothing was changed.")
                        .arg(what, found.value()));
    }
    for (const WorkspaceContent::Target &target : content.targets) {
        const EntitySchema *schema = schemas.find(target.target);
        if (!schema) {
            db.rollback();
            return Status::failure(
                    Workspace::tr("%1: it holds rows of %2, a target this version of "
                                  "ContractDesk does not know; nothing was changed.")
                            .arg(what, target.target));
        }
        if (const Status written = writeTarget(*schema, target); !written)
            return rolledBack(db, what, written.error());
    }
    if (const Status written = writeSmallTables(content); !written)
        return rolledBack(db, what, written.error());
    if (!db.commit())
        return rolledBack(db, what, db.lastError().text());
    return Status();
}

Status Workspace::writeTarget(const EntitySchema &schema, const WorkspaceContent::Target &target)
{
    const TargetTable table(schema);
    if (const Status ready = ensureTables(table); !ready)
        return ready;
    const auto located = [&schema](const QString &error) {
        return Status::failure(Workspace::tr("%1: %2").arg(schema.label(), error));
    };
    {
        SqliteStatement insert(m_db, "INSERT INTO " + table.name(TargetTable::Kind::Rows) +
                                             " (_id, _version, " + rowColumns(table) +
                                             ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, " +
                                             table.valuePlaceholders() + ")");
        for (const WorkspaceContent::Row &row : target.rows) {
            insert.bindInt64(0, row.record.id());
            insert.bindInt64(1, row.record.version() > 0 ? row.record.version() : 1);
            bindRow(insert, 2, row.record, row.position,
                    row.importId ? QVariant(row.importId) : QVariant(), utcText(row.updatedAt));
            table.bindValues(insert, 2 + kRowColumns, row.record);
            if (!insert.exec())
                return located(insert.errorText());
        }
    }
    {
        SqliteStatement insert(m_db, "INSERT INTO " + table.name(TargetTable::Kind::Pushed) +
                                             " (_record_id, _pushed_at, " + table.valueColumns() +
                                             ") VALUES (?, ?, " + table.valuePlaceholders() + ")");
        for (const WorkspaceContent::PushedValues &pushed : target.pushed) {
            insert.bindInt64(0, pushed.values.id());
            insert.bindText(1, utcText(pushed.pushedAt));
            table.bindValues(insert, 2, pushed.values);
            if (!insert.exec())
                return located(insert.errorText());
        }
    }
    SqliteStatement snapshot(m_db, "INSERT INTO snapshots (id, target, profile, pulled_at, "
                                   "record_count) VALUES (?, ?, ?, ?, ?)");
    SqliteStatement insert(m_db, "INSERT INTO " + table.name(TargetTable::Kind::Snapshot) +
                                         " (_snapshot_id, _position, _remote_id, _sync_key, " +
                                         table.valueColumns() + ") VALUES (?, ?, ?, ?, " +
                                         table.valuePlaceholders() + ")");
    for (const WorkspaceContent::Snapshot &s : target.snapshots) {
        snapshot.bindInt64(0, s.id);
        snapshot.bindText(1, schema.id());
        snapshot.bindText(2, s.profile);
        snapshot.bindText(3, utcText(s.pulledAt));
        snapshot.bindInt64(4, s.records.size());
        if (!snapshot.exec())
            return located(snapshot.errorText());
        qint64 position = 0;
        for (const Record &record : s.records) {
            insert.bindInt64(0, s.id);
            insert.bindInt64(1, ++position);
            insert.bindTextOrNull(2, record.remoteId());
            insert.bindTextOrNull(3, record.syncKey());
            table.bindValues(insert, 4, record);
            if (!insert.exec())
                return located(insert.errorText());
        }
    }
    return Status();
}

Status Workspace::writeSmallTables(const WorkspaceContent &content)
{
    QSqlQuery q(database());
    const auto failed = [&q](const QString &table) {
        return Status::failure(Workspace::tr("%1: %2").arg(table, q.lastError().text()));
    };
    q.prepare(QStringLiteral("INSERT INTO imports (id, target, source, row_count, imported_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (const WorkspaceContent::Import &i : content.imports) {
        bindAll(q, 0, StoredEntries::importValues(i, requiredUtcText, asIs));
        if (!q.exec())
            return failed(Workspace::tr("the import history"));
    }
    q.prepare(QStringLiteral("INSERT INTO mapping_templates (target, name, header_signature, "
                             "mapping, updated_at) VALUES (?, ?, ?, ?, ?)"));
    for (const WorkspaceContent::Template &t : content.templates) {
        bindAll(q, 0, StoredEntries::templateValues(t, requiredUtcText, asIs));
        if (!q.exec())
            return failed(Workspace::tr("the mapping templates"));
    }
    q.prepare(QStringLiteral("INSERT INTO sync_history (id, at, target, profile, record_id, "
                             "row_key, action, outcome, remote_id, http_status, message) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SyncLogEntry &e : content.history) {
        q.bindValue(0, e.id);
        bindAll(q, 1, StoredEntries::syncLogValues(e, requiredUtcText, asIs));
        if (!q.exec())
            return failed(Workspace::tr("the sync history"));
    }
    for (const KeptReferenceList &list : content.referenceLists) {
        q.prepare(QStringLiteral("INSERT INTO reference_lists (list_id, profile, scope, read_at, "
                                 "record_count) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(list.listId);
        q.addBindValue(list.profile);
        q.addBindValue(notNull(list.scope));
        q.addBindValue(notNull(utcText(list.readAt)));
        q.addBindValue(int(list.records.size()));
        if (!q.exec())
            return failed(Workspace::tr("the list %1").arg(list.listId));
        const QVariant id = q.lastInsertId();
        q.prepare(QStringLiteral("INSERT INTO reference_records (list, position, record_id, "
                                 "name, origin_id, origin_code, number, aliases, detail, "
                                 "active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        int position = 0;
        for (const ReferenceRecord &r : list.records) {
            bindAll(q, 0, StoredEntries::referenceRecordValues(id, ++position, r, zeroOrOne));
            if (!q.exec())
                return failed(Workspace::tr("the list %1").arg(list.listId));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO crosswalk (target, profile, field, scope, value, "
                             "value_key, chosen_id, chosen_name, chosen_at) VALUES (?, ?, ?, ?, "
                             "?, ?, ?, ?, ?)"));
    for (const CrosswalkChoice &c : content.crosswalk) {
        bindAll(q, 0, StoredEntries::crosswalkValues(c, requiredUtcText, asIs));
        if (!q.exec())
            return failed(Workspace::tr("the crosswalk"));
    }
    return Status();
}
