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
// libfreexl does not say which sheets are hidden or charts, nor which cells are booleans or
// errors (it gives them as integers), and it converts a date by counting days one by one, with
// every fourth year a leap year (so after 2100-02-28 a day early). So the Workbook stream is also
// scanned here, directly: for sheet states, boolean and error cells, and date cells so far in the
// future that libfreexl would count for minutes (refused before libfreexl sees them). Dates are
// recomputed from libfreexl's text with its own calendar and then Excel's.
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
    // Canonical text ("2026-02-01", "2026-02-01T08:30:00") of libfreexl's date text
    // ("2026-02-01", "2026-02-01 08:30:00"), corrected for the years libfreexl takes for leap
    // years; empty when it is not such a text.
    static QString freexlDateToIso(QByteArrayView text, bool date1904);
    // What to tell about a workbook encrypted with a password, .xls or .xlsx alike.
    static QString passwordProtected(const QString &fileName);
};
