#pragma once

#include "itemresult.h"
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
class VendorProtocol;

// Sends a push's requests and turns every answer into one result per row. At most
// `maxConcurrent` requests are in flight (Intacct allows two); 429 and 5xx answers, timeouts,
// dropped connections and unreadable answers are retried with exponential backoff and jitter,
// waiting as long as Retry-After (else Procore's X-Rate-Limit-Reset) asks, a bounded number of
// times. A retry re-sends the very same request: every row in it carries its idempotency key
// (origin_id, sourceId, Intacct id and the request's Idempotency-Key), so a row whose first
// attempt was committed before the answer was lost is updated, never created twice. A refusal
// (4xx) is never retried. Cancel stops at once; rows whose answer never came stay as they were.
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
        // Signs in again: the new connection headers, and when they expire (invalid: unknown).
        // Called before renewAt (the token's expiry less a margin) so no request goes out with
        // a stale token, and once after a 401; a second 401, or a failed renewal, ends the
        // run's rows with "sign in again".
        std::function<Result<QList<QPair<QByteArray, QByteArray>>>(QDateTime *expiresAt)> renew;
        QDateTime renewAt;
    };

    explicit SyncEngine(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SyncEngine() override;

    void run(const VendorProtocol &protocol, QVector<VendorRequest> requests,
             const Settings &settings);
    // Reads a listing back: the first requests, then every page their answers make known,
    // with the same concurrency, pacing, retries and sign-in renewal as a push. A page that
    // cannot be read even after the retries stops the whole run (failed, then finished): a
    // listing with a page missing would make records look absent on the vendor's side.
    void runPull(const VendorProtocol &protocol, QVector<VendorRequest> firstRequests,
                 const Settings &settings);
    void cancel();
    bool isRunning() const { return m_running; }
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
    // A pull: a page could not be read; the run stops.
    void failed(const QString &message);
    // Requests settled of those known so far (a pull learns of more pages as it goes).
    void progress(int settled, int total);
    void finished(bool cancelled);

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
    // Before a token expires: sign in again. False when that failed (the 401 path decides).
    bool renewIfDue();
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
    bool m_signedOut = false;
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
