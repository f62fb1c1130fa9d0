#include "exportcommand.h"

#include "entityschema.h"
#include "recordexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileDevice>

QString ExportCommand::summary() const
{
    return ExportCommand::tr("Write the rows of a target sheet to a JSON, CSV or XLSX file.");
}

int ExportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption = workspaceLocationOption();
    const QCommandLineOption target(QStringLiteral("target"),
                                    ExportCommand::tr("The target to export."),
                                    QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    ExportCommand::tr("json, csv or xlsx."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 ExportCommand::tr("The file to write ('-' for standard "
                                                   "output)."),
                                 QStringLiteral("F"));
    parser.addOptions({workspaceOption, target, format, out});
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (!parser.isSet(workspaceOption) || !parser.isSet(out)) {
        context.err << ExportCommand::tr("export: --workspace, --target and --out are required.")
                    << Qt::endl;
        return UsageOrFileError;
    }
    const QString formatName = parser.value(format).toLower();
    const bool xlsx = formatName == QLatin1String("xlsx");
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv") && !xlsx) {
        context.err << ExportCommand::tr("export: --format must be json, csv or xlsx, not '%1'.")
                               .arg(parser.value(format))
                    << Qt::endl;
        return UsageOrFileError;
    }
    const QString outName = parser.value(out);
    if (xlsx && outName == QLatin1String("-")) {
        context.err << ExportCommand::tr("export: a workbook cannot go to standard output; name "
                                         "a file with --out.")
                    << Qt::endl;
        return UsageOrFileError;
    }
    const EntitySchema *schema = requireTarget(parser.value(target), context);
    if (!schema)
        return UsageOrFileError;
    const auto records = loadRecords(parser.value(workspaceOption), *schema, context);
    if (!records)
        return UsageOrFileError;
    const RecordExporter exporter(*schema);
    if (xlsx) {
        // Built in a temporary folder and copied into place whole (XlsxTableWriter).
        if (const Status written = exporter.toXlsx(records.value(), outName); !written) {
            context.err << written.error() << Qt::endl;
            return UsageOrFileError;
        }
    } else {
        // Streamed row by row: the output is never held whole in memory.
        const auto streamFormat = formatName == QLatin1String("json")
                                          ? RecordStreamWriter::Format::Json
                                          : RecordStreamWriter::Format::Csv;
        if (outName == QLatin1String("-")) {
            context.out.flush();
            if (QIODevice *device = context.out.device()) {
                const bool written = exporter.write(streamFormat, records.value(), *device);
                if (auto *file = qobject_cast<QFileDevice *>(device))
                    file->flush();
                if (!written) {
                    context.err << ExportCommand::tr("export: cannot write to standard "
                                                     "output: %1")
                                           .arg(device->errorString())
                                << Qt::endl;
                    return UsageOrFileError;
                }
            } else { // a stream on a string (no device to stream into)
                context.out << QString::fromUtf8(streamFormat == RecordStreamWriter::Format::Json
                                                         ? exporter.toJson(records.value())
                                                         : exporter.toCsv(records.value()));
                context.out.flush();
            }
            return Ok;
        }
        if (const Status written = exporter.writeFile(streamFormat, records.value(), outName);
            !written) {
            context.err << written.error() << Qt::endl;
            return UsageOrFileError;
        }
    }
    context.err << ExportCommand::tr("Exported %n row(s) of %1 to %2.", nullptr,
                                     int(records->size()))
                           .arg(schema->id(), outName)
                << Qt::endl;
    return Ok;
}
