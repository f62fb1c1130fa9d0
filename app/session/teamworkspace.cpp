#include "teamworkspace.h"

#include "postgresworkspace.h"
#include "workspacecontent.h"
#include "workspacelocation.h"
#include "workspaceopener.h"
#include "workspacesession.h"
#include "workspacestore.h"

Result<QString> TeamWorkspace::checkAddress(const QString &text)
{
    using R = Result<QString>;
    if (text.trimmed().isEmpty())
        return R::failure(tr("Enter the address of the team workspace, for example "
                             "postgresql://anna@db.example.com/contracts."));
    auto location = WorkspaceLocation::parse(text);
    if (!location)
        return R::failure(location.error());
    if (!location->isTeam())
        return R::failure(tr("\"%1\" is not a server address. A team workspace is written as "
                             "postgresql://USER@HOST[:PORT]/DBNAME; open a .cdw file with "
                             "File ▸ Open Workspace instead.")
                                  .arg(text.trimmed()));
    return location->toString();
}

bool TeamWorkspace::isTeamAddress(const QString &text)
{
    auto location = WorkspaceLocation::parse(text);
    return location && location->isTeam();
}

Result<bool> TeamWorkspace::isInitialised(const QString &address, const QString &password)
{
    auto location = WorkspaceLocation::parse(address);
    if (!location)
        return Result<bool>::failure(location.error());
    return PostgresWorkspace::isInitialised(location.value(), password);
}

Status TeamWorkspace::share(WorkspaceSession &session, const QString &address,
                            const SchemaRegistry &registry, const QString &password)
{
    const auto canonical = checkAddress(address);
    if (!canonical)
        return Status::failure(canonical.error());
    auto content = session.workspace().readAll(registry);
    if (!content)
        return Status::failure(
                tr("%1 could not be read for the copy: %2").arg(session.path(), content.error()));
    auto team = WorkspaceOpener::open(canonical.value(), Workspace::OpenMode::CreateIfMissing,
                                      registry, password);
    if (!team)
        return Status::failure(team.error());
    // The store refuses a workspace that already holds anything, and writes all or nothing.
    if (const Status written = team.value()->writeAll(registry, content.value()); !written)
        return Status::failure(
                tr("Nothing was copied to %1: %2").arg(canonical.value(), written.error()));
    return Status();
}
