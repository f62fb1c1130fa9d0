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
// Cells: shared strings (rich-text runs joined), inline strings, numbers (as written, at most
// 15 significant digits as Excel shows them), booleans, error cells (#N/A, kept as text and
// reported in SheetData::issues with their place), cached values of formulas, dates recognised
// from the cell's number format under the workbook's 1900 or 1904 date system (as ISO text),
// sparse rows and cells placed by their references (gaps are empty cells).
//
// Hostile files get a clear error, never a crash or a hang: not a zip, a truncated zip, more
// inflated bytes than Limits::maxInflatedBytes (zip bombs), XML nested deeper than
// Limits::maxXmlDepth or using DTDs/entities (XML bombs), more than 16,384 columns, cells longer
// than 32,767 characters.
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

    // The workbook's sheets in tab order.
    Result<QVector<SheetInfo>> sheets(const QString &path) const;
    // One sheet by name; an empty name reads the first visible sheet.
    Result<SheetData> readSheet(const QString &path, const QString &sheetName = QString(),
                                const ReadProgress &progress = {}) const;

    // Exact decimal text of a number cell, at most 15 significant digits as Excel shows it.
    static QString normalizeNumber(QStringView text);
    // ISO text ("2026-02-01", "2026-02-01T08:30:00") of a date serial.
    static QString serialToIso(QStringView serial, bool date1904);

private:
    Limits m_limits;
};
