#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// contractdesk-cli validate --workspace W --target ID [--format text|json]: every issue of a
// target's rows, located by row and field; exit 1 when any is an error (a push would block).
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
