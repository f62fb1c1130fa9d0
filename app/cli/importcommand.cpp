#include "importcommand.h"

#include "csvreader.h"
#include "csvstream.h"
#include "entityschema.h"
#include "importplanner.h"
#include "logcategories.h"
#include "recordimporter.h"
#include "spreadsheetfile.h"
#include "workspaceopener.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

QString ImportCommand::summary() const
{
    return tr("Import a spreadsheet (.xlsx, .xls, .csv, .tsv) into a target sheet of a workspace "
              "(created if missing). Columns are mapped by header like the import wizard does, "
              "or by --mapping. Cells that cannot be read are kept as text and reported.");
}

std::optional<CsvReader::Options>
ImportCommand::textOptions(const QString &encoding, const QString &delimiter, CliContext &context)
{
    CsvReader::Options csv;
    if (!encoding.isEmpty()) {
        // Aliases (cp1252, latin1, sjis, ...) become the name the reader and the output use.
        csv.encoding = CsvReader::canonicalEncoding(encoding);
        if (csv.encoding.isEmpty()) {
            context.err << tr("import: ContractDesk does not know the encoding '%1'. Choose one "
                              "of %2.")
                                   .arg(encoding, CsvReader::encodings().join(QStringLiteral(", ")))
                        << Qt::endl;
            return std::nullopt;
        }
    }
    if (!delimiter.isEmpty()) {
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
            csv.delimiter = QLatin1Char('\t');
        else if (delimiter.size() == 1)
            csv.delimiter = delimiter.at(0);
        else {
            context.err << tr("import: --delimiter takes one character or 'tab'.") << Qt::endl;
            return std::nullopt;
        }
    }
    return csv;
}

bool ImportCommand::readMapping(const QString &mappingFile, const QString &headerRow,
                                const EntitySchema &schema,
                                std::optional<ImportMapping> &explicitMapping, CliContext &context)
{
    if (!mappingFile.isEmpty()) {
        QFile file(mappingFile);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << tr("Cannot open %1: %2").arg(file.fileName(), file.errorString())
                        << Qt::endl;
            return false;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            context.err << tr("%1 is not a mapping file: %2 at character %3")
                                   .arg(file.fileName(), error.errorString())
                                   .arg(error.offset)
                        << Qt::endl;
            return false;
        }
        auto mapping = ImportMapping::fromJson(doc.object(), schema);
        if (!mapping) {
            context.err << tr("%1: %2").arg(file.fileName(), mapping.error()) << Qt::endl;
            return false;
        }
        explicitMapping = std::move(mapping).value();
    }
    if (!headerRow.isEmpty()) {
        bool ok = false;
        const int row = headerRow.toInt(&ok);
        if (!ok || row < 1) {
            context.err << tr("import: --header-row takes a row number from 1.") << Qt::endl;
            return false;
        }
        if (!explicitMapping)
            explicitMapping = ImportMapping();
        explicitMapping->headerRow = row - 1;
    }
    if (explicitMapping && mappingFile.isEmpty()) {
        explicitMapping->target = schema.id();
        explicitMapping->formats = ImportFormats();
    }
    return true;
}

void ImportCommand::report(const SheetData &sheet, const ImportPlanner::Proposal &proposal,
                           const RecordImporter::Outcome &outcome, const EntitySchema &schema,
                           CliContext &context)
{
    if (!sheet.sheetName.isEmpty())
        context.out << tr("sheet: %1").arg(sheet.sheetName) << Qt::endl;
    if (!sheet.encoding.isEmpty())
        context.out << tr("encoding: %1, delimiter: %2")
                               .arg(sheet.encoding, sheet.delimiter == QLatin1Char('\t')
                                                            ? QStringLiteral("tab")
                                                            : QString(sheet.delimiter))
                    << Qt::endl;
    context.out << tr("header row: %1 (line %2)")
                           .arg(proposal.mapping.headerRow + 1)
                           .arg(sheet.rowNumbers.value(proposal.mapping.headerRow))
                << Qt::endl;
    if (!proposal.templateName.isEmpty())
        context.out << tr("template: %1").arg(proposal.templateName) << Qt::endl;
    for (const QString &mapped : std::as_const(outcome.mappedColumns))
        context.out << tr("mapped: %1").arg(mapped) << Qt::endl;
    for (const QString &ignored : std::as_const(outcome.ignoredColumns))
        context.out << tr("ignored column: %1 (names no field of %2)").arg(ignored, schema.id())
                    << Qt::endl;
    for (const LocatedIssue &issue : std::as_const(outcome.issues))
        context.err << issue.toString() << Qt::endl;
    context.out << tr("Imported %n row(s) into %1.", nullptr, outcome.rowCount).arg(schema.id())
                << Qt::endl;
}

int ImportCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The spreadsheet to import."));
    const QCommandLineOption target(QStringLiteral("target"),
                                    tr("The target, e.g. procore.work_order_contract."),
                                    QStringLiteral("ID"));
    const QCommandLineOption workspaceOption = workspaceLocationOption();
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("The workbook sheet to read (default: the first "
                                            "visible one)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                           tr("A mapping file (JSON) naming the field of each "
                                              "column, constants and formats."),
                                           QStringLiteral("FILE.json"));
    const QCommandLineOption headerRowOption(QStringLiteral("header-row"),
                                             tr("The row holding the headers, counting non-blank "
                                                "rows from 1 (default: found)."),
                                             QStringLiteral("N"));
    const QCommandLineOption encodingOption(
            QStringLiteral("encoding"),
            tr("Text files: the encoding, e.g. UTF-8, Windows-1250, ISO-8859-2, Shift_JIS or "
               "GB18030 (any case; default: detected). An unknown name lists them all."),
            QStringLiteral("NAME"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("Text files: , ; tab or | (default: detected)."),
                                             QStringLiteral("CHAR"));
    parser.addOptions({target, workspaceOption, sheetOption, mappingOption, headerRowOption,
                       encodingOption, delimiterOption});
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(workspaceOption)) {
        context.err << tr("import: give one FILE, --target and --workspace.") << Qt::endl;
        return UsageOrFileError;
    }
    const EntitySchema *schema = requireTarget(parser.value(target), context);
    if (!schema)
        return UsageOrFileError;

    const auto csv =
            textOptions(parser.value(encodingOption), parser.value(delimiterOption), context);
    if (!csv)
        return UsageOrFileError;
    std::optional<ImportMapping> explicitMapping;
    if (!readMapping(parser.value(mappingOption), parser.value(headerRowOption), *schema,
                     explicitMapping, context))
        return UsageOrFileError;
    const QString path = files.first();
    QElapsedTimer clock;
    clock.start();
    qCInfo(lcImport).noquote() << "import started:" << path << "into" << schema->id() << "of"
                               << parser.value(workspaceOption);
    QString sheetName = parser.value(sheetOption);
    if (SpreadsheetFile::detect(path) == SpreadsheetFile::Kind::Text && !sheetName.isEmpty()) {
        context.err << tr("warning: %1 is a text file with one sheet; --sheet is ignored.")
                               .arg(QFileInfo(path).fileName())
                    << Qt::endl;
        sheetName.clear();
    }
    if (sheetName.isEmpty() && explicitMapping)
        sheetName = explicitMapping->sheet;
    // A text file streams straight into records: the plan is made from its first rows, and no
    // grid of the whole file is ever held (see docs/PERFORMANCE.md). A workbook is read whole.
    const ImportMapping *fixed = explicitMapping ? &*explicitMapping : nullptr;
    SheetData sheet; // the whole sheet, or a text file's first rows: what the plan sees
    std::optional<CsvStream> stream;
    if (SpreadsheetFile::detect(path) == SpreadsheetFile::Kind::Text) {
        auto opened = CsvReader(*csv).openStream(path);
        auto head = opened ? opened->head(ImportPlanner::rowsNeeded(fixed))
                           : Result<SheetData>::failure(opened.error());
        if (!head) {
            context.err << head.error() << Qt::endl;
            return UsageOrFileError;
        }
        sheet = std::move(head).value();
        stream.emplace(std::move(opened).value());
    } else {
        auto read = SpreadsheetFile::read(path, sheetName, *csv);
        if (!read) {
            context.err << read.error() << Qt::endl;
            return UsageOrFileError;
        }
        sheet = std::move(read).value();
    }

    auto workspace = WorkspaceOpener::open(parser.value(workspaceOption),
                                           Workspace::OpenMode::CreateIfMissing, context.registry);
    if (!workspace) {
        context.err << workspace.error() << Qt::endl;
        return UsageOrFileError;
    }
    const ImportPlanner::Proposal proposal = ImportPlanner(*schema).propose(
            sheet, workspace.value()->mappingTemplates(schema->id()), fixed);
    // Rows are written while the rest are read and converted (the store's second thread), all
    // in one transaction: a failure anywhere leaves the workspace without any of them.
    RecordImporter::Outcome outcome;
    QString readError;
    const auto saved = workspace.value()->insertStreamed(
            *schema, QFileInfo(path).fileName(), [&](const RecordSink &sink) -> Status {
                if (stream) {
                    auto imported =
                            RecordImporter(*schema).import(*stream, proposal.mapping, {}, sink);
                    if (!imported) {
                        readError = imported.error();
                        return Status::failure(readError);
                    }
                    outcome = std::move(imported).value();
                } else {
                    // Each row is let go as soon as it is a record; what the summary shows is
                    // kept aside.
                    SheetData kept;
                    kept.sheetName = sheet.sheetName;
                    kept.rowNumbers = sheet.rowNumbers;
                    outcome = RecordImporter(*schema).consume(std::move(sheet), proposal.mapping,
                                                              {}, sink);
                    sheet = std::move(kept);
                }
                if (outcome.mappedColumns.isEmpty())
                    return Status::failure(tr("No column names a field of %1.").arg(schema->id()));
                return Status();
            });
    if (!readError.isEmpty()) {
        context.err << readError << Qt::endl;
        return UsageOrFileError;
    }
    if (outcome.mappedColumns.isEmpty()) {
        for (const LocatedIssue &issue : std::as_const(outcome.issues))
            context.err << issue.toString() << Qt::endl;
        return UsageOrFileError;
    }
    if (!saved) {
        context.err << saved.error() << Qt::endl;
        return UsageOrFileError;
    }
    qCInfo(lcImport).noquote() << "import finished:" << saved.value() << "row(s) saved,"
                               << outcome.issues.size() << "issue(s),"
                               << outcome.mappedColumns.size() << "column(s) mapped,"
                               << clock.elapsed() << "ms";

    report(sheet, proposal, outcome, *schema, context);
    return outcome.hasErrors() ? DataProblems : Ok;
}
