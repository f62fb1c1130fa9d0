#pragma once

#include "csvstream.h"
#include "readprogress.h"
#include "result.h"
#include "sheetdata.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

// Reads delimited text (CSV, TSV, Excel's "Unicode Text", a block pasted from a spreadsheet)
// as RFC 4180 describes it: quoted fields may hold the delimiter, doubled quotes and line breaks
// (CR, LF or CRLF). Blank lines are skipped; rows with more or fewer cells than the widest
// rows are reported in SheetData::issues.
//
// Encoding: a UTF-8 byte order mark, a UTF-32 or UTF-16 LE/BE byte order mark, else UTF-8 when
// the bytes are valid UTF-8, else Windows-1252 — or what the caller names (any of encodings(),
// the legacy ones decoded by Qt through ICU). Bytes the encoding cannot read become U+FFFD, and
// one warning in SheetData::issues says where the first one is. Delimiter: what the caller
// names, else what an Excel "sep=;" first line names (that line is no row), else sniffed among
// comma, semicolon, tab and pipe.
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
        QString encoding; // one of encodings() or an alias canonicalEncoding() knows; empty: detect
        QChar delimiter;  // null: from a "sep=" first line, else sniffed
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

    // The encodings the wizard and --encoding offer: UTF-8/16/32, then the legacy code pages
    // this Qt can decode (through ICU; a curated list, each offered only when
    // QStringDecoder accepts it here).
    static QStringList encodings();
    // The entry of encodings() that `name` means (any case; aliases such as cp1252, latin1,
    // utf8, sjis); empty when none. ISO-8859-1 and latin1 read as Windows-1252, which only adds
    // characters where ISO-8859-1 has unused control codes (as browsers do).
    static QString canonicalEncoding(const QString &name);
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
    // `bytes` decoded by a legacy (ICU) decoder that keeps its state from block to block;
    // `last`: the input ends here, and a character it cuts off becomes U+FFFD. ICU writes
    // U+001A (SUB) for bytes of some code pages it cannot map: those become U+FFFD too.
    static QString decodeBlock(QStringDecoder &decoder, QByteArrayView bytes, bool last);
    // The warning for text where bytes could not be decoded; row and column of the first cell
    // holding U+FFFD.
    static LocatedIssue replacementWarning(const QString &fileName, int row, int column,
                                           const QString &encoding);

private:
    // The encoding, byte order marks and delimiter of what `stream` reads (its source set).
    Result<CsvStream> prepare(CsvStream stream) const;

    Options m_options;
};
