#pragma once

#include "clicommand.h"

#include <QCoreApplication>

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
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    int add(const QStringList &arguments, CliContext &context);
};
