#include "signinjob.h"

#include "logcategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

SignInJob::SignInJob(ConnectionProfile profile, QString secret, QNetworkAccessManager *network,
                     QObject *parent, int timeoutMs)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secret(std::move(secret))
    , m_network(network)
    , m_timeoutMs(timeoutMs)
{}

SignInJob::~SignInJob()
{
    abort();
}

void SignInJob::start()
{
    if (m_running)
        return;
    m_running = true;
    auto exchange = Authenticator::prepare(m_profile, m_secret, m_timeoutMs);
    if (!exchange || !exchange->needsRequest) {
        // Nothing to send (Basic) or nothing sendable: answer from the event loop all the same.
        Result<Authenticator::SignedIn> result =
                exchange ? Result<Authenticator::SignedIn>(
                                   Authenticator::SignedIn{exchange->headers, QDateTime()})
                         : Result<Authenticator::SignedIn>::failure(exchange.error());
        QMetaObject::invokeMethod(
                this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    m_exchange = std::move(exchange).value();
    m_reply = m_network->post(m_exchange->request, m_exchange->body);
    connect(m_reply, &QNetworkReply::finished, this, &SignInJob::onReplyFinished);
}

void SignInJob::abort()
{
    if (!m_running)
        return;
    m_running = false;
    qCInfo(lcAuth).noquote() << "sign-in cancelled: profile" << m_profile.name;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void SignInJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || !m_running)
        return;
    reply->deleteLater();
    finish(Authenticator::conclude(
            *m_exchange, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->errorString(), reply->readAll()));
}

void SignInJob::finish(const Result<Authenticator::SignedIn> &result)
{
    if (!m_running)
        return; // aborted meanwhile
    m_running = false;
    emit finished(result);
}
