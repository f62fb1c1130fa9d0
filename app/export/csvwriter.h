#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

// Writes RFC 4180 CSV: fields holding the delimiter, quotes, line breaks or edge spaces are
// quoted; lines end in CRLF as the RFC and Excel expect. UTF-8.
// Cells that a spreadsheet program would run as a formula get a leading apostrophe
// (FormulaGuard) unless the writer is told to keep them verbatim (test fixtures, round trips
// of files that are not meant for a spreadsheet program).
class CsvWriter
{
public:
    enum class Formulas {
        Neutralise,
        Keep,
    };

    explicit CsvWriter(QChar delimiter = QLatin1Char(','), Formulas formulas = Formulas::Neutralise)
        : m_delimiter(delimiter)
        , m_formulas(formulas)
    {}

    void addRow(const QStringList &cells);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QChar m_delimiter;
    Formulas m_formulas;
    QByteArray m_bytes;
};
