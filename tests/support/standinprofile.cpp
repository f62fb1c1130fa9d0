#include "standinprofile.h"

#include "mockvendorserver.h"

ConnectionProfile StandInProfile::make(const MockVendorServer &server, const QString &name,
                                       const QString &vendor, const QString &secretEnv)
{
    ConnectionProfile profile = ConnectionProfile::withDefaults(name, vendor);
    profile.baseUrl = server.baseUrl();
    profile.authUrl = server.baseUrl();
    profile.companyId = server.companyId;
    profile.clientId = server.clientId;
    if (!secretEnv.isEmpty()) {
        profile.secretEnv = secretEnv;
        qputenv(secretEnv.toLocal8Bit().constData(), server.secret.toUtf8());
    }
    return profile;
}
