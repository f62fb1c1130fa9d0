#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>
#include <QUrl>

// What ContractDesk knows about each vendor outside its protocol class: the defaults a profile
// starts with, how it signs in, how hard it may be called, and the sandbox / login-host rule.
// Constant data, one entry per vendor (vendortraits.cpp); the facts' sources are in
// ../shared/VENDOR_APIS.md, and the ones marked unverified there say so next to the value.
struct VendorTraits
{
    // Where a base URL's host lands: a local stand-in (localhost, 127.x.x.x, ::1), a vendor's
    // sandbox, or production (every other host: an unknown host is confirmed, never assumed safe).
    enum class Environment {
        Production,
        Sandbox,
        TestHost
    };

    QString id;               // procore, primavera, intacct; empty for an unknown vendor
    QString displayName;      // the vendor as people name it
    QUrl defaultBaseUrl;      // empty: the profile must give one (Primavera's host is per tenant)
    QUrl defaultLoginUrl;     // the token endpoint's host when it differs from the API's
    QString defaultApiRoot;   // prefix of the seeds' paths (Primavera)
    QString defaultAuth;      // ConnectionProfile::auth a new profile starts with
    QString oauthPathPrefix;  // "/oauth" + "/token", "/authorize" below the login host
    QString interactiveScope; // scope asked for in an interactive sign-in (a refresh token)
    QByteArray companyHeader; // a header carrying the profile's company id on every call
    int maxConcurrent = 4;    // requests in flight at a time
    int maxPerSecond = 0;     // requests started in any second; 0: no pace
    QByteArray rateLimitResetHeader; // epoch second a rate window resets (after Retry-After)
    bool readsCompanyWide = false;   // a pull without a project reads the whole company

    bool isKnown() const { return !id.isEmpty(); }
    // The login host of a profile at `baseUrl`: the production login host for the production
    // API; a sandbox or stand-in signs in where it answers. Empty: sign in at the base URL.
    QUrl loginUrlFor(const QUrl &baseUrl) const;

    // The vendor's traits; for an unknown vendor, an entry with an empty id and general values.
    static const VendorTraits &of(const QString &vendor);
    // The known vendors' ids, in the order people see them.
    static QStringList ids();
    // Every vendor's rate-limit reset header (the sync engine honours each, whatever the vendor).
    static QByteArrayList rateLimitResetHeaders();
    // The sandbox rule: where a push to `baseUrl` lands, by its host alone.
    static Environment environmentOf(const QUrl &baseUrl);
};
