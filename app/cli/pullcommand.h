#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// contractdesk-cli pull --workspace W --target ID --profile NAME
// Reads back every record the profile's vendor holds for the target in the profile's project
// and stores it in the workspace as the newest snapshot (what `diff` compares the sheet with).
// Exit 0 when the snapshot was saved, 2 when the pull could not be made or read in full.
class PullCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PullCommand)

public:
    PullCommand();
    ~PullCommand() override;
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    // Signs in and pulls on the application's event loop.
    void start(const QStringList &arguments, CliContext &context,
               std::function<void(int)> done) override;

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};
