#pragma once

#include "fieldspec.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// Writes sheets of text rows into an .xlsx workbook (libxlsxwriter) for people to open in a
// spreadsheet program: a bold header row that stays in view (frozen) with an autofilter, and
// columns as wide as their text within limits. Cells arrive as canonical text
// (ValueCodec::toText); a column's type says how they are stored:
//  - Integer: number cells (format "0") up to 15 digits; longer ones as text, which a double
//    would round.
//  - Decimal: number cells formatted "#,##0.00" (more places when the value has them) when the
//    value has at most 15 significant digits: those pass through a double and back to the same
//    digits (DBL_DIG), which is also all Excel shows. Larger ones are text. A number cell keeps
//    the value but not its scale: "10.50" reads back as 10.5.
//  - Date: date cells formatted "yyyy-mm-dd" from 1900-03-01 on (earlier ones: text).
//  - Boolean: TRUE/FALSE cells for "true"/"false".
//  - Text, and any cell its column's type cannot read: text cells, passed through
//    FormulaGuard::neutralise. The apostrophe is literal (libxlsxwriter before 1.1.5 has no
//    quotePrefix style), so importers strip it with FormulaGuard::restore as they do for CSV.
//    Text that looks like an "_xHHHH_" escape gets its underscore escaped, as Excel expects.
// The workbook is built in a temporary folder and then copied into place through AtomicFileWriter:
// the destination holds either what it held before or the whole new workbook, never half.
class XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    enum class ColumnType {
        Text,
        Integer,
        Decimal,
        Date,
        Boolean,
    };

    struct Column
    {
        QString header;
        ColumnType type = ColumnType::Text;
    };

    struct Sheet
    {
        QString name; // made valid and unique for Excel when written (validSheetName)
        QVector<Column> columns;
        QVector<QStringList> rows; // canonical text per column; empty text is an empty cell
        // Per row, the columns whose cells are filled to stand out (differing values).
        QVector<QVector<int>> marked = {};
    };

    // Sheets appear in the workbook in the order they were added; the first one is active.
    void addSheet(Sheet sheet) { m_sheets.append(std::move(sheet)); }
    Status write(const QString &path) const;

    // How a field's canonical text is stored (date-times stay ISO text: a date serial would
    // lose the zone and milliseconds).
    static ColumnType columnType(FieldType type);

    // At most 31 characters, none of []:*?/\, no apostrophe at either end, not empty.
    static QString validSheetName(const QString &name);

private:
    Status build(const QByteArray &fileName) const;

    QVector<Sheet> m_sheets;
};
