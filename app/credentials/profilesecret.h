#pragma once

#include "connectionprofile.h"
#include "result.h"

#include <QCoreApplication>

class CredentialJob;
class QObject;

// A profile's secret for one run: from the environment variable the profile names when it is
// set (unattended runs), else from the system keychain.
class ProfileSecret
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSecret)

public:
    // A read (owned by `parent`, not yet started) whose finished() gives the secret, or says
    // that there is none in words.
    static CredentialJob *read(const ConnectionProfile &profile, QObject *parent = nullptr);
};
