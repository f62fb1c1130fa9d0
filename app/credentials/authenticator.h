#pragma once

#include "connectionprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>

class QNetworkAccessManager;

// Signs in to a profile's vendor and gives the headers every call then carries: OAuth 2.0
// client credentials (Procore, Intacct) for a bearer token; Primavera's token exchange (Basic
// credentials for a token, then the answer's requestHeaders too); or plain Basic where a
// Primavera tenant takes it. Procore calls also carry the company id. The secret goes only
// into the sign-in request; TLS errors are never ignored.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit Authenticator(QNetworkAccessManager *network)
        : m_network(network)
    {}

    // Waits for the vendor's answer (at most timeoutMs).
    // expiresAt, when given, receives when the token expires (invalid when the vendor does not
    // say, or for Basic).
    Result<Headers> signIn(const ConnectionProfile &profile, const QString &secret,
                           int timeoutMs = 30000, QDateTime *expiresAt = nullptr) const;

private:
    QNetworkAccessManager *m_network;
};
