#pragma once

#include "connectionprofile.h"

#include <QCoreApplication>

class QLabel;

// The environment a profile pushes to, as a coloured badge: production in red (a push changes
// the live account), a sandbox in amber, a test host in green. No rule here: the decision is
// ConnectionProfile::environment().
class ProfileBadge
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBadge)

public:
    static void show(QLabel *label, const ConnectionProfile &profile);
    static void clear(QLabel *label);
};
