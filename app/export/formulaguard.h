#pragma once

#include <QString>
#include <QStringView>

// Keeps spreadsheet programs from running exported text as a formula (CSV / formula injection,
// OWASP): text starting with '=', '+', '-', '@', TAB or CR gets a leading apostrophe, which
// Excel and LibreOffice take as "this cell is text". Plain numbers ("-12.50", "+3") are left
// alone so that an export re-imports to the same values.
//
// Text that already starts with apostrophes in front of such a character ("'=x") gets one more,
// so that restore() can undo neutralise() exactly: restore(neutralise(s)) == s for every s.
// Importers call restore() on the text cells of CSV/TSV and XLSX files: it strips one leading
// apostrophe only when what follows it would have been guarded ("'=SUM(A1)" -> "=SUM(A1)",
// "''@x" -> "'@x"); "'-12.50" and "'hello" stay as they are.
class FormulaGuard
{
public:
    static QString neutralise(const QString &text);
    static QString restore(const QString &text);

    // Whether neutralise() changes this text.
    static bool needsGuard(const QString &text);
    // Optional sign, ASCII digits, at most one '.' with digits on one side: "-12.50", "+3", ".5".
    static bool isPlainNumber(QStringView text);
};
