#pragma once

#include "result.h"
#include "vendortraits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

// Where and how to reach one vendor account. Kept in the user's settings; never a secret — the
// client secret or password lives in the OS keychain (CredentialStore), or, for an unattended
// run, in the environment variable the profile names.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString name;
    QString vendor;    // procore, primavera, intacct
    QUrl baseUrl;      // the API: https://api.procore.com, https://<host>,
                       // https://api.intacct.com/ia/api/v1
    QUrl authUrl;      // the token endpoint's host when it differs (Procore's login host)
    QString companyId; // Procore company (header on every call); Intacct company
    QString projectId; // Procore / Primavera project
    QString entity;    // Intacct entity
    QString clientId;  // OAuth client (Procore, Intacct)
    QString username;  // Primavera user; Intacct web services user
    QString apiRoot;   // Primavera: default /primeapi/restapi
    QString auth;      // oauth-client-credentials, primavera-token, basic
    QString secretEnv; // an environment variable that may hold the secret for unattended runs

    static QStringList vendors();
    // The defaults a vendor's profile starts with (auth kind, API root, login host): VendorTraits.
    static ConnectionProfile withDefaults(const QString &name, const QString &vendor);
    // `base` with `path` appended to its path ("https://h/ia/api/v1" + "/oauth2/token").
    static QUrl below(const QUrl &base, const QString &path);
    // What is missing or wrong, in words; empty when the profile can be used.
    QString problem() const;

    // Where a push through this profile lands, decided by the base URL's host alone: a test host
    // on this machine (localhost, 127.x.x.x, ::1: a local stand-in), a vendor's sandbox (a host
    // with "sandbox" in a label, and Procore's sandbox hosts: sandbox.procore.com,
    // api-monthly.procore.com — the hosts that sign in where they answer), or production.
    // Every other host counts as production, so an unknown host is confirmed, never assumed safe.
    // The rule is VendorTraits::environmentOf.
    using Environment = VendorTraits::Environment;
    Environment environment() const;
    bool isProduction() const { return environment() == Environment::Production; }
    // "Production", "Sandbox", "Test host", translated.
    static QString environmentName(Environment environment);
    // The vendor as people name it: Procore, Oracle Primavera Cloud, Sage Intacct.
    static QString vendorLabel(const QString &vendor);
};
