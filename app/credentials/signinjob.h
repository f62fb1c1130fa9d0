#pragma once

#include "authenticator.h"
#include "connectionprofile.h"
#include "result.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// One sign-in without waiting: start() sends the request the Authenticator builds and returns at
// once; finished() is emitted exactly once, from the event loop (never inside start()), with the
// headers or the reason in words. abort() (or deleting the job) cancels it: no finished() then.
// The completion convention of every service: one finished(const Result<...> &).
class SignInJob : public QObject
{
    Q_OBJECT

public:
    SignInJob(ConnectionProfile profile, QString secret, QNetworkAccessManager *network,
              QObject *parent = nullptr, int timeoutMs = 30000);
    ~SignInJob() override;

    void start();
    void abort();
    bool isRunning() const { return m_running; }

    const ConnectionProfile &profile() const { return m_profile; }
    // For renewals with the same secret; never logged.
    const QString &secret() const { return m_secret; }

signals:
    void finished(const Result<Authenticator::SignedIn> &result);

private:
    void onReplyFinished();
    void finish(const Result<Authenticator::SignedIn> &result);

    ConnectionProfile m_profile;
    QString m_secret;
    QNetworkAccessManager *m_network;
    int m_timeoutMs;
    std::optional<Authenticator::Exchange> m_exchange;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
};
