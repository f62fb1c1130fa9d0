#include "clicommand.h"

#include "profilestore.h"
#include "schemaregistry.h"
#include "workspaceopener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments,
                       CliContext &context, int &exitCode) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CliCommand", "Show this help."));
    parser.addOption(help);
    QStringList args = arguments;
    args[0] = QStringLiteral("contractdesk-cli ") + name();
    if (!parser.parse(args)) {
        context.err << parser.errorText() << Qt::endl
                    << QCoreApplication::translate("CliCommand",
                                                   "Try 'contractdesk-cli %1 --help'.")
                               .arg(name())
                    << Qt::endl;
        exitCode = UsageOrFileError;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt writes the program as it was started (argv[0]) in the usage line.
        const QString program = QCoreApplication::arguments().value(0);
        text.replace(QCoreApplication::applicationFilePath(), args[0]);
        if (!program.isEmpty() && program != args[0])
            text.replace(QStringLiteral(" ") + program + QStringLiteral(" "),
                         QStringLiteral(" ") + args[0] + QStringLiteral(" "));
        context.out << text;
        exitCode = Ok;
        return false;
    }
    return true;
}

QCommandLineOption CliCommand::workspaceLocationOption()
{
    return QCommandLineOption(
            QStringLiteral("workspace"),
            QCoreApplication::translate(
                    "CliCommand",
                    "The workspace: a .cdw file, or a team workspace as "
                    "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE] (the password comes "
                    "from PGPASSWORD or ~/.pgpass)."),
            QStringLiteral("W"));
}

const EntitySchema *CliCommand::requireTarget(const QString &id, CliContext &context) const
{
    if (id.isEmpty()) {
        context.err << QCoreApplication::translate("CliCommand",
                                                   "%1: --target is required (one of: %2)")
                               .arg(name(), context.registry.ids().join(QStringLiteral(", ")))
                    << Qt::endl;
        return nullptr;
    }
    const EntitySchema *schema = context.registry.find(id);
    if (!schema)
        context.err << QCoreApplication::translate("CliCommand",
                                                   "%1: unknown target '%2' (one of: %3)")
                               .arg(name(), id, context.registry.ids().join(QStringLiteral(", ")))
                    << Qt::endl;
    return schema;
}

std::unique_ptr<WorkspaceStore> CliCommand::openWorkspace(const QString &workspacePath,
                                                          CliContext &context) const
{
    auto workspace = WorkspaceOpener::open(workspacePath, Workspace::OpenMode::OpenExisting,
                                           context.registry);
    if (!workspace) {
        context.err << workspace.error() << Qt::endl;
        return nullptr;
    }
    return std::move(workspace).value();
}

std::optional<QVector<Record>> CliCommand::loadRecords(const QString &workspacePath,
                                                       const EntitySchema &schema,
                                                       CliContext &context) const
{
    const auto workspace = openWorkspace(workspacePath, context);
    if (!workspace)
        return std::nullopt;
    auto records = workspace->loadRecords(schema);
    if (!records) {
        context.err << records.error() << Qt::endl;
        return std::nullopt;
    }
    return std::move(records).value();
}

std::optional<ConnectionProfile> CliCommand::requireProfile(const QString &profileName,
                                                            const EntitySchema &schema,
                                                            CliContext &context) const
{
    const auto settings = ProfileStore::userSettings();
    const auto profile = ProfileStore(*settings).find(profileName);
    if (!profile) {
        context.err << QCoreApplication::translate(
                               "CliCommand",
                               "%1: there is no profile '%2' (profile list shows them).")
                               .arg(name(), profileName)
                    << Qt::endl;
        return std::nullopt;
    }
    if (profile->vendor != schema.vendor()) {
        context.err << QCoreApplication::translate("CliCommand",
                                                   "%1: profile '%2' is for %3, not %4.")
                               .arg(name(), profile->name, profile->vendor, schema.vendorLabel())
                    << Qt::endl;
        return std::nullopt;
    }
    return *profile;
}

std::optional<CliCommand::Connection> CliCommand::openConnection(const QString &workspacePath,
                                                                 const QString &target,
                                                                 const QString &profileName,
                                                                 CliContext &context) const
{
    if (workspacePath.isEmpty() || profileName.isEmpty()) {
        context.err << QCoreApplication::translate(
                               "CliCommand",
                               "%1: --workspace, --target and --profile are required.")
                               .arg(name())
                    << Qt::endl;
        return std::nullopt;
    }
    Connection connection;
    connection.schema = requireTarget(target, context);
    if (!connection.schema)
        return std::nullopt;
    auto profile = requireProfile(profileName, *connection.schema, context);
    if (!profile)
        return std::nullopt;
    connection.profile = std::move(*profile);
    connection.workspace = openWorkspace(workspacePath, context);
    if (!connection.workspace)
        return std::nullopt;
    return connection;
}
