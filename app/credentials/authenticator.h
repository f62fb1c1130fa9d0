#pragma once

#include "connectionprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QPair>

// Signs in to a profile's vendor and gives the headers every call then carries: OAuth 2.0
// client credentials (Procore, Intacct) for a bearer token; Primavera's token exchange (Basic
// credentials for a token, then the answer's requestHeaders too); or plain Basic where a
// Primavera tenant takes it. Procore calls also carry the company id. The secret goes only
// into the sign-in request; TLS errors are never ignored. Nothing here talks to the network or the
// keychain: SignInJob sends the request and keeps the tokens.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // A sign-in made ready to send: either done already (Basic: `request` is empty) or one
    // request to post, and what reading its answer needs.
    struct Exchange
    {
        QString profile;
        bool refresh = false; // a refresh-token grant (single-use tokens are kept on success)
        QString refreshToken;
        Headers headers; // company header; with Basic, the Authorization header too
        bool needsRequest = false;
        QNetworkRequest request;
        QByteArray body;
    };
    struct SignedIn
    {
        Headers headers;
        QDateTime expiresAt; // invalid when the vendor does not say, or for Basic
        // A refresh-token grant's next single-use refresh token, to keep at once; empty: none.
        QString nextRefreshToken;
    };

    // Builds the sign-in request; no network traffic. `refreshToken`: the stored one of a
    // profile that signs in as a user (oauth-authorization-code).
    static Result<Exchange> prepare(const ConnectionProfile &profile, const QString &secret,
                                    const QString &refreshToken = QString(), int timeoutMs = 30000);
    // Reads the vendor's answer to a prepared request. `status` 0: no answer, `networkError`
    // says why.
    static Result<SignedIn> conclude(const Exchange &exchange, int status,
                                     const QString &networkError, const QByteArray &answer);
};
