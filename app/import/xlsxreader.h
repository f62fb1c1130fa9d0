#pragma once

#include "readprogress.h"
#include "result.h"
#include "sheetdata.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Reads .xlsx workbooks as a stream: the system minizip inflates each part and
// QXmlStreamReader walks it, so a sheet's XML is never held in memory as a whole (never
// QuaZip: it breaks libxlsxwriter in the same process).
//
// Cells: shared strings (rich-text runs joined, phonetic runs left out), inline strings,
// numbers (as written, at most 15 significant digits as Excel shows them), booleans, error
// cells (#N/A, kept as text and reported in SheetData::issues with their place), cached values
// of formulas, dates recognised from the cell's number format under the workbook's 1900 or 1904
// date system (as ISO text), times of day ("08:30:00"), elapsed times ("27:30:00"), ISO 8601
// date cells (t="d"), sparse rows and cells placed by their references (gaps and cells without
// a value are empty cells). A number Excel cannot show under its date format (negative, past
// 9999) is kept as the number with a warning.
//
// Parts are found through the package relationships as Excel finds them (any folder, '\' in
// zip names); only SpreadsheetML's own elements count, never extensions (extLst, mc:Choice)
// with a familiar local name. Chart sheets are never listed nor picked.
//
// Hostile files get a clear error, never a crash or a hang: not a zip, a truncated zip, more
// inflated bytes than Limits::maxInflatedBytes (zip bombs), XML nested deeper than
// Limits::maxXmlDepth or using DTDs/entities (XML bombs), more than 16,384 columns, cells longer
// than 32,767 characters.
//
// The work is shared out: ZipPartReader inflates one part (within the inflate budget),
// XlsxPackage finds the parts and reads the workbook-wide ones (workbook, shared strings,
// styles, with ExcelNumberFormat), XlsxSheetParser reads the sheet's cells, ExcelValue turns
// numbers and serials into the text Excel shows. Their messages are XlsxReader's (tr context).
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Limits
    {
        qint64 maxInflatedBytes = qint64(1) << 30; // all parts together
        int maxXmlDepth = 64;
        int maxColumns = 16384;
        int maxCellChars = 32767;
    };

    struct SheetInfo
    {
        QString name;
        bool hidden = false; // hidden or very hidden in Excel
    };

    XlsxReader() = default;
    explicit XlsxReader(Limits limits)
        : m_limits(limits)
    {}

    // The workbook's sheets with cells in tab order (chart sheets left out).
    Result<QVector<SheetInfo>> sheets(const QString &path) const;
    // One sheet by name; an empty name reads the first visible sheet with cells.
    Result<SheetData> readSheet(const QString &path, const QString &sheetName = QString(),
                                const ReadProgress &progress = {}) const;

    // ExcelValue's, here for the other readers and the tests.
    // Exact decimal text of a number cell, at most 15 significant digits as Excel shows it.
    static QString normalizeNumber(QStringView text);
    // ISO text ("2026-02-01", "2026-02-01T08:30:00") of a date serial; empty when Excel cannot
    // show it as a date (negative, after 9999-12-31, not a number).
    static QString serialToIso(QStringView serial, bool date1904);
    // "HH:MM:SS" of a serial's time of day, or with duration its elapsed time in hours, minutes
    // and seconds ("27:30:00", hours past 24); empty when negative or not a number.
    static QString serialToTime(QStringView serial, bool duration);
    // Canonical text of a t="d" cell's ISO 8601 value: "2026-02-01", "2026-02-01T08:30:00", or
    // "08:30:00" for a time (timeOnly, or no date part); empty when it is not ISO 8601.
    static QString isoCellToText(QStringView iso, bool timeOnly);

private:
    static QString onlyCharts(const QString &file);

    Limits m_limits;
};
