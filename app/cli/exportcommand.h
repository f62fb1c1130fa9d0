#pragma once

#include "clicommand.h"
#include <QCoreApplication>

// contractdesk-cli export --workspace W --target ID --format json|csv --out F
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
