#pragma once

#include "csvreader.h"
#include "readprogress.h"
#include "result.h"
#include "sheetdata.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Any file a user drops: tells workbooks from text by their content (FormatSniffer), lists
// sheets, and reads one with the right reader (.xlsx, Excel 97-2003 .xls, CSV/TSV). Formats it
// does not read (.xlsb, .ods, Numbers, Excel 2003 XML, HTML, SYLK, DIF, encrypted workbooks) get
// a message naming the format and saying what to do. The source file is only ever opened for
// reading.
class SpreadsheetFile
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetFile)

public:
    enum class Kind {
        Text, // CSV, TSV, Excel's "Unicode Text"
        Xlsx,
        Xls,       // Excel 97-2003 (BIFF in an OLE2 container)
        Encrypted, // a workbook Excel encrypted with a password (OLE2 with EncryptedPackage)
        Xlsb,      // Excel Binary Workbook
        Ods,       // OpenDocument spreadsheet
        Numbers,   // Apple Numbers (zip of .iwa archives, or a package folder)
        ExcelXml,  // Excel 2003 XML Spreadsheet
        Html,      // a web page (HTML or single-file MHTML), as many systems "export to Excel"
        Sylk,      // Symbolic Link (ID;P...)
        Dif,       // Data Interchange Format (TABLE / 0,1 / ...)
        OtherZip,
        Binary,
        Missing,
    };

    static Kind detect(const QString &path);
    static Result<QVector<XlsxReader::SheetInfo>> sheets(const QString &path);
    static Result<SheetData> read(const QString &path, const QString &sheet = QString(),
                                  const CsvReader::Options &csv = {},
                                  const ReadProgress &progress = {});
};
