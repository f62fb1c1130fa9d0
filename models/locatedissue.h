#pragma once

#include <QString>

// A problem tied to a place a person can find: file, sheet, row and column.
struct LocatedIssue
{
    enum class Severity {
        Warning,
        Error,
    };

    Severity severity = Severity::Error;
    QString file;
    QString sheet;
    int row = 0;    // 1-based as a spreadsheet numbers rows; 0 when the whole file is meant
    int column = 0; // 1-based; 0 when the whole row is meant
    QString columnName;
    QString message;

    // "contracts.csv, row 5, column C (Contract date): '31/02' is not a date"
    QString toString() const;
    // "A", "B", ... "Z", "AA", ... as spreadsheets name columns.
    static QString columnLetters(int column);
};
