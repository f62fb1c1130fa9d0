#include "connectionprofile.h"

#include <QHostAddress>

QStringList ConnectionProfile::vendors()
{
    return {QStringLiteral("procore"), QStringLiteral("primavera"), QStringLiteral("intacct")};
}

ConnectionProfile ConnectionProfile::withDefaults(const QString &name, const QString &vendor)
{
    ConnectionProfile p;
    p.name = name;
    p.vendor = vendor;
    if (vendor == QLatin1String("procore")) {
        p.baseUrl = QUrl(QStringLiteral("https://api.procore.com"));
        p.authUrl = QUrl(QStringLiteral("https://login.procore.com"));
        p.auth = QStringLiteral("oauth-client-credentials");
    } else if (vendor == QLatin1String("primavera")) {
        p.apiRoot = QStringLiteral("/primeapi/restapi");
        p.auth = QStringLiteral("primavera-token");
    } else if (vendor == QLatin1String("intacct")) {
        p.baseUrl = QUrl(QStringLiteral("https://api.intacct.com/ia/api/v1"));
        p.auth = QStringLiteral("oauth-client-credentials");
    }
    return p;
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!vendors().contains(vendor))
        return tr("Vendor '%1' is not one of: %2.")
                .arg(vendor, vendors().join(QStringLiteral(", ")));
    if (!baseUrl.isValid() || baseUrl.scheme().isEmpty() || baseUrl.host().isEmpty())
        return tr("The base URL '%1' is not a web address (https://...).").arg(baseUrl.toString());
    if (vendor == QLatin1String("procore") && companyId.isEmpty())
        return tr("A Procore profile needs the company id (--company-id).");
    if ((auth == QLatin1String("oauth-client-credentials") ||
         auth == QLatin1String("oauth-authorization-code")) &&
        clientId.isEmpty())
        return tr("This profile signs in with a client id and secret: give the client id "
                  "(--client-id).");
    if ((auth == QLatin1String("primavera-token") || auth == QLatin1String("basic")) &&
        username.isEmpty())
        return tr("This profile signs in with a user name and password: give the user name "
                  "(--username).");
    return QString();
}

QUrl ConnectionProfile::below(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

ConnectionProfile::Environment ConnectionProfile::environment() const
{
    const QString host = baseUrl.host().toLower();
    if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback())
        return Environment::TestHost;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.contains(QLatin1String("sandbox")))
            return Environment::Sandbox;
    }
    // Procore's monthly sandbox: api-monthly.procore.com (signs in at login-sandbox-monthly).
    if (host.endsWith(QLatin1String(".procore.com")) &&
        labels.value(0).contains(QLatin1String("monthly")))
        return Environment::Sandbox;
    return Environment::Production;
}

QString ConnectionProfile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return tr("Production");
    case Environment::Sandbox:
        return tr("Sandbox");
    case Environment::TestHost:
        return tr("Test host");
    }
    return QString();
}

QString ConnectionProfile::vendorLabel(const QString &vendor)
{
    if (vendor == QLatin1String("procore"))
        return QStringLiteral("Procore");
    if (vendor == QLatin1String("primavera"))
        return QStringLiteral("Oracle Primavera Cloud");
    if (vendor == QLatin1String("intacct"))
        return QStringLiteral("Sage Intacct");
    return vendor;
}
