// libFuzzer target: arbitrary bytes through CsvReader, detected and forced encodings, and the
// decoded text through the clipboard parser. Besides "no crash, no hang, no leak" it checks what
// a successful read promises: one row number per row, increasing, and no cell or row over the
// limits.

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

void read(const QByteArray &bytes, const CsvReader::Options &options)
{
    const auto sheet = CsvReader(options).read(bytes, QStringLiteral("fuzz.csv"));
    if (sheet) {
        checkSheet(sheet.value());
        check(CsvReader::encodings().contains(sheet->encoding));
    } else {
        check(!sheet.error().isEmpty());
    }
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

    const SheetData pasted = CsvReader::parseClipboard(QString::fromUtf8(bytes));
    check(pasted.rows.size() == pasted.rowNumbers.size());
    return 0;
}
