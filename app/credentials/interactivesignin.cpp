#include "interactivesignin.h"

#include "credentialstore.h"
#include "logcategories.h"
#include "vendortraits.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>

namespace {

QUrl loginHost(const ConnectionProfile &profile)
{
    // A vendor with its own login host (Procore) signs in at the profile's login host if set.
    return !VendorTraits::of(profile.vendor).defaultLoginUrl.isEmpty() &&
                           profile.authUrl.isValid() && !profile.authUrl.isEmpty()
                   ? profile.authUrl
                   : profile.baseUrl;
}

QString oauthPath(const ConnectionProfile &profile, const char *endpoint)
{
    return VendorTraits::of(profile.vendor).oauthPathPrefix + QLatin1String(endpoint);
}

} // namespace

QUrl InteractiveSignIn::authorizeUrl(const ConnectionProfile &profile)
{
    return ConnectionProfile::below(loginHost(profile), oauthPath(profile, "/authorize"));
}

QUrl InteractiveSignIn::tokenUrl(const ConnectionProfile &profile)
{
    return ConnectionProfile::below(loginHost(profile), oauthPath(profile, "/token"));
}

InteractiveSignIn::InteractiveSignIn(ConnectionProfile profile, QString clientSecret,
                                     QNetworkAccessManager *network, OpenBrowser openBrowser,
                                     QObject *parent, int timeoutMs)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_clientSecret(std::move(clientSecret))
    , m_network(network)
    , m_openBrowser(std::move(openBrowser))
    , m_timeoutMs(timeoutMs)
{}

InteractiveSignIn::~InteractiveSignIn()
{
    abort();
}

void InteractiveSignIn::start()
{
    if (m_running)
        return;
    m_running = true;
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(authorizeUrl(m_profile));
    m_flow->setAccessTokenUrl(tokenUrl(m_profile));
    m_flow->setClientIdentifier(m_profile.clientId);
    m_flow->setClientIdentifierSharedKey(m_clientSecret);
    // Intacct hands out a refresh token only when asked; Procore always does.
    if (const QString scope = VendorTraits::of(m_profile.vendor).interactiveScope; !scope.isEmpty())
        m_flow->setScope(scope);
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_handler->isListening()) {
        // From the event loop all the same: finished() never comes inside start().
        QMetaObject::invokeMethod(
                this, [this] { fail(tr("Cannot listen on this machine for the sign-in answer.")); },
                Qt::QueuedConnection);
        return;
    }
    m_flow->setReplyHandler(m_handler);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
            [this](const QUrl &url) { m_openBrowser(url); });
    connect(m_flow, &QAbstractOAuth::granted, this, &InteractiveSignIn::onGranted);
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this] {
        qCWarning(lcAuth).noquote()
                << "interactive sign-in at" << authorizeUrl(m_profile).host() << "failed";
        fail(tr("The sign-in at %1 did not finish.").arg(authorizeUrl(m_profile).host()));
    });
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        qCWarning(lcAuth).noquote() << "interactive sign-in at" << authorizeUrl(m_profile).host()
                                    << "timed out after" << m_timeoutMs << "ms";
        fail(tr("The sign-in at %1 did not finish.").arg(authorizeUrl(m_profile).host()));
    });
    m_timeout->start(m_timeoutMs);
    qCInfo(lcAuth).noquote() << "interactive sign-in: profile" << m_profile.name << "at"
                             << authorizeUrl(m_profile).host() << "- waiting for the browser";
    // grant() opens the browser: from the event loop too, after start() has returned.
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_running && m_flow)
                    m_flow->grant();
            },
            Qt::QueuedConnection);
}

void InteractiveSignIn::onGranted()
{
    if (!m_running || m_keep)
        return;
    if (m_timeout)
        m_timeout->stop();
    const QString refreshToken = m_flow->refreshToken();
    if (refreshToken.isEmpty()) {
        qCWarning(lcAuth).noquote() << "interactive sign-in at" << authorizeUrl(m_profile).host()
                                    << "granted access without a refresh token";
        fail(tr("%1 signed you in but gave no refresh token.").arg(authorizeUrl(m_profile).host()));
        return;
    }
    qCInfo(lcAuth) << "interactive sign-in granted; the refresh token goes to the keychain";
    CredentialJob *job = CredentialStore().write(refreshKey(m_profile.name), refreshToken, this);
    m_keep = job;
    connect(job, &CredentialJob::finished, this, [this, job](const Result<QString> &kept) {
        job->deleteLater();
        m_keep = nullptr;
        finish(kept ? JobOutcome::completed() : JobOutcome::failed(kept.error()));
    });
    job->start();
}

void InteractiveSignIn::fail(const QString &why)
{
    finish(JobOutcome::failed(why));
}

void InteractiveSignIn::abort()
{
    if (!m_running)
        return;
    m_running = false;
    qCInfo(lcAuth).noquote() << "interactive sign-in cancelled: profile" << m_profile.name;
    if (CredentialJob *job = m_keep) {
        m_keep = nullptr;
        job->abort();
        job->deleteLater();
    }
    release();
}

void InteractiveSignIn::finish(const JobOutcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    release();
    emit finished(outcome);
}

void InteractiveSignIn::release()
{
    // The loopback listener closes with its handler; later answers find nobody.
    if (m_timeout)
        m_timeout->stop();
    if (m_flow) {
        disconnect(m_flow, nullptr, this, nullptr);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->close();
        m_handler->deleteLater();
        m_handler = nullptr;
    }
}
