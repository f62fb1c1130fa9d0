#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// Secrets (client secrets, passwords, refresh tokens) in the OS keychain through QtKeychain:
// the macOS Keychain, the Windows Credential Manager, the Secret Service on Linux. Nothing else
// in ContractDesk ever writes one down. The calls wait for the keychain (it may ask the user).
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    explicit CredentialStore(QString service = QStringLiteral("ContractDesk"))
        : m_service(std::move(service))
    {}

    Status write(const QString &key, const QString &secret) const;
    Result<QString> read(const QString &key) const;
    Status remove(const QString &key) const;

    // The keychain entry of a profile's secret.
    static QString profileKey(const QString &profile)
    {
        return QStringLiteral("profile/") + profile;
    }

private:
    QString m_service;
};
