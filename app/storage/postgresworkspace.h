#pragma once

#include "pgtargettable.h"
#include "result.h"
#include "workspace.h"
#include "workspacelocation.h"
#include "workspacestore.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <memory>

class EntitySchema;
class PostgresChangeFeed;
class QSqlDatabase;
class QSqlQuery;
class SchemaRegistry;

// A team workspace: the same workspace as the file (Workspace), kept on a PostgreSQL server so
// that several people work on one job list at once. Its tables live in a schema of their own,
// `contractdesk`, so the database may hold others; each target's rows in typed tables built
// from its schema file (PgTargetTable), beside them the same small tables as the file's, a
// `meta` table with the format version and `push_claims`, the leases of running pushes. Every
// call is one transaction, committed before it returns; every call that changes something
// tells the other windows (pg_notify, heard by PostgresChangeFeed). A row's `_version` catches
// an edit based on a value someone else has changed since. Money is NUMERIC, read as exact
// text (never double); ids BIGINT; instants timestamptz. The password is never kept here:
// it is given by the caller (from the keychain) or read by libpq from PGPASSWORD or ~/.pgpass.
class PostgresWorkspace : public WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(PostgresWorkspace)

public:
    // 1: the first team workspace format.
    static constexpr int kFormatVersion = 1;

    // Connects and opens the team workspace at `location`. An empty database is initialised
    // (schema, tables, format) only with OpenMode::CreateIfMissing, in one transaction that two
    // first openers cannot both run; a field new in a schema file becomes a new column.
    static Result<std::unique_ptr<PostgresWorkspace>> open(const WorkspaceLocation &location,
                                                           Workspace::OpenMode mode,
                                                           const SchemaRegistry &schemas,
                                                           const QString &password = QString());
    // Whether the database already holds a team workspace (the window asks before it
    // initialises an empty one).
    static Result<bool> isInitialised(const WorkspaceLocation &location,
                                      const QString &password = QString());
    ~PostgresWorkspace() override;
    PostgresWorkspace(const PostgresWorkspace &) = delete;
    PostgresWorkspace &operator=(const PostgresWorkspace &) = delete;

    const QString &path() const override { return m_display; }
    bool isShared() const override { return true; }

    Result<QVector<Record>> loadRecords(const EntitySchema &schema) const override;
    Result<QVector<Record>> loadRecordsById(const EntitySchema &schema,
                                            const QVector<qint64> &ids) const override;
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

    void setChangeListener(ChangeListener listener) override;

    Result<WorkspaceContent> readAll(const SchemaRegistry &schemas) const override;
    Status writeAll(const SchemaRegistry &schemas, const WorkspaceContent &content) override;

    // The server process of the connection that listens for others' changes (0: none), for
    // tests that cut it.
    int listenerBackendPid() const;

private:
    PostgresWorkspace(QString display, QString connectionName);
    QSqlDatabase database() const;
    // The target's tables, created (or given new columns) when first met, inside the open
    // transaction.
    Status ensureTables(const PgTargetTable &table) const;
    // Tells the other windows, inside the open transaction, that `target` changed.
    // Tells the other windows (when the transaction commits) that `target` changed: these
    // rows of it (`rows`; an empty list: none of its rows), or anything in it (nullptr).
    bool notifyChange(QSqlQuery &q, const QString &target = QString(),
                      const QVector<qint64> *rows = nullptr) const;
    // Inserts rows in multi-row statements; gives their ids in order.
    Status insertRows(const PgTargetTable &table, const QVector<Record> &records, qint64 &position,
                      const QVariant &importId, QVector<qint64> *ids) const;
    Status insertSyncHistory(QVector<SyncLogEntry> &entries);
    Status beginInsert(const PgTargetTable &table, const QString &source, int rowCount,
                       qint64 &position, QVariant &importId);
    Status writeTarget(const SchemaRegistry &schemas, const WorkspaceContent::Target &target);

    QString m_display;
    QString m_connectionName;
    QString m_tag; // this store's mark on its own notifications
    mutable QSet<QString> m_tablesReady;
    std::unique_ptr<PostgresChangeFeed> m_feed;
};
