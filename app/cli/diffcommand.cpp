#include "diffcommand.h"

#include "atomicfilewriter.h"
#include "entityschema.h"
#include "reconcileexporter.h"
#include "reconciler.h"
#include "workspacestore.h"

#include <QCommandLineParser>

QString DiffCommand::summary() const
{
    return DiffCommand::tr("Compare a target's rows with what the vendor held at the last pull.");
}

int DiffCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption = workspaceLocationOption();
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          DiffCommand::tr("The target to compare."),
                                          QStringLiteral("ID"));
    const QCommandLineOption profileOption(
            QStringLiteral("profile"),
            DiffCommand::tr("Compare with this profile's pull (default: the newest pull)."),
            QStringLiteral("NAME"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          DiffCommand::tr("text or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption outOption(
            QStringLiteral("out"),
            DiffCommand::tr("Also write the reconciliation to this .xlsx (a sheet per state) or "
                            ".csv file."),
            QStringLiteral("FILE"));
    parser.addOptions({workspaceOption, targetOption, profileOption, formatOption, outOption});
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (!parser.isSet(workspaceOption) || !parser.isSet(targetOption)) {
        context.err << DiffCommand::tr("diff: --workspace and --target are required.") << Qt::endl;
        return UsageOrFileError;
    }
    const QString formatName = parser.value(formatOption);
    const bool json = formatName == QLatin1String("json");
    if (!json && formatName != QLatin1String("text")) {
        context.err
                << DiffCommand::tr("diff: --format must be text or json, not '%1'.").arg(formatName)
                << Qt::endl;
        return UsageOrFileError;
    }
    const EntitySchema *schema = requireTarget(parser.value(targetOption), context);
    if (!schema)
        return UsageOrFileError;
    const auto workspace = openWorkspace(parser.value(workspaceOption), context);
    if (!workspace)
        return UsageOrFileError;
    const auto local = workspace->loadRecords(*schema);
    WorkspaceStore::SnapshotInfo info;
    const auto remote = workspace->loadSnapshot(*schema, parser.value(profileOption), &info);
    const auto pushed = workspace->lastPushed(*schema);
    for (const QString &error : {local.error(), remote.error(), pushed.error()}) {
        if (!error.isEmpty()) {
            context.err << error << Qt::endl;
            return UsageOrFileError;
        }
    }
    if (info.id == 0) {
        context.err << DiffCommand::tr("diff: nothing was pulled for %1 yet; run contractdesk-cli "
                                       "pull first.")
                               .arg(schema->id())
                    << Qt::endl;
        return UsageOrFileError;
    }
    const Reconciler reconciler(*schema);
    const QVector<ReconcileEntry> entries =
            reconciler.reconcile(local.value(), remote.value(), Reconciler::Options());
    const ReconcileExporter report(*schema, local.value(), remote.value(), entries, pushed.value());
    const QString out = parser.value(outOption);
    if (!out.isEmpty()) {
        const Status written = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                       ? report.toXlsx(out)
                                       : AtomicFileWriter::write(out, report.toCsv());
        if (!written) {
            context.err << written.error() << Qt::endl;
            return UsageOrFileError;
        }
    }
    const ReconcileSummary summary = Reconciler::summarize(entries);
    if (json)
        context.out << QString::fromUtf8(report.toJson());
    else
        context.out << report.toText();
    context.err << DiffCommand::tr("%1 against the pull of %2 through '%3': %4 same, %5 differ, "
                                   "%6 only in the sheet, %7 only at the vendor, %8 ambiguous.")
                           .arg(schema->id(), info.pulledAt.toString(Qt::ISODate), info.profile)
                           .arg(summary.same)
                           .arg(summary.differs)
                           .arg(summary.localOnly)
                           .arg(summary.remoteOnly)
                           .arg(summary.ambiguous)
                << Qt::endl;
    if (summary.offered > 0)
        context.err << DiffCommand::tr("%n pair(s) matched only by %1 or another match field, "
                                       "not by vendor id or key: confirm them in the reconcile "
                                       "view (or push, which links them).",
                                       nullptr, summary.offered)
                               .arg(schema->displayPath())
                    << Qt::endl;
    return summary.same == summary.total() ? Ok : DataProblems;
}
