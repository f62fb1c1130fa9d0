#pragma once

#include "mappingtemplate.h"
#include "readprogress.h"
#include "record.h"
#include "recordstore.h"
#include "referencedata.h"
#include "result.h"
#include "synclogentry.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class EntitySchema;
class QSqlDatabase;
class SchemaRegistry;
class TargetTable;
struct sqlite3;

// The workspace file (*.cdw): one SQLite database in WAL mode with full fsync. Each target's
// rows live in a typed table of its own, built from its schema file (see TargetTable), with
// their sync state and remote ids; beside them the values last pushed, the pull snapshots, the
// import history, mapping templates, the sync history, reference lists and the crosswalk.
// Every write is one committed transaction before the call returns. A damaged file, or one
// written by a newer ContractDesk, is refused with a clear message and never written to.
// Rows go through the sqlite3 API on Qt's own connection (bound column by column); the
// small tables through Qt Sql.
class Workspace : public RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // 4: typed tables per target. 3: reference lists and crosswalk. 2: reconciliation.
    static constexpr int kFormatVersion = 4;
    // 'CDW1' in SQLite's application_id header field marks our files.
    static constexpr int kApplicationId = 0x43445731;

    enum class OpenMode {
        OpenExisting,
        CreateIfMissing,
    };

    // Opens (and, from an older format, upgrades) a workspace for the given targets; their
    // tables are created, and a field new in a schema file becomes a new column. An upgrade
    // runs in one transaction, with a copy of the file kept beside it until it commits.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, OpenMode mode,
                                                   const SchemaRegistry &schemas);
    // The same for the targets built into the application.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, OpenMode mode);
    ~Workspace() override;
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    const QString &path() const { return m_path; }

    // The records of one target, in sheet order.
    Result<QVector<Record>> loadRecords(const EntitySchema &schema) const;
    int recordCount(const QString &target) const;
    // Appends records in one transaction and gives each its id. The import history gets a row
    // naming the source. When progress returns false the transaction is rolled back and the
    // workspace holds none of the rows.
    Status insertRecords(const EntitySchema &schema, QVector<Record> &records,
                         const QString &source = QString(), const ReadProgress &progress = {});
    Status updateRecord(const EntitySchema &schema, const Record &record) override;
    Status updateRecords(const EntitySchema &schema, const QVector<Record> &records) override;
    Status appendRecords(const EntitySchema &schema, QVector<Record> &records) override;
    Status removeRecords(const EntitySchema &schema, const QVector<qint64> &ids,
                         QVector<qint64> &positions) override;
    Status restoreRecords(const EntitySchema &schema, const QVector<Record> &records,
                          const QVector<qint64> &positions) override;

    Status saveMappingTemplate(const MappingTemplate &mapping);
    QVector<MappingTemplate> mappingTemplates(const QString &target) const;

    Status appendSyncHistory(QVector<SyncLogEntry> &entries);
    // One settled push request: the rows' remote ids, sync keys and states (never their values)
    // and a history line each, in ONE transaction — a crash leaves all of it or none.
    Status commitSyncResults(const EntitySchema &schema, const QVector<Record> &records,
                             QVector<SyncLogEntry> &entries);
    QVector<SyncLogEntry> syncHistory() const;
    // What each row's last accepted push sent, by record id (rows never pushed are absent):
    // the reconcile view's "last pushed" column, which tells who changed a value since.
    Result<QHash<qint64, Record>> lastPushed(const EntitySchema &schema) const;

    // What a vendor held for one target when it was pulled through one profile.
    struct SnapshotInfo
    {
        qint64 id = 0;
        QString profile;
        QDateTime pulledAt;
        int recordCount = 0;
    };
    // Stores a pull as the newest snapshot of (target, profile), in one transaction; older
    // ones beyond the last kSnapshotsKept are dropped.
    Status saveSnapshot(const EntitySchema &schema, const QString &profile,
                        const QVector<Record> &records, const QDateTime &pulledAt,
                        SnapshotInfo *info = nullptr);
    // The newest snapshot of a target (of one profile, or of any when `profile` is empty).
    // No snapshot: an empty list and info->id == 0.
    Result<QVector<Record>> loadSnapshot(const EntitySchema &schema, const QString &profile,
                                         SnapshotInfo *info = nullptr) const;
    // The snapshots kept of a target, newest first.
    QVector<SnapshotInfo> snapshots(const EntitySchema &schema) const;
    static constexpr int kSnapshotsKept = 3;

    // Reference lists as read from the vendor (format 3). A refresh replaces the list of
    // (listId, profile, scope) whole, in one transaction: when it fails (a record without an
    // id, two records with one id, a full disk) the list read before stays as it was. Record
    // ids must be distinct within a list.
    Status saveReferenceList(const QString &listId, const QString &profile, const QString &scope,
                             const QVector<ReferenceRecord> &records, const QDateTime &readAt);
    // The list with its records in the order read; std::nullopt when none was ever kept.
    Result<std::optional<KeptReferenceList>>
    loadReferenceList(const QString &listId, const QString &profile, const QString &scope) const;
    // Every list kept for a profile (without records), by list id and scope.
    QVector<KeptReferenceList> referenceListsOf(const QString &profile) const;
    // Every list kept for a profile with its records, by list id and scope.
    Result<QVector<KeptReferenceList>> loadReferenceLists(const QString &profile) const;

    // The crosswalk: a person's choices. saveChoice replaces an earlier choice of the same
    // (target, profile, field, scope, exactKey(value)); removeChoice forgets it.
    Status saveChoice(const CrosswalkChoice &choice);
    Status removeChoice(const QString &target, const QString &profile, const QString &field,
                        const QString &scope, const QString &value);
    // The choices of a target through a profile, by field, scope and value.
    QVector<CrosswalkChoice> crosswalk(const QString &target, const QString &profile) const;

private:
    explicit Workspace(QString path, QString connectionName);
    Status insertSyncHistory(QVector<SyncLogEntry> &entries);
    QSqlDatabase database() const;
    // The target's tables, created when first met (a schema the registry did not name).
    Status ensureTables(const TargetTable &table) const;

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_db = nullptr;
    mutable QSet<QString> m_tablesReady;
};
