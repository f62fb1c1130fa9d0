#include "xlsxtextruns.h"

void XlsxTextRuns::finish(QString &text)
{
    auto isXmlSpace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
               c == QLatin1Char('\r');
    };
    qsizetype end = text.size();
    if (!m_preserveLast) {
        while (end > 0 && isXmlSpace(text.at(end - 1)))
            --end;
    }
    qsizetype begin = 0;
    if (!m_preserveFirst) {
        while (begin < end && isXmlSpace(text.at(begin)))
            ++begin;
    }
    if (begin > 0 || end < text.size())
        text = text.mid(begin, end - begin);
    *this = XlsxTextRuns();
}

void XlsxTextRuns::decodeExcelEscapes(QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() &&
            text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    text = out;
}
