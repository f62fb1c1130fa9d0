#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

// One keychain access that does not wait: start() returns at once; finished() comes once, from
// the event loop (never inside start()), with the secret read (an empty text when nothing is
// stored under the key, unless a missing-message was set) — or, for a write or a removal, an
// empty text — or the reason in words. abort() (or deleting the job) drops it: no finished()
// then. The JobOutcome convention (joboutcome.h): a job that produces a value gives a Result.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Read,
        Write,
        Remove
    };

    CredentialJob(QString service, Action action, QString key, QString secret = QString(),
                  QObject *parent = nullptr);
    ~CredentialJob() override;

    // A read answered without the keychain (a secret the environment holds).
    void setKnownValue(const QString &value) { m_known = value; }
    // A read that finds nothing fails with this message instead of giving an empty text.
    void setMissingMessage(const QString &message) { m_missing = message; }

    void start();
    void abort();
    bool isRunning() const { return m_running; }
    const QString &key() const { return m_key; }

signals:
    void finished(const Result<QString> &result);

private:
    void onKeychainFinished();
    void finish(const Result<QString> &result);

    QString m_service;
    Action m_action;
    QString m_key;
    QString m_secret; // to write; never logged
    std::optional<QString> m_known;
    QString m_missing;
    QPointer<QKeychain::Job> m_job;
    bool m_running = false;
};

// Secrets (client secrets, passwords, refresh tokens) in the OS keychain through QtKeychain:
// the macOS Keychain, the Windows Credential Manager, the Secret Service on Linux. Nothing else
// in ContractDesk ever writes one down. The keychain may ask the user, so nothing here waits:
// each call gives a CredentialJob (owned by `parent`, not yet started).
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    explicit CredentialStore(QString service = QStringLiteral("ContractDesk"))
        : m_service(std::move(service))
    {}

    CredentialJob *write(const QString &key, const QString &secret,
                         QObject *parent = nullptr) const;
    CredentialJob *read(const QString &key, QObject *parent = nullptr) const;
    // Nothing stored under the key is what removing it wants: not an error.
    CredentialJob *remove(const QString &key, QObject *parent = nullptr) const;

    // The keychain entry of a profile's secret.
    static QString profileKey(const QString &profile)
    {
        return QStringLiteral("profile/") + profile;
    }

private:
    QString m_service;
};
