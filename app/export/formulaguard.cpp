#include "formulaguard.h"

namespace {

// Text a spreadsheet program could read as a formula or a DDE command.
bool startsDangerously(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        return !FormulaGuard::isPlainNumber(text);
    default:
        return false;
    }
}

} // namespace

bool FormulaGuard::isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-')))
        ++i;
    bool point = false;
    bool digit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digit = true;
        } else if (c == QLatin1Char('.') && !point) {
            point = true;
        } else {
            return false;
        }
    }
    return digit;
}

bool FormulaGuard::needsGuard(const QString &text)
{
    qsizetype apostrophes = 0;
    while (apostrophes < text.size() && text.at(apostrophes) == QLatin1Char('\''))
        ++apostrophes;
    return startsDangerously(QStringView(text).mid(apostrophes));
}

QString FormulaGuard::neutralise(const QString &text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

QString FormulaGuard::restore(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && needsGuard(text.mid(1)))
        return text.mid(1);
    return text;
}
