#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<SheetData> CsvReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SheetData>::failure(
                CsvReader::tr("Cannot open %1: %2").arg(path, file.errorString()));
    return read(file.readAll(), QFileInfo(path).fileName());
}

Result<SheetData> CsvReader::read(const QByteArray &bytes, const QString &fileName) const
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Result<SheetData>::failure(
                CsvReader::tr("%1 is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.")
                        .arg(fileName));

    SheetData sheet;
    sheet.fileName = fileName;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int rowStartLine = 1;
    qsizetype i = 0;
    if (text.startsWith(QChar(0xFEFF)))
        i = 1;
    auto endRow = [&]() {
        row.append(cell);
        cell.clear();
        cellWasQuoted = false;
        if (!isBlank(row)) {
            sheet.rows.append(row);
            sheet.rowNumbers.append(rowStartLine);
        }
        row.clear();
    };
    const qsizetype n = text.size();
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == m_delimiter) {
            row.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            rowStartLine = line;
        } else {
            cell.append(c);
        }
    }
    if (quoted)
        return Result<SheetData>::failure(
                CsvReader::tr("%1, row %2: a quoted value is never closed (a \" is missing).")
                        .arg(fileName)
                        .arg(rowStartLine));
    if (!cell.isEmpty() || !row.isEmpty() || cellWasQuoted)
        endRow();
    return sheet;
}
