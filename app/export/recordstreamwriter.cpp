#include "recordstreamwriter.h"

#include "entityschema.h"
#include "formulaguard.h"
#include "rawtext.h"
#include "valuecodec.h"

#include <QDate>
#include <QIODevice>
#include <QJsonObject>

#include <cstring>

namespace {

// Output is handed to the device in chunks of about this size.
constexpr qsizetype kChunk = qsizetype(1) << 20;

char hexDigit(char16_t u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

// QByteArray::append goes through insert() in Qt 6.4, dozens of instructions a call; the
// writer makes room once and copies into it (resize keeps the capacity of the chunk).
void appendBytes(QByteArray &out, const char *bytes, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, bytes, size_t(size));
}

void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendBytes(out, bytes.constData(), bytes.size());
}

// A JSON string as QJsonDocument writes it: '"', '\\' and control characters escaped
// (\b \f \n \r \t, the rest as lowercase \u00xx), everything else UTF-8, and a surrogate
// without its partner as a \uxxxx escape (UTF-8 cannot carry it).
void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + 2 + 6 * text.size()); // at most 6 bytes a UTF-16 unit ("\u001f")
    char *p = out.data() + at;
    *p++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case 0x8:
                *p++ = 'b';
                break;
            case 0xc:
                *p++ = 'f';
                break;
            case 0xa:
                *p++ = 'n';
                break;
            case 0xd:
                *p++ = 'r';
                break;
            case 0x9:
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hexDigit(u >> 4);
                *p++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hexDigit((u >> 12) & 0xf);
            *p++ = hexDigit((u >> 8) & 0xf);
            *p++ = hexDigit((u >> 4) & 0xf);
            *p++ = hexDigit(u & 0xf);
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

// QDate::toString(Qt::ISODate) formats through QString::asprintf, ~5,500 instructions a date
// and the largest single cost of an export; years 1-9999 are spelled here the same way
// ("%04d-%02d-%02d"), anything else is left to Qt. Returns the length written, 0 if left.
int isoDate(const QVariant &value, char (&out)[10])
{
    if (value.userType() != QMetaType::QDate)
        return 0;
    int year = 0;
    int month = 0;
    int day = 0;
    static_cast<const QDate *>(value.constData())->getDate(&year, &month, &day);
    if (year < 1 || year > 9999 || month < 1 || day < 1)
        return 0;
    const int digits[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10,
                          month / 10,  month % 10,      day / 10,       day % 10};
    const int at[] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i)
        out[at[i]] = char('0' + digits[i]);
    out[4] = out[7] = '-';
    return 10;
}

// The QString a text-like variant holds, without a copy; nullptr for any other value.
const QString *heldString(const QVariant &value)
{
    return value.userType() == QMetaType::QString ? static_cast<const QString *>(value.constData())
                                                  : nullptr;
}

} // namespace

RecordStreamWriter::RecordStreamWriter(const EntitySchema &schema, Format format, QIODevice *device)
    : m_schema(schema)
    , m_format(format)
    , m_device(device)
{
    if (m_format == Format::Json) {
        // QJsonObject keeps its keys sorted; letting it sort the paths once gives its order.
        QJsonObject order;
        for (int i = 0; i < m_schema.fieldCount(); ++i)
            order.insert(m_schema.field(i).path, i);
        for (const QString &key : order.keys()) {
            JsonKey jsonKey;
            jsonKey.prefix = QByteArray(8, ' ');
            appendJsonString(jsonKey.prefix, key);
            jsonKey.prefix.append(": ");
            for (int i = 0; i < m_schema.fieldCount(); ++i) {
                if (m_schema.field(i).path == key)
                    jsonKey.fields.append(i);
            }
            m_jsonKeys.append(jsonKey);
        }
        m_buffer.append("[\n");
    } else {
        for (int i = 0; i < m_schema.fieldCount(); ++i) {
            if (i)
                m_line.append(QLatin1Char(','));
            appendCsvCell(m_schema.field(i).path);
        }
        m_line.append(QLatin1String("\r\n"));
        m_buffer.append(m_line.toUtf8());
    }
}

void RecordStreamWriter::add(const Record &record)
{
    if (m_format == Format::Json)
        addJson(record);
    else
        addCsv(record);
    ++m_rows;
    flushFull();
}

// One object of the indented array, as QJsonDocument::toJson(Indented) writes it: the same
// values as ValueCodec::toJson (integers as numbers, booleans, the rest as canonical text);
// empty cells left out.
void RecordStreamWriter::addJson(const Record &record)
{
    if (m_rows)
        appendBytes(m_buffer, ",\n", 2);
    appendBytes(m_buffer, "    {\n", 6);
    bool first = true;
    for (const JsonKey &key : std::as_const(m_jsonKeys)) {
        // With two fields on one path the object kept the later non-empty value.
        int index = -1;
        for (auto it = key.fields.crbegin(); it != key.fields.crend(); ++it) {
            if (!ValueCodec::isEmpty(record.value(*it))) {
                index = *it;
                break;
            }
        }
        if (index < 0)
            continue;
        if (!first)
            appendBytes(m_buffer, ",\n", 2);
        first = false;
        appendBytes(m_buffer, key.prefix);
        const FieldSpec &field = m_schema.field(index);
        const QVariant &value = record.value(index);
        char date[10];
        if (ValueCodec::isRaw(value)) {
            appendJsonString(m_buffer, value.value<RawText>().text);
        } else if (field.type == FieldType::Integer) {
            appendBytes(m_buffer, QByteArray::number(value.toLongLong()));
        } else if (field.type == FieldType::Boolean) {
            if (value.toBool())
                appendBytes(m_buffer, "true", 4);
            else
                appendBytes(m_buffer, "false", 5);
        } else if (const QString *text = heldString(value);
                   text && (field.type == FieldType::String || field.type == FieldType::Reference ||
                            field.type == FieldType::Enum)) {
            appendJsonString(m_buffer, *text);
        } else if (field.type == FieldType::Date && isoDate(value, date)) {
            const char quoted[] = {'"',     date[0], date[1], date[2], date[3], date[4],
                                   date[5], date[6], date[7], date[8], date[9], '"'};
            appendBytes(m_buffer, quoted, sizeof quoted);
        } else {
            appendJsonString(m_buffer, ValueCodec::toText(field, value));
        }
    }
    if (!first)
        appendBytes(m_buffer, "\n", 1);
    appendBytes(m_buffer, "    }", 5);
}

// A row as CsvWriter writes it: the cells of ValueCodec::toText, formulas neutralised,
// quoted where needed, CRLF, UTF-8.
void RecordStreamWriter::addCsv(const Record &record)
{
    m_line.resize(0);
    for (int i = 0; i < m_schema.fieldCount(); ++i) {
        if (i)
            m_line.append(QLatin1Char(','));
        const FieldSpec &field = m_schema.field(i);
        const QVariant &value = record.value(i);
        char date[10];
        if (const QString *text = heldString(value);
            text && (field.type == FieldType::String || field.type == FieldType::Reference ||
                     field.type == FieldType::Enum)) {
            appendCsvCell(*text);
        } else if (field.type == FieldType::Date && isoDate(value, date)) {
            m_line.append(QLatin1String(date, sizeof date)); // digits and '-': never quoted
        } else {
            appendCsvCell(ValueCodec::toText(field, value));
        }
    }
    m_line.append(QLatin1String("\r\n"));
    m_buffer.append(m_line.toUtf8());
}

void RecordStreamWriter::appendCsvCell(const QString &text)
{
    const QString cell = FormulaGuard::neutralise(text);
    bool needsQuotes = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    for (qsizetype i = 0; !needsQuotes && i < cell.size(); ++i) {
        const char16_t c = cell.at(i).unicode();
        needsQuotes = c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!needsQuotes) {
        m_line.append(cell);
        return;
    }
    m_line.append(QLatin1Char('"'));
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            m_line.append(QLatin1Char('"'));
        m_line.append(c);
    }
    m_line.append(QLatin1Char('"'));
}

bool RecordStreamWriter::finish()
{
    if (m_format == Format::Json)
        m_buffer.append(m_rows ? "\n]\n" : "]\n");
    flush();
    return !m_failed;
}

void RecordStreamWriter::flushFull()
{
    if (m_device && m_buffer.size() >= kChunk)
        flush();
}

void RecordStreamWriter::flush()
{
    if (!m_device)
        return;
    if (!m_failed && m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.resize(0); // keeps the capacity for the next chunk
}
