#pragma once

#include "excelnumberformat.h"
#include "readprogress.h"
#include "result.h"
#include "sheetdata.h"
#include "xlsxreader.h"
#include "xlsxtextruns.h"
#include "xmlpartscanner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

class ZipPartReader;

// Reads one worksheet part into SheetData, one row at a time: each cell's text as Excel shows
// it by its type and its style's number format, sparse rows and cells placed by their
// references, warnings and error cells with their place. This is the hot loop of an import: it
// walks the part's bytes with XmlPartScanner and decodes only the values it keeps.
class XlsxSheetParser
{
public:
    // shared and kinds are the workbook's shared strings and its styles' number kinds.
    XlsxSheetParser(const XlsxReader::Limits &limits, const QString &file, const QString &sheet,
                    const QStringList &shared, const QVector<ExcelNumberFormat::Kind> &kinds,
                    bool date1904);

    // Reads the opened part; once per parser.
    Result<SheetData> read(ZipPartReader &part, const ReadProgress &progress);

    // The text of a number cell (its value as stored, "46054.5") under a date, time or
    // duration format: "2026-02-01T12:00:00", "12:00:00", "27:30:00". A number Excel cannot show
    // so (negative, past 9999-12-31) is kept as the normalized number, with `warning` set to
    // what to tell the user; the .xls reader shares this with the .xlsx one.
    static QString dateText(QByteArrayView value, ExcelNumberFormat::Kind kind, bool date1904,
                            QString &warning);

private:
    enum class CellType : quint8 {
        Number,
        Shared,
        Inline,
        Formula,
        Boolean,
        Error,
        IsoDate
    };

    // Each returns false with m_failure set when reading must stop.
    bool characters(const XmlPartScanner &xml);
    bool startElement(const XmlPartScanner &xml);
    void startCell(const XmlPartScanner &xml);
    bool endElement(const XmlPartScanner &xml);
    bool finishCell(const XmlPartScanner &xml);
    bool finishRow();
    QString numberText();
    bool decodedText(const XmlPartScanner &xml, QString &text);

    ExcelNumberFormat::Kind cellKind() const
    {
        return m_cellStyle < m_kinds.size() ? m_kinds.at(m_cellStyle)
                                            : ExcelNumberFormat::Kind::Number;
    }
    // "file, sheet S, row 5, column B: message" (LocatedIssue writes the one colon).
    QString located(int row, int column, const QString &message) const;
    void warn(const QString &message);
    bool fail(const QString &message);
    bool tooLong();
    bool broken(const XmlPartScanner &xml);

    const XlsxReader::Limits &m_limits;
    const QString &m_file;
    const QString &m_sheet;
    const QStringList &m_shared;
    const QVector<ExcelNumberFormat::Kind> &m_kinds;
    const bool m_date1904;
    // UTF-8 takes at most 4 bytes a character: a longer raw value is too long however it decodes.
    const qsizetype m_maxCellBytes;

    ZipPartReader *m_part = nullptr;
    const ReadProgress *m_progress = nullptr;
    SheetData m_data;
    QString m_failure;

    // Where the scanner is.
    QStringList m_row;
    int m_rowNumber = 0;
    int m_column = 0;
    bool m_inSheetData = false;
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inInlineText = false;
    int m_phonetic = 0;
    int m_skip = 0; // depth inside extLst or mc:Choice, whose content is passed over
    qint64 m_rowsRead = 0;

    // The cell being read.
    CellType m_cellType = CellType::Number;
    int m_cellStyle = 0;
    QByteArray m_value;
    QString m_inlineText;
    XlsxTextRuns m_runs;
};
