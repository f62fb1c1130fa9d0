#include "importcommand.h"

#include "csvreader.h"
#include "entityschema.h"
#include "recordimporter.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

QString ImportCommand::summary() const
{
    return ImportCommand::tr(
            "Import the rows of a spreadsheet file into a target sheet of a workspace "
            "(created if missing). Cells that cannot be read are kept as text and reported.");
}

int ImportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 ImportCommand::tr("The CSV file to import."));
    const QCommandLineOption target(QStringLiteral("target"),
                                    ImportCommand::tr("The target, e.g. %1.")
                                            .arg(QStringLiteral("procore.work_order_contract")),
                                    QStringLiteral("ID"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             ImportCommand::tr("The workspace file (*.cdw)."),
                                             QStringLiteral("W"));
    parser.addOption(target);
    parser.addOption(workspaceOption);
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(workspaceOption)) {
        context.err << ImportCommand::tr("import: give one FILE, --target and --workspace.")
                    << Qt::endl;
        return UsageOrFileError;
    }
    const EntitySchema *schema = requireTarget(parser.value(target), context);
    if (!schema)
        return UsageOrFileError;

    auto sheet = CsvReader().readFile(files.first());
    if (!sheet) {
        context.err << sheet.error() << Qt::endl;
        return UsageOrFileError;
    }
    RecordImporter::Outcome outcome = RecordImporter(*schema).import(sheet.value());
    if (outcome.mappedColumns.isEmpty()) {
        for (const LocatedIssue &issue : std::as_const(outcome.issues))
            context.err << issue.toString() << Qt::endl;
        return UsageOrFileError;
    }

    auto workspace =
            Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::CreateIfMissing);
    if (!workspace) {
        context.err << workspace.error() << Qt::endl;
        return UsageOrFileError;
    }
    const Status saved =
            workspace.value()->insertRecords(*schema, outcome.records, sheet->fileName);
    if (!saved) {
        context.err << saved.error() << Qt::endl;
        return UsageOrFileError;
    }

    for (const QString &mapped : std::as_const(outcome.mappedColumns))
        context.out << ImportCommand::tr("mapped: %1").arg(mapped) << Qt::endl;
    for (const QString &ignored : std::as_const(outcome.ignoredColumns))
        context.out << ImportCommand::tr("ignored column: %1 (names no field of %2)")
                               .arg(ignored, schema->id())
                    << Qt::endl;
    for (const LocatedIssue &issue : std::as_const(outcome.issues))
        context.err << issue.toString() << Qt::endl;
    context.out << ImportCommand::tr("Imported %n row(s) into %1.", nullptr,
                                     int(outcome.records.size()))
                           .arg(schema->id())
                << Qt::endl;
    return outcome.hasErrors() ? DataProblems : Ok;
}
