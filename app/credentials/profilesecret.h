#pragma once

#include "connectionprofile.h"
#include "result.h"

#include <QCoreApplication>

// A profile's secret for one run: from the environment variable the profile names when it is
// set (unattended runs), else from the system keychain.
class ProfileSecret
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSecret)

public:
    static Result<QString> read(const ConnectionProfile &profile);
};
