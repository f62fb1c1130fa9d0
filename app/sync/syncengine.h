#pragma once

#include "itemresult.h"
#include "joboutcome.h"
#include "pullpage.h"
#include "result.h"
#include "vendorrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>
#include <QVector>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class SignInJob;
class VendorProtocol;

// Sends a push's requests and turns every answer into one result per row. At most
// `maxConcurrent` requests are in flight (Intacct allows two); 429 and 5xx answers, timeouts,
// dropped connections and unreadable answers are retried with exponential backoff and jitter,
// waiting as long as Retry-After (else Procore's X-Rate-Limit-Reset) asks, a bounded number of
// times. A retry re-sends the very same request: every row in it carries its idempotency key
// (origin_id, sourceId, Intacct id and the request's Idempotency-Key), so a row whose first
// attempt was committed before the answer was lost is updated, never created twice. A refusal
// (4xx) is never retried. Cancel stops at once; rows whose answer never came stay as they were.
//
// Renewing the sign-in never blocks: the engine starts a SignInJob (Settings::renew) and, while
// it runs, sends nothing new — requests that are due, or that met a 401, wait for the sign-in in
// the ready queue and go out with the new headers once it answers. A failed renewal after a 401,
// or a 401 after the renewal, ends the run's remaining rows with a message saying to sign in
// again (a pull fails as a whole); cancel() during a renewal aborts it. finished() follows the
// JobOutcome convention (joboutcome.h).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl baseUrl;
        // The connection's own headers: Authorization, Procore-Company-Id, Primavera's
        // requestHeaders.
        QList<QPair<QByteArray, QByteArray>> headers;
        int maxConcurrent = 2;
        int maxAttempts = 6;
        int timeoutMs = 60000;
        int backoffMs = 250; // the first wait; doubled each time, with jitter
        int maxBackoffMs = 30000;
        int maxRetryAfterMs = 120000; // a longer Retry-After is capped here
        int maxPerSecond = 0;         // requests started in any second; 0: no cap (Primavera: 55)
        // Signs in again: a new SignInJob, not yet started, owned by `parent` (the engine starts
        // it, and deletes it once it has answered). Asked for at renewAt (the token's expiry less
        // a margin) so no request goes out with a stale token, and once after a 401; a second
        // 401, or a failed renewal after a 401, ends the run's rows with "sign in again". An
        // early renewal that fails keeps the old headers (still valid for a while).
        std::function<SignInJob *(QObject *parent)> renew;
        QDateTime renewAt;
    };

    explicit SyncEngine(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SyncEngine() override;

    void run(const VendorProtocol &protocol, QVector<VendorRequest> requests,
             const Settings &settings);
    // Reads a listing back: the first requests, then every page their answers make known,
    // with the same concurrency, pacing, retries and sign-in renewal as a push. A page that
    // cannot be read even after the retries stops the whole run (finished: Failed): a
    // listing with a page missing would make records look absent on the vendor's side.
    void runPull(const VendorProtocol &protocol, QVector<VendorRequest> firstRequests,
                 const Settings &settings);
    // Ends the run at once (a renewal under way is aborted): finished(JobOutcome::cancelled()).
    void cancel();
    bool isRunning() const { return m_running; }
    // A renewal of the sign-in is under way: nothing new is sent until it answers.
    bool isWaitingForSignIn() const { return !m_renewal.isNull(); }
    // HTTP attempts made by the last run (retries included).
    int attempts() const { return m_attempts; }
    // How long the last run waited because the vendor asked it to (Retry-After, rate reset).
    qint64 throttledMs() const { return m_throttledMs; }
    int renewals() const { return m_renewals; }
    int earlyRenewals() const { return m_earlyRenewals; }
    // The renewAt of headers expiring at `expiresAt`: five minutes early, or sooner for a short
    // one.
    static QDateTime renewAtFor(const QDateTime &expiresAt);

signals:
    // One request is settled: a result for every row in it, in its order.
    void batchDone(const VendorRequest &request, const QVector<ItemResult> &results);
    // A pull: one page read.
    void pageDone(const VendorRequest &request, const PullPage &page);
    // Requests settled of those known so far (a pull learns of more pages as it goes).
    void progress(int settled, int total);
    // Once per run: Completed when every request is settled (rows may have failed: batchDone
    // says which), Cancelled after cancel(), Failed when a pull could not read a page (the
    // message says why; the run stops).
    void finished(const JobOutcome &outcome);

private:
    struct Job
    {
        VendorRequest request;
        int attempts = 0;
        QString lastProblem;
        int sentWith = 0;   // the generation of the headers it went with
        int lastStatus = 0; // of the last answer, for the log; 0: none came
    };

    void start(const VendorProtocol &protocol, QVector<VendorRequest> requests,
               const Settings &settings, bool pulling);
    void readPage(int job, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                  const QByteArray &body);
    void stop();
    void fail(const QString &message);

    void pump();
    void send(int job);
    // The token expires soon: sign in again before sending more.
    bool renewalDue() const;
    // Starts a renewal (early: before the token expires; else after a 401). The ready requests
    // wait for it.
    void startRenewal(bool early);
    // Signed out for good: every request still to send ends with this message (a pull fails).
    void signOut(const QString &message);
    QVector<ItemResult> signedOutResults(int job) const;
    void onReply(int job, QNetworkReply *reply);
    void retryOrGiveUp(int job, int waitMs, const QString &problem,
                       const QVector<ItemResult> &lastResults = {});
    void settle(int job, const QVector<ItemResult> &results);
    // Progress, and the end of the run once every request is settled.
    void afterSettled();
    int backoff(int attempt);
    int waitAskedFor(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    const VendorProtocol *m_protocol = nullptr;
    Settings m_settings;
    QVector<Job> m_jobs;
    QVector<int> m_ready; // jobs waiting to be sent, in order
    QList<QPointer<QNetworkReply>> m_inFlight;
    QList<QTimer *> m_timers;
    std::deque<qint64> m_starts; // when the requests of the last second started
    QElapsedTimer m_clock;
    QTimer *m_pacer = nullptr;
    QPointer<SignInJob> m_renewal; // the renewal under way
    bool m_signedOut = false;
    QString m_signOutMessage;
    int m_renewals = 0;
    int m_earlyRenewals = 0;
    int m_generation = 0; // bumped by each renewal
    int m_settled = 0;
    int m_attempts = 0;
    qint64 m_throttledMs = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pulling = false;
    QRandomGenerator m_random{20261123};
};
