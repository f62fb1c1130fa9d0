#include "csvwriter.h"

#include "formulaguard.h"

void CsvWriter::addRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line.append(m_delimiter);
        const QString cell = m_formulas == Formulas::Neutralise
                                     ? FormulaGuard::neutralise(cells.at(i))
                                     : cells.at(i);
        const bool needsQuotes =
                cell.contains(m_delimiter) || cell.contains(QLatin1Char('"')) ||
                cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
        if (needsQuotes) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            line.append(cell);
        }
    }
    line.append(QLatin1String("\r\n"));
    m_bytes.append(line.toUtf8());
}
