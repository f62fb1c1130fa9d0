// importbench: the import path timed as a whole process, for docs/PERFORMANCE.md.
//   importbench generate-xlsx FILE ROWS   an Excel-like contracts sheet (libxlsxwriter)
//   importbench generate-csv FILE ROWS    the same rows as CSV
//   importbench read FILE                 file -> records of procore.work_order_contract
//                                         in memory (reader + mapping + conversion); text
//                                         files streamed (CsvStream), workbooks as SheetData
//   importbench read-sheet FILE           the same through a SheetData of the whole file
//                                         (as the import wizard reads text files)
// Run it under /usr/bin/time -v or hyperfine; it prints the row count so nothing is skipped.

#include "csvreader.h"
#include "entityschema.h"
#include "importplanner.h"
#include "recordimporter.h"
#include "schemaregistry.h"
#include "spreadsheetfile.h"
#include "xlsxreader.h"
#include "xlsxtestwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

int generateCsv(const QString &xlsx, const QString &csv)
{
    auto sheet = XlsxReader().readSheet(xlsx);
    if (!sheet)
        return 1;
    QFile out(csv);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    for (const QStringList &row : sheet->rows) {
        QStringList cells;
        for (QString cell : row) {
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                       QLatin1Char('"');
            cells.append(cell);
        }
        out.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate-xlsx"))
        return XlsxTestWriter::writeContractsSheet(args.at(2), args.at(3).toInt()) ? 0 : 1;
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate-csv")) {
        const QString tmp = args.at(2) + QStringLiteral(".tmp.xlsx");
        if (!XlsxTestWriter::writeContractsSheet(tmp, args.at(3).toInt()))
            return 1;
        const int rc = generateCsv(tmp, args.at(2));
        QFile::remove(tmp);
        return rc;
    }
    const bool readSheet = args.size() >= 3 && args.at(1) == QLatin1String("read-sheet");
    if (args.size() >= 3 && args.at(1) == QLatin1String("read") &&
        SpreadsheetFile::detect(args.at(2)) == SpreadsheetFile::Kind::Text) {
        auto registry = SchemaRegistry::loadBuiltIn();
        const EntitySchema *schema = registry->find(QStringLiteral("procore.work_order_contract"));
        QElapsedTimer timer;
        timer.start();
        auto stream = CsvReader().openStream(args.at(2));
        if (!stream) {
            std::fprintf(stderr, "%s\n", qPrintable(stream.error()));
            return 1;
        }
        const auto head = stream->head(ImportPlanner::rowsNeeded());
        if (!head) {
            std::fprintf(stderr, "%s\n", qPrintable(head.error()));
            return 1;
        }
        const ImportMapping mapping = ImportPlanner(*schema).propose(head.value()).mapping;
        const qint64 openMs = timer.elapsed();
        const auto outcome = RecordImporter(*schema).import(stream.value(), mapping);
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error()));
            return 1;
        }
        std::printf("%lld records, %lld issues (open and plan %lld ms, scan and convert %lld ms)\n",
                    qint64(outcome->records.size()), qint64(outcome->issues.size()), openMs,
                    timer.elapsed() - openMs);
        return 0;
    }
    if (args.size() >= 3 && (args.at(1) == QLatin1String("read") || readSheet)) {
        auto registry = SchemaRegistry::loadBuiltIn();
        const EntitySchema *schema = registry->find(QStringLiteral("procore.work_order_contract"));
        QElapsedTimer timer;
        timer.start();
        auto sheet = SpreadsheetFile::read(args.at(2));
        const qint64 readMs = timer.elapsed();
        if (!sheet) {
            std::fprintf(stderr, "%s\n", qPrintable(sheet.error()));
            return 1;
        }
        const RecordImporter importer(*schema);
        const ImportMapping mapping = ImportPlanner(*schema).propose(sheet.value()).mapping;
        const auto outcome = importer.consume(std::move(sheet).value(), mapping);
        std::printf("%lld records, %lld issues (read %lld ms, convert %lld ms)\n",
                    qint64(outcome.records.size()), qint64(outcome.issues.size()), readMs,
                    timer.elapsed() - readMs);
        return 0;
    }
    std::fprintf(stderr, "usage: importbench generate-xlsx|generate-csv FILE ROWS | read FILE | "
                         "read-sheet FILE\n");
    return 2;
}
