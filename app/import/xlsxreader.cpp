#include "xlsxreader.h"

// Placeholder until the streaming reader lands (issue: spreadsheet import).
Result<QVector<XlsxReader::SheetInfo>> XlsxReader::sheets(const QString &path) const
{
    return Result<QVector<SheetInfo>>::failure(tr("%1: XLSX files cannot be read yet.").arg(path));
}

Result<SheetData> XlsxReader::readSheet(const QString &path, const QString &,
                                        const ReadProgress &) const
{
    return Result<SheetData>::failure(tr("%1: XLSX files cannot be read yet.").arg(path));
}
