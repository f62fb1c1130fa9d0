#include "excelnumberformat.h"

// 27-36 and 50-58 are the East Asian built-ins; 32-35 are times in every one of those locales,
// the others dates.
ExcelNumberFormat::Kind ExcelNumberFormat::builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 ||
        (id >= 50 && id <= 58))
        return Kind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47)
        return Kind::Time;
    if (id == 46)
        return Kind::Duration;
    return Kind::Number;
}

// The first section of a custom format code, outside quotes, escapes and [colour]/[condition]
// sections: y, d or e (era year) make it a date; otherwise h or s a time of day; an elapsed
// [h], [m] or [s] a duration; m alone is a month ("mmm yy" has a y anyway).
ExcelNumberFormat::Kind ExcelNumberFormat::formatCodeKind(const QString &code)
{
    bool date = false;
    bool time = false;
    bool month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const char16_t l = c.toLower().unicode();
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                break;
            const QString inner = code.mid(i + 1, end - i - 1).toLower();
            if (!inner.isEmpty() && (inner.count(QLatin1Char('h')) == inner.size() ||
                                     inner.count(QLatin1Char('m')) == inner.size() ||
                                     inner.count(QLatin1Char('s')) == inner.size()))
                return Kind::Duration;
            i = end;
        } else if (code.mid(i, 7).compare(QLatin1String("General"), Qt::CaseInsensitive) == 0) {
            i += 6;
        } else if (code.mid(i, 5).compare(QLatin1String("AM/PM"), Qt::CaseInsensitive) == 0) {
            i += 4;
        } else if (code.mid(i, 3).compare(QLatin1String("A/P"), Qt::CaseInsensitive) == 0) {
            i += 2;
        } else if (l == u'e' && i + 1 < code.size() &&
                   (code.at(i + 1) == QLatin1Char('+') || code.at(i + 1) == QLatin1Char('-'))) {
            ++i; // scientific notation, 0.00E+00
        } else if (l == u'y' || l == u'd' || l == u'e') {
            date = true;
        } else if (l == u'h' || l == u's') {
            time = true;
        } else if (l == u'm') {
            month = true;
        } else if (c == QLatin1Char(';')) {
            break; // the first section decides
        }
    }
    if (date)
        return Kind::Date;
    if (time)
        return Kind::Time;
    return month ? Kind::Date : Kind::Number;
}
