#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// contractdesk-cli push --workspace W --target ID --profile NAME [--rows SPEC] [--dry-run]
//   [--report FILE.jsonl]
// Pushes a target's rows (or the rows SPEC names: "1-20,25", sheet order) to the profile's
// vendor: rows with errors are skipped, the plan is printed, then every row's result — also one
// JSON line per row in the report, written as each request settles. Exit 1 when any row failed
// or was skipped for errors.
class PushCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PushCommand)

public:
    PushCommand();
    ~PushCommand() override;
    QString name() const override { return QStringLiteral("push"); }
    QString summary() const override;
    // Signs in and pushes on the application's event loop.
    void start(const QStringList &arguments, CliContext &context,
               std::function<void(int)> done) override;

    // "1-3,7" -> {1, 2, 3, 7}; nullopt when it is not such a list.
    static std::optional<QVector<int>> parseRows(const QString &spec, int rowCount);

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};
