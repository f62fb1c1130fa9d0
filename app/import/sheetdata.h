#pragma once

#include "locatedissue.h"

#include <QString>
#include <QStringList>
#include <QVector>

// A grid of text cells read from a file, with where each row came from. Readers hand over
// canonical text: numbers as written ("1250000.5", never "1.25E+06"), dates an Excel sheet
// formats as dates as ISO text ("2026-02-01", "2026-02-01T08:30:00"), booleans "true"/"false".
struct SheetData
{
    QString fileName; // as shown to the user (no folder)
    QString sheetName;
    QVector<QStringList> rows;
    QVector<int> rowNumbers; // 1-based source row (line) of each entry in rows
    // What the reader noticed but could read past: ragged rows, error cells (#N/A), ...
    QVector<LocatedIssue> issues;
    // Text files only: what was detected (or chosen), shown in the import wizard.
    QString encoding;
    QChar delimiter;
};
