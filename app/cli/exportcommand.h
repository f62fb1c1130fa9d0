#pragma once

#include "clicommand.h"
#include <QCoreApplication>

// contractdesk-cli export --workspace W --target ID --format json|csv|xlsx --out F
// (xlsx needs a file: a workbook is binary and is written whole or not at all)
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
