#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

// Writes RFC 4180 CSV: fields holding the delimiter, quotes, line breaks or edge spaces are
// quoted; lines end in CRLF as the RFC and Excel expect. UTF-8.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','))
        : m_delimiter(delimiter)
    {}

    void addRow(const QStringList &cells);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QChar m_delimiter;
    QByteArray m_bytes;
};
