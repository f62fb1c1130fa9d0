#pragma once

#include "mappingtemplate.h"
#include "readprogress.h"
#include "record.h"
#include "recordsink.h"
#include "recordstore.h"
#include "referencedata.h"
#include "result.h"
#include "synclogentry.h"
#include "workspacecontent.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <chrono>
#include <functional>
#include <optional>

class EntitySchema;
class SchemaRegistry;

// Everything the sessions, services and commands keep in a workspace: rows, imports, mapping
// templates, sync results, pull snapshots, reference lists and the crosswalk. The SQLite file
// (Workspace) is the first implementation; a second one (the planned PostgreSQL team workspace)
// is made by its own factory and must keep the same promises, which the callers rely on:
// - every call is one transaction, committed before it returns (an acknowledged edit survives
//   a crash);
// - the store gives the ids (records, history lines, snapshots) and callers keep them;
// - a call that fails leaves nothing half-written: all of it or none of it;
// - values keep their types: a Record's QVariants go in and come back as they were, money as
//   Decimal (never double), dates as dates;
// - a row's version (Record::version) is 1 when first saved and grows by one with each saved
//   change of it (its values, or a push's result: commitSyncResults); updateRecord(s) of a record
//   whose version is not the stored one is refused with Status::conflict and changes nothing
//   (version 0 skips the check);
// - rows a push claims (claimRows) are held for that push alone until it releases them or the
//   lease runs out.
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

    // Whether several people work in this store at once (a team workspace): the window then
    // follows others' changes and a push claims its rows.
    virtual bool isShared() const { return false; }

    // The records of one target, in sheet order, each with its version.
    virtual Result<QVector<Record>> loadRecords(const EntitySchema &schema) const = 0;
    // Only the rows of these ids (those still there), in sheet order: what another person
    // changed. The default reads the target whole and picks them.
    virtual Result<QVector<Record>> loadRecordsById(const EntitySchema &schema,
                                                    const QVector<qint64> &ids) const
    {
        auto all = loadRecords(schema);
        if (!all)
            return all;
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        QVector<Record> picked;
        for (Record &record : all.value()) {
            if (wanted.contains(record.id()))
                picked.append(std::move(record));
        }
        return picked;
    }
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

    // Push leases. A push claims the rows it is about to send; a row another live push holds
    // is not granted and `heldBy` names that push's holder ("Anna on desk-3"). A claim lasts
    // `lease` unless renewed; a killed push's claims lapse, and the next push sends the rows
    // again under the same sync keys. Claiming rows the same holder already holds renews them.
    struct PushClaim
    {
        QVector<qint64> granted;
        QHash<qint64, QString> heldBy; // row id → the holder's name, for rows not granted
    };
    struct ClaimHolder
    {
        QString id;   // unique per push
        QString name; // who, in words: "anna on desk-3"
    };
    virtual Result<PushClaim> claimRows(const QString &target, const QVector<qint64> &ids,
                                        const ClaimHolder &holder, std::chrono::seconds lease) = 0;
    virtual Status renewClaims(const QString &holderId, std::chrono::seconds lease) = 0;
    virtual Status releaseClaims(const QString &holderId) = 0;

    // Someone else changed the store (a team workspace): `target` names the target that
    // changed, or is empty when anything may have (after a lost connection: re-read it all).
    // `rows`: the ids of the rows that changed, came or went — empty when only its history,
    // snapshots or choices did; std::nullopt when any row may have (re-read the target).
    // Called on the thread that opened the store, from its event loop. A store only one
    // person writes to never calls it.
    using ChangedRows = std::optional<QVector<qint64>>;
    using ChangeListener = std::function<void(const QString &target, const ChangedRows &rows)>;
    virtual void setChangeListener(ChangeListener listener) { Q_UNUSED(listener) }

    // The whole workspace, for copy-workspace; targets in the registry's order.
    virtual Result<WorkspaceContent> readAll(const SchemaRegistry &schemas) const = 0;
    // Writes a whole workspace into this store, which must hold no rows, history, snapshots,
    // lists or choices yet; ids, versions and times are kept. One transaction.
    virtual Status writeAll(const SchemaRegistry &schemas, const WorkspaceContent &content) = 0;
};
