#include "vendorconnection.h"

#include "authenticator.h"
#include "profilesecret.h"
#include "signinjob.h"
#include "vendortraits.h"

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

Result<SignInJob *> VendorConnection::signInJob(const ConnectionProfile &profile,
                                                QNetworkAccessManager *network, QObject *parent)
{
    const auto secret = ProfileSecret::read(profile);
    if (!secret)
        return Result<SignInJob *>::failure(secret.error());
    return new SignInJob(profile, secret.value(), network, parent);
}

SyncEngine::Settings VendorConnection::settings(const SignInJob &job,
                                                const Authenticator::SignedIn &signedIn,
                                                QNetworkAccessManager *network)
{
    return settings(job.profile(), signedIn.headers, network, job.secret(), signedIn.expiresAt);
}

SyncEngine::Settings VendorConnection::settings(const ConnectionProfile &profile,
                                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                                QNetworkAccessManager *network,
                                                const QString &secret, const QDateTime &expiresAt)
{
    SyncEngine::Settings s;
    s.baseUrl = profile.baseUrl;
    s.headers = headers;
    const VendorTraits &traits = VendorTraits::of(profile.vendor);
    s.maxConcurrent = traits.maxConcurrent;
    s.maxPerSecond = traits.maxPerSecond;
    s.renew = [profile, network, secret](QDateTime *expires) {
        return Authenticator(network).signIn(profile, secret, 30000, expires);
    };
    s.renewAt = SyncEngine::renewAtFor(expiresAt);
    return s;
}
