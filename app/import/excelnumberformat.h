#pragma once

#include <QString>

// How a cell style's number format shows numbers: as a number, a date (or date and time), a
// time of day, or an elapsed time ([h]:mm:ss). XlsxReader hands over different canonical text
// for each, so it asks this of every format the workbook's styles name, built-in or custom.
class ExcelNumberFormat
{
public:
    enum class Kind : quint8 {
        Number,
        Date,
        Time,
        Duration,
    };

    // A built-in format by its numFmtId (ECMA-376 18.8.30).
    static Kind builtInKind(int id);
    // A custom format by its format code ("yyyy-mm-dd", "[h]:mm:ss", "#,##0.00").
    static Kind formatCodeKind(const QString &code);
};
