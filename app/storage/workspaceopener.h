#pragma once

#include "result.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class SchemaRegistry;
class WorkspaceStore;

// Opens a workspace wherever it lives: a `.cdw` file (Workspace) or a team workspace on a
// PostgreSQL server (PostgresWorkspace), as WorkspaceLocation reads the text. The only code
// outside app/storage that opens a store goes through here, so every place that takes a
// workspace takes either.
class WorkspaceOpener
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOpener)

public:
    // `password` is for a team workspace only (from the keychain). Empty: the one an earlier
    // open of the same location in this process used, else libpq's own (PGPASSWORD,
    // ~/.pgpass). A password that opened a workspace is kept in memory for the rest of the
    // run, never written anywhere, so a second connection (an import job's) can sign in too.
    static Result<std::unique_ptr<WorkspaceStore>> open(const QString &locationText,
                                                        Workspace::OpenMode mode,
                                                        const SchemaRegistry &registry,
                                                        const QString &password = QString());
    // The same for the targets built into the application.
    static Result<std::unique_ptr<WorkspaceStore>> open(const QString &locationText,
                                                        Workspace::OpenMode mode);
};
