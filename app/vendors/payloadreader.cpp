#include "payloadreader.h"

#include "rawtext.h"
#include "valuecodec.h"

#include <QByteArrayView>
#include <QJsonArray>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A JSON number literal that QJsonDocument would not hold exactly: a fraction without an
// exponent ("1234567.89"), or an integer that does not fit in 64 bits. Literals with an
// exponent stay numbers (no exact decimal text to keep), as does anything that is not a
// well-formed number (the parser reports it).
bool inexact(QByteArrayView literal)
{
    qsizetype i = literal.startsWith('-') ? 1 : 0;
    const qsizetype intStart = i;
    while (i < literal.size() && isDigit(literal.at(i)))
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && literal.at(intStart) == '0'))
        return false;
    if (i == literal.size()) {
        if (intDigits < 19)
            return false;
        bool fits = false;
        const qlonglong value = literal.toLongLong(&fits);
        return !fits && value == 0;
    }
    if (literal.at(i) != '.')
        return false;
    const qsizetype fracStart = ++i;
    while (i < literal.size() && isDigit(literal.at(i)))
        ++i;
    return i > fracStart && i == literal.size();
}

bool isNumberChar(char c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

QJsonDocument PayloadReader::parse(const QByteArray &json, QJsonParseError *error)
{
    QByteArray out;
    out.reserve(json.size() + 64);
    const qsizetype n = json.size();
    bool inString = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < n)
                out += json.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        if (c != '-' && !isDigit(c)) {
            out += c;
            continue;
        }
        qsizetype end = i;
        while (end < n && isNumberChar(json.at(end)))
            ++end;
        const QByteArrayView literal(json.constData() + i, end - i);
        if (inexact(literal)) {
            out += '"';
            out += literal;
            out += '"';
        } else {
            out += literal;
        }
        i = end - 1;
    }
    return QJsonDocument::fromJson(out, error);
}

QString PayloadReader::idText(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (!id.isDouble())
        return QString();
    const QVariant v = id.toVariant(); // qlonglong for integers, kept exact by Qt 6
    if (v.metaType() == QMetaType::fromType<qlonglong>())
        return QString::number(v.toLongLong());
    return QString::number(id.toDouble(), 'g', 17);
}

QJsonValue PayloadReader::valueAt(const QJsonObject &object, const QString &path)
{
    QJsonObject current = object;
    const QStringList steps = path.split(QLatin1Char('.'));
    for (int i = 0; i + 1 < steps.size(); ++i) {
        const QJsonValue next = current.value(steps.at(i));
        if (!next.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = next.toObject();
    }
    return current.value(steps.last());
}

Record PayloadReader::record(const QJsonObject &object) const
{
    Record record(m_schema.fieldCount());
    for (int i = 0; i < m_schema.fieldCount(); ++i) {
        const FieldSpec &field = m_schema.field(i);
        const QJsonValue json = valueAt(object, field.path);
        if (json.isObject() || json.isArray()) {
            // Where the schema expects one value: kept as the JSON text, shown as a problem.
            const QJsonDocument doc = json.isObject() ? QJsonDocument(json.toObject())
                                                      : QJsonDocument(json.toArray());
            record.setValue(i, QVariant::fromValue(RawText{
                                       QString::fromUtf8(doc.toJson(QJsonDocument::Compact))}));
            continue;
        }
        record.setValue(i, ValueCodec::fromJson(field, json).value);
    }
    record.setRemoteId(idText(valueAt(object, m_schema.remoteIdPath())));
    if (!m_schema.idempotencyPath().isEmpty())
        record.setSyncKey(idText(valueAt(object, m_schema.idempotencyPath())));
    return record;
}
