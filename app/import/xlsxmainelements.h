#pragma once

#include "xmlpartscanner.h"

#include <QXmlStreamReader>

// Which elements of a part are SpreadsheetML's own. Excel 2013 and later repeat familiar local
// names in extensions (<x15:workbookPr> inside extLst), which must not override the main
// elements: everything inside extLst and inside mc:Choice is passed over, and mc:Fallback is
// read, as a reader that knows no extension does. accept() decides for the small parts
// (workbook, styles) a QXmlStreamReader walks.
class XlsxMainElements
{
public:
    // For every StartElement and EndElement: true when it is a main element to act on.
    bool accept(QXmlStreamReader::TokenType token, const QXmlStreamReader &xml);

    // The same for the large parts an XmlPartScanner walks (shared strings, a sheet): whether
    // the element starts content to pass over. The scanner drops prefixes, so "Choice" is
    // mc:Choice; mc:Fallback is read. Inline: asked at every element of a sheet.
    static bool startsSkippedContent(const XmlPartScanner &xml)
    {
        return xml.nameIs("extLst") || xml.nameIs("Choice");
    }

private:
    static bool isMain(const QXmlStreamReader &xml);

    int m_skip = 0;
};
