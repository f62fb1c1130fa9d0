#include "spreadsheetfile.h"

#include <QFile>
#include <QFileInfo>

namespace {

QString unsupported(SpreadsheetFile::Kind kind, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    switch (kind) {
    case SpreadsheetFile::Kind::Xls:
        return SpreadsheetFile::tr("%1 is an Excel 97-2003 workbook (.xls), which ContractDesk "
                                   "does not read. Open it in Excel or LibreOffice and save it "
                                   "as an Excel Workbook (.xlsx), then import that.")
                .arg(name);
    case SpreadsheetFile::Kind::Ods:
        return SpreadsheetFile::tr("%1 is an OpenDocument spreadsheet (.ods), which ContractDesk "
                                   "does not read. Open it in LibreOffice and save it as an Excel "
                                   "Workbook (.xlsx), then import that.")
                .arg(name);
    case SpreadsheetFile::Kind::OtherZip:
        return SpreadsheetFile::tr("%1 is a zip archive but not an Excel workbook (.xlsx).")
                .arg(name);
    case SpreadsheetFile::Kind::Binary:
        return SpreadsheetFile::tr("%1 is not a spreadsheet: it is neither an Excel workbook "
                                   "(.xlsx) nor a text file (CSV, TSV).")
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Missing;
    const QByteArray head = file.read(4096);
    if (head.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        // The OpenDocument mimetype entry comes first, uncompressed.
        if (head.contains("application/vnd.oasis.opendocument.spreadsheet"))
            return Kind::Ods;
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("ods"))
            return Kind::Ods;
        // The reader decides finally (it looks for xl/workbook.xml).
        return Kind::Xlsx;
    }
    if (head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
        return Kind::Xls;
    if (head.startsWith(QByteArrayLiteral("\xFF\xFE")) ||
        head.startsWith(QByteArrayLiteral("\xFE\xFF")))
        return Kind::Text;
    // Text has no NUL bytes (UTF-16 without a byte order mark is not supported).
    if (head.contains('\0'))
        return Kind::Binary;
    return Kind::Text;
}

Result<QVector<XlsxReader::SheetInfo>> SpreadsheetFile::sheets(const QString &path)
{
    const Kind kind = detect(path);
    if (kind == Kind::Xlsx)
        return XlsxReader().sheets(path);
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
    if (kind == Kind::Text) {
        auto data = CsvReader(csv).readFile(path, progress);
        if (data && data->sheetName.isEmpty())
            data->sheetName = QString(); // a text file has no sheets to name
        return data;
    }
    return Result<SheetData>::failure(unsupported(kind, path));
}
