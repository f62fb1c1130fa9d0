// libFuzzer target: arbitrary bytes as an .xlsx file through XlsxReader (with a 64 MiB inflate
// limit so zip bombs stay cheap). XlsxReader reads paths, so the bytes go to one temporary file,
// created once and rewritten for every input. A successful read must keep its promises: one row
// number per row, no row or cell over the limits, every issue with its message, and the sheet
// read by default one of those listed.

#include "xlsxreader.h"

#include <QDir>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

QTemporaryFile &scratchFile()
{
    static QTemporaryFile file(QDir::tempPath() + QStringLiteral("/cd-fuzz-XXXXXX.xlsx"));
    if (!file.isOpen() && !file.open())
        std::abort();
    return file;
}

void checkSheet(const SheetData &sheet, const XlsxReader::Limits &limits)
{
    check(sheet.rows.size() == sheet.rowNumbers.size());
    for (const LocatedIssue &issue : sheet.issues)
        check(!issue.message.isEmpty() && issue.row >= 0 && issue.column >= 0);
    for (const QStringList &row : sheet.rows) {
        check(row.size() <= limits.maxColumns);
        for (const QString &cell : row)
            check(cell.size() <= limits.maxCellChars);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryFile &file = scratchFile();
    if (!file.seek(0) || !file.resize(0))
        std::abort();
    if (file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size) ||
        !file.flush())
        std::abort();
    const QString path = file.fileName();

    XlsxReader::Limits limits;
    limits.maxInflatedBytes = qint64(64) << 20;
    const XlsxReader reader(limits);

    const auto sheets = reader.sheets(path);
    const auto first = reader.readSheet(path);
    if (first)
        checkSheet(first.value(), limits);
    else
        check(!first.error().isEmpty());
    if (sheets && first) {
        // The sheet picked by default is one the wizard offers (never a chart sheet).
        bool listed = false;
        for (const auto &s : sheets.value())
            listed = listed || s.name == first->sheetName;
        check(listed);
    }
    if (sheets) {
        // Every sheet by name, a few at most.
        for (qsizetype i = 0; i < sheets->size() && i < 3; ++i) {
            const auto named = reader.readSheet(path, sheets->at(i).name);
            if (named)
                checkSheet(named.value(), limits);
        }
    }
    return 0;
}
