#include "vendortraits.h"

#include <QHostAddress>

#include <array>

namespace {

using Traits = VendorTraits;

const std::array<Traits, 3> &all()
{
    static const std::array<Traits, 3> traits = [] {
        std::array<Traits, 3> t;

        Traits &procore = t[0];
        procore.id = QStringLiteral("procore");
        procore.displayName = QStringLiteral("Procore");
        // [cited] production API and login hosts; sandbox: sandbox.procore.com (signs in at
        // login-sandbox.procore.com), monthly sandbox api-monthly.procore.com.
        procore.defaultBaseUrl = QUrl(QStringLiteral("https://api.procore.com"));
        procore.defaultLoginUrl = QUrl(QStringLiteral("https://login.procore.com"));
        procore.defaultAuth = QStringLiteral("oauth-client-credentials");
        procore.oauthPathPrefix = QStringLiteral("/oauth"); // [cited] POST /oauth/token
        procore.companyHeader = "Procore-Company-Id";       // [seed] on every call
        // Not a documented cap: Procore limits by hourly and 10-second windows, not in flight.
        procore.maxConcurrent = 4;
        procore.maxPerSecond = 0; // [cited] no fixed number: wait for the reset header instead
        procore.rateLimitResetHeader = "X-Rate-Limit-Reset"; // [cited] epoch seconds

        Traits &primavera = t[1];
        primavera.id = QStringLiteral("primavera");
        primavera.displayName = QStringLiteral("Oracle Primavera Cloud");
        // [cited] the host is the tenant's own: no default base URL; API root as in the seeds.
        primavera.defaultApiRoot = QStringLiteral("/primeapi/restapi");
        primavera.defaultAuth = QStringLiteral("primavera-token"); // [cited] Basic for a token
        // Primavera never signs in through OAuth; the general OAuth values stay as before.
        primavera.oauthPathPrefix = QStringLiteral("/oauth2");
        primavera.interactiveScope = QStringLiteral("offline_access");
        primavera.maxConcurrent = 4; // not documented
        primavera.maxPerSecond = 55; // [cited] about 55 a second per user (bursts to 65)
        // [cited] no rate headers documented: Retry-After when sent, else backoff.

        Traits &intacct = t[2];
        intacct.id = QStringLiteral("intacct");
        intacct.displayName = QStringLiteral("Sage Intacct");
        intacct.defaultBaseUrl =
                QUrl(QStringLiteral("https://api.intacct.com/ia/api/v1")); // [cited]
        intacct.defaultAuth = QStringLiteral("oauth-client-credentials");
        intacct.oauthPathPrefix = QStringLiteral("/oauth2"); // [cited] …/ia/api/v1/oauth2/token
        intacct.interactiveScope = QStringLiteral("offline_access"); // [cited] a refresh token
        intacct.maxConcurrent = 2; // [cited] 2 concurrent requests by default (per tier)
        intacct.maxPerSecond = 0;  // [cited] metered per month, not paced
        // [seed] the query service filters by field: no project in its path.
        intacct.readsCompanyWide = true;
        return t;
    }();
    return traits;
}

const Traits &unknown()
{
    static const Traits traits = [] {
        Traits t;
        t.oauthPathPrefix = QStringLiteral("/oauth2");
        t.interactiveScope = QStringLiteral("offline_access");
        return t;
    }();
    return traits;
}

} // namespace

QUrl VendorTraits::loginUrlFor(const QUrl &baseUrl) const
{
    if (defaultLoginUrl.isEmpty())
        return QUrl();
    return baseUrl.host() == defaultBaseUrl.host() ? defaultLoginUrl : baseUrl;
}

const VendorTraits &VendorTraits::of(const QString &vendor)
{
    for (const Traits &t : all()) {
        if (t.id == vendor)
            return t;
    }
    return unknown();
}

QStringList VendorTraits::ids()
{
    QStringList result;
    for (const Traits &t : all())
        result.append(t.id);
    return result;
}

QByteArrayList VendorTraits::rateLimitResetHeaders()
{
    QByteArrayList result;
    for (const Traits &t : all()) {
        if (!t.rateLimitResetHeader.isEmpty() && !result.contains(t.rateLimitResetHeader))
            result.append(t.rateLimitResetHeader);
    }
    return result;
}

VendorTraits::Environment VendorTraits::environmentOf(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback())
        return Environment::TestHost;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.contains(QLatin1String("sandbox")))
            return Environment::Sandbox; // sandbox.procore.com, login-sandbox…, any vendor's
    }
    // [cited] Procore's monthly sandbox: api-monthly.procore.com (signs in at
    // login-sandbox-monthly.procore.com).
    if (host.endsWith(QLatin1String(".procore.com")) &&
        labels.value(0).contains(QLatin1String("monthly")))
        return Environment::Sandbox;
    return Environment::Production;
}
