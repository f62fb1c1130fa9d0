#pragma once

#include "csvstream.h"
#include "readprogress.h"
#include "result.h"
#include "sheetdata.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>

// Reads delimited text (CSV, TSV, Excel's "Unicode Text", a block pasted from a spreadsheet)
// as RFC 4180 describes it: quoted fields may hold the delimiter, doubled quotes and line breaks
// (CR, LF or CRLF). Blank lines are skipped; rows with more or fewer cells than the widest
// rows are reported in SheetData::issues.
//
// Encoding: a UTF-8 byte order mark, a UTF-16 LE/BE byte order mark, else UTF-8 when the bytes
// are valid UTF-8, else Windows-1252 — or what the caller names. Delimiter: sniffed among
// comma, semicolon, tab and pipe, or what the caller names.
//
// Limits (a clear located error, never a crash or silent truncation): a cell of more than
// kMaxCellChars characters, a row of more than kMaxColumns cells.
//
// openStream() is the same reading for a file that becomes records (RecordImporter): its rows one
// at a time as UTF-8 views, read a block at a time, with no QString per cell and no SheetData
// (nor the file's bytes) in memory as a whole.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr int kMaxCellChars = 32767; // what an Excel cell holds
    static constexpr int kMaxColumns = 16384;   // what an Excel sheet holds

    struct Options
    {
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"; empty: detect
        QChar delimiter;  // null: sniff
    };

    CsvReader() = default;
    explicit CsvReader(Options options)
        : m_options(std::move(options))
    {}
    // Kept for callers that know the delimiter.
    explicit CsvReader(QChar delimiter) { m_options.delimiter = delimiter; }

    Result<SheetData> readFile(const QString &path, const ReadProgress &progress = {}) const;
    Result<SheetData> read(const QByteArray &bytes, const QString &fileName,
                           const ReadProgress &progress = {}) const;
    // The same encoding, delimiter and errors; the rows are read when the stream is scanned.
    Result<CsvStream> openStream(const QString &path) const;
    Result<CsvStream> stream(const QByteArray &bytes, const QString &fileName) const;

    // The encodings the wizard offers.
    static QStringList encodings();
    static QString detectEncoding(const QByteArray &bytes);
    static QChar sniffDelimiter(const QString &text);

    // A block copied from a spreadsheet as Excel, LibreOffice and Google Sheets put it on the
    // clipboard: cells separated by tabs, a cell quoted only when it holds a line break or a
    // quote, a line break after the last row. Empty rows are kept (a paste must not shift rows);
    // text whose quotes do not pair up is read with " as an ordinary character. A cell or row over
    // the limits gives no rows and one Error issue.
    static SheetData parseClipboard(const QString &text);

    // What read() and CsvStream report, word for word.
    static QString tooManyCellsError(const QString &fileName, int row);
    static QString unclosedQuoteError(const QString &fileName, int row);
    static QString cellTooLongError(const QString &fileName, int row, int column, qsizetype length,
                                    int lastLine);
    // Rows whose number of cells differs from the table's width, as warnings.
    static QVector<LocatedIssue> raggedRows(const QVector<int> &cellCounts,
                                            const QVector<int> &rowNumbers,
                                            const QString &fileName);
    // The character a Windows-1252 byte stands for.
    static char16_t fromWindows1252(uchar byte);

private:
    // The encoding, byte order marks and delimiter of what `stream` reads (its source set).
    Result<CsvStream> prepare(CsvStream stream) const;

    Options m_options;
};
