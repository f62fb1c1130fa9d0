// libFuzzer target: arbitrary bytes as an Excel 97-2003 (.xls) file through XlsReader (the OLE2
// container walk, the BIFF record scan, libfreexl) and through FormatSniffer. XlsReader reads
// paths, so the bytes go to one temporary file, created once and rewritten for every input. A
// successful read must keep its promises: one row number per row, rising, and a message on
// every failure.

#include "formatsniffer.h"
#include "xlsreader.h"

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
    static QTemporaryFile file(QDir::tempPath() + QStringLiteral("/cd-fuzz-XXXXXX.xls"));
    if (!file.isOpen() && !file.open())
        std::abort();
    return file;
}

void checkSheet(const SheetData &sheet)
{
    check(sheet.rows.size() == sheet.rowNumbers.size());
    for (qsizetype i = 1; i < sheet.rowNumbers.size(); ++i)
        check(sheet.rowNumbers.at(i) > sheet.rowNumbers.at(i - 1));
    for (const QStringList &row : sheet.rows)
        check(row.size() <= 256);
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

    (void)FormatSniffer::detect(path);
    const XlsReader reader;
    const auto sheets = reader.sheets(path);
    const auto first = reader.readSheet(path);
    if (first)
        checkSheet(first.value());
    else
        check(!first.error().isEmpty());
    if (sheets) {
        for (qsizetype i = 0; i < sheets->size() && i < 3; ++i) {
            const auto named = reader.readSheet(path, sheets->at(i).name);
            if (named)
                checkSheet(named.value());
        }
    }
    return 0;
}
