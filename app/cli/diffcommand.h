#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// contractdesk-cli diff --workspace W --target ID [--profile NAME] [--format text|json]
//   [--out FILE.xlsx|FILE.csv]
// Compares the sheet's rows with the newest pulled snapshot (of the profile, else of any) field
// by field and prints every entry that is not the same: differs, local_only, remote_only,
// ambiguous. JSON: [{"key", "status", "fields": [{"field", "local", "remote"}]}, ...] (plus
// "matchedBy", "remoteId", "candidates" where they apply). Exit 0 when all is the same, 1 when
// anything differs, 2 on usage or file errors (or when nothing was pulled yet).
class DiffCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;
};
