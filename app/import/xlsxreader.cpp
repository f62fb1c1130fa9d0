#include "xlsxreader.h"

#include "excelvalue.h"
#include "xlsxpackage.h"
#include "xlsxsheetparser.h"

namespace {

// By name (the exact name first, then any case), or for an empty name the first visible sheet
// with cells (a hidden one when all are hidden); null when there is none.
const XlsxPackage::Sheet *findSheet(const XlsxPackage &wb, const QString &sheetName)
{
    const XlsxPackage::Sheet *sheet = nullptr;
    if (sheetName.isEmpty()) {
        for (const auto &s : wb.sheets) {
            if (s.hasCells && (!s.hidden || !sheet)) {
                sheet = &s;
                if (!s.hidden)
                    break;
            }
        }
        return sheet;
    }
    for (const auto &s : wb.sheets) {
        if (s.name == sheetName)
            return &s;
    }
    for (const auto &s : wb.sheets) {
        if (!sheet && s.name.compare(sheetName, Qt::CaseInsensitive) == 0)
            sheet = &s;
    }
    return sheet;
}

} // namespace

QString XlsxReader::normalizeNumber(QStringView text)
{
    return ExcelValue::normalizeNumber(text);
}

QString XlsxReader::serialToIso(QStringView serial, bool date1904)
{
    return ExcelValue::serialToIso(serial, date1904);
}

QString XlsxReader::serialToTime(QStringView serial, bool duration)
{
    return ExcelValue::serialToTime(serial, duration);
}

QString XlsxReader::isoCellToText(QStringView iso, bool timeOnly)
{
    return ExcelValue::isoCellToText(iso, timeOnly);
}

Result<QVector<XlsxReader::SheetInfo>> XlsxReader::sheets(const QString &path) const
{
    ZipPartReader::Budget budget{0, m_limits.maxInflatedBytes};
    auto wb = XlsxPackage::open(path, budget, m_limits.maxXmlDepth);
    if (!wb)
        return Result<QVector<SheetInfo>>::failure(wb.error());
    // Chart sheets hold no cells: never offered, so never picked as an empty sheet.
    QVector<SheetInfo> list;
    for (const auto &s : wb->sheets) {
        if (s.hasCells)
            list.append({s.name, s.hidden});
    }
    if (list.isEmpty())
        return Result<QVector<SheetInfo>>::failure(onlyCharts(wb->fileName));
    return list;
}

QString XlsxReader::onlyCharts(const QString &file)
{
    return tr("%1 holds only charts, no sheet with cells. Import the workbook that holds the "
              "chart's data instead.")
            .arg(file);
}

Result<SheetData> XlsxReader::readSheet(const QString &path, const QString &sheetName,
                                        const ReadProgress &progress) const
{
    using R = Result<SheetData>;
    ZipPartReader::Budget budget{0, m_limits.maxInflatedBytes};
    auto opened = XlsxPackage::open(path, budget, m_limits.maxXmlDepth);
    if (!opened)
        return R::failure(opened.error());
    const XlsxPackage &wb = opened.value();
    const QString &file = wb.fileName;

    const XlsxPackage::Sheet *sheet = findSheet(wb, sheetName);
    if (!sheet && sheetName.isEmpty())
        return R::failure(onlyCharts(file));
    QStringList names;
    for (const auto &s : wb.sheets) {
        if (s.hasCells)
            names.append(s.name);
    }
    if (!sheet)
        return R::failure(tr("%1 has no sheet named '%2'. Choose one of its sheets: %3.")
                                  .arg(file, sheetName, names.join(QStringLiteral(", "))));
    if (!sheet->hasCells)
        return R::failure(tr("%1: the sheet '%2' is a chart, not a sheet with cells. Choose "
                             "one of the sheets that hold the rows: %3.")
                                  .arg(file, sheet->name, names.join(QStringLiteral(", "))));

    auto shared = wb.readSharedStrings(budget, m_limits.maxXmlDepth);
    if (!shared)
        return R::failure(shared.error());
    auto kinds = wb.readNumberKinds(budget, m_limits.maxXmlDepth);
    if (!kinds)
        return R::failure(kinds.error());

    // The sheet itself, one row at a time.
    ZipPartReader part(wb.zip(), budget, m_limits.maxXmlDepth);
    if (!part.open(sheet->part))
        return R::failure(tr("%1 is damaged: the sheet '%2' has no data part. If Excel opens "
                             "it, save it there again and import that copy.")
                                  .arg(file, sheet->name));
    XlsxSheetParser parser(m_limits, file, sheet->name, shared.value(), kinds.value(), wb.date1904);
    return parser.read(part, progress);
}
