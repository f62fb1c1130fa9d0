#include "valueconverter.h"

#include "decimal.h"
#include "formulaguard.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace {

// QString::trimmed() without its call when there is nothing to trim (most cells).
QString trimmedText(const QString &text)
{
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

// 1900 date system as Excel counts it (serial 60 is the fictitious 1900-02-29).
std::optional<QDate> fromExcelSerial(qint64 serial)
{
    if (serial < 1 || serial > 2958465) // 9999-12-31
        return std::nullopt;
    if (serial == 60)
        return std::nullopt;
    const QDate epoch(1899, 12, 31);
    return epoch.addDays(serial < 60 ? serial : serial - 1);
}

int fourDigitYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

bool isBlankChar(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// Currency signs and a percent sign around a number: "$ 1,250.00", "1 250,50 €", "10%".
bool isUnitChar(QChar c)
{
    return c == QLatin1Char('$') || c == QChar(0x20AC) || c == QChar(0x00A3) ||
           c == QLatin1Char('%') || isBlankChar(c);
}

bool isPlainIsoDate(const QString &t)
{
    if (t.size() != 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (t.at(i) < QLatin1Char('0') || t.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Digits with an optional leading '-' and one '.': already canonical, nothing to clean.
bool isPlainNumber(const QString &t)
{
    bool point = false;
    bool digit = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = true;
        else if (c == QLatin1Char('.') && !point)
            point = true;
        else if (!(c == QLatin1Char('-') && i == 0))
            return false;
    }
    return digit;
}

} // namespace

std::optional<QDate> ValueConverter::parseDate(const QString &input) const
{
    const QString text = trimmedText(input);
    if (text.isEmpty())
        return std::nullopt;
    // Fast path for what readers hand over most: YYYY-MM-DD.
    if (isPlainIsoDate(text)) {
        const QDate d(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }

    // ISO, with or without a midnight time: 2026-02-01, 2026-02-01T00:00:00, 2026/02/01.
    static const QRegularExpression iso(QStringLiteral(
            "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]00:00(?::00(?:\\.0+)?)?Z?)?$"));
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch()) {
        const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                      m.capturedView(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }

    // d.m.yyyy (always day first), a/b/yyyy and a-b-yyyy (order by the sheet's convention).
    static const QRegularExpression numeric(
            QStringLiteral("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})(?: 0?0:00(?::00)?)?$"));
    m = numeric.match(text);
    if (m.hasMatch()) {
        const int a = m.capturedView(1).toInt();
        const int b = m.capturedView(3).toInt();
        const int year = fourDigitYear(m.capturedView(4).toInt(), int(m.capturedLength(4)));
        bool dayFirst;
        if (m.capturedView(2) == QLatin1String("."))
            dayFirst = true;
        else if (m_formats.dateOrder == ImportFormats::DateOrder::DayMonthYear)
            dayFirst = true;
        else if (m_formats.dateOrder == ImportFormats::DateOrder::MonthDayYear)
            dayFirst = false;
        else if (a > 12)
            dayFirst = true;
        else if (b > 12)
            dayFirst = false;
        else
            return std::nullopt; // 03/04/2026 with no convention: never guess
        const QDate d = dayFirst ? QDate(year, b, a) : QDate(year, a, b);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }

    // An Excel serial number (a date column read as numbers).
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(?:\\.0+)?$"));
    if (serial.match(text).hasMatch()) {
        const auto d = fromExcelSerial(text.section(QLatin1Char('.'), 0, 0).toLongLong());
        if (d)
            return d;
    }

    // Month names: 31-Jan-2026, 31 Jan 2026, Jan 31, 2026, January 31, 2026.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    static const QStringList formats = {
            QStringLiteral("d-MMM-yyyy"),  QStringLiteral("d MMM yyyy"),
            QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d, yyyy"),
            QStringLiteral("d MMMM yyyy"), QStringLiteral("d-MMM-yy"),
    };
    for (const QString &format : formats) {
        QDate d = english.toDate(text, format);
        if (d.isValid()) {
            if (format.endsWith(QLatin1String("yy")) && !format.endsWith(QLatin1String("yyyy")))
                d = QDate(fourDigitYear(d.year() % 100, 2), d.month(), d.day());
            return d;
        }
    }
    return std::nullopt;
}

std::optional<QString> ValueConverter::normalizeNumber(const QString &input) const
{
    QString text = trimmedText(input);
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    // Accounting negatives: (1,250.00)
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.endsWith(QLatin1Char('-'))) { // SAP-style trailing minus: 1250.00-
        negative = !negative;
        text.chop(1);
    }
    while (!text.isEmpty() && isUnitChar(text.back()))
        text.chop(1);
    while (!text.isEmpty() && isUnitChar(text.front()))
        text.remove(0, 1);
    const QChar decimal = m_formats.decimalSeparator;
    const QChar grouping = decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    QString digits;
    digits.reserve(text.size());
    bool seenDecimal = false;
    bool seenDigit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            digits.append(QChar(QLatin1Char(char('0' + c.digitValue()))));
            seenDigit = true;
        } else if (c == decimal) {
            if (seenDecimal)
                return std::nullopt;
            seenDecimal = true;
            digits.append(QLatin1Char('.'));
        } else if (c == grouping || c == QLatin1Char('\'') || isBlankChar(c)) {
            if (seenDecimal)
                return std::nullopt; // grouping after the decimal point: not a number
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('+')) && !seenDigit &&
                   digits.isEmpty()) {
            if (c == QLatin1Char('-'))
                negative = !negative;
        } else if (isUnitChar(c) && !seenDigit) {
            continue; // "-$1,250.00"
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    if (negative)
        digits.prepend(QLatin1Char('-'));
    return digits;
}

ValueCodec::Parsed ValueConverter::convert(const FieldSpec &field, const QString &cell) const
{
    // Our own exports put an apostrophe before text a spreadsheet would run as a formula
    // ('=SUM(A1)); reading it back gives the text as it was.
    const QString input = !cell.isEmpty() && cell.front() == QLatin1Char('\'')
                                  ? FormulaGuard::restore(cell)
                                  : cell;
    const QString text = trimmedText(input);
    if (text.isEmpty())
        return {QVariant(), QString()};
    switch (field.type) {
    case FieldType::String:
    case FieldType::Reference:
    case FieldType::Enum:
        return ValueCodec::fromText(field, input);
    case FieldType::Boolean: {
        static const QStringList yes = {QStringLiteral("x"),   QStringLiteral("✓"),
                                        QStringLiteral("✔"),   QStringLiteral("ja"),
                                        QStringLiteral("oui"), QStringLiteral("si")};
        static const QStringList no = {QStringLiteral("-"), QStringLiteral("nein"),
                                       QStringLiteral("non")};
        const QString lower = text.toLower();
        if (yes.contains(lower))
            return {true, QString()};
        if (no.contains(lower))
            return {false, QString()};
        return ValueCodec::fromText(field, text);
    }
    case FieldType::Integer:
    case FieldType::Decimal: {
        if (isPlainNumber(text) && m_formats.decimalSeparator == QLatin1Char('.'))
            return ValueCodec::fromText(field, text);
        const auto number = normalizeNumber(text);
        if (!number) {
            auto parsed = ValueCodec::fromText(field, text);
            if (!parsed.problem.isEmpty() && m_formats.decimalSeparator == QLatin1Char(','))
                parsed.problem += tr(" (this sheet uses ',' as the decimal separator)");
            return parsed;
        }
        auto parsed = ValueCodec::fromText(field, *number);
        if (!parsed.problem.isEmpty())
            return ValueCodec::fromText(field, text); // report it as the user wrote it
        return parsed;
    }
    case FieldType::Date: {
        const auto date = parseDate(text);
        if (date)
            return {*date, QString()};
        auto parsed = ValueCodec::fromText(field, text);
        if (!parsed.problem.isEmpty())
            parsed.problem =
                    tr("'%1' is not a date this sheet's convention can read "
                       "(YYYY-MM-DD, %2, or an Excel date)")
                            .arg(text, m_formats.dateOrder == ImportFormats::DateOrder::DayMonthYear
                                               ? QStringLiteral("DD.MM.YYYY")
                                               : QStringLiteral("MM/DD/YYYY"));
        return parsed;
    }
    case FieldType::DateTime: {
        auto parsed = ValueCodec::fromText(field, text);
        if (parsed.problem.isEmpty())
            return parsed;
        const auto date = parseDate(text);
        if (date)
            return {QDateTime(*date, QTime(0, 0), Qt::UTC), QString()};
        return parsed;
    }
    }
    return ValueCodec::fromText(field, input);
}

bool ValueConverter::convertCanonical(const FieldSpec &field, QByteArrayView utf8,
                                      QVariant &value) const
{
    const auto *s = reinterpret_cast<const uchar *>(utf8.data());
    const qsizetype n = utf8.size();
    if (n == 0) {
        value = QVariant();
        return true;
    }
    // Anything that could need trimming or a formula guard undone goes the long way (and so
    // does a byte order mark, which QString::fromUtf8() would drop).
    auto isAsciiText = [](uchar c) { return c > ' ' && c < 0x7F; };
    if (!isAsciiText(s[0]) || s[0] == '\'')
        return false;
    auto digit = [](uchar c) { return c >= '0' && c <= '9'; };
    // setValue() reuses the variant when it holds the same type, as a column's last value does.
    switch (field.type) {
    case FieldType::String:
    case FieldType::Reference:
        // Kept as written, surrounding spaces and all (only blank text is no value).
        value.setValue(QString::fromUtf8(utf8));
        return true;
    case FieldType::Integer: {
        // -?[0-9]{1,18}: never overflows, needs no cleaning in either decimal convention.
        const qsizetype sign = s[0] == '-' ? 1 : 0;
        if (n - sign < 1 || n - sign > 18)
            return false;
        qint64 number = 0;
        for (qsizetype i = sign; i < n; ++i) {
            if (!digit(s[i]))
                return false;
            number = number * 10 + (s[i] - '0');
        }
        if (sign)
            number = -number;
        if (field.integerWidth == 32 && (number > std::numeric_limits<qint32>::max() ||
                                         number < std::numeric_limits<qint32>::min()))
            return false;
        value.setValue(number);
        return true;
    }
    case FieldType::Decimal: {
        // -?digits with at most one decimal separator (this sheet's) and 18 digits: what
        // Decimal::fromString reads once normalizeNumber() has put in a '.'.
        const QChar separator = m_formats.decimalSeparator;
        if (separator != QLatin1Char('.') && separator != QLatin1Char(','))
            return false;
        const auto point = uchar(separator.unicode());
        const qsizetype sign = s[0] == '-' ? 1 : 0;
        qint64 mantissa = 0;
        int digits = 0;
        int scale = 0;
        bool seenPoint = false;
        for (qsizetype i = sign; i < n; ++i) {
            if (digit(s[i])) {
                if (++digits > 18)
                    return false;
                mantissa = mantissa * 10 + (s[i] - '0');
                if (seenPoint)
                    ++scale;
            } else if (s[i] == point && !seenPoint) {
                seenPoint = true;
            } else {
                return false;
            }
        }
        if (digits == 0)
            return false;
        const auto decimal = Decimal::fromParts(sign ? -mantissa : mantissa, scale);
        if (!decimal)
            return false;
        value.setValue(*decimal);
        return true;
    }
    case FieldType::Date: {
        // YYYY-MM-DD, as parseDate() reads it first.
        if (n != 10 || s[4] != '-' || s[7] != '-')
            return false;
        for (const int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!digit(s[i]))
                return false;
        }
        const QDate date((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
                                 (s[3] - '0'),
                         (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0'));
        if (!date.isValid())
            return false; // the problem message is convert()'s
        value.setValue(date);
        return true;
    }
    case FieldType::Boolean:
    case FieldType::Enum:
    case FieldType::DateTime:
        break;
    }
    return false;
}

ImportFormats ValueConverter::detect(const QStringList &dateSamples,
                                     const QStringList &numberSamples)
{
    ImportFormats formats;
    static const QRegularExpression slashed(
            QStringLiteral("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{2}|\\d{4})"));
    int dayFirst = 0;
    int monthFirst = 0;
    for (const QString &s : dateSamples) {
        const QRegularExpressionMatch m = slashed.match(s.trimmed());
        if (!m.hasMatch())
            continue;
        const int a = m.capturedView(1).toInt();
        const int b = m.capturedView(2).toInt();
        if (a > 12 && b <= 12)
            ++dayFirst;
        else if (b > 12 && a <= 12)
            ++monthFirst;
    }
    if (dayFirst > monthFirst)
        formats.dateOrder = ImportFormats::DateOrder::DayMonthYear;
    else if (monthFirst > dayFirst)
        formats.dateOrder = ImportFormats::DateOrder::MonthDayYear;

    // A decimal comma: "1.250,50", "0,5", "12,75" — a comma followed by one, two or more than
    // three digits, or a comma after the last dot.
    static const QRegularExpression commaDecimal(
            QStringLiteral("^[-(]?[\\d.\\s\u00a0]*\\d,(\\d{1,2}|\\d{4,})\\)?-?$"));
    static const QRegularExpression dotDecimal(
            QStringLiteral("^[-(]?[\\d,\\s\u00a0]*\\d\\.(\\d{1,2}|\\d{4,})\\)?-?$"));
    int comma = 0;
    int dot = 0;
    for (const QString &s : numberSamples) {
        const QString t = s.trimmed();
        if (commaDecimal.match(t).hasMatch())
            ++comma;
        else if (dotDecimal.match(t).hasMatch())
            ++dot;
    }
    if (comma > dot)
        formats.decimalSeparator = QLatin1Char(',');
    return formats;
}
