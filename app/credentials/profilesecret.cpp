#include "profilesecret.h"

#include "credentialstore.h"

Result<QString> ProfileSecret::read(const ConnectionProfile &profile)
{
    if (!profile.secretEnv.isEmpty()) {
        const QByteArray name = profile.secretEnv.toLocal8Bit();
        if (qEnvironmentVariableIsSet(name.constData()))
            return qEnvironmentVariable(name.constData());
    }
    auto secret = CredentialStore().read(CredentialStore::profileKey(profile.name));
    if (!secret || secret->isEmpty())
        return Result<QString>::failure(
                tr("No secret for profile '%1' in the system keychain%2.")
                        .arg(profile.name,
                             profile.secretEnv.isEmpty()
                                     ? QString()
                                     : tr(" and %1 is not set").arg(profile.secretEnv)));
    return secret;
}
