#pragma once

#include "connectionprofile.h"
#include "joboutcome.h"
#include "record.h"
#include "referencedata.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

class EntitySchema;
class QNetworkAccessManager;
class WorkspaceStore;

// What reading one reference list came to: kept (with its record counts and date) or failed
// (the old list, if any, stays kept).
struct ReferenceReadResult
{
    QString listId;
    QString label;
    QString scope;
    bool ok = false;
    QString error;
    int records = 0;
    int inactive = 0;
    QDateTime readAt;
};

// Reads the reference lists a target's fields point to, for the window and the CLI alike: signs
// in once (only when a list is to be read), reads each list through the sync engine — one list
// at a time; a scoped list once per scope value the rows resolve to, after the lists it is
// scoped by — and keeps each complete list in the workspace, whole, as it arrives. `all` reads
// every list; otherwise only those the workspace does not keep yet. A cancelled or failed list
// keeps the one read before.
class ReferenceListReader : public QObject
{
    Q_OBJECT

public:
    ReferenceListReader(WorkspaceStore &workspace, const EntitySchema &schema,
                        const ConnectionProfile &profile, QVector<Record> records, bool all,
                        QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ReferenceListReader() override;

    // Starts reading; finished() follows from the event loop.
    void start();
    // Stops after the request in flight; lists already kept stay. finished() says Cancelled.
    void cancel();
    const QVector<ReferenceReadResult> &results() const { return m_results; }
    bool anyFailed() const;

signals:
    // What is happening, in words ("Reading Procore company vendors…"), and records read so far
    // of the list being read.
    void progress(const QString &message, int recordsRead);
    // One list read or failed (also in results()).
    void listDone(const ReferenceReadResult &result);
    // Failed: sign-in or the list definitions; Completed otherwise (single lists may have
    // failed: anyFailed()); Cancelled after cancel(). The JobOutcome convention.
    void finished(const JobOutcome &outcome);

private:
    QVector<QPair<QString, QString>> unscopedToRead() const;
    Result<QVector<QPair<QString, QString>>> scopedToRead() const;
    void signInThen(const std::function<void()> &next);
    void readQueue(const std::function<void()> &next);
    void readOne(const QString &listId, const QString &scope, const std::function<void()> &next);
    void keep(ReferenceReadResult result, const std::function<void()> &next);
    void failList(ReferenceReadResult result, const QString &why,
                  const std::function<void()> &next);
    void finish(const JobOutcome &outcome);

    struct State;
    std::unique_ptr<State> d;
    WorkspaceStore &m_workspace;
    const EntitySchema &m_schema;
    ConnectionProfile m_profile;
    QVector<Record> m_records;
    bool m_all;
    QNetworkAccessManager *m_network;
    QVector<ReferenceReadResult> m_results;
};
