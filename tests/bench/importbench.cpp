// importbench: the import path timed as a whole process, for docs/PERFORMANCE.md.
//   importbench generate-xlsx FILE ROWS   an Excel-like contracts sheet (libxlsxwriter)
//   importbench generate-csv FILE ROWS    the same rows as CSV
//   importbench generate-wide-xlsx FILE ROWS  a 15-column procore.work_order_contract sheet
//                                         with every field type of the target (text, integer
//                                         ids and references, enums, decimal, booleans, dates)
//                                         and long multi-line Unicode text; shared strings,
//                                         dates as date-formatted numbers (libxlsxwriter)
//   importbench generate-wide-csv FILE ROWS   the same rows as CSV (UTF-8, CRLF, quoted
//                                         multi-line cells); deterministic, like the others
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
#include <QDate>
#include <QElapsedTimer>
#include <QFile>

#include <xlsxwriter.h>

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

// The wide sheet: one row of procore.work_order_contract, a pure function of its number.
struct WideRow
{
    QByteArray number;
    QByteArray title;
    qint64 vendorId = 0;
    QByteArray status;
    QByteArray accountingMethod;
    QDate contractDate;
    QDate startDate;
    QDate estimatedCompletion;
    double retainage = 0;
    bool executed = false;
    bool isPrivate = false;
    QByteArray description;
    QByteArray inclusions;
    QByteArray originId;
    qint64 projectId = 0;
};

// Headers as a user's sheet names them; each is a label or synonym the importer maps by itself.
const char *const wideHeaders[] = {
        "Contract #",        "Title",         "Vendor ID",  "Status",
        "Accounting method", "Contract date", "Start date", "Estimated completion",
        "Retainage %",       "Executed",      "Private",    "Description",
        "Inclusions",        "Origin ID",     "Project ID"};
constexpr int wideColumns = int(sizeof(wideHeaders) / sizeof(wideHeaders[0]));

template<int N>
const char *pick(const char *const (&table)[N], qint64 i)
{
    return table[i % N];
}

WideRow wideRow(int r)
{
    static const char *const titles[] = {"Concrete foundations — Building A",
                                         "Béton armé, niveau −1",
                                         "Монтаж вентиляции и кондиционирования",
                                         "配管工事（給排水衛生設備）",
                                         "Structural steel & metal deck",
                                         "Façade panels “Zone B”",
                                         "Außenanlagen und Pflaster",
                                         "Electrical rough-in, levels 2–5",
                                         "Roofing — membrane Ø 150 mm",
                                         "Ascenseurs et monte-charges"};
    static const char *const statuses[] = {"Draft",    "Out For Bid", "Out For Signature",
                                           "Approved", "Complete",    "Terminated",
                                           "Void"};
    static const char *const trades[] = {"béton armé C30/37",
                                         "Stahlträger HEB 300",
                                         "электромонтажные работы",
                                         "配管工事（給排水）",
                                         "drywall & ceiling grid",
                                         "façade panels — Zone B",
                                         "roof membrane Ø 150 mm",
                                         "HVAC ducts, level −2",
                                         "fenêtres à l’étage",
                                         "лифтовое оборудование",
                                         "鉄骨建方",
                                         "Außenanlagen",
                                         "防水工程",
                                         "curtain wall “type C”",
                                         "señalización y rótulos"};
    static const char *const french[] = {
            "Travaux réalisés conformément au cahier des clauses techniques ; réception prévue "
            "à l’achèvement du gros œuvre.",
            "Pénalités de retard : 1/1000 du montant HT par jour calendaire, plafonnées à 5 %.",
            "Le sous-traitant fournit échantillons et fiches techniques avant toute mise en "
            "œuvre — délai de visa : 10 jours."};
    static const char *const russian[] = {
            "Работы выполняются в соответствии с проектной документацией и действующими нормами.",
            "Гарантийный срок — 24 месяца с даты подписания акта приёмки «КС-2».",
            "Подрядчик обеспечивает вывоз строительного мусора за свой счёт."};
    static const char *const eastAsian[] = {
            "本工事は設計図書および特記仕様書に基づき施工する。",
            "施工范围包括材料、人工及机械设备。",
            "공사 범위에는 자재, 인건비 및 장비가 포함됩니다.",
            "工期内に完了しない場合、遅延損害金を支払うものとする。"};
    static const char *const excluded[] = {"permits and bonds", "winter heating",
                                           "hazardous materials abatement",
                                           "Vermessung und Absteckung", "travaux de nuit"};

    WideRow row;
    row.number = "WO-" + QByteArray::number(100000 + r);
    row.title = QByteArray(pick(titles, r)) + " (" + QByteArray::number(r % 97) + ")";
    row.vendorId = 8000 + r % 500;
    row.status = pick(statuses, r);
    row.accountingMethod = r % 3 ? "amount" : "unit";
    row.contractDate = QDate(2025, 1, 1).addDays((qint64(r) * 7) % 700);
    row.startDate = row.contractDate.addDays(r % 30);
    row.estimatedCompletion = row.startDate.addDays(60 + r % 400);
    row.retainage = (r % 41) * 0.25;
    row.executed = r % 2 == 1;
    row.isPrivate = r % 5 == 0;

    QByteArray d = "Scope " + QByteArray::number(r) + ": ";
    for (int k = 0; k < 4; ++k)
        d += QByteArray(k ? ", " : "") + pick(trades, qint64(r) * 3 + k);
    d += ".\n";
    // One paragraph in one of three scripts a row, so the sheet's size stays near the issue's
    // (Python's csv module reads its 100,000 rows in about 0.2 s).
    switch (r % 3) {
    case 0:
        d += pick(french, r / 3);
        break;
    case 1:
        d += pick(russian, r / 3);
        break;
    default:
        d += pick(eastAsian, r / 3);
        break;
    }
    d += "\nPer drawings rev. " + QByteArray(1, char('A' + r % 6)) +
         " — the owner's \"punch "
         "list\" closed within 14 days.";
    row.description = d;
    QByteArray inc = "Includes: ";
    for (int k = 0; k < 3; ++k)
        inc += QByteArray(k ? "; " : "") + pick(trades, qint64(r) * 5 + k * 4);
    inc += "\nExcludes: " + QByteArray(pick(excluded, r)) + " — see “Exclusions”, clause " +
           QByteArray::number(4 + r % 5) + ".";
    row.inclusions = inc;
    row.originId = "ERP-" + QByteArray::number(r);
    row.projectId = 562949953421612LL + r % 3;
    return row;
}

QByteArray csvCell(const QByteArray &cell)
{
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            QByteArray quoted = cell;
            return '"' + quoted.replace("\"", "\"\"") + '"';
        }
    }
    return cell;
}

int generateWideCsv(const QString &path, int rows)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QByteArray line;
    for (int c = 0; c < wideColumns; ++c)
        line += QByteArray(c ? "," : "") + csvCell(wideHeaders[c]);
    out.write(line + "\r\n");
    for (int r = 1; r <= rows; ++r) {
        const WideRow w = wideRow(r);
        const QByteArray cells[] = {w.number,
                                    w.title,
                                    QByteArray::number(w.vendorId),
                                    w.status,
                                    w.accountingMethod,
                                    w.contractDate.toString(Qt::ISODate).toLatin1(),
                                    w.startDate.toString(Qt::ISODate).toLatin1(),
                                    w.estimatedCompletion.toString(Qt::ISODate).toLatin1(),
                                    QByteArray::number(w.retainage),
                                    w.executed ? "true" : "false",
                                    w.isPrivate ? "true" : "false",
                                    w.description,
                                    w.inclusions,
                                    w.originId,
                                    QByteArray::number(w.projectId)};
        static_assert(sizeof(cells) / sizeof(cells[0]) == wideColumns);
        line.clear();
        for (int c = 0; c < wideColumns; ++c)
            line += QByteArray(c ? "," : "") + csvCell(cells[c]);
        if (out.write(line + "\r\n") < 0)
            return 1;
    }
    return out.flush() ? 0 : 1;
}

int generateWideXlsx(const QString &path, int rows)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return 1;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Work orders");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "mm/dd/yyyy");
    lxw_format *percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.00");
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    for (int c = 0; c < wideColumns; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), wideHeaders[c], bold);
    auto writeDate = [&](lxw_row_t r, lxw_col_t c, const QDate &d) {
        lxw_datetime dt = {d.year(), uint8_t(d.month()), uint8_t(d.day()), 0, 0, 0};
        worksheet_write_datetime(sheet, r, c, &dt, date);
    };
    for (int r = 1; r <= rows; ++r) {
        const WideRow w = wideRow(r);
        const auto row = lxw_row_t(r);
        worksheet_write_string(sheet, row, 0, w.number.constData(), nullptr);
        worksheet_write_string(sheet, row, 1, w.title.constData(), nullptr);
        worksheet_write_number(sheet, row, 2, double(w.vendorId), nullptr);
        worksheet_write_string(sheet, row, 3, w.status.constData(), nullptr);
        worksheet_write_string(sheet, row, 4, w.accountingMethod.constData(), nullptr);
        writeDate(row, 5, w.contractDate);
        writeDate(row, 6, w.startDate);
        writeDate(row, 7, w.estimatedCompletion);
        worksheet_write_number(sheet, row, 8, w.retainage, percent);
        worksheet_write_boolean(sheet, row, 9, w.executed, nullptr);
        worksheet_write_boolean(sheet, row, 10, w.isPrivate, nullptr);
        worksheet_write_string(sheet, row, 11, w.description.constData(), wrap);
        worksheet_write_string(sheet, row, 12, w.inclusions.constData(), wrap);
        worksheet_write_string(sheet, row, 13, w.originId.constData(), nullptr);
        // Project ids exceed 32 bits but stay below 2^53: exact as Excel's doubles.
        worksheet_write_number(sheet, row, 14, double(w.projectId), nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
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
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate-wide-csv"))
        return generateWideCsv(args.at(2), args.at(3).toInt());
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate-wide-xlsx"))
        return generateWideXlsx(args.at(2), args.at(3).toInt());
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
    std::fprintf(stderr, "usage: importbench generate-xlsx|generate-csv|generate-wide-xlsx|"
                         "generate-wide-csv FILE ROWS | read FILE | read-sheet FILE\n");
    return 2;
}
