#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

// contractdesk-cli profile add NAME --vendor procore|primavera|intacct --base-url URL
//   [--company-id N] [--project-id N] [--client-id ID] [--username USER] [--secret-env VAR]
// | profile list | profile remove NAME | profile test NAME
// Profiles live in the user's settings and never hold a secret: with --secret-env the secret
// is taken from that variable, saved in the system keychain, and read from the variable again
// by unattended runs when it is set.
class ProfileCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    ProfileCommand();
    ~ProfileCommand() override;
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    // add, remove and test talk to the keychain (and test to the vendor) on the application's
    // event loop.
    void start(const QStringList &arguments, CliContext &context,
               std::function<void(int)> done) override;

private:
    void add(const QStringList &arguments, CliContext &context,
             const std::function<void(int)> &done);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QObject> m_jobs; // owns the keychain and sign-in jobs
};
