#pragma once

#include "connectionprofile.h"
#include "record.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class EntitySchema;
class QCommandLineParser;
class SchemaRegistry;
class WorkspaceStore;

// What every subcommand of contractdesk-cli gets: where to write, and the known targets.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    const SchemaRegistry &registry;
};

// One subcommand of contractdesk-cli (import, export, ...). Exit codes are a contract that
// scripts rely on: 0 all well, 1 problems found in the data, 2 usage or file errors.
class CliCommand
{
public:
    enum ExitCode {
        Ok = 0,
        DataProblems = 1,
        UsageOrFileError = 2,
    };

    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Runs the command on the application's event loop (contractdesk-cli calls it from
    // QCoreApplication::exec() and exits with the code): `done` is called exactly once with the
    // exit code — at once by a command that has nothing to wait for, later, from the event loop,
    // by one that talks to a vendor or the keychain. Nothing waits in a nested loop. The default
    // calls run().
    virtual void start(const QStringList &arguments, CliContext &context,
                       std::function<void(int exitCode)> done)
    {
        done(run(arguments, context));
    }
    // A command with nothing to wait for: the exit code. (Commands that wait implement start().)
    virtual int run(const QStringList &arguments, CliContext &context)
    {
        Q_UNUSED(arguments);
        Q_UNUSED(context);
        return UsageOrFileError;
    }

protected:
    // Parses the arguments (arguments[0] is the subcommand name). On --help prints help and
    // returns false with exitCode Ok; on a usage error prints it and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, CliContext &context,
               int &exitCode) const;
    // --workspace W, as every command that works on a workspace takes it: a .cdw file or a
    // team workspace's postgresql:// address.
    static QCommandLineOption workspaceLocationOption();
    // The schema of --target, or nullptr after saying which targets exist.
    const EntitySchema *requireTarget(const QString &id, CliContext &context) const;
    // An existing workspace (a file or a team workspace), or nullptr after saying why.
    std::unique_ptr<WorkspaceStore> openWorkspace(const QString &workspacePath,
                                                  CliContext &context) const;
    // The target's rows from an existing workspace, or nullopt after saying why.
    std::optional<QVector<Record>> loadRecords(const QString &workspacePath,
                                               const EntitySchema &schema,
                                               CliContext &context) const;
    // What push and pull work on: an existing workspace, a target, and a profile for the
    // target's vendor — each given, or nullopt after saying which is missing or wrong.
    struct Connection
    {
        std::unique_ptr<WorkspaceStore> workspace;
        const EntitySchema *schema = nullptr;
        ConnectionProfile profile;
    };
    std::optional<Connection> openConnection(const QString &workspacePath, const QString &target,
                                             const QString &profileName, CliContext &context) const;
    // The named connection profile, for the target's vendor, or nullopt after saying why.
    std::optional<ConnectionProfile> requireProfile(const QString &profileName,
                                                    const EntitySchema &schema,
                                                    CliContext &context) const;
};
