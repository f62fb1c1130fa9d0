#pragma once

#include "xmlpartscanner.h"

#include <QString>

// The text of a shared string or an inline string cell from its <t> runs, as Excel shows it.
// Leading and trailing XML whitespace of a text without xml:space="preserve" is not part of
// it: Excel trims it when it opens such a file (writers that leave the attribute out see their
// "  B-inline  " come back as "B-inline"), while whitespace between rich-text runs stays.
// So the cell's first and last <t> decide, each by its own xml:space.
class XlsxTextRuns
{
public:
    // At each <t> of the text (inline: once per run of a cell).
    void start(const XmlPartScanner &xml)
    {
        const bool preserve = XmlPartScanner::equals(xml.attribute("space"), "preserve");
        if (!m_any)
            m_preserveFirst = preserve;
        m_preserveLast = preserve;
        m_any = true;
    }
    // Trims the joined runs in text as Excel does, and starts over for the next text.
    void finish(QString &text);

    // Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_) and a
    // literal "_x" followed by four hex digits and "_" with its underscore escaped as _x005F_.
    static void decodeExcelEscapes(QString &text);

private:
    bool m_any = false;
    bool m_preserveFirst = false;
    bool m_preserveLast = false;
};
