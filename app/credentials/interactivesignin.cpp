#include "interactivesignin.h"

#include "credentialstore.h"
#include "logcategories.h"
#include "vendortraits.h"

#include <QEventLoop>
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

Status InteractiveSignIn::run(const ConnectionProfile &profile, const QString &clientSecret,
                              int timeoutMs) const
{
    QOAuth2AuthorizationCodeFlow flow(m_network);
    flow.setAuthorizationUrl(authorizeUrl(profile));
    flow.setAccessTokenUrl(tokenUrl(profile));
    flow.setClientIdentifier(profile.clientId);
    flow.setClientIdentifierSharedKey(clientSecret);
    // Intacct hands out a refresh token only when asked; Procore always does.
    if (const QString scope = VendorTraits::of(profile.vendor).interactiveScope; !scope.isEmpty())
        flow.setScope(scope);
    QOAuthHttpServerReplyHandler handler(QHostAddress::LocalHost, 0);
    if (!handler.isListening())
        return Status::failure(tr("Cannot listen on this machine for the sign-in answer."));
    flow.setReplyHandler(&handler);
    QObject::connect(&flow, &QAbstractOAuth::authorizeWithBrowser, m_openBrowser);

    QEventLoop loop;
    bool granted = false;
    QObject::connect(&flow, &QAbstractOAuth::granted, &loop, [&] {
        granted = true;
        loop.quit();
    });
    QObject::connect(&flow, &QAbstractOAuth::requestFailed, &loop, [&] { loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    qCInfo(lcAuth).noquote() << "interactive sign-in: profile" << profile.name << "at"
                             << authorizeUrl(profile).host() << "- waiting for the browser";
    flow.grant();
    loop.exec();
    if (!granted) {
        qCWarning(lcAuth).noquote()
                << "interactive sign-in at" << authorizeUrl(profile).host()
                << "did not finish (refused, failed or timed out after" << timeoutMs << "ms)";
        return Status::failure(
                tr("The sign-in at %1 did not finish.").arg(authorizeUrl(profile).host()));
    }
    if (flow.refreshToken().isEmpty()) {
        qCWarning(lcAuth).noquote() << "interactive sign-in at" << authorizeUrl(profile).host()
                                    << "granted access without a refresh token";
        return Status::failure(tr("%1 signed you in but gave no refresh token.")
                                       .arg(authorizeUrl(profile).host()));
    }
    qCInfo(lcAuth) << "interactive sign-in granted; the refresh token goes to the keychain";
    return CredentialStore().write(refreshKey(profile.name), flow.refreshToken());
}
