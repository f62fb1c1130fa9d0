#pragma once

#include "clicommand.h"

#include <QCoreApplication>

struct WorkspaceContent;

// contractdesk-cli copy-workspace FROM TO: copies a whole workspace — rows with their sync
// state, what was pushed, snapshots, histories, templates, reference lists and choices —
// between a .cdw file and a team workspace (either way, or file to file). TO must be new or
// empty: a workspace that already holds anything is refused and left as it was. The copy is
// read back and counted before it is reported. Exit 0 copied, 2 usage or storage errors.
class CopyWorkspaceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyWorkspaceCommand)

public:
    QString name() const override { return QStringLiteral("copy-workspace"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

    // How much a workspace holds, as the summary and the check after copying count it.
    struct Counts
    {
        int targets = 0; // targets with rows, pushed values or snapshots
        qint64 rows = 0;
        qint64 pushed = 0;
        int snapshots = 0;
        qint64 snapshotRows = 0;
        int imports = 0;
        qint64 history = 0;
        int templates = 0;
        int referenceLists = 0;
        qint64 referenceRecords = 0;
        int choices = 0;

        static Counts of(const WorkspaceContent &content);
        bool isEmpty() const;
        bool operator==(const Counts &other) const;
        bool operator!=(const Counts &other) const { return !(*this == other); }
        // "3 targets: 1,204 rows, 3 snapshots, 58 history lines, 2 templates, 4 reference
        // lists, 9 choices"
        QString toText() const;
    };
};
