#pragma once

#include "clicommand.h"
#include <QCoreApplication>

// contractdesk-cli import FILE --target ID --workspace W
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
