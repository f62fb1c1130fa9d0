#include "profilesecret.h"

#include "credentialstore.h"

CredentialJob *ProfileSecret::read(const ConnectionProfile &profile, QObject *parent)
{
    CredentialJob *job = CredentialStore().read(CredentialStore::profileKey(profile.name), parent);
    if (!profile.secretEnv.isEmpty()) {
        const QByteArray name = profile.secretEnv.toLocal8Bit();
        if (qEnvironmentVariableIsSet(name.constData()))
            job->setKnownValue(qEnvironmentVariable(name.constData()));
    }
    job->setMissingMessage(
            tr("No secret for profile '%1' in the system keychain%2.")
                    .arg(profile.name, profile.secretEnv.isEmpty()
                                               ? QString()
                                               : tr(" and %1 is not set").arg(profile.secretEnv)));
    return job;
}
