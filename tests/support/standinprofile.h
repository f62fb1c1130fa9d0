#pragma once

#include "connectionprofile.h"

class MockVendorServer;

// A connection profile that points at a stand-in: its address for the API and for sign-in, its
// company and client. With a `secretEnv`, the stand-in's secret is put in that environment
// variable and the profile reads it from there (no keychain needed).
class StandInProfile
{
public:
    static ConnectionProfile make(const MockVendorServer &server, const QString &name,
                                  const QString &vendor = QStringLiteral("procore"),
                                  const QString &secretEnv = QString());
};
