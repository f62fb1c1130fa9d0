#pragma once

#include "mappingtemplate.h"
#include "readprogress.h"
#include "record.h"
#include "recordsink.h"
#include "recordstore.h"
#include "referencedata.h"
#include "result.h"
#include "synclogentry.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

class EntitySchema;

// Everything the sessions, services and commands keep in a workspace: rows, imports, mapping
// templates, sync results, pull snapshots, reference lists and the crosswalk. The SQLite file
// (Workspace) is the first implementation; a second one (the planned PostgreSQL team workspace)
// is made by its own factory and must keep the same promises, which the callers rely on:
// - every call is one transaction, committed before it returns (an acknowledged edit survives
//   a crash);
// - the store gives the ids (records, history lines, snapshots) and callers keep them;
// - a call that fails leaves nothing half-written: all of it or none of it;
// - values keep their types: a Record's QVariants go in and come back as they were, money as
//   Decimal (never double), dates as dates.
// No SQL lives outside app/storage/.
class WorkspaceStore : public RecordStore
{
public:
    // What a vendor held for one target when it was pulled through one profile.
    struct SnapshotInfo
    {
        qint64 id = 0;
        QString profile;
        QDateTime pulledAt;
        int recordCount = 0;
    };
    // Snapshots kept per (target, profile); saveSnapshot drops older ones.
    static constexpr int kSnapshotsKept = 3;

    // Where the store lives (the file's path), for messages and titles.
    virtual const QString &path() const = 0;

    // The records of one target, in sheet order.
    virtual Result<QVector<Record>> loadRecords(const EntitySchema &schema) const = 0;
    virtual int recordCount(const QString &target) const = 0;
    // Appends records in one transaction and gives each its id. The import history gets a row
    // naming the source. When progress returns false the transaction is rolled back and the
    // store holds none of the rows.
    virtual Status insertRecords(const EntitySchema &schema, QVector<Record> &records,
                                 const QString &source = QString(),
                                 const ReadProgress &progress = {}) = 0;
    // Saves rows while they are still being made: `produce` runs on the calling thread and
    // hands batches to its sink; the store writes them meanwhile, all in ONE transaction, which
    // a failed (or cancelled) produce rolls back. Gives the number of rows saved; their ids
    // are the store's (read them back with loadRecords).
    using RecordProducer = std::function<Status(const RecordSink &sink)>;
    virtual Result<int> insertStreamed(const EntitySchema &schema, const QString &source,
                                       const RecordProducer &produce) = 0;

    virtual Status saveMappingTemplate(const MappingTemplate &mapping) = 0;
    virtual QVector<MappingTemplate> mappingTemplates(const QString &target) const = 0;

    // Gives each entry its id.
    virtual Status appendSyncHistory(QVector<SyncLogEntry> &entries) = 0;
    // One settled push request: the rows' remote ids, sync keys and states (never their values)
    // and a history line each, in ONE transaction — a crash leaves all of it or none.
    virtual Status commitSyncResults(const EntitySchema &schema, const QVector<Record> &records,
                                     QVector<SyncLogEntry> &entries) = 0;
    virtual QVector<SyncLogEntry> syncHistory() const = 0;
    // What each row's last accepted push sent, by record id (rows never pushed are absent):
    // the reconcile view's "last pushed" column, which tells who changed a value since.
    virtual Result<QHash<qint64, Record>> lastPushed(const EntitySchema &schema) const = 0;

    // Stores a pull as the newest snapshot of (target, profile), in one transaction; older
    // ones beyond the last kSnapshotsKept are dropped.
    virtual Status saveSnapshot(const EntitySchema &schema, const QString &profile,
                                const QVector<Record> &records, const QDateTime &pulledAt,
                                SnapshotInfo *info = nullptr) = 0;
    // The newest snapshot of a target (of one profile, or of any when `profile` is empty).
    // No snapshot: an empty list and info->id == 0.
    virtual Result<QVector<Record>> loadSnapshot(const EntitySchema &schema, const QString &profile,
                                                 SnapshotInfo *info = nullptr) const = 0;
    // The snapshots kept of a target, newest first.
    virtual QVector<SnapshotInfo> snapshots(const EntitySchema &schema) const = 0;

    // Reference lists as read from the vendor. A refresh replaces the list of
    // (listId, profile, scope) whole, in one transaction: when it fails (a record without an
    // id, two records with one id, a full disk) the list read before stays as it was. Record
    // ids must be distinct within a list.
    virtual Status saveReferenceList(const QString &listId, const QString &profile,
                                     const QString &scope, const QVector<ReferenceRecord> &records,
                                     const QDateTime &readAt) = 0;
    // The list with its records in the order read; std::nullopt when none was ever kept.
    virtual Result<std::optional<KeptReferenceList>>
    loadReferenceList(const QString &listId, const QString &profile,
                      const QString &scope) const = 0;
    // Every list kept for a profile (without records), by list id and scope.
    virtual QVector<KeptReferenceList> referenceListsOf(const QString &profile) const = 0;
    // Every list kept for a profile with its records, by list id and scope.
    virtual Result<QVector<KeptReferenceList>> loadReferenceLists(const QString &profile) const = 0;

    // The crosswalk: a person's choices. saveChoice replaces an earlier choice of the same
    // (target, profile, field, scope, exactKey(value)); removeChoice forgets it.
    virtual Status saveChoice(const CrosswalkChoice &choice) = 0;
    virtual Status removeChoice(const QString &target, const QString &profile, const QString &field,
                                const QString &scope, const QString &value) = 0;
    // The choices of a target through a profile, by field, scope and value.
    virtual QVector<CrosswalkChoice> crosswalk(const QString &target,
                                               const QString &profile) const = 0;
};
