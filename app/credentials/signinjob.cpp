#include "signinjob.h"

#include "credentialstore.h"
#include "interactivesignin.h"
#include "logcategories.h"
#include "profilesecret.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

SignInJob::SignInJob(ConnectionProfile profile, QNetworkAccessManager *network, QObject *parent,
                     int timeoutMs)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_hasSecret(false)
    , m_network(network)
    , m_timeoutMs(timeoutMs)
{}

SignInJob::SignInJob(ConnectionProfile profile, QString secret, QNetworkAccessManager *network,
                     QObject *parent, int timeoutMs)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secret(std::move(secret))
    , m_hasSecret(true)
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
    if (m_hasSecret) {
        // Answer from the event loop all the same: finished() never comes inside start().
        QMetaObject::invokeMethod(this, &SignInJob::readRefreshToken, Qt::QueuedConnection);
        return;
    }
    runCredentialJob(ProfileSecret::read(m_profile, this), [this](const Result<QString> &secret) {
        if (!secret) {
            finish(Result<Authenticator::SignedIn>::failure(secret.error()));
            return;
        }
        m_secret = secret.value();
        m_hasSecret = true;
        readRefreshToken();
    });
}

void SignInJob::runCredentialJob(CredentialJob *job,
                                 const std::function<void(const Result<QString> &)> &then)
{
    m_credentials = job;
    connect(job, &CredentialJob::finished, this, [this, job, then](const Result<QString> &result) {
        job->deleteLater();
        if (m_credentials == job)
            m_credentials = nullptr;
        if (m_running)
            then(result);
    });
    job->start();
}

void SignInJob::readRefreshToken()
{
    if (!m_running)
        return;
    if (m_profile.auth != QLatin1String("oauth-authorization-code")) {
        send(QString());
        return;
    }
    // A user who signed in interactively: the stored refresh token buys an access token.
    runCredentialJob(CredentialStore().read(InteractiveSignIn::refreshKey(m_profile.name), this),
                     [this](const Result<QString> &stored) {
                         // Nothing stored: prepare() says to sign in first.
                         send(stored ? stored.value() : QString());
                     });
}

void SignInJob::send(const QString &refreshToken)
{
    auto exchange = Authenticator::prepare(m_profile, m_secret, refreshToken, m_timeoutMs);
    if (!exchange) {
        finish(Result<Authenticator::SignedIn>::failure(exchange.error()));
        return;
    }
    if (!exchange->needsRequest) {
        finish(Authenticator::SignedIn{exchange->headers, QDateTime(), QString()});
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
    if (CredentialJob *job = m_credentials) {
        m_credentials = nullptr;
        job->abort();
        job->deleteLater();
    }
}

void SignInJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || !m_running)
        return;
    reply->deleteLater();
    const auto signedIn = Authenticator::conclude(
            *m_exchange, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->errorString(), reply->readAll());
    if (!signedIn) {
        finish(signedIn);
        return;
    }
    keep(signedIn.value());
}

void SignInJob::keep(const Authenticator::SignedIn &signedIn)
{
    if (signedIn.nextRefreshToken.isEmpty()) {
        finish(signedIn);
        return;
    }
    // Procore's refresh tokens are single-use: the new one is kept before anything else.
    qCDebug(lcAuth) << "sign-in: keeping the new single-use refresh token";
    runCredentialJob(CredentialStore().write(InteractiveSignIn::refreshKey(m_profile.name),
                                             signedIn.nextRefreshToken, this),
                     [this, signedIn](const Result<QString> &kept) {
                         if (!kept) {
                             finish(Result<Authenticator::SignedIn>::failure(kept.error()));
                             return;
                         }
                         Authenticator::SignedIn done = signedIn;
                         done.nextRefreshToken.clear();
                         finish(done);
                     });
}

void SignInJob::finish(const Result<Authenticator::SignedIn> &result)
{
    if (!m_running)
        return; // aborted meanwhile
    m_running = false;
    emit finished(result);
}
