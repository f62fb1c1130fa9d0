#include "syncengine.h"

#include "logcategories.h"
#include "signinjob.h"
#include "vendorprotocol.h"
#include "vendortraits.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

SyncEngine::SyncEngine(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

SyncEngine::~SyncEngine()
{
    cancel();
}

void SyncEngine::run(const VendorProtocol &protocol, QVector<VendorRequest> requests,
                     const Settings &settings)
{
    start(protocol, std::move(requests), settings, false);
}

void SyncEngine::runPull(const VendorProtocol &protocol, QVector<VendorRequest> firstRequests,
                         const Settings &settings)
{
    start(protocol, std::move(firstRequests), settings, true);
}

void SyncEngine::start(const VendorProtocol &protocol, QVector<VendorRequest> requests,
                       const Settings &settings, bool pulling)
{
    m_pulling = pulling;
    m_protocol = &protocol;
    m_settings = settings;
    m_jobs.clear();
    m_ready.clear();
    for (VendorRequest &r : requests)
        m_jobs.append({std::move(r), 0, QString(), 0, 0});
    for (int i = 0; i < m_jobs.size(); ++i)
        m_ready.append(i);
    m_settled = 0;
    m_attempts = 0;
    m_throttledMs = 0;
    m_renewals = 0;
    m_earlyRenewals = 0;
    m_generation = 0;
    m_signedOut = false;
    m_signOutMessage.clear();
    m_starts.clear();
    m_clock.start();
    m_cancelled = false;
    m_running = true;
    // The host and the counts only: headers carry the sign-in, bodies may too.
    qCInfo(lcSync).nospace().noquote()
            << (pulling ? "pull" : "push") << " started: " << m_jobs.size() << " request(s) to "
            << settings.baseUrl.host() << ", " << settings.maxConcurrent << " at a time, at most "
            << settings.maxAttempts << " attempts each";
    emit progress(0, int(m_jobs.size()));
    if (m_jobs.isEmpty()) {
        // Nothing to send: finished all the same, from the event loop (never inside run()).
        QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_running || !m_jobs.isEmpty())
                        return; // cancelled, or another run started meanwhile
                    m_running = false;
                    emit finished(JobOutcome::completed());
                },
                Qt::QueuedConnection);
        return;
    }
    pump();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    qCInfo(lcSync) << "cancelled after" << m_settled << "of" << m_jobs.size() << "request(s)";
    stop();
    emit finished(JobOutcome::cancelled());
}

void SyncEngine::fail(const QString &message)
{
    qCWarning(lcSync).noquote() << "pull failed:" << message;
    stop();
    emit finished(JobOutcome::failed(message));
}

void SyncEngine::stop()
{
    m_running = false;
    for (QTimer *timer : std::as_const(m_timers))
        timer->deleteLater();
    m_timers.clear();
    if (m_pacer)
        m_pacer->stop();
    if (SignInJob *renewal = m_renewal) {
        m_renewal = nullptr;
        qCInfo(lcAuth) << "token renewal abandoned: the run stopped";
        renewal->abort();
        renewal->deleteLater();
    }
    m_ready.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }
}

void SyncEngine::pump()
{
    if (!m_running || m_renewal)
        return; // waiting for sign-in: the ready requests go out with the new headers
    if (m_signedOut) {
        // Nothing more is sent: every request still to send ends saying why.
        const QVector<int> ready = std::exchange(m_ready, {});
        for (int job : ready) {
            if (!m_running)
                return; // a receiver cancelled
            ++m_settled;
            emit batchDone(m_jobs.at(job).request, signedOutResults(job));
        }
        if (!ready.isEmpty())
            afterSettled();
        return;
    }
    while (m_running && !m_renewal && !m_ready.isEmpty() &&
           m_inFlight.size() < qMax(1, m_settings.maxConcurrent)) {
        if (renewalDue()) {
            startRenewal(true);
            return;
        }
        if (m_settings.maxPerSecond > 0) {
            // Pace to the vendor's rate: at most maxPerSecond starts in any second.
            const qint64 now = m_clock.elapsed();
            while (!m_starts.empty() && now - m_starts.front() >= 1000)
                m_starts.pop_front();
            if (int(m_starts.size()) >= m_settings.maxPerSecond) {
                if (!m_pacer) {
                    m_pacer = new QTimer(this);
                    m_pacer->setSingleShot(true);
                    connect(m_pacer, &QTimer::timeout, this, &SyncEngine::pump);
                }
                if (!m_pacer->isActive()) {
                    const int waitMs = int(1000 - (now - m_starts.front())) + 1;
                    qCDebug(lcSync) << "pacing: waiting" << waitMs << "ms (at most"
                                    << m_settings.maxPerSecond << "requests a second)";
                    m_pacer->start(waitMs);
                }
                return;
            }
            m_starts.push_back(now);
        }
        send(m_ready.takeFirst());
    }
}

QDateTime SyncEngine::renewAtFor(const QDateTime &expiresAt)
{
    if (!expiresAt.isValid())
        return QDateTime();
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expiresAt);
    return expiresAt.addSecs(-qMin<qint64>(300, left / 10));
}

bool SyncEngine::renewalDue() const
{
    return m_settings.renew && m_settings.renewAt.isValid() &&
           QDateTime::currentDateTimeUtc() >= m_settings.renewAt;
}

void SyncEngine::startRenewal(bool early)
{
    SignInJob *job = m_settings.renew(this);
    if (!job) { // a factory that cannot sign in: as if the renewal had been refused
        qCWarning(lcAuth) << "token renewal: no sign-in could be made";
        m_settings.renewAt = QDateTime();
        if (early)
            pump();
        else
            signOut(m_pulling ? tr("The vendor signed ContractDesk out (HTTP 401): sign in again "
                                   "(profile test), then pull again.")
                              : tr("The vendor signed ContractDesk out (HTTP 401): sign in "
                                   "again (profile test), then push again."));
        return;
    }
    m_renewal = job;
    connect(job, &SignInJob::finished, this,
            [this, job, early](const Result<Authenticator::SignedIn> &signedIn) {
                if (m_renewal == job)
                    m_renewal = nullptr;
                job->deleteLater();
                if (!m_running)
                    return;
                if (signedIn) {
                    qCInfo(lcAuth).noquote()
                            << (early ? "token renewed early" : "token renewed after a 401")
                            << "- valid until" << signedIn->expiresAt.toString(Qt::ISODate)
                            << "(empty: not told); the waiting requests go out";
                    m_settings.headers = signedIn->headers;
                    m_settings.renewAt = renewAtFor(signedIn->expiresAt);
                    ++m_generation;
                    if (early)
                        ++m_earlyRenewals;
                    pump();
                    return;
                }
                qCWarning(lcAuth).noquote() << "token renewal failed:" << signedIn.error();
                if (early) {
                    // The old headers still hold for a while: go on with them (not again; a
                    // 401 will tell).
                    m_settings.renewAt = QDateTime();
                    pump();
                    return;
                }
                signOut(m_pulling ? tr("Signing in again failed: %1 Sign in again (profile "
                                       "test), then pull again.")
                                            .arg(signedIn.error())
                                  : tr("Signing in again failed: %1 Sign in again (profile "
                                       "test), then push again.")
                                            .arg(signedIn.error()));
            });
    qCInfo(lcAuth).noquote() << (early ? "token renewal: the sign-in expires soon, signing in "
                                         "again; requests wait for it"
                                       : "token renewal: signing in again; requests wait for it");
    job->start();
}

void SyncEngine::signOut(const QString &message)
{
    if (!m_signedOut)
        qCWarning(lcAuth) << "signed out: the run's remaining requests are not sent";
    m_signedOut = true;
    m_signOutMessage = message;
    if (m_pulling) {
        fail(message);
        return;
    }
    pump();
}

QVector<ItemResult> SyncEngine::signedOutResults(int job) const
{
    QVector<ItemResult> results;
    const VendorRequest &r = m_jobs.at(job).request;
    for (int i = 0; i < r.recordIds.size(); ++i)
        results.append({r.recordIds.at(i), ItemResult::Outcome::Failed, r.remoteIds.value(i), 401,
                        m_signOutMessage});
    return results;
}

void SyncEngine::send(int job)
{
    const VendorRequest &r = m_jobs.at(job).request;
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path() + r.path);
    if (!r.query.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(r.query);
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    for (const auto &h : m_settings.headers)
        request.setRawHeader(h.first, h.second);
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(m_settings.timeoutMs);
    ++m_jobs[job].attempts;
    m_jobs[job].sentWith = m_generation;
    ++m_attempts;
    // Never the headers or the body: they hold the token (and Intacct's sign-in could).
    qCDebug(lcSync).nospace().noquote()
            << "request " << job << " attempt " << m_jobs.at(job).attempts << ": " << r.method
            << ' ' << url.path() << " (" << r.recordIds.size() << " row(s))";
    QNetworkReply *reply = m_network->sendCustomRequest(request, r.method, r.body);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onReply(job, reply); });
}

int SyncEngine::backoff(int attempt)
{
    const qint64 exponential = qMin<qint64>(m_settings.maxBackoffMs, qint64(m_settings.backoffMs)
                                                                             << qMin(attempt, 20));
    // Full jitter in the upper half: many clients retrying together do not retry together.
    return int(exponential / 2 + m_random.bounded(int(exponential / 2) + 1));
}

int SyncEngine::waitAskedFor(QNetworkReply *reply) const
{
    // Retry-After: seconds, or an HTTP date.
    const QByteArray retryAfter = reply->rawHeader("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const qint64 seconds = retryAfter.toLongLong(&ok);
        if (ok)
            return int(qMin<qint64>(seconds * 1000, m_settings.maxRetryAfterMs));
        const QDateTime at = QLocale::c().toDateTime(
                QString::fromLatin1(retryAfter), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (at.isValid())
            return int(qBound(qint64(0),
                              QDateTime::currentDateTimeUtc().msecsTo(
                                      QDateTime(at.date(), at.time(), Qt::UTC)),
                              qint64(m_settings.maxRetryAfterMs)));
    }
    // Procore: the epoch second its rate window resets (VendorTraits::rateLimitResetHeader).
    for (const QByteArray &name : VendorTraits::rateLimitResetHeaders()) {
        const QByteArray reset = reply->rawHeader(name).trimmed();
        if (reset.isEmpty())
            continue;
        bool ok = false;
        const qint64 epoch = reset.toLongLong(&ok);
        if (ok)
            return int(qBound(qint64(0), epoch * 1000 - QDateTime::currentMSecsSinceEpoch() + 250,
                              qint64(m_settings.maxRetryAfterMs)));
    }
    return -1;
}

void SyncEngine::onReply(int job, QNetworkReply *reply)
{
    reply->deleteLater();
    m_inFlight.removeAll(reply);
    if (!m_running)
        return;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QByteArray body = reply->readAll();
    m_jobs[job].lastStatus = status;
    qCDebug(lcSync).nospace() << "request " << job << " answered: HTTP " << status << ", "
                              << body.size() << " bytes";
    if (status == 0) {
        // Timed out, dropped, refused: the vendor may or may not have done it. Re-send.
        qCInfo(lcSync).noquote() << "request" << job << "got no answer:" << reply->errorString();
        retryOrGiveUp(job, backoff(m_jobs.at(job).attempts),
                      tr("no answer (%1)").arg(reply->errorString()));
        return;
    }
    if (status == 401) {
        if (!m_signedOut && (m_renewal || m_jobs.at(job).sentWith < m_generation)) {
            // A renewal is under way, or has replaced the headers it went with: it waits for
            // the sign-in and goes out again with the new ones.
            qCInfo(lcAuth) << "HTTP 401 on request" << job
                           << "sent with the old sign-in: re-sending with the new one";
            --m_jobs[job].attempts;
            m_ready.prepend(job);
            pump();
            return;
        }
        // Signed out (an expired or revoked token): renew once and re-send; else give up.
        if (!m_signedOut && m_settings.renew && m_renewals == 0) {
            ++m_renewals;
            qCInfo(lcAuth) << "token renewal: HTTP 401 on request" << job << "(signed out)";
            --m_jobs[job].attempts; // the renewal does not use up an attempt
            m_ready.prepend(job);
            startRenewal(false);
            return;
        }
        if (!m_signedOut) {
            qCWarning(lcAuth) << "refused: HTTP 401 on request" << job
                              << (m_settings.renew ? "after a renewal" : "(no renewal possible)")
                              << "- signed out, the run's rows need a new sign-in";
            signOut(m_pulling ? tr("The vendor signed ContractDesk out (HTTP 401): sign in again "
                                   "(profile test), then pull again.")
                              : tr("The vendor signed ContractDesk out (HTTP 401): sign in "
                                   "again (profile test), then push again."));
            if (!m_running)
                return;
        }
        settle(job, signedOutResults(job));
        return;
    }
    if (status == 429 || status >= 500) {
        const int asked = waitAskedFor(reply);
        if (asked >= 0) {
            m_throttledMs += asked;
            qCInfo(lcSync).nospace()
                    << "rate limit: HTTP " << status << " on request " << job << ", the vendor "
                    << "asks to wait " << asked << " ms (Retry-After or X-Rate-Limit-Reset)";
        }
        retryOrGiveUp(job, asked >= 0 ? asked : backoff(m_jobs.at(job).attempts),
                      tr("HTTP %1 %2")
                              .arg(status)
                              .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                           .toString()));
        return;
    }
    if (status == 401 || status == 403)
        qCWarning(lcSync) << "refused: HTTP" << status << "on request" << job;
    if (m_pulling) {
        readPage(job, status, reply->rawHeaderPairs(), body);
        return;
    }
    const QVector<ItemResult> results =
            m_protocol->parseResponse(m_jobs.at(job).request, status, body);
    bool unknown = false;
    for (const ItemResult &r : results)
        unknown = unknown || r.outcome == ItemResult::Outcome::Unknown;
    if (unknown) {
        retryOrGiveUp(job, backoff(m_jobs.at(job).attempts),
                      tr("an answer that leaves rows undecided (HTTP %1)").arg(status), results);
        return;
    }
    settle(job, results);
}

void SyncEngine::retryOrGiveUp(int job, int waitMs, const QString &problem,
                               const QVector<ItemResult> &lastResults)
{
    Job &j = m_jobs[job];
    j.lastProblem = problem;
    if (j.attempts < m_settings.maxAttempts) {
        qCInfo(lcSync).nospace() << "retry: request " << job << " attempt " << j.attempts << " of "
                                 << m_settings.maxAttempts << " got HTTP " << j.lastStatus
                                 << "; next attempt in " << waitMs << " ms";
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_timers.append(timer);
        connect(timer, &QTimer::timeout, this, [this, job, timer] {
            m_timers.removeAll(timer);
            timer->deleteLater();
            if (!m_running)
                return;
            m_ready.prepend(job); // a retried request goes before the ones not yet sent
            pump();
        });
        timer->start(qMax(0, waitMs));
        pump();
        return;
    }
    qCWarning(lcSync).nospace() << "giving up: request " << job << " after " << j.attempts
                                << " attempt(s), the last HTTP " << j.lastStatus;
    if (m_pulling) {
        fail(tr("A page of the vendor's listing could not be read after %n attempt(s); the "
                "last: %1. Nothing was kept from this pull.",
                nullptr, j.attempts)
                     .arg(problem));
        return;
    }
    // Out of attempts: rows without a definite answer are reported as failed, saying that the
    // vendor may hold them; a later push sends them under the same keys.
    QVector<ItemResult> results = lastResults;
    if (results.isEmpty()) {
        for (int i = 0; i < j.request.recordIds.size(); ++i)
            results.append({j.request.recordIds.at(i), ItemResult::Outcome::Unknown,
                            j.request.remoteIds.value(i), 0, QString()});
    }
    for (ItemResult &r : results) {
        if (r.outcome != ItemResult::Outcome::Unknown)
            continue;
        r.outcome = ItemResult::Outcome::Failed;
        r.message = tr("No definite answer after %n attempt(s); the last: %1. The vendor may "
                       "hold this row: push it again (it goes under the same key, so it cannot "
                       "be created twice).",
                       nullptr, j.attempts)
                            .arg(problem);
    }
    settle(job, results);
}

void SyncEngine::readPage(int job, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body)
{
    PullPage page = m_protocol->parsePullPage(m_jobs.at(job).request, status, headers, body);
    if (page.retry) {
        retryOrGiveUp(job, backoff(m_jobs.at(job).attempts), page.problem);
        return;
    }
    if (!page.problem.isEmpty()) {
        qCWarning(lcSync) << "refused: HTTP" << status << "listing page" << job;
        fail(tr("The vendor refused to list its records (HTTP %1): %2")
                     .arg(status)
                     .arg(page.problem));
        return;
    }
    for (VendorRequest &next : page.next) {
        m_jobs.append({std::move(next), 0, QString(), 0, 0});
        m_ready.append(int(m_jobs.size()) - 1);
    }
    qCDebug(lcSync).nospace().noquote()
            << "page " << job << " fetched: " << m_jobs.at(job).request.path << ", "
            << page.records.size() << " record(s), " << page.next.size()
            << " more page(s) known, the listing's total " << page.total << " (-1: not told)";
    page.next.clear();
    ++m_settled;
    emit pageDone(m_jobs.at(job).request, page);
    afterSettled();
}

void SyncEngine::settle(int job, const QVector<ItemResult> &results)
{
    ++m_settled;
    emit batchDone(m_jobs.at(job).request, results);
    afterSettled();
}

void SyncEngine::afterSettled()
{
    if (!m_running)
        return; // a receiver cancelled
    emit progress(m_settled, int(m_jobs.size()));
    if (m_settled == m_jobs.size()) {
        m_running = false;
        qCInfo(lcSync).nospace() << (m_pulling ? "pull" : "push") << " finished: " << m_jobs.size()
                                 << " request(s), " << m_attempts << " attempt(s), "
                                 << m_throttledMs << " ms rate-limited, "
                                 << m_renewals + m_earlyRenewals << " renewal(s), "
                                 << m_clock.elapsed() << " ms";
        emit finished(JobOutcome::completed());
        return;
    }
    pump();
}
