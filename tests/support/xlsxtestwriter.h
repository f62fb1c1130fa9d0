#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVector>

// Real .xlsx files for tests and benchmarks.
class XlsxTestWriter
{
public:
    using Parts = QVector<QPair<QString, QByteArray>>;

    // A zip holding exactly these parts (deflated).
    static bool writeRawParts(const QString &path, const Parts &parts);
    // The parts of a one-sheet workbook around the given XML fragments.
    static Parts workbookParts(const QByteArray &sheetData, const QByteArray &sharedStrings = {},
                               const QByteArray &numFmtsAndXfs = {}, bool date1904 = false);
    // Replaces the part named `name` in parts (appends it when there is none).
    static void setPart(Parts &parts, const QString &name, const QByteArray &content);
    // An Excel-like contracts sheet written by libxlsxwriter: shared strings, a date format,
    // money with two decimals, integer ids, booleans; a header row and `rows` data rows of
    // 11 columns. A second, hidden sheet named "Lists".
    static bool writeContractsSheet(const QString &path, int rows);
};
