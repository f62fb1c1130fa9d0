#include "vendorconnection.h"

#include "signinjob.h"
#include "vendortraits.h"

SignInJob *VendorConnection::signInJob(const ConnectionProfile &profile,
                                       QNetworkAccessManager *network, QObject *parent)
{
    return new SignInJob(profile, network, parent);
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
    s.renew = [profile, network, secret](QObject *parent) {
        return new SignInJob(profile, secret, network, parent);
    };
    s.renewAt = SyncEngine::renewAtFor(expiresAt);
    return s;
}
