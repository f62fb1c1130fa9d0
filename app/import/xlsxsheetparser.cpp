#include "xlsxsheetparser.h"

#include "excelvalue.h"
#include "xlsxmainelements.h"
#include "zippartreader.h"

namespace {

constexpr int kProgressRows = 4096;

// "B7" -> column 2 (1-based) and row 7; 0 where absent.
void parseReference(QByteArrayView ref, int &column, int &row)
{
    column = 0;
    row = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char c = ref.at(i);
        const int letter = c >= 'A' && c <= 'Z' ? c - 'A' : (c >= 'a' && c <= 'z' ? c - 'a' : -1);
        if (letter < 0)
            break;
        column = column * 26 + letter + 1;
        if (column > 1 << 20)
            return;
    }
    for (; i < ref.size() && ref.at(i) >= '0' && ref.at(i) <= '9'; ++i) {
        row = row * 10 + (ref.at(i) - '0');
        if (row > 1 << 24)
            return;
    }
}

bool isBlankText(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const XlsxReader::Limits &limits, const QString &file,
                                 const QString &sheet, const QStringList &shared,
                                 const QVector<ExcelNumberFormat::Kind> &kinds, bool date1904)
    : m_limits(limits)
    , m_file(file)
    , m_sheet(sheet)
    , m_shared(shared)
    , m_kinds(kinds)
    , m_date1904(date1904)
    , m_maxCellBytes(qsizetype(limits.maxCellChars) * 4 + 64)
{
    m_data.fileName = file;
    m_data.sheetName = sheet;
}

Result<SheetData> XlsxSheetParser::read(ZipPartReader &part, const ReadProgress &progress)
{
    using R = Result<SheetData>;
    m_part = &part;
    m_progress = &progress;
    part.prefetch();
    XmlPartScanner xml = part.scanner();
    for (;;) {
        const auto t = xml.next();
        if (t == XmlPartScanner::Token::EndDocument)
            break;
        if (t == XmlPartScanner::Token::Invalid) {
            broken(xml);
            return R::failure(m_failure);
        }
        if (m_skip > 0) {
            if (t == XmlPartScanner::Token::StartElement)
                ++m_skip;
            else if (t == XmlPartScanner::Token::EndElement)
                --m_skip;
            continue;
        }
        bool ok = true;
        if (t == XmlPartScanner::Token::Characters) {
            ok = characters(xml);
        } else if (t == XmlPartScanner::Token::StartElement) {
            ok = startElement(xml);
        } else if (t == XmlPartScanner::Token::EndElement) {
            ok = endElement(xml);
        }
        if (!ok)
            return R::failure(m_failure);
    }
    if (progress)
        progress(part.size(), part.size());
    return std::move(m_data);
}

bool XlsxSheetParser::characters(const XmlPartScanner &xml)
{
    if (m_inValue) {
        m_value.append(xml.text());
        if (m_value.size() > m_maxCellBytes)
            return tooLong();
    } else if (m_inInlineText) {
        if (!xml.appendText(m_inlineText))
            return broken(xml);
        if (m_inlineText.size() > m_limits.maxCellChars)
            return tooLong();
    }
    return true;
}

bool XlsxSheetParser::startElement(const XmlPartScanner &xml)
{
    if (xml.nameIs("c") && m_inSheetData) {
        int refColumn = 0;
        int refRow = 0;
        parseReference(xml.attribute("r"), refColumn, refRow);
        m_column = refColumn > 0 ? refColumn : m_column + 1;
        if (m_column > m_limits.maxColumns)
            return fail(located(
                    m_rowNumber, 0,
                    XlsxReader::tr("the row has more than %L1 columns, more than a spreadsheet can "
                                   "hold: the file is damaged. If Excel opens it, save it there "
                                   "again and import that copy.")
                            .arg(m_limits.maxColumns)));
        startCell(xml);
    } else if (xml.nameIs("v") && m_inCell) {
        m_inValue = true;
    } else if (xml.nameIs("row") && m_inSheetData) {
        const int r = ExcelValue::parseCount(xml.attribute("r"));
        m_rowNumber = r > 0 ? r : m_rowNumber + 1;
        m_row.clear();
        m_column = 0;
    } else if (xml.nameIs("is") && m_inCell) {
        m_inInline = true;
    } else if (xml.nameIs("t") && m_inInline) {
        // Only text inside <t>: the indentation around it is layout, not content.
        m_inInlineText = m_phonetic == 0;
        if (m_inInlineText)
            m_runs.start(xml);
    } else if (xml.nameIs("rPh") && m_inInline) {
        ++m_phonetic;
    } else if (xml.nameIs("sheetData")) {
        m_inSheetData = true;
    } else if (XlsxMainElements::startsSkippedContent(xml)) {
        m_skip = 1;
    }
    return true;
}

// A <c>: its type and style, and a fresh value.
void XlsxSheetParser::startCell(const XmlPartScanner &xml)
{
    const QByteArrayView type = xml.attribute("t");
    m_cellType = type.isEmpty()                              ? CellType::Number
                 : XmlPartScanner::equals(type, "s")         ? CellType::Shared
                 : XmlPartScanner::equals(type, "inlineStr") ? CellType::Inline
                 : XmlPartScanner::equals(type, "str")       ? CellType::Formula
                 : XmlPartScanner::equals(type, "b")         ? CellType::Boolean
                 : XmlPartScanner::equals(type, "e")         ? CellType::Error
                 : XmlPartScanner::equals(type, "d")         ? CellType::IsoDate
                                                             : CellType::Number;
    m_cellStyle = qMax(0, ExcelValue::parseCount(xml.attribute("s")));
    m_value.truncate(0); // keeps the capacity
    m_inlineText.truncate(0);
    m_runs = XlsxTextRuns();
    m_inCell = true;
}

bool XlsxSheetParser::endElement(const XmlPartScanner &xml)
{
    if (xml.nameIs("v")) {
        m_inValue = false;
    } else if (xml.nameIs("c") && m_inCell) {
        return finishCell(xml);
    } else if (xml.nameIs("row") && m_inSheetData) {
        return finishRow();
    } else if (xml.nameIs("t")) {
        m_inInlineText = false;
    } else if (xml.nameIs("rPh") && m_inInline) {
        --m_phonetic;
    } else if (xml.nameIs("is")) {
        m_inInline = false;
    } else if (xml.nameIs("sheetData")) {
        m_inSheetData = false;
    }
    return true;
}

// A </c>: the cell's text as Excel shows it, placed in the row by its column.
bool XlsxSheetParser::finishCell(const XmlPartScanner &xml)
{
    m_inCell = false;
    m_inInline = false;
    m_inInlineText = false;
    m_phonetic = 0;
    QString text;
    // <v/>, <v></v> or no <v> at all: an empty cell of any type.
    const bool blank =
            m_cellType != CellType::Inline && QByteArrayView(m_value).trimmed().isEmpty();
    if (blank) {
        // nothing: an empty cell
    } else if (m_cellType == CellType::Number) {
        text = numberText();
    } else if (m_cellType == CellType::Shared) {
        const int index = ExcelValue::parseCount(m_value);
        if (index < 0 || index >= m_shared.size())
            return fail(located(
                    m_rowNumber, m_column,
                    XlsxReader::tr("the cell refers to a text that the workbook does not hold: "
                                   "the file is damaged. If Excel opens it, save it there again "
                                   "and import that copy.")));
        text = m_shared.at(index);
    } else if (m_cellType == CellType::Inline) {
        text = m_inlineText;
        m_runs.finish(text);
        XlsxTextRuns::decodeExcelEscapes(text);
    } else if (m_cellType == CellType::Boolean) {
        text = m_value.trimmed() == "1" ? QStringLiteral("true") : QStringLiteral("false");
    } else if (!decodedText(xml, text)) {
        return false;
    }
    if (text.size() > m_limits.maxCellChars)
        return tooLong();
    if (!text.isEmpty()) {
        while (m_row.size() < m_column - 1)
            m_row.append(QString());
        if (m_row.size() == m_column - 1)
            m_row.append(text);
        else if (m_column - 1 < m_row.size())
            m_row[m_column - 1] = text;
    }
    return true;
}

// A number cell: the number, or the date, time or duration its format shows it as.
QString XlsxSheetParser::numberText()
{
    const ExcelNumberFormat::Kind kind = cellKind();
    if (kind == ExcelNumberFormat::Kind::Number)
        return ExcelValue::normalizeNumberBytes(m_value);
    QString warning;
    const QString text = dateText(m_value, kind, m_date1904, warning);
    if (!warning.isEmpty())
        warn(warning);
    return text;
}

QString XlsxSheetParser::dateText(QByteArrayView value, ExcelNumberFormat::Kind kind, bool date1904,
                                  QString &warning)
{
    QString text = kind == ExcelNumberFormat::Kind::Date
                           ? ExcelValue::serialBytesToIso(value, date1904)
                           : ExcelValue::serialToTime(QString::fromUtf8(value),
                                                      kind == ExcelNumberFormat::Kind::Duration);
    if (text.isEmpty()) {
        text = ExcelValue::normalizeNumberBytes(value);
        warning =
                XlsxReader::tr("the cell is formatted as a date or time but holds %1, which Excel "
                               "cannot show as one (it shows ####). The number was kept; if a "
                               "date was meant, type it in Excel and import again.")
                        .arg(text);
    }
    return text;
}

// A cell whose value is text (a formula's string, an error, an ISO date): decoded, and for an
// error reported, for a date made canonical.
bool XlsxSheetParser::decodedText(const XmlPartScanner &xml, QString &text)
{
    if (!XmlPartScanner::decode(m_value, text))
        return broken(xml);
    XlsxTextRuns::decodeExcelEscapes(text);
    if (m_cellType == CellType::Error) {
        m_data.issues.append({LocatedIssue::Severity::Error, m_file, m_sheet, m_rowNumber, m_column,
                              QString(),
                              XlsxReader::tr("the cell holds the Excel error %1 instead of a "
                                             "value. Fix the formula in Excel (or type the "
                                             "value), then import again.")
                                      .arg(text)});
    } else if (m_cellType == CellType::IsoDate) {
        const ExcelNumberFormat::Kind kind = cellKind();
        const QString iso =
                ExcelValue::isoCellToText(text, kind == ExcelNumberFormat::Kind::Time ||
                                                        kind == ExcelNumberFormat::Kind::Duration);
        if (iso.isEmpty())
            warn(XlsxReader::tr("the cell is stored as a date but holds '%1', which is not a "
                                "date; it was kept as text. Type the date in Excel and import "
                                "again.")
                         .arg(text));
        else
            text = iso;
    }
    return true;
}

// A </row>: kept unless all its cells are blank; progress, which may cancel, every few rows.
bool XlsxSheetParser::finishRow()
{
    bool blank = true;
    for (const QString &cell : std::as_const(m_row))
        blank = blank && isBlankText(cell);
    if (!blank) {
        m_data.rows.append(m_row);
        m_data.rowNumbers.append(m_rowNumber);
    }
    if (++m_rowsRead % kProgressRows == 0 && *m_progress &&
        !(*m_progress)(m_part->inflated(), m_part->size()))
        return fail(XlsxReader::tr("%1: reading was cancelled.").arg(m_file));
    return true;
}

QString XlsxSheetParser::located(int row, int column, const QString &message) const
{
    return LocatedIssue{
            LocatedIssue::Severity::Error, m_file, m_sheet, row, column, QString(), message}
            .toString();
}

void XlsxSheetParser::warn(const QString &message)
{
    m_data.issues.append({LocatedIssue::Severity::Warning, m_file, m_sheet, m_rowNumber, m_column,
                          QString(), message});
}

bool XlsxSheetParser::fail(const QString &message)
{
    m_failure = message;
    return false;
}

bool XlsxSheetParser::tooLong()
{
    return fail(located(m_rowNumber, m_column,
                        XlsxReader::tr("the cell holds more than the %L1 characters a spreadsheet "
                                       "cell can hold. Shorten it in Excel, then import again.")
                                .arg(m_limits.maxCellChars)));
}

bool XlsxSheetParser::broken(const XmlPartScanner &xml)
{
    m_part->takeProblem(xml);
    return fail(located(0, 0,
                        XlsxReader::tr("the sheet %1. If Excel opens the file, save it there "
                                       "again and import that copy.")
                                .arg(m_part->error())));
}
