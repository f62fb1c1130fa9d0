#pragma once

#include "result.h"
#include "targettable.h"
#include "workspacestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QString>

#include <memory>

class EntitySchema;
class QSqlDatabase;
class SchemaRegistry;
struct sqlite3;

// The workspace file (*.cdw): one SQLite database in WAL mode with full fsync. Each target's
// rows live in a typed table of its own, built from its schema file (see TargetTable), with
// their sync state and remote ids; beside them the values last pushed, the pull snapshots, the
// import history, mapping templates, the sync history, reference lists and the crosswalk.
// Every write is one committed transaction before the call returns. A damaged file, or one
// written by a newer ContractDesk, is refused with a clear message and never written to.
// Rows go through the sqlite3 API on Qt's own connection (bound column by column); the
// small tables through Qt Sql. The operations are documented on WorkspaceStore.
// A file is one desk's: SQLite's locks are not to be trusted over a network file system, so a
// file on a network drive, or one another machine has open (its `<file>.holder` note names
// that machine), is refused with a pointer to the team workspace. Processes on one desk (the
// window and the command line) share a file safely; their pushes claim rows in `push_claims`.
class Workspace : public WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // 5: push leases. 4: typed tables per target. 3: reference lists and crosswalk.
    // 2: reconciliation.
    static constexpr int kFormatVersion = 5;
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
    // Test hook: with CONTRACTDESK_TREAT_AS_NETWORK_FS=1 in the environment every file counts as
    // on a network drive, so the refusal can be tested on a local disk.
    static constexpr const char *kTreatAsNetworkFs = "CONTRACTDESK_TREAT_AS_NETWORK_FS";
    // The note beside an open file naming who holds it ("jobs.cdw.holder").
    static QString holderNotePath(const QString &path);
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    const QString &path() const override { return m_path; }

    Result<QVector<Record>> loadRecords(const EntitySchema &schema) const override;
    int recordCount(const QString &target) const override;
    Status insertRecords(const EntitySchema &schema, QVector<Record> &records,
                         const QString &source = QString(),
                         const ReadProgress &progress = {}) override;
    Result<int> insertStreamed(const EntitySchema &schema, const QString &source,
                               const RecordProducer &produce) override;
    Status updateRecord(const EntitySchema &schema, const Record &record) override;
    Status updateRecords(const EntitySchema &schema, const QVector<Record> &records) override;
    Status appendRecords(const EntitySchema &schema, QVector<Record> &records) override;
    Status removeRecords(const EntitySchema &schema, const QVector<qint64> &ids,
                         QVector<qint64> &positions) override;
    Status restoreRecords(const EntitySchema &schema, const QVector<Record> &records,
                          const QVector<qint64> &positions) override;

    Status saveMappingTemplate(const MappingTemplate &mapping) override;
    QVector<MappingTemplate> mappingTemplates(const QString &target) const override;

    Status appendSyncHistory(QVector<SyncLogEntry> &entries) override;
    Status commitSyncResults(const EntitySchema &schema, const QVector<Record> &records,
                             QVector<SyncLogEntry> &entries) override;
    QVector<SyncLogEntry> syncHistory() const override;
    Result<QHash<qint64, Record>> lastPushed(const EntitySchema &schema) const override;

    Status saveSnapshot(const EntitySchema &schema, const QString &profile,
                        const QVector<Record> &records, const QDateTime &pulledAt,
                        SnapshotInfo *info = nullptr) override;
    Result<QVector<Record>> loadSnapshot(const EntitySchema &schema, const QString &profile,
                                         SnapshotInfo *info = nullptr) const override;
    QVector<SnapshotInfo> snapshots(const EntitySchema &schema) const override;

    Status saveReferenceList(const QString &listId, const QString &profile, const QString &scope,
                             const QVector<ReferenceRecord> &records,
                             const QDateTime &readAt) override;
    Result<std::optional<KeptReferenceList>> loadReferenceList(const QString &listId,
                                                               const QString &profile,
                                                               const QString &scope) const override;
    QVector<KeptReferenceList> referenceListsOf(const QString &profile) const override;
    Result<QVector<KeptReferenceList>> loadReferenceLists(const QString &profile) const override;

    Status saveChoice(const CrosswalkChoice &choice) override;
    Status removeChoice(const QString &target, const QString &profile, const QString &field,
                        const QString &scope, const QString &value) override;
    QVector<CrosswalkChoice> crosswalk(const QString &target,
                                       const QString &profile) const override;

    Result<PushClaim> claimRows(const QString &target, const QVector<qint64> &ids,
                                const ClaimHolder &holder, std::chrono::seconds lease) override;
    Status renewClaims(const QString &holderId, std::chrono::seconds lease) override;
    Status releaseClaims(const QString &holderId) override;

    Result<WorkspaceContent> readAll(const SchemaRegistry &schemas) const override;
    Status writeAll(const SchemaRegistry &schemas, const WorkspaceContent &content) override;

private:
    explicit Workspace(QString path, QString connectionName);
    Status insertSyncHistory(QVector<SyncLogEntry> &entries);
    // Whether the store holds anything writeAll would overwrite; names the first thing found.
    Result<QString> firstContent(const SchemaRegistry &schemas) const;
    Status writeTarget(const EntitySchema &schema, const WorkspaceContent::Target &target);
    Status writeSmallTables(const WorkspaceContent &content);
    QSqlDatabase database() const;
    // Begins a write transaction that holds the file's write lock from its start.
    Status beginWrite(const QString &what) const;
    // The target's tables, created when first met (a schema the registry did not name).
    Status ensureTables(const TargetTable &table) const;
    // The start of an insert: its transaction begun, the target's tables ready, the sheet's
    // last position and, for an import (a source named), its line in the import history. On
    // failure the transaction is rolled back and the reason given.
    struct InsertStart
    {
        explicit InsertStart(const EntitySchema &schema);
        const TargetTable table;
        const QByteArray rows; // the table's name
        QElapsedTimer clock;
        qint64 position = 0;
        QVariant importId;
        QString now;
    };
    Status beginInsert(const QString &source, int rowCount, InsertStart &start);

    QString m_path;
    QString m_connectionName;
    QString m_holderNote; // written by this process, removed when the file is closed
    sqlite3 *m_db = nullptr;
    mutable QSet<QString> m_tablesReady;
};
