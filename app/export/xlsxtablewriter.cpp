#include "xlsxtablewriter.h"

#include "atomicfilewriter.h"

#include "decimal.h"
#include "formulaguard.h"
#include "locatedissue.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <limits>
#include <optional>

#ifdef Q_OS_UNIX
#include <clocale>
#include <locale.h>
#ifdef Q_OS_DARWIN
#include <xlocale.h>
#endif
#endif

namespace {

using ColumnType = XlsxTableWriter::ColumnType;

constexpr int kMaxSignificantDigits = 15; // what a double carries exactly and Excel shows
constexpr qint64 kMaxNumberInteger = Q_INT64_C(999999999999999);
constexpr int kMaxCellChars = 32767;
constexpr int kMaxSheetNameChars = 31;
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;
static_assert(std::numeric_limits<double>::digits10 >= kMaxSignificantDigits,
              "decimals of 15 significant digits must survive a double");

// libxlsxwriter prints numbers with sprintf("%.16G"), which follows LC_NUMERIC, and
// QCoreApplication sets the C locale from the environment on Unix: under a German locale every
// fraction would be written with a decimal comma. Only this thread switches to the C numeric
// rules, only while the workbook is written. (Windows: Qt leaves the C runtime in "C".)
class CNumericLocale
{
public:
#ifdef Q_OS_UNIX
    CNumericLocale()
    {
        locale_t base = duplocale(LC_GLOBAL_LOCALE);
        if (base)
            m_locale = newlocale(LC_NUMERIC_MASK, "C", base);
        if (m_locale)
            m_previous = uselocale(m_locale);
        else if (base)
            freelocale(base);
    }
    ~CNumericLocale()
    {
        if (m_locale) {
            uselocale(m_previous);
            freelocale(m_locale);
        }
    }

private:
    locale_t m_locale = locale_t(0);
    locale_t m_previous = locale_t(0);
#endif
};

// The double nearest to the value, when reading it back at 15 significant digits gives the
// same number: a mantissa of at most 15 digits is exact in a double, and one correctly rounded
// division by an exact power of ten is then what DBL_DIG promises to round-trip.
std::optional<double> exactDouble(const Decimal &value)
{
    static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,
                                              1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                                              1e14, 1e15, 1e16, 1e17, 1e18};
    const Decimal normal = value.normalized();
    const qint64 mantissa = normal.mantissa();
    quint64 magnitude = mantissa < 0 ? quint64(0) - quint64(mantissa) : quint64(mantissa);
    int digits = 0;
    for (; magnitude; magnitude /= 10)
        ++digits;
    if (digits > kMaxSignificantDigits || normal.scale() < 0 || normal.scale() > Decimal::kMaxScale)
        return std::nullopt;
    return double(mantissa) / kPowersOfTen[normal.scale()];
}

double widthOf(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        longest = std::max(longest, line.size());
    return double(longest);
}

// A cell as the column's type stores it, or nothing when the text is not of that type.
struct TypedCell
{
    enum class Kind {
        Number,
        Date,
        Boolean,
    };
    Kind kind = Kind::Number;
    double number = 0;
    int scale = -1; // decimals: the places the number format shows; -1 for integers
    QDate date;
    bool boolean = false;
};

std::optional<TypedCell> typedCell(ColumnType type, const QString &text)
{
    switch (type) {
    case ColumnType::Text:
        return std::nullopt;
    case ColumnType::Integer: {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || QString::number(value) != text || value > kMaxNumberInteger ||
            value < -kMaxNumberInteger)
            return std::nullopt;
        TypedCell cell;
        cell.number = double(value);
        return cell;
    }
    case ColumnType::Decimal: {
        const auto value = Decimal::fromString(text);
        const auto number = value ? exactDouble(*value) : std::nullopt;
        if (!number)
            return std::nullopt;
        TypedCell cell;
        cell.number = *number;
        cell.scale = std::max(2, value->scale());
        return cell;
    }
    case ColumnType::Date: {
        const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        // Before March 1900 Excel counts the 29 February 1900 that never was.
        if (!date.isValid() || date < QDate(1900, 3, 1) || date.year() > 9999)
            return std::nullopt;
        TypedCell cell;
        cell.kind = TypedCell::Kind::Date;
        cell.date = date;
        return cell;
    }
    case ColumnType::Boolean: {
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return std::nullopt;
        TypedCell cell;
        cell.kind = TypedCell::Kind::Boolean;
        cell.boolean = text == QLatin1String("true");
        return cell;
    }
    }
    return std::nullopt;
}

// The workbook's formats, made once and shared by every sheet (libxlsxwriter owns them). Each
// comes plain and marked (a light fill, for cells a sheet marks, e.g. differing values).
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook)
        : m_workbook(workbook)
    {
        header = workbook_add_format(workbook);
        format_set_bold(header);
    }

    lxw_format *integer(bool marked) { return numberFormat(QByteArray("0"), marked); }
    lxw_format *date(bool marked) { return numberFormat(QByteArray("yyyy-mm-dd"), marked); }
    lxw_format *decimal(int scale, bool marked)
    {
        return numberFormat("#,##0." + QByteArray(scale, '0'), marked);
    }
    // Text and booleans: no number format.
    lxw_format *plain(bool marked) { return marked ? numberFormat(QByteArray(), true) : nullptr; }

    lxw_format *header = nullptr;

private:
    lxw_format *numberFormat(const QByteArray &code, bool marked)
    {
        lxw_format *&format = m_formats[qMakePair(code, marked)];
        if (!format) {
            format = workbook_add_format(m_workbook);
            if (!code.isEmpty())
                format_set_num_format(format, code.constData());
            if (marked) {
                format_set_bg_color(format, 0xFFE699); // a light amber, readable when printed
                format_set_pattern(format, LXW_PATTERN_SOLID);
            }
        }
        return format;
    }

    lxw_workbook *m_workbook;
    QHash<QPair<QByteArray, bool>, lxw_format *> m_formats;
};

QString where(const QString &sheet, int row, int column)
{
    return XlsxTableWriter::tr("sheet %1, row %2, column %3")
            .arg(sheet)
            .arg(row + 1)
            .arg(LocatedIssue::columnLetters(column + 1));
}

// Spreadsheet text escapes characters XML cannot hold as "_xHHHH_" (ECMA-376 ST_Xstring), and
// libxlsxwriter writes control characters that way. Text that looks like such an escape has
// its underscore escaped ("_x005F_"), or Excel would read "_x0041_" as "A".
QString escapeLookalikes(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString escaped = text;
    escaped.replace(escape, QStringLiteral("_x005F_\\1"));
    return escaped;
}

Status writeText(lxw_worksheet *worksheet, int row, int column, const QString &text,
                 lxw_format *format, const QString &sheetName)
{
    const QString cell = escapeLookalikes(FormulaGuard::neutralise(text));
    if (cell.size() > kMaxCellChars)
        return Status::failure(XlsxTableWriter::tr("%1: the text is longer than the %L2 "
                                                   "characters a spreadsheet cell holds.")
                                       .arg(where(sheetName, row, column))
                                       .arg(kMaxCellChars));
    const lxw_error error = worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column),
                                                   cell.toUtf8().constData(), format);
    if (error != LXW_NO_ERROR)
        return Status::failure(QStringLiteral("%1: %2").arg(
                where(sheetName, row, column), QString::fromUtf8(lxw_strerror(error))));
    return {};
}

Status writeSheet(lxw_workbook *workbook, Formats &formats, const XlsxTableWriter::Sheet &sheet,
                  const QString &name)
{
    int columns = int(sheet.columns.size());
    for (const QStringList &row : sheet.rows)
        columns = std::max(columns, int(row.size()));
    if (columns > LXW_COL_MAX)
        return Status::failure(XlsxTableWriter::tr("sheet %1 has %L2 columns; a spreadsheet holds "
                                                   "at most %L3.")
                                       .arg(name)
                                       .arg(columns)
                                       .arg(LXW_COL_MAX));
    if (sheet.rows.size() + 1 > LXW_ROW_MAX)
        return Status::failure(XlsxTableWriter::tr("sheet %1 has %L2 rows; a spreadsheet holds at "
                                                   "most %L3 under its header.")
                                       .arg(name)
                                       .arg(sheet.rows.size())
                                       .arg(LXW_ROW_MAX - 1));

    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
    if (!worksheet)
        return Status::failure(XlsxTableWriter::tr("sheet %1 cannot be added.").arg(name));

    QVector<double> widths(columns, kMinWidth);
    for (int c = 0; c < sheet.columns.size(); ++c) {
        const QString &header = sheet.columns.at(c).header;
        widths[c] = std::max(widths.at(c), widthOf(header) + 3); // bold, filter button
        if (Status s = writeText(worksheet, 0, c, header, formats.header, name); !s)
            return s;
    }
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        const QVector<int> marks = sheet.marked.value(r);
        const int row = r + 1;
        for (int c = 0; c < cells.size(); ++c) {
            const QString &text = cells.at(c);
            const bool marked = marks.contains(c);
            if (text.isEmpty()) {
                if (marked)
                    worksheet_write_blank(worksheet, lxw_row_t(row), lxw_col_t(c),
                                          formats.plain(true));
                continue;
            }
            const ColumnType type =
                    c < sheet.columns.size() ? sheet.columns.at(c).type : ColumnType::Text;
            const auto typed = typedCell(type, text);
            lxw_error error = LXW_NO_ERROR;
            if (!typed) {
                if (Status s = writeText(worksheet, row, c, text, formats.plain(marked), name); !s)
                    return s;
                widths[c] = std::max(widths.at(c), widthOf(text) + 1);
                continue;
            }
            switch (typed->kind) {
            case TypedCell::Kind::Number:
                error = worksheet_write_number(
                        worksheet, lxw_row_t(row), lxw_col_t(c), typed->number,
                        typed->scale < 0 ? formats.integer(marked)
                                         : formats.decimal(typed->scale, marked));
                // Digits, thousands separators, the places the format adds.
                widths[c] = std::max(widths.at(c), text.size() * 4 / 3.0 + 3);
                break;
            case TypedCell::Kind::Date: {
                lxw_datetime date = {
                        typed->date.year(), typed->date.month(), typed->date.day(), 0, 0, 0.0};
                error = worksheet_write_datetime(worksheet, lxw_row_t(row), lxw_col_t(c), &date,
                                                 formats.date(marked));
                widths[c] = std::max(widths.at(c), 12.0);
                break;
            }
            case TypedCell::Kind::Boolean:
                error = worksheet_write_boolean(worksheet, lxw_row_t(row), lxw_col_t(c),
                                                typed->boolean ? 1 : 0, formats.plain(marked));
                break;
            }
            if (error != LXW_NO_ERROR)
                return Status::failure(QStringLiteral("%1: %2").arg(
                        where(name, row, c), QString::fromUtf8(lxw_strerror(error))));
        }
    }
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c),
                             std::min(widths.at(c), kMaxWidth), nullptr);
    worksheet_freeze_panes(worksheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(columns - 1));
    return {};
}

// libxlsxwriter opens files with fopen(): the system's 8-bit name on Unix; on Windows it reads
// the name as UTF-8 and opens it with _wfopen().
QByteArray fileNameForLibrary(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace

QString XlsxTableWriter::validSheetName(const QString &name)
{
    QString valid;
    for (const QChar c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            valid.append(QLatin1Char('_'));
        else
            valid.append(c);
    }
    valid = valid.trimmed();
    while (valid.startsWith(QLatin1Char('\'')))
        valid.remove(0, 1);
    if (valid.size() > kMaxSheetNameChars) {
        valid.truncate(kMaxSheetNameChars);
        if (valid.back().isHighSurrogate())
            valid.chop(1);
    }
    while (valid.endsWith(QLatin1Char('\'')))
        valid.chop(1);
    return valid.trimmed().isEmpty() ? tr("Sheet") : valid;
}

Status XlsxTableWriter::build(const QByteArray &fileName) const
{
    [[maybe_unused]] CNumericLocale cNumbers;
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook)
        return Status::failure(tr("the workbook cannot be created."));
    Formats formats(workbook);
    Status status;
    QSet<QString> taken; // Excel compares sheet names ignoring case
    for (const Sheet &sheet : m_sheets) {
        const QString base = validSheetName(sheet.name);
        QString name = base;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(kMaxSheetNameChars - suffix.size()) + suffix;
        }
        taken.insert(name.toCaseFolded());
        status = writeSheet(workbook, formats, sheet, name);
        if (!status)
            break;
    }
    // Always closed: it also frees the workbook. A failed one is thrown away with its folder.
    const lxw_error closed = workbook_close(workbook);
    if (!status)
        return status;
    if (closed != LXW_NO_ERROR)
        return Status::failure(tr("the workbook cannot be saved (%1).")
                                       .arg(QString::fromUtf8(lxw_strerror(closed))));
    return {};
}

Status XlsxTableWriter::write(const QString &path) const
{
    const QTemporaryDir folder;
    if (!folder.isValid())
        return Status::failure(tr("Cannot write %1: no temporary folder can be made (%2).")
                                       .arg(path, folder.errorString()));
    const QString built = folder.filePath(QStringLiteral("workbook.xlsx"));
    if (Status status = build(fileNameForLibrary(built)); !status)
        return Status::failure(tr("Cannot write %1: %2").arg(path, status.error()));

    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, in.errorString()));
    return AtomicFileWriter::copy(in, path);
}

XlsxTableWriter::ColumnType XlsxTableWriter::columnType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return XlsxTableWriter::ColumnType::Integer;
    case FieldType::Decimal:
        return XlsxTableWriter::ColumnType::Decimal;
    case FieldType::Date:
        return XlsxTableWriter::ColumnType::Date;
    case FieldType::Boolean:
        return XlsxTableWriter::ColumnType::Boolean;
    case FieldType::String:
    case FieldType::Reference:
    case FieldType::Enum:
    case FieldType::DateTime: // as ISO text: a date serial would lose the zone and milliseconds
        break;
    }
    return XlsxTableWriter::ColumnType::Text;
}
