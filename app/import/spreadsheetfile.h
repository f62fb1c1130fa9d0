#pragma once

#include "csvreader.h"
#include "readprogress.h"
#include "result.h"
#include "sheetdata.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Any file a user drops: tells workbooks from text by their first bytes (not their name), lists
// sheets, and reads one with the right reader. Legacy .xls and .ods get a message saying how to
// save them as .xlsx. The source file is only ever opened for reading.
class SpreadsheetFile
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetFile)

public:
    enum class Kind {
        Text, // CSV, TSV, Excel's "Unicode Text"
        Xlsx,
        Xls, // Excel 97-2003 (BIFF in an OLE2 container)
        Ods, // OpenDocument spreadsheet
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
