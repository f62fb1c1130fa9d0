#pragma once

#include "result.h"
#include "sheetdata.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QChar>
#include <QString>

// Reads delimited text as RFC 4180 describes it: quoted fields may hold the delimiter, doubled
// quotes and line breaks (CR, LF or CRLF). UTF-8 with or without a byte order mark.
// Blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QChar delimiter = QLatin1Char(','))
        : m_delimiter(delimiter)
    {}

    Result<SheetData> readFile(const QString &path) const;
    Result<SheetData> read(const QByteArray &bytes, const QString &fileName) const;

private:
    QChar m_delimiter;
};
