#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A grid of text cells read from a file, with where each row came from.
struct SheetData
{
    QString fileName; // as shown to the user (no folder)
    QString sheetName;
    QVector<QStringList> rows;
    QVector<int> rowNumbers; // 1-based source row (line) of each entry in rows
};
