// libFuzzer target: arbitrary bytes through CsvReader, detected and forced encodings (UTF-8,
// UTF-16BE, UTF-32LE, Windows-1252, Shift_JIS, GB18030; "sep=" first lines), and the
// decoded text through the clipboard parser. Besides "no crash, no hang, no leak" it checks what
// a successful read promises: one row number per row, increasing, and no cell or row over the
// limits; and that CsvStream, the byte-level scanner imports use, reads the same rows, row
// numbers and warnings, or fails with the same error.

#include "csvreader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkSheet(const SheetData &sheet)
{
    check(sheet.rows.size() == sheet.rowNumbers.size());
    int previous = 0;
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        check(sheet.rowNumbers.at(r) > previous);
        previous = sheet.rowNumbers.at(r);
        const QStringList &row = sheet.rows.at(r);
        check(!row.isEmpty() && row.size() <= CsvReader::kMaxColumns);
        for (const QString &cell : row)
            check(cell.size() <= CsvReader::kMaxCellChars);
    }
    check(sheet.issues.size() <= 101);
}

bool sameIssues(const QVector<LocatedIssue> &a, const QVector<LocatedIssue> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).severity != b.at(i).severity || a.at(i).row != b.at(i).row ||
            a.at(i).toString() != b.at(i).toString())
            return false;
    }
    return true;
}

void compareStream(const QByteArray &bytes, const CsvReader::Options &options,
                   const Result<SheetData> &sheet)
{
    const auto stream = CsvReader(options).stream(bytes, QStringLiteral("fuzz.csv"));
    if (!stream) {
        check(!sheet && stream.error() == sheet.error());
        return;
    }
    // Its own block size and one of a few bytes, which puts block ends inside rows and cells.
    CsvStream small = stream.value();
    small.setBlockSize(1 + bytes.size() % 7);
    const CsvStream *const scanners[] = {&stream.value(), &small};
    for (const CsvStream *scanner : scanners) {
        QVector<QStringList> rows;
        QVector<int> rowNumbers;
        QVector<LocatedIssue> issues;
        const Status scanned = scanner->scan(
                [&](const CsvStream::Row &row) {
                    QStringList cells;
                    for (int c = 0; c < row.count; ++c)
                        cells.append(CsvStream::text(row.cells[c]));
                    rows.append(cells);
                    rowNumbers.append(row.line);
                    return true;
                },
                &issues);
        if (!sheet) {
            check(!scanned && scanned.error() == sheet.error());
            continue;
        }
        check(scanned.ok());
        check(stream->encoding() == sheet->encoding && stream->delimiter() == sheet->delimiter);
        check(rowNumbers == sheet->rowNumbers && sameIssues(issues, sheet->issues));
        if (!stream->sheet()) // (read whole, UTF-16 cells reach scan() as UTF-8)
            check(rows == sheet->rows);
    }
}

void read(const QByteArray &bytes, const CsvReader::Options &options)
{
    const auto sheet = CsvReader(options).read(bytes, QStringLiteral("fuzz.csv"));
    if (sheet) {
        checkSheet(sheet.value());
        check(CsvReader::encodings().contains(sheet->encoding));
    } else {
        check(!sheet.error().isEmpty());
    }
    compareStream(bytes, options, sheet);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    read(bytes, {});
    CsvReader::Options utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    read(bytes, utf8);
    CsvReader::Options utf16;
    utf16.encoding = QStringLiteral("UTF-16BE");
    utf16.delimiter = QLatin1Char('\t');
    read(bytes, utf16);
    CsvReader::Options ansi;
    ansi.encoding = QStringLiteral("Windows-1252");
    ansi.delimiter = QLatin1Char(';');
    read(bytes, ansi);
    // Legacy code pages decoded block by block through ICU (multi-byte characters across block
    // ends, invalid and cut-off bytes, the replacement warning), when this Qt has them; a
    // "sep=" line (in the corpus and the dictionary) names the delimiter.
    for (const char *legacy : {"Shift_JIS", "GB18030"}) {
        CsvReader::Options options;
        options.encoding = QLatin1String(legacy);
        if (!CsvReader::canonicalEncoding(options.encoding).isEmpty())
            read(bytes, options);
    }
    CsvReader::Options utf32;
    utf32.encoding = QStringLiteral("UTF-32LE");
    read(bytes, utf32);

    const SheetData pasted = CsvReader::parseClipboard(QString::fromUtf8(bytes));
    check(pasted.rows.size() == pasted.rowNumbers.size());
    return 0;
}
