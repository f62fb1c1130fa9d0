// contractdesk-cli: ContractDesk's services without widgets, for scripts and end-to-end tests.

#include "clicommand.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "profilecommand.h"
#include "pullcommand.h"
#include "pushcommand.h"
#include "schemaregistry.h"
#include "translationloader.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

// The translation context of the messages printed here.
struct CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << CliMain::tr("Usage: contractdesk-cli COMMAND [OPTIONS]") << Qt::endl
        << Qt::endl
        << CliMain::tr("Commands:") << Qt::endl;
    for (const auto &command : commands)
        out << QStringLiteral("  %1  %2").arg(command->name(), -8).arg(command->summary())
            << Qt::endl;
    out << Qt::endl
        << CliMain::tr("Run 'contractdesk-cli COMMAND --help' for a command's options.") << Qt::endl
        << CliMain::tr(
                   "Exit codes: 0 all well, 1 problems found in the data, 2 usage or file errors.")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("contractdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ContractDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTRACTDESK_VERSION));
    TranslationLoader::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<ProfileCommand>());
    commands.push_back(std::make_unique<PushCommand>());
    commands.push_back(std::make_unique<PullCommand>());
    commands.push_back(std::make_unique<DiffCommand>());

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err, commands);
        return CliCommand::UsageOrFileError;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printUsage(out, commands);
        return CliCommand::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("contractdesk-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return CliCommand::Ok;
    }
    auto registry = SchemaRegistry::loadBuiltIn();
    if (!registry) {
        err << registry.error() << Qt::endl;
        return CliCommand::UsageOrFileError;
    }
    CliContext context{out, err, registry.value()};
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->run(args, context);
    }
    err << CliMain::tr("Unknown command '%1'.").arg(first) << Qt::endl;
    printUsage(err, commands);
    return CliCommand::UsageOrFileError;
}
