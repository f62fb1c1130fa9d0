#include "excelvalue.h"

#include <QDate>

#include <cmath>

namespace {

constexpr int kMaxSignificantDigits = 15; // what Excel shows of a double

// Already what normalizeNumber() would make of it: no exponent, no superfluous zeros, at most
// 15 digits. Most numbers Excel writes are like this, and they need no work.
bool isCanonicalNumber(QByteArrayView t)
{
    qsizetype i = t.startsWith('-') ? 1 : 0;
    const qsizetype intStart = i;
    while (i < t.size() && t.at(i) >= '0' && t.at(i) <= '9')
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && t.at(intStart) == '0'))
        return false;
    qsizetype fractionDigits = 0;
    if (i < t.size()) {
        if (t.at(i) != '.')
            return false;
        ++i;
        const qsizetype fractionStart = i;
        while (i < t.size() && t.at(i) >= '0' && t.at(i) <= '9')
            ++i;
        fractionDigits = i - fractionStart;
        if (i != t.size() || fractionDigits == 0 || t.at(i - 1) == '0')
            return false;
    }
    if (intStart == 1 && intDigits == 1 && t.at(1) == '0' && fractionDigits == 0)
        return false; // "-0"
    return intDigits + fractionDigits <= kMaxSignificantDigits;
}

// "08:30:00"; hours past 24 for durations ("27:30:00").
QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Rounds digits (more than Excel shows) half up to kMaxSignificantDigits; exponent follows.
void roundToSignificantDigits(QString &digits, int &exponent)
{
    const bool roundUp = digits.at(kMaxSignificantDigits) >= QLatin1Char('5');
    exponent += int(digits.size()) - kMaxSignificantDigits;
    digits.truncate(kMaxSignificantDigits);
    if (roundUp) {
        qsizetype k = digits.size() - 1;
        while (k >= 0 && digits.at(k) == QLatin1Char('9')) {
            digits[k] = QLatin1Char('0');
            --k;
        }
        if (k < 0)
            digits.prepend(QLatin1Char('1'));
        else
            digits[k] = QChar(digits.at(k).unicode() + 1);
    }
}

} // namespace

// Exact decimal text of an Excel number, at most 15 significant digits as Excel shows it:
// "0.30000000000000004" -> "0.3", "1.25E+6" -> "1250000", "1E-3" -> "0.001".
QString ExcelValue::normalizeNumber(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))) {
        negative = text.at(i) == QLatin1Char('-');
        ++i;
    }
    QString digits;
    int exponent = 0;
    bool point = false;
    bool any = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            any = true;
            if (digits.isEmpty() && c == QLatin1Char('0')) {
                if (point)
                    --exponent;
                continue;
            }
            digits.append(c);
            if (point)
                --exponent;
        } else if (c == QLatin1Char('.') && !point) {
            point = true;
        } else if (c == QLatin1Char('E') || c == QLatin1Char('e')) {
            bool ok = false;
            const int e = text.mid(i + 1).toInt(&ok);
            if (!ok || e > 400 || e < -400)
                return text.toString();
            exponent += e;
            break;
        } else {
            return text.toString(); // not a number: keep what was written
        }
    }
    if (!any)
        return text.toString();
    if (digits.isEmpty())
        return QStringLiteral("0");
    if (digits.size() > kMaxSignificantDigits)
        roundToSignificantDigits(digits, exponent);
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0'))) {
        digits.chop(1);
        ++exponent;
    }
    QString out;
    if (exponent >= 0) {
        out = digits + QString(exponent, QLatin1Char('0'));
    } else {
        const int fraction = -exponent;
        if (digits.size() > fraction)
            out = digits.left(digits.size() - fraction) + QLatin1Char('.') + digits.right(fraction);
        else
            out = QStringLiteral("0.") + QString(fraction - digits.size(), QLatin1Char('0')) +
                  digits;
    }
    if (negative && out != QLatin1String("0"))
        out.prepend(QLatin1Char('-'));
    return out;
}

QString ExcelValue::normalizeNumberBytes(QByteArrayView value)
{
    if (isCanonicalNumber(value))
        return QString::fromLatin1(value);
    return normalizeNumber(QString::fromUtf8(value));
}

// ISO text of an Excel date serial in the workbook's date system.
QString ExcelValue::serialToIso(QStringView serialText, bool date1904)
{
    bool ok = false;
    const double serial = serialText.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958466)
        return QString();
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 60) {
        return QStringLiteral("1900-02-29"); // Excel's fictitious leap day
    } else if (days < 60) {
        date = QDate(1899, 12, 31).addDays(days);
    } else {
        date = QDate(1899, 12, 30).addDays(days);
    }
    if (date.year() > 9999)
        return QString(); // Excel shows ##### after 9999-12-31
    QString text = date.toString(Qt::ISODate);
    if (seconds > 0)
        text += QLatin1Char('T') + clockText(seconds);
    return text;
}

QString ExcelValue::serialBytesToIso(QByteArrayView value, bool date1904)
{
    // Whole days after 1900-03-01 (serial 61): most dates in a sheet.
    const int serial = ExcelValue::parseCount(value);
    if (!date1904 && serial > 60 && serial <= 2958465) {
        int y = 0;
        int m = 0;
        int d = 0;
        QDate(1899, 12, 30).addDays(serial).getDate(&y, &m, &d);
        char iso[10] = {char('0' + y / 1000),
                        char('0' + y / 100 % 10),
                        char('0' + y / 10 % 10),
                        char('0' + y % 10),
                        '-',
                        char('0' + m / 10),
                        char('0' + m % 10),
                        '-',
                        char('0' + d / 10),
                        char('0' + d % 10)};
        return QString::fromLatin1(iso, 10);
    }
    return serialToIso(QString::fromUtf8(value), date1904);
}

QString ExcelValue::serialToTime(QStringView serialText, bool duration)
{
    bool ok = false;
    const double serial = serialText.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958466)
        return QString();
    // Rounded to the second as Excel shows h:mm:ss; a time of day that rounds up to 24:00 is
    // midnight, as Excel shows it.
    const qint64 seconds =
            duration ? qint64(std::llround(serial * 86400.0))
                     : qint64(std::llround((serial - std::floor(serial)) * 86400.0)) % 86400;
    return clockText(seconds);
}

QString ExcelValue::isoCellToText(QStringView text, bool timeOnly)
{
    text = text.trimmed();
    qsizetype i = 0;
    // Fixed-width digits at i, advancing past them; -1 if they are not all digits.
    auto digits = [&](int count) {
        if (i + count > text.size())
            return -1;
        int n = 0;
        for (int k = 0; k < count; ++k) {
            const QChar c = text.at(i + k);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
            n = n * 10 + (c.unicode() - '0');
        }
        i += count;
        return n;
    };
    auto skip = [&](char c) {
        if (i < text.size() && text.at(i) == QLatin1Char(c)) {
            ++i;
            return true;
        }
        return false;
    };
    QDate date;
    if (text.size() >= 10 && text.at(4) == QLatin1Char('-')) {
        const int y = digits(4);
        const int m = skip('-') ? digits(2) : -1;
        const int d = skip('-') ? digits(2) : -1;
        date = QDate(y, m, d);
        if (y < 0 || m < 0 || d < 0 || !date.isValid())
            return QString();
        if (i < text.size() && !skip('T') && !skip(' '))
            return QString();
    }
    qint64 seconds = 0;
    bool hasTime = false;
    if (i < text.size()) {
        const int h = digits(2);
        const int m = skip(':') ? digits(2) : -1;
        const int s = skip(':') ? digits(2) : 0;
        if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
            return QString();
        double fraction = 0;
        if (skip('.') || skip(',')) {
            const qsizetype start = i;
            while (i < text.size() && text.at(i).isDigit())
                ++i;
            QString decimals = QStringLiteral("0.");
            decimals.append(text.mid(start, i - start));
            fraction = decimals.toDouble();
        }
        // A zone (Z, +02:00) is dropped: Excel has no time zones and shows the time as written.
        if (skip('Z') || skip('+') || skip('-'))
            i = text.size();
        if (i != text.size())
            return QString();
        seconds = qint64(h) * 3600 + m * 60 + s + std::llround(fraction);
        hasTime = true;
    }
    if (!date.isValid() && !hasTime)
        return QString();
    if (seconds >= 86400) {
        date = date.addDays(1);
        seconds -= 86400;
    }
    if (timeOnly || !date.isValid())
        return clockText(seconds);
    QString out = date.toString(Qt::ISODate);
    if (seconds > 0)
        out += QLatin1Char('T') + clockText(seconds);
    return out;
}
