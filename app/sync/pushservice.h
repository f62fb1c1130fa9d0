#pragma once

#include "connectionprofile.h"
#include "entityschema.h"
#include "joboutcome.h"
#include "result.h"
#include "syncengine.h"
#include "synclogentry.h"
#include "vendorprotocol.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;
class ReferenceResolver;
class WorkspaceStore;

// One push of a target's rows, as the window and the CLI run it. plan() is the dry run and writes
// nothing: rows with validation errors are left out (never sent), rows without an idempotency
// key are given a stable one in the key field (origin_id, Intacct id), and the requests are built
// exactly as they will go. start() first saves those keys — so they are on disk before any
// request carries them — then sends the requests through the SyncEngine and commits every
// settled request's results (remote ids, sync states, history lines) to the workspace in one
// transaction as they arrive.
class PushService : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        QVector<Record> rows; // to send, keys assigned
        // The rows the plan changed — given a new key, or their references' ids written in
        // (useReferences) — saved by start() so the sheet holds what was sent.
        QVector<Record> keyed;
        QVector<qint64> blocked; // rows with errors: never sent
        // Of those, the rows blocked by an unresolved reference, with the message naming the
        // value and what to do.
        QHash<qint64, QString> unresolved;
        int creates = 0;
        int updates = 0;
        QVector<VendorRequest> requests;

        // What the push does with each record given, in their order (the dialog's table).
        enum class Action {
            Create,
            Update,
            Blocked
        };
        struct Item
        {
            qint64 recordId = 0;
            Action action = Action::Create;
            QString remoteId; // an update: the vendor's id of the record
            QString reason;   // blocked: the first validation error's message
        };
        QVector<Item> items;
    };

    PushService(WorkspaceStore &workspace, const EntitySchema &schema,
                QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PushService() override;

    // Checks the rows' references against the lists the workspace keeps for `profile` (read by
    // contractdesk-cli refs / resolve or the window) from the next plan() on. Once the
    // workspace holds any list of the target's vendor, a row whose reference does not resolve
    // (ambiguous, suggested, inactive, not found, its list not read) is blocked, and a row
    // whose references resolve goes with the vendor's ids in place of the names it holds. A
    // workspace without the vendor's lists plans exactly as without this call. Fails only when
    // the workspace cannot be read.
    Status useReferences(const ConnectionProfile &profile);
    Result<Plan> plan(const QVector<Record> &records, const ProtocolOptions &options = {});
    // Claims the plan's rows for this push (a lease in the workspace, renewed while the push
    // runs and given up when it ends), saves the plan's new keys, then sends the rows it holds.
    // A row another push holds is not sent: a "skipped" history line names who holds it, and
    // heldElsewhere() lists them. A row changed since the plan (someone pushed or edited it)
    // stops the push before anything is sent (Status::conflict): plan again. A failure to
    // claim or save sends nothing.
    Status start(const Plan &plan, const SyncEngine::Settings &settings, const QString &profile);
    // The rows the last start() left to other pushes, with who holds each.
    const QHash<qint64, QString> &heldElsewhere() const { return m_heldElsewhere; }
    // How long a claim lasts unless renewed: a killed push's rows are free again after it.
    void setLease(std::chrono::seconds lease) { m_lease = lease; }
    static constexpr std::chrono::seconds kDefaultLease{60};
    void cancel();
    SyncEngine &engine() { return m_engine; }
    const VendorProtocol *protocol() const { return m_protocol.get(); }
    // A fresh key: "CD-" and 16 hex digits, short enough for every vendor's id field.
    static QString newKey();

signals:
    // History lines of one settled request, already committed.
    void committed(const QVector<SyncLogEntry> &entries);
    void progress(int settled, int total);
    // Once per started push: Completed when every request is settled (rows may have failed:
    // committed() said which), or Cancelled. The JobOutcome convention (joboutcome.h).
    void finished(const JobOutcome &outcome);
    void commitFailed(const QString &message);

private:
    void onBatch(const VendorRequest &request, const QVector<ItemResult> &results);
    // The rows other pushes hold, as history lines ("skipped"), committed and shown.
    void reportHeld(const QVector<Record> &held, const QHash<qint64, QString> &holders);
    // A history line for the row as it was sent; the caller adds the outcome.
    SyncLogEntry entryFor(const Record &row, const QDateTime &at) const;
    void releaseClaims();

    WorkspaceStore &m_workspace;
    const EntitySchema &m_schema;
    SyncEngine m_engine;
    std::unique_ptr<VendorProtocol> m_protocol;
    QHash<qint64, Record> m_rows;
    QString m_profile;
    std::shared_ptr<ReferenceResolver> m_references;
    ConnectionProfile m_referenceProfile;
    std::chrono::seconds m_lease = kDefaultLease;
    QString m_holderId; // this push's claims; empty when it holds none
    QTimer *m_renewTimer;
    QHash<qint64, QString> m_heldElsewhere;
};
