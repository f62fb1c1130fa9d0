#pragma once

#include "connectionprofile.h"
#include "joboutcome.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class CredentialJob;
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

// Interactive sign-in (OAuth 2.0 authorization code) for Procore and Intacct users: the vendor's
// sign-in page opens in the browser, the answer comes back to a loopback address on this machine
// (QtNetworkAuth), and the refresh token is stored in the keychain at once. Later runs sign in
// with it (SignInJob); Procore's refresh tokens are single-use, so each new one replaces the
// last the moment it arrives.
//
// A job: start() returns at once; finished() comes once, from the event loop, Completed when the
// refresh token is in the keychain, else Failed with the reason (refused, failed, timed out after
// timeoutMs). abort() (or deleting the job) stops listening: no finished() then. The JobOutcome
// convention (joboutcome.h).
class InteractiveSignIn : public QObject
{
    Q_OBJECT

public:
    using OpenBrowser = std::function<void(const QUrl &)>;

    InteractiveSignIn(ConnectionProfile profile, QString clientSecret,
                      QNetworkAccessManager *network, OpenBrowser openBrowser,
                      QObject *parent = nullptr, int timeoutMs = 300000);
    ~InteractiveSignIn() override;

    void start();
    void abort();
    bool isRunning() const { return m_running; }

    static QUrl authorizeUrl(const ConnectionProfile &profile);
    static QUrl tokenUrl(const ConnectionProfile &profile);
    // The keychain entry of a profile's refresh token.
    static QString refreshKey(const QString &profile)
    {
        return QStringLiteral("profile/%1/refresh").arg(profile);
    }

signals:
    void finished(const JobOutcome &outcome);

private:
    void onGranted();
    void fail(const QString &why);
    void finish(const JobOutcome &outcome);
    void release();

    ConnectionProfile m_profile;
    QString m_clientSecret;
    QNetworkAccessManager *m_network;
    OpenBrowser m_openBrowser;
    int m_timeoutMs;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QTimer *m_timeout = nullptr;
    QPointer<CredentialJob> m_keep;
    bool m_running = false;
};
