#pragma once

#include "authenticator.h"
#include "connectionprofile.h"
#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class CredentialJob;
class QNetworkAccessManager;
class QNetworkReply;

// One sign-in without waiting: start() returns at once and the steps run on the event loop —
// the profile's secret (the environment variable it names, else the keychain) unless it was
// given, a user profile's stored refresh token, the request the Authenticator builds, and, when
// the vendor hands out a new single-use refresh token, keeping it in the keychain before
// anything else. finished() is emitted exactly once, never inside start(), with the headers or
// the reason in words. abort() (or deleting the job) cancels it: no finished() then. The
// JobOutcome convention (joboutcome.h): a job that produces a value gives a Result.
class SignInJob : public QObject
{
    Q_OBJECT

public:
    // Reads the profile's secret itself.
    SignInJob(ConnectionProfile profile, QNetworkAccessManager *network, QObject *parent = nullptr,
              int timeoutMs = 30000);
    // With the secret given (a form's field, a renewal).
    SignInJob(ConnectionProfile profile, QString secret, QNetworkAccessManager *network,
              QObject *parent = nullptr, int timeoutMs = 30000);
    ~SignInJob() override;

    void start();
    void abort();
    bool isRunning() const { return m_running; }

    const ConnectionProfile &profile() const { return m_profile; }
    // For renewals with the same secret, once finished; never logged.
    const QString &secret() const { return m_secret; }

signals:
    void finished(const Result<Authenticator::SignedIn> &result);

private:
    void readRefreshToken();
    void send(const QString &refreshToken);
    void onReplyFinished();
    void keep(const Authenticator::SignedIn &signedIn);
    void finish(const Result<Authenticator::SignedIn> &result);
    // Runs a keychain step; `then` gets its result unless the job was aborted meanwhile.
    void runCredentialJob(CredentialJob *job,
                          const std::function<void(const Result<QString> &)> &then);

    ConnectionProfile m_profile;
    QString m_secret;
    bool m_hasSecret;
    QNetworkAccessManager *m_network;
    int m_timeoutMs;
    std::optional<Authenticator::Exchange> m_exchange;
    QPointer<QNetworkReply> m_reply;
    QPointer<CredentialJob> m_credentials;
    bool m_running = false;
};
