#include "workspaceopener.h"

#include "postgresworkspace.h"
#include "schemaregistry.h"
#include "workspacelocation.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {

// Passwords that opened a team workspace in this process, by canonical location. In memory
// only: a password never reaches a settings file, the workspace or a log.
struct KeptPasswords
{
    QMutex mutex;
    QHash<QString, QString> byLocation;
};

KeptPasswords &keptPasswords()
{
    static KeptPasswords kept;
    return kept;
}

} // namespace

Result<std::unique_ptr<WorkspaceStore>> WorkspaceOpener::open(const QString &locationText,
                                                              Workspace::OpenMode mode,
                                                              const SchemaRegistry &registry,
                                                              const QString &password)
{
    using R = Result<std::unique_ptr<WorkspaceStore>>;
    auto location = WorkspaceLocation::parse(locationText);
    if (!location)
        return R::failure(location.error());
    if (!location->isTeam()) {
        auto file = Workspace::open(location->filePath(), mode, registry);
        if (!file)
            return R::failure(file.error());
        return R(std::move(file).value());
    }
    const QString key = location->toString();
    QString usedPassword = password;
    if (usedPassword.isEmpty()) {
        KeptPasswords &kept = keptPasswords();
        const QMutexLocker lock(&kept.mutex);
        usedPassword = kept.byLocation.value(key);
    }
    auto team = PostgresWorkspace::open(location.value(), mode, registry, usedPassword);
    if (!team)
        return R::failure(team.error());
    if (!password.isEmpty()) {
        KeptPasswords &kept = keptPasswords();
        const QMutexLocker lock(&kept.mutex);
        kept.byLocation.insert(key, password);
    }
    return R(std::move(team).value());
}

Result<std::unique_ptr<WorkspaceStore>> WorkspaceOpener::open(const QString &locationText,
                                                              Workspace::OpenMode mode)
{
    // Loaded once and kept: a store may hold on to the registry it was opened with.
    static const auto builtIn = SchemaRegistry::loadBuiltIn();
    if (!builtIn)
        return Result<std::unique_ptr<WorkspaceStore>>::failure(builtIn.error());
    return open(locationText, mode, builtIn.value());
}
