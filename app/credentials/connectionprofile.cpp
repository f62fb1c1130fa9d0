#include "connectionprofile.h"

#include "vendortraits.h"

QStringList ConnectionProfile::vendors()
{
    return VendorTraits::ids();
}

ConnectionProfile ConnectionProfile::withDefaults(const QString &name, const QString &vendor)
{
    ConnectionProfile p;
    p.name = name;
    p.vendor = vendor;
    const VendorTraits &traits = VendorTraits::of(vendor);
    p.baseUrl = traits.defaultBaseUrl;
    p.authUrl = traits.defaultLoginUrl;
    p.apiRoot = traits.defaultApiRoot;
    p.auth = traits.defaultAuth;
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
    return VendorTraits::environmentOf(baseUrl);
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
    const VendorTraits &traits = VendorTraits::of(vendor);
    return traits.isKnown() ? traits.displayName : vendor;
}
