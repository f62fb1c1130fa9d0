#pragma once

#include "excelnumberformat.h"
#include "result.h"
#include "zippartreader.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

// An opened .xlsx package and its workbook-wide parts: where the parts are (found through the
// package relationships as Excel finds them, in any folder), the sheets in tab order and the
// date system the workbook part names, the shared strings, and how each cell style shows
// numbers. A sheet's own cells are XlsxSheetParser's.
class XlsxPackage
{
public:
    struct Sheet
    {
        QString name;
        bool hidden = false;
        bool hasCells = true; // false for chart sheets and dialog sheets
        QString part;
    };

    // Opens the archive and reads its workbook part; the error is a whole sentence for the user.
    static Result<XlsxPackage> open(const QString &path, ZipPartReader::Budget &budget,
                                    int maxDepth);
    // The workbook's table of texts (rich-text runs joined, phonetic runs left out).
    Result<QStringList> readSharedStrings(ZipPartReader::Budget &budget, int maxDepth) const;
    // How each cell style (xf index) shows numbers.
    Result<QVector<ExcelNumberFormat::Kind>> readNumberKinds(ZipPartReader::Budget &budget,
                                                             int maxDepth) const;

    // "contracts.xlsx holds broken XML (...)" and what to do about it.
    static QString damaged(const QString &file, const QString &why);

    unzFile zip() const { return m_zip.get(); }

    QString fileName;
    bool date1904 = false;
    QVector<Sheet> sheets;
    QString sharedStringsPart;
    QString stylesPart;

private:
    struct ZipCloser
    {
        void operator()(void *zip) const
        {
            if (zip)
                unzClose(zip);
        }
    };
    struct Relationship
    {
        QString type;
        QString part; // resolved
    };
    using Relationships = QHash<QString, Relationship>;

    Result<Relationships> readRelationships(ZipPartReader::Budget &budget, int maxDepth,
                                            const QString &relsPart,
                                            const QString &sourceFolder) const;
    Result<QString> findWorkbookPart(ZipPartReader::Budget &budget, int maxDepth) const;
    Status readWorkbookPart(const QString &bookPart, const Relationships &targets,
                            ZipPartReader::Budget &budget, int maxDepth);

    std::unique_ptr<void, ZipCloser> m_zip;
};
