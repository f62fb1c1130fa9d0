#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// The text Excel shows for the values a workbook stores: numbers as written (at most 15
// significant digits), date serials under the 1900 or 1904 date system, times of day, elapsed
// times and t="d" ISO 8601 cells. The *Bytes functions take a sheet's raw UTF-8 value and
// answer the common cases (plain numbers, whole-day dates) without decoding it first: they are
// on the hot path of a sheet, once per cell.
class ExcelValue
{
public:
    // Exact decimal text of a number cell, at most 15 significant digits as Excel shows it.
    static QString normalizeNumber(QStringView text);
    static QString normalizeNumberBytes(QByteArrayView value);
    // ISO text ("2026-02-01", "2026-02-01T08:30:00") of a date serial; empty when Excel cannot
    // show it as a date (negative, after 9999-12-31, not a number).
    static QString serialToIso(QStringView serial, bool date1904);
    static QString serialBytesToIso(QByteArrayView value, bool date1904);
    // "HH:MM:SS" of a serial's time of day, or with duration its elapsed time in hours, minutes
    // and seconds ("27:30:00", hours past 24); empty when negative or not a number.
    static QString serialToTime(QStringView serial, bool duration);
    // Canonical text of a t="d" cell's ISO 8601 value: "2026-02-01", "2026-02-01T08:30:00", or
    // "08:30:00" for a time (timeOnly, or no date part); empty when it is not ISO 8601.
    static QString isoCellToText(QStringView iso, bool timeOnly);

    // A non-negative decimal integer (whole-day serials, row numbers, style and string
    // indexes); -1 if it is not one. Inline: the sheet reader calls it for every cell.
    static int parseCount(QByteArrayView text)
    {
        text = text.trimmed();
        if (text.isEmpty() || text.size() > 9)
            return -1;
        int n = 0;
        for (const char c : text) {
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
};
