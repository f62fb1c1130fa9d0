#pragma once

#include "connectionprofile.h"
#include "entityschema.h"
#include "joboutcome.h"
#include "result.h"
#include "syncengine.h"
#include "vendorprotocol.h"
#include "workspacestore.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

// One pull of a target, as the window and the CLI run it: every page of the vendor's listing
// for the profile's project is read through the SyncEngine (same concurrency, pacing, retries
// and sign-in renewal as a push), and only a complete listing is kept — stored in the workspace
// as the newest dated snapshot of (target, profile) in one transaction. A failed or cancelled
// pull keeps nothing, so a missing page can never make records look absent on the vendor's side.
class PullService : public QObject
{
    Q_OBJECT

public:
    PullService(WorkspaceStore &workspace, const EntitySchema &schema,
                QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PullService() override;

    // What to read: the profile's project, else each project the sheet's rows name (one listing
    // each); for Procore's change orders, the contracts the rows name. Procore and Primavera
    // list by project, so they need one; Intacct without one reads company-wide.
    static Result<QVector<PullScope>> scopeFor(const EntitySchema &schema,
                                               const ConnectionProfile &profile,
                                               const QVector<Record> &local);

    // False (with the reason in error()) when the target's vendor cannot be read back; then no
    // finished() follows.
    bool start(const QVector<PullScope> &scopes, const SyncEngine::Settings &settings,
               const QString &profile, const ProtocolOptions &options = {});
    void cancel();
    SyncEngine &engine() { return m_engine; }
    // Why the last pull failed (the Failed outcome's message too); empty otherwise.
    QString error() const { return m_error; }
    // What was read, in the vendor's id order, once finished.
    const QVector<Record> &records() const { return m_records; }
    const WorkspaceStore::SnapshotInfo &snapshot() const { return m_snapshot; }

signals:
    // Records read so far, of `expected` (-1 while the vendor has not said).
    void progress(int read, int expected);
    // Once per started pull: Completed when the snapshot is in the workspace, Cancelled, or
    // Failed with the reason (also in error()). The JobOutcome convention (joboutcome.h).
    void finished(const JobOutcome &outcome);

private:
    void onPage(const VendorRequest &request, const PullPage &page);
    void onFinished(const JobOutcome &outcome);

    WorkspaceStore &m_workspace;
    const EntitySchema &m_schema;
    SyncEngine m_engine;
    std::unique_ptr<VendorProtocol> m_protocol;
    QVector<Record> m_records;
    QString m_profile;
    QString m_error;
    int m_expected = -1;
    WorkspaceStore::SnapshotInfo m_snapshot;
};
