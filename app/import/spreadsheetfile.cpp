#include "spreadsheetfile.h"

#include "formatsniffer.h"
#include "xlsreader.h"

#include <QFile>
#include <QFileInfo>

namespace {

QString unsupported(SpreadsheetFile::Kind kind, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    switch (kind) {
    case SpreadsheetFile::Kind::Encrypted:
        return XlsReader::passwordProtected(name);
    case SpreadsheetFile::Kind::Xlsb:
        return SpreadsheetFile::tr("%1 is an Excel Binary Workbook (.xlsb), which ContractDesk "
                                   "does not read. Open it in Excel and save it as an Excel "
                                   "Workbook (.xlsx), then import that.")
                .arg(name);
    case SpreadsheetFile::Kind::Numbers:
        return SpreadsheetFile::tr("%1 is an Apple Numbers spreadsheet, which ContractDesk does "
                                   "not read. In Numbers choose File ▸ Export To ▸ Excel, then "
                                   "import the .xlsx file.")
                .arg(name);
    case SpreadsheetFile::Kind::ExcelXml:
        return SpreadsheetFile::tr("%1 is an Excel 2003 XML Spreadsheet, which ContractDesk does "
                                   "not read, whatever its name says. Open it in Excel and save it "
                                   "as an Excel Workbook (.xlsx), then import that.")
                .arg(name);
    case SpreadsheetFile::Kind::Html:
        return SpreadsheetFile::tr("%1 is a web page (HTML), not a workbook, whatever its name "
                                   "says; many systems export tables to \"Excel\" this way. Open "
                                   "it in Excel and save it as an Excel Workbook (.xlsx), then "
                                   "import that.")
                .arg(name);
    case SpreadsheetFile::Kind::Sylk:
        return SpreadsheetFile::tr("%1 is a SYLK file (Symbolic Link), which ContractDesk does "
                                   "not read, whatever its name says. Open it in Excel and save "
                                   "it as an Excel Workbook (.xlsx), then import that.")
                .arg(name);
    case SpreadsheetFile::Kind::Dif:
        return SpreadsheetFile::tr("%1 is a DIF file (Data Interchange Format), which ContractDesk "
                                   "does not read, whatever its name says. Open it in Excel and "
                                   "save it as an Excel Workbook (.xlsx), then import that.")
                .arg(name);
    case SpreadsheetFile::Kind::Ods:
        return SpreadsheetFile::tr("%1 is an OpenDocument spreadsheet (.ods), which ContractDesk "
                                   "does not read. Open it in LibreOffice and save it as an Excel "
                                   "Workbook (.xlsx), then import that.")
                .arg(name);
    case SpreadsheetFile::Kind::OtherZip:
        return SpreadsheetFile::tr("%1 is a zip archive but not an Excel workbook (.xlsx). Import "
                                   "an Excel workbook (.xlsx, .xls) or a CSV file.")
                .arg(name);
    case SpreadsheetFile::Kind::Binary:
        return SpreadsheetFile::tr("%1 is not a spreadsheet: it is neither an Excel workbook "
                                   "(.xlsx, .xls) nor a text file (CSV, TSV). Save it from its "
                                   "program as an Excel Workbook (.xlsx) or as CSV, then import "
                                   "that.")
                .arg(name);
    case SpreadsheetFile::Kind::Missing:
        return SpreadsheetFile::tr("%1 does not exist or cannot be read.").arg(path);
    default:
        return QString();
    }
}

} // namespace

SpreadsheetFile::Kind SpreadsheetFile::detect(const QString &path)
{
    return FormatSniffer::detect(path);
}

Result<QVector<XlsxReader::SheetInfo>> SpreadsheetFile::sheets(const QString &path)
{
    const Kind kind = detect(path);
    if (kind == Kind::Xlsx)
        return XlsxReader().sheets(path);
    if (kind == Kind::Xls)
        return XlsReader().sheets(path);
    if (kind == Kind::Text)
        return QVector<XlsxReader::SheetInfo>{{QFileInfo(path).completeBaseName(), false}};
    return Result<QVector<XlsxReader::SheetInfo>>::failure(unsupported(kind, path));
}

Result<SheetData> SpreadsheetFile::read(const QString &path, const QString &sheet,
                                        const CsvReader::Options &csv, const ReadProgress &progress)
{
    const Kind kind = detect(path);
    if (kind == Kind::Xlsx)
        return XlsxReader().readSheet(path, sheet, progress);
    if (kind == Kind::Xls)
        return XlsReader().readSheet(path, sheet, progress);
    if (kind == Kind::Text) {
        auto data = CsvReader(csv).readFile(path, progress);
        if (data && data->sheetName.isEmpty())
            data->sheetName = QString(); // a text file has no sheets to name
        return data;
    }
    return Result<SheetData>::failure(unsupported(kind, path));
}
