#include "vendorconnection.h"

#include "authenticator.h"
#include "profilesecret.h"

Result<SyncEngine::Settings> VendorConnection::signIn(const ConnectionProfile &profile,
                                                      QNetworkAccessManager *network)
{
    using R = Result<SyncEngine::Settings>;
    const auto secret = ProfileSecret::read(profile);
    if (!secret)
        return R::failure(secret.error());
    QDateTime expiresAt;
    const auto headers = Authenticator(network).signIn(profile, secret.value(), 30000, &expiresAt);
    if (!headers)
        return R::failure(headers.error());
    return settings(profile, headers.value(), network, secret.value(), expiresAt);
}

SyncEngine::Settings VendorConnection::settings(const ConnectionProfile &profile,
                                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                                QNetworkAccessManager *network,
                                                const QString &secret, const QDateTime &expiresAt)
{
    SyncEngine::Settings s;
    s.baseUrl = profile.baseUrl;
    s.headers = headers;
    s.maxConcurrent = profile.vendor == QLatin1String("intacct") ? 2 : 4;
    s.maxPerSecond = profile.vendor == QLatin1String("primavera") ? 55 : 0;
    s.renew = [profile, network, secret](QDateTime *expires) {
        return Authenticator(network).signIn(profile, secret, 30000, expires);
    };
    s.renewAt = SyncEngine::renewAtFor(expiresAt);
    return s;
}
