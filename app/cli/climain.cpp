// contractdesk-cli: ContractDesk's services without widgets, for scripts and end-to-end tests.

#include "clicommand.h"
#include "copyworkspacecommand.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "profilecommand.h"
#include "pullcommand.h"
#include "pushcommand.h"
#include "refscommand.h"
#include "resolvecommand.h"
#include "schemaregistry.h"
#include "translationloader.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
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
    int width = 9; // --verbose
    for (const auto &command : commands)
        width = std::max(width, int(command->name().size()));
    for (const auto &command : commands)
        out << QStringLiteral("  %1  %2").arg(command->name(), -width).arg(command->summary())
            << Qt::endl;
    out << Qt::endl
        << CliMain::tr("Options:") << Qt::endl
        << QStringLiteral("  %1  %2")
                    .arg(QStringLiteral("--verbose"), -width)
                    .arg(CliMain::tr("Log what ContractDesk does (sign-in, requests, retries, "
                                     "storage, import) to standard error; before or after "
                                     "COMMAND."))
        << Qt::endl
        << Qt::endl
        << CliMain::tr("Run 'contractdesk-cli COMMAND --help' for a command's options.") << Qt::endl
        << CliMain::tr(
                   "Exit codes: 0 all well, 1 problems found in the data, 2 usage or file errors.")
        << Qt::endl
        << CliMain::tr("--workspace takes a .cdw file or a team workspace as "
                       "postgresql://USER@HOST[:PORT]/DBNAME; its password comes from "
                       "PGPASSWORD or ~/.pgpass.")
        << Qt::endl;
}

// --verbose: every contractdesk.* message, each line naming its category, to stderr. Written
// here rather than by Qt's default handler, which may send it to the journal when stderr is
// not a terminal (a script's pipe).
void writeToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

// Takes --verbose out of the arguments wherever it stands before a "--" and sets the logging
// up. Without it the categories stay silent, warnings included: the CLI's own messages already
// say what went wrong, and scripts read its output. QT_LOGGING_RULES still wins over both.
QStringList applyVerbose(QStringList args)
{
    bool verbose = false;
    for (int i = 0; i < args.size() && args.at(i) != QLatin1String("--");) {
        if (args.at(i) == QLatin1String("--verbose")) {
            verbose = true;
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    if (verbose) {
        QLoggingCategory::setFilterRules(QStringLiteral("contractdesk.*=true"));
        qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{category} %{type}: %{message}"));
        qInstallMessageHandler(writeToStderr);
    } else {
        QLoggingCategory::setFilterRules(QStringLiteral("contractdesk.*=false"));
    }
    return args;
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
    commands.push_back(std::make_unique<RefsCommand>());
    commands.push_back(std::make_unique<ResolveCommand>());
    commands.push_back(std::make_unique<CopyWorkspaceCommand>());

    const QStringList args = applyVerbose(QCoreApplication::arguments().mid(1));
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
        if (command->name() != first)
            continue;
        // The command runs on this event loop and ends it with its exit code.
        CliCommand *chosen = command.get();
        QTimer::singleShot(0, &app, [chosen, &args, &context] {
            chosen->start(args, context, [](int exitCode) { QCoreApplication::exit(exitCode); });
        });
        return app.exec();
    }
    err << CliMain::tr("Unknown command '%1'.").arg(first) << Qt::endl;
    printUsage(err, commands);
    return CliCommand::UsageOrFileError;
}
