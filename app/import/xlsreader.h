#pragma once

#include "readprogress.h"
#include "result.h"
#include "sheetdata.h"
#include "xlsxreader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVector>

// Reads legacy Excel 97-2003 workbooks (.xls: BIFF8, also BIFF5/7, in an OLE2 container) through
// libfreexl, into the same canonical text as XlsxReader: numbers as exact decimals with at most
// 15 significant digits, dates as ISO text under the workbook's 1900 or 1904 date system, times
// "HH:MM:SS", booleans "true"/"false", error cells (#N/A) kept as text and reported.
//
// libfreexl does not say which sheets are hidden, nor which cells are booleans or errors (it
// gives them as integers), misreads chart sheets, and converts a date by counting days one by
// one on a calendar of its own. So the Workbook stream is scanned here, directly, for sheet
// states and boolean and error cells, and libfreexl gets a clean copy of it: worksheets only,
// every number format General, so that it hands over each date's serial, converted here as
// the .xlsx reader converts it.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // The workbook's worksheets in tab order (chart sheets left out).
    Result<QVector<XlsxReader::SheetInfo>> sheets(const QString &path) const;
    // One sheet by name; an empty name reads the first visible worksheet.
    Result<SheetData> readSheet(const QString &path, const QString &sheetName = QString(),
                                const ReadProgress &progress = {}) const;

    // Canonical text of a number cell: "0.3" for 0.1 + 0.2, "1250000.5", never an exponent.
    static QString numberText(double value);
    // What to tell about a workbook encrypted with a password, .xls or .xlsx alike.
    static QString passwordProtected(const QString &fileName);
};
