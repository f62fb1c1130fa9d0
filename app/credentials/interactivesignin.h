#pragma once

#include "connectionprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Interactive sign-in (OAuth 2.0 authorization code) for Procore and Intacct users: the vendor's
// sign-in page opens in the browser, the answer comes back to a loopback address on this machine
// (QtNetworkAuth), and the refresh token is stored in the keychain at once. Later runs sign in
// with it (Authenticator); Procore's refresh tokens are single-use, so each new one replaces
// the last the moment it arrives.
class InteractiveSignIn
{
    Q_DECLARE_TR_FUNCTIONS(InteractiveSignIn)

public:
    using OpenBrowser = std::function<void(const QUrl &)>;

    InteractiveSignIn(QNetworkAccessManager *network, OpenBrowser openBrowser)
        : m_network(network)
        , m_openBrowser(std::move(openBrowser))
    {}

    // Waits until the user has signed in (or timeoutMs passes); the refresh token is saved.
    Status run(const ConnectionProfile &profile, const QString &clientSecret,
               int timeoutMs = 300000) const;

    static QUrl authorizeUrl(const ConnectionProfile &profile);
    static QUrl tokenUrl(const ConnectionProfile &profile);
    // The keychain entry of a profile's refresh token.
    static QString refreshKey(const QString &profile)
    {
        return QStringLiteral("profile/%1/refresh").arg(profile);
    }

private:
    QNetworkAccessManager *m_network;
    OpenBrowser m_openBrowser;
};
