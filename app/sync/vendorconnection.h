#pragma once

#include "authenticator.h"
#include "connectionprofile.h"
#include "result.h"
#include "syncengine.h"

#include <QDateTime>

class QNetworkAccessManager;
class QObject;
class SignInJob;

// Signing in to a profile's vendor, and how the engine then talks to it — shared by pushes and
// pulls, from the window and the CLI. Nothing here waits: the sign-in is a SignInJob.
class VendorConnection
{
public:
    // A sign-in (a child of `parent`, not yet started) that reads the profile's secret itself
    // (the keychain, or the environment variable it names); settings(job, signedIn) then makes
    // the engine's settings.
    static SignInJob *signInJob(const ConnectionProfile &profile, QNetworkAccessManager *network,
                                QObject *parent);
    static SyncEngine::Settings settings(const SignInJob &job,
                                         const Authenticator::SignedIn &signedIn,
                                         QNetworkAccessManager *network);
    // Its address, the signed-in headers, requests at a time (Intacct allows two), a pace
    // (Primavera about 55 a second), and renewal of the sign-in with the same secret — a new
    // SignInJob before the headers expire and once after a 401.
    static SyncEngine::Settings settings(const ConnectionProfile &profile,
                                         const QList<QPair<QByteArray, QByteArray>> &headers,
                                         QNetworkAccessManager *network, const QString &secret,
                                         const QDateTime &expiresAt = QDateTime());
};
