#include "payloadwriter.h"

#include "decimal.h"
#include "rawtext.h"
#include "valuecodec.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace {

// Members of one JSON object under construction, in first-seen order; nested objects inline.
struct Node
{
    QString name;
    QByteArray text;        // a leaf's JSON text
    QVector<Node> children; // an object's members
    bool object = false;
};

void insert(QVector<Node> &members, const QStringList &path, int at, const QByteArray &text)
{
    const QString &name = path.at(at);
    for (Node &m : members) {
        if (m.name != name)
            continue;
        if (at + 1 == path.size()) {
            m = Node{name, text, {}, false}; // a later member replaces an earlier one
            return;
        }
        if (!m.object)
            m = Node{name, {}, {}, true};
        insert(m.children, path, at + 1, text);
        return;
    }
    if (at + 1 == path.size()) {
        members.append(Node{name, text, {}, false});
    } else {
        members.append(Node{name, {}, {}, true});
        insert(members.last().children, path, at + 1, text);
    }
}

void write(const QVector<Node> &members, QByteArray &out)
{
    out += '{';
    bool first = true;
    for (const Node &m : members) {
        if (!first)
            out += ',';
        first = false;
        out += PayloadWriter::string(m.name);
        out += ':';
        if (m.object)
            write(m.children, out);
        else
            out += m.text;
    }
    out += '}';
}

} // namespace

QByteArray PayloadWriter::string(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(int(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray PayloadWriter::value(const FieldSpec &field, const QVariant &value) const
{
    if (ValueCodec::isEmpty(value))
        return QByteArrayLiteral("null");
    if (ValueCodec::isRaw(value))
        return string(value.value<RawText>().text); // never sent: rows with errors stay home
    switch (field.type) {
    case FieldType::Integer: {
        const QByteArray n = QByteArray::number(value.toLongLong());
        return field.wireAsString ? '"' + n + '"' : n;
    }
    case FieldType::Decimal: {
        const QByteArray n = value.value<Decimal>().toString().toLatin1();
        return field.wireAsString ? '"' + n + '"' : n;
    }
    case FieldType::Boolean:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case FieldType::Date:
        return string(value.toDate().toString(Qt::ISODate));
    case FieldType::DateTime: {
        // A date alone is midnight UTC; a date-time keeps its offset.
        if (value.metaType() == QMetaType::fromType<QDate>())
            return string(value.toDate().toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
        return string(value.toDateTime().toString(Qt::ISODate));
    }
    case FieldType::String:
    case FieldType::Reference:
    case FieldType::Enum:
        break;
    }
    return string(ValueCodec::toText(field, value));
}

QByteArray PayloadWriter::item(const Record &record, const Members &extra) const
{
    QVector<Node> members;
    const int n = qMin(record.fieldCount(), m_schema.fieldCount());
    for (int i = 0; i < n; ++i) {
        const FieldSpec &field = m_schema.field(i);
        if (field.readOnly || field.location != FieldLocation::Item)
            continue;
        const QVariant &v = record.value(i);
        if (ValueCodec::isEmpty(v))
            continue;
        insert(members, field.path.split(QLatin1Char('.')), 0, value(field, v));
    }
    for (const auto &member : extra)
        insert(members, member.first.split(QLatin1Char('.')), 0, member.second);
    QByteArray out;
    write(members, out);
    return out;
}
