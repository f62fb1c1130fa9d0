#include "xmlpartscanner.h"

#include <cstring>

namespace {

constexpr qsizetype kInitialBuffer = 256 * 1024;
// No tag, comment or processing instruction of a workbook comes near this; a longer one is a
// broken or hostile file, not a reason to grow the buffer without end.
constexpr qsizetype kMaxMarkup = 8 * 1024 * 1024;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool endsName(char c)
{
    return isSpace(c) || c == '/' || c == '>' || c == '=';
}

std::uint32_t hashName(QByteArrayView name)
{
    std::uint32_t h = 2166136261u; // FNV-1a
    for (const char c : name) {
        h ^= std::uint8_t(c);
        h *= 16777619u;
    }
    return h;
}

// "x:c" -> "c"
QByteArrayView localName(QByteArrayView name)
{
    for (qsizetype i = name.size() - 1; i >= 0; --i) {
        if (name.at(i) == ':')
            return name.sliced(i + 1);
    }
    return name;
}

bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

// &lt; &gt; &amp; &quot; &apos; &#N; &#xH; -> the character; 0 when unknown.
char32_t entityValue(QByteArrayView name)
{
    if (name == "lt")
        return U'<';
    if (name == "gt")
        return U'>';
    if (name == "amp")
        return U'&';
    if (name == "quot")
        return U'"';
    if (name == "apos")
        return U'\'';
    if (name.size() < 2 || name.at(0) != '#')
        return 0;
    const bool hex = name.at(1) == 'x';
    const QByteArrayView digits = name.sliced(hex ? 2 : 1);
    if (digits.isEmpty() || digits.size() > 8)
        return 0;
    char32_t value = 0;
    for (const char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return 0;
        value = value * (hex ? 16 : 10) + char32_t(d);
    }
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return value;
}

// How much of text can be handed out as a piece of a longer run: all but an incomplete UTF-8
// sequence, entity or CR LF pair at its end.
qsizetype safePieceEnd(QByteArrayView text)
{
    qsizetype end = text.size();
    qsizetype lead = end - 1;
    int continuation = 0;
    while (lead >= 0 && continuation < 3 && (std::uint8_t(text.at(lead)) & 0xC0) == 0x80) {
        --lead;
        ++continuation;
    }
    if (lead >= 0) {
        const auto c = std::uint8_t(text.at(lead));
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (length > continuation + 1)
            end = lead;
    }
    const qsizetype amp = text.first(end).lastIndexOf('&');
    if (amp >= 0 && !text.sliced(amp, end - amp).contains(';'))
        end = amp;
    if (end > 0 && text.at(end - 1) == '\r')
        --end;
    return end;
}

} // namespace

XmlPartScanner::XmlPartScanner(Source source, int maxDepth)
    : m_source(std::move(source))
    , m_maxDepth(maxDepth)
    , m_buffer(kInitialBuffer, Qt::Uninitialized)
{
    m_attributes.reserve(8);
}

QByteArrayView XmlPartScanner::attribute(QByteArrayView name) const
{
    for (const Attribute &a : m_attributes) {
        if (a.localName.size() != name.size())
            continue;
        qsizetype i = 0;
        while (i < name.size() && a.localName.at(i) == name.at(i))
            ++i;
        if (i == name.size())
            return a.value;
    }
    return {};
}

bool XmlPartScanner::appendText(QString &out) const
{
    return decode(m_text, out, !m_cdata);
}

bool XmlPartScanner::decode(QByteArrayView raw, QString &out, bool entities)
{
    const qsizetype start = out.size();
    if (!entities || !raw.contains('&')) {
        if (out.isEmpty())
            out = QString::fromUtf8(raw);
        else
            out += QString::fromUtf8(raw);
    } else {
        qsizetype i = 0;
        while (i < raw.size()) {
            const qsizetype amp = raw.indexOf('&', i);
            if (amp < 0) {
                out += QString::fromUtf8(raw.sliced(i));
                break;
            }
            out += QString::fromUtf8(raw.sliced(i, amp - i));
            const qsizetype semi = raw.indexOf(';', amp);
            const char32_t c = semi < 0 || semi - amp > 12
                                       ? 0
                                       : entityValue(raw.sliced(amp + 1, semi - amp - 1));
            if (c == 0) {
                out.truncate(start);
                return false;
            }
            out += QString::fromUcs4(&c, 1);
            i = semi + 1;
        }
    }
    // XML reads every line break as a line feed.
    if (raw.contains('\r')) {
        QString tail = out.mid(start);
        tail.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        tail.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        out.truncate(start);
        out += tail;
    }
    return true;
}

bool XmlPartScanner::refill()
{
    if (m_eof || m_problem != Problem::None)
        return false;
    char *data = m_buffer.data();
    if (m_pos > 0) {
        std::memmove(data, data + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= kMaxMarkup)
            return false;
        m_buffer.resize(m_buffer.size() * 2);
        data = m_buffer.data();
    }
    const qint64 n = m_source(data + m_end, m_buffer.size() - m_end);
    if (n < 0) {
        m_problem = Problem::Source;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += qsizetype(n);
    return true;
}

XmlPartScanner::Token XmlPartScanner::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    return Token::Invalid;
}

XmlPartScanner::Token XmlPartScanner::next()
{
    if (m_problem != Problem::None)
        return Token::Invalid;
    m_cdata = false;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.pop_back();
        m_attributes.clear();
        return Token::EndElement;
    }
    if (!m_started) {
        while (m_end - m_pos < 3 && refill()) {
        }
        if (m_problem != Problem::None)
            return Token::Invalid;
        const QByteArrayView head(m_buffer.constData() + m_pos, m_end - m_pos);
        if (head.startsWith("\xEF\xBB\xBF"))
            m_pos += 3;
        else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
            return fail(Problem::Syntax, tr("text in UTF-16, which workbooks do not use"));
        m_started = true;
    }
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (m_problem != Problem::None)
                return Token::Invalid;
            if (!m_open.empty() || !m_sawRoot)
                return fail(Problem::Syntax, tr("the part ends before its last element is closed"));
            return Token::EndDocument;
        }
        if (m_buffer.at(m_pos) != '<')
            return textToken();
        Token token = Token::Invalid;
        const Scan scan = scanMarkup(token);
        if (scan == Scan::Failed)
            return Token::Invalid;
        if (scan == Scan::Done) {
            if (token != Token::EndDocument) // EndDocument here: a comment or PI, skipped
                return token;
            continue;
        }
        if (!refill()) {
            if (m_problem != Problem::None)
                return Token::Invalid;
            return fail(Problem::Syntax,
                        m_eof ? tr("the part ends inside a tag") : tr("a tag that never ends"));
        }
    }
}

XmlPartScanner::Token XmlPartScanner::textToken()
{
    for (;;) {
        const char *data = m_buffer.constData();
        const void *lt = std::memchr(data + m_pos, '<', size_t(m_end - m_pos));
        qsizetype cut = lt ? static_cast<const char *>(lt) - data : m_end;
        if (!lt && !m_eof && m_pos > 0) {
            // Move the text to the front and read more: most runs end in this buffer.
            if (refill())
                continue;
            if (m_problem != Problem::None)
                return Token::Invalid;
            data = m_buffer.constData();
            cut = m_end;
        }
        if (!lt && !m_eof) {
            // A long run: hand it out in pieces, never splitting a character, an entity or a
            // CR LF pair.
            cut = safePieceEnd(QByteArrayView(data + m_pos, cut - m_pos)) + m_pos;
            if (cut == m_pos) {
                if (refill() || m_eof)
                    continue;
                if (m_problem != Problem::None)
                    return Token::Invalid;
                return fail(Problem::Syntax, tr("text that never ends"));
            }
        }
        m_text = QByteArrayView(data + m_pos, cut - m_pos);
        m_pos = cut;
        if (m_open.empty() && !isBlank(m_text))
            return fail(Problem::Syntax, tr("text outside the document's element"));
        return Token::Characters;
    }
}

XmlPartScanner::Scan XmlPartScanner::skipUntil(qsizetype from, QByteArrayView terminator,
                                               qsizetype &after) const
{
    const QByteArrayView rest(m_buffer.constData(), m_end);
    const qsizetype at = rest.indexOf(terminator, from);
    if (at < 0)
        return Scan::NeedMore;
    after = at + terminator.size();
    return Scan::Done;
}

XmlPartScanner::Scan XmlPartScanner::scanMarkup(Token &token)
{
    const qsizetype available = m_end - m_pos;
    if (available < 2)
        return Scan::NeedMore;
    const char *data = m_buffer.constData();
    const char kind = data[m_pos + 1];
    if (kind == '/')
        return scanEndTag(m_pos + 2, token);
    if (kind == '?') {
        qsizetype after = 0;
        if (skipUntil(m_pos + 2, "?>", after) == Scan::NeedMore)
            return Scan::NeedMore;
        m_pos = after;
        token = Token::EndDocument;
        return Scan::Done;
    }
    if (kind != '!')
        return scanStartTag(m_pos + 1, token);
    const QByteArrayView head(data + m_pos, available);
    if (head.startsWith("<!--")) {
        qsizetype after = 0;
        if (skipUntil(m_pos + 4, "-->", after) == Scan::NeedMore)
            return Scan::NeedMore;
        m_pos = after;
        token = Token::EndDocument;
        return Scan::Done;
    }
    if (head.startsWith("<![CDATA[")) {
        qsizetype after = 0;
        if (skipUntil(m_pos + 9, "]]>", after) == Scan::NeedMore)
            return Scan::NeedMore;
        if (m_open.empty()) {
            fail(Problem::Syntax, tr("text outside the document's element"));
            return Scan::Failed;
        }
        m_text = QByteArrayView(data + m_pos + 9, after - 3 - (m_pos + 9));
        m_cdata = true;
        m_pos = after;
        token = Token::Characters;
        return Scan::Done;
    }
    if (available < 9 &&
        (QByteArrayView("<![CDATA[").startsWith(head) || QByteArrayView("<!--").startsWith(head)))
        return Scan::NeedMore;
    fail(Problem::Entities, tr("declares a DTD or entities"));
    return Scan::Failed;
}

XmlPartScanner::Scan XmlPartScanner::scanStartTag(qsizetype at, Token &token)
{
    const char *data = m_buffer.constData();
    qsizetype i = at;
    while (i < m_end && !endsName(data[i]))
        ++i;
    if (i == m_end)
        return Scan::NeedMore;
    if (i == at) {
        fail(Problem::Syntax, tr("a tag without a name"));
        return Scan::Failed;
    }
    const QByteArrayView qualified(data + at, i - at);
    m_attributes.clear();
    bool empty = false;
    for (;;) {
        while (i < m_end && isSpace(data[i]))
            ++i;
        if (i == m_end)
            return Scan::NeedMore;
        if (data[i] == '>') {
            ++i;
            break;
        }
        if (data[i] == '/') {
            if (i + 1 == m_end)
                return Scan::NeedMore;
            if (data[i + 1] != '>') {
                fail(Problem::Syntax, tr("a '/' inside a tag"));
                return Scan::Failed;
            }
            i += 2;
            empty = true;
            break;
        }
        const qsizetype nameStart = i;
        while (i < m_end && !endsName(data[i]))
            ++i;
        const qsizetype nameEnd = i;
        while (i < m_end && isSpace(data[i]))
            ++i;
        if (i == m_end)
            return Scan::NeedMore;
        if (nameEnd == nameStart || data[i] != '=') {
            fail(Problem::Syntax, tr("an attribute without a value"));
            return Scan::Failed;
        }
        ++i;
        while (i < m_end && isSpace(data[i]))
            ++i;
        if (i == m_end)
            return Scan::NeedMore;
        const char quote = data[i];
        if (quote != '"' && quote != '\'') {
            fail(Problem::Syntax, tr("an attribute value without quotes"));
            return Scan::Failed;
        }
        const void *close = std::memchr(data + i + 1, quote, size_t(m_end - i - 1));
        if (!close)
            return Scan::NeedMore;
        const qsizetype valueEnd = static_cast<const char *>(close) - data;
        const QByteArrayView attributeName(data + nameStart, nameEnd - nameStart);
        if (!attributeName.startsWith("xmlns"))
            m_attributes.push_back(
                    {localName(attributeName), QByteArrayView(data + i + 1, valueEnd - i - 1)});
        i = valueEnd + 1;
    }
    if (m_open.empty() && m_sawRoot) {
        fail(Problem::Syntax, tr("a second document element"));
        return Scan::Failed;
    }
    if (int(m_open.size()) >= m_maxDepth) {
        fail(Problem::TooDeep, tr("nests XML deeper than %1 levels").arg(m_maxDepth));
        return Scan::Failed;
    }
    m_sawRoot = true;
    m_open.push_back(hashName(qualified));
    m_name = localName(qualified);
    m_pendingEnd = empty;
    m_pos = i;
    token = Token::StartElement;
    return Scan::Done;
}

XmlPartScanner::Scan XmlPartScanner::scanEndTag(qsizetype at, Token &token)
{
    const char *data = m_buffer.constData();
    qsizetype i = at;
    while (i < m_end && !endsName(data[i]))
        ++i;
    const qsizetype nameEnd = i;
    while (i < m_end && isSpace(data[i]))
        ++i;
    if (i == m_end)
        return Scan::NeedMore;
    const QByteArrayView qualified(data + at, nameEnd - at);
    if (data[i] != '>' || m_open.empty() || m_open.back() != hashName(qualified)) {
        fail(Problem::Syntax, tr("a closing tag that does not match its opening tag"));
        return Scan::Failed;
    }
    m_open.pop_back();
    m_attributes.clear();
    m_name = localName(qualified);
    m_pos = i + 1;
    token = Token::EndElement;
    return Scan::Done;
}
