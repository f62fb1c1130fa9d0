#include "xlsxmainelements.h"

namespace {

const QLatin1String kMainNamespace("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QLatin1String kStrictNamespace("http://purl.oclc.org/ooxml/spreadsheetml/main");
const QLatin1String
        kCompatibilityNamespace("http://schemas.openxmlformats.org/markup-compatibility/2006");

} // namespace

bool XlsxMainElements::accept(QXmlStreamReader::TokenType token, const QXmlStreamReader &xml)
{
    if (token == QXmlStreamReader::EndElement) {
        if (m_skip > 0) {
            --m_skip;
            return false;
        }
        return isMain(xml);
    }
    if (token != QXmlStreamReader::StartElement)
        return false;
    if (m_skip > 0) {
        ++m_skip;
        return false;
    }
    if (xml.name() == QLatin1String("extLst") ||
        (xml.name() == QLatin1String("Choice") && xml.namespaceUri() == kCompatibilityNamespace)) {
        m_skip = 1;
        return false;
    }
    return isMain(xml);
}

bool XlsxMainElements::isMain(const QXmlStreamReader &xml)
{
    const QStringView ns = xml.namespaceUri();
    return ns == kMainNamespace || ns == kStrictNamespace || ns.isEmpty();
}
