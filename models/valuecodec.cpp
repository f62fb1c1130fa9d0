#include "valuecodec.h"

#include "decimal.h"
#include "rawtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace {

// QString::trimmed() without its call when there is nothing to trim (most cells).
QString trimmedText(const QString &text)
{
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

ValueCodec::Parsed raw(const QString &text, const QString &problem)
{
    return {QVariant::fromValue(RawText{text}), problem};
}

// The field's width check on a number already read; the text is only needed for the message
// and is spelt on demand (the JSON path has a number, not a text).
template<typename TextOf>
ValueCodec::Parsed checkedInteger(const FieldSpec &field, qint64 value, TextOf textOf)
{
    if (field.integerWidth == 32 && (value > std::numeric_limits<qint32>::max() ||
                                     value < std::numeric_limits<qint32>::min())) {
        const QString text = textOf();
        return raw(text, ValueCodec::tr("%1 is too large for this field (at most %2)")
                                 .arg(text)
                                 .arg(std::numeric_limits<qint32>::max()));
    }
    return {QVariant::fromValue<qint64>(value), QString()};
}

ValueCodec::Parsed parseInteger(const FieldSpec &field, const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        // "1200.00" is an integer written as a decimal: accept it when nothing follows the point.
        const auto asDecimal = Decimal::fromString(text);
        const auto integral = asDecimal ? asDecimal->toInteger() : std::nullopt;
        if (!integral)
            return raw(text, ValueCodec::tr("'%1' is not a whole number").arg(text));
        return parseInteger(field, QString::number(*integral));
    }
    return checkedInteger(field, value, [&] { return text; });
}

ValueCodec::Parsed parseBoolean(const QString &text)
{
    const QString t = text.toLower();
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"),
                                    QStringLiteral("y"), QStringLiteral("1")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"),
                                   QStringLiteral("n"), QStringLiteral("0")};
    if (yes.contains(t))
        return {true, QString()};
    if (no.contains(t))
        return {false, QString()};
    return raw(text,
               ValueCodec::tr("'%1' is not yes or no (use true/false, yes/no or 1/0)").arg(text));
}

// The value of an ASCII digit, or -1.
int digitAt(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
}

// "YYYY-MM-DD" in ASCII digits, read character by character: the regex and QDate::fromString
// cost about 3,000 instructions a date and nearly every stored date has this form. Anything
// else (invalid dates included) gets an invalid QDate and takes the general path, which gives
// the verdict and the message.
QDate canonicalIsoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate();
    int digits[8];
    static constexpr int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        digits[i] = digitAt(text, at[i]);
        if (digits[i] < 0)
            return QDate();
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    if (year == 0) // QDate::fromString rejects year 0000; let the general path say so
        return QDate();
    return QDate(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
}

ValueCodec::Parsed parseDate(const QString &text)
{
    if (const QDate date = canonicalIsoDate(text); date.isValid())
        return {date, QString()};
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return raw(text, ValueCodec::tr("'%1' is not a date (expected YYYY-MM-DD)").arg(text));
    return {date, QString()};
}

ValueCodec::Parsed parseDateTime(const QString &text)
{
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        const auto date = parseDate(text);
        if (!date.problem.isEmpty())
            return raw(text,
                       ValueCodec::tr("'%1' is not a date and time (expected YYYY-MM-DDTHH:MM:SSZ)")
                               .arg(text));
        dateTime = QDateTime(date.value.toDate(), QTime(0, 0), Qt::UTC);
    }
    return {dateTime, QString()};
}

void appendDigits(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = QChar(u'0' + value % 10);
    out += width;
}

// QDate::toString(Qt::ISODate) formats through QString::asprintf, about 5,500 instructions a
// date; this writes the same ten characters directly. Empty for what Qt would not spell
// (invalid dates, years outside 0..9999).
QString isoDateText(const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return QString();
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    appendDigits(out, year, 4);
    *out++ = u'-';
    appendDigits(out, month, 2);
    *out++ = u'-';
    appendDigits(out, day, 2);
    return text;
}

QString dateTimeText(const QDateTime &dateTime)
{
    const QTime time = dateTime.time();
    // UTC, the form we store, spelt by hand like the date; other zones keep Qt's spelling.
    if (dateTime.isValid() && dateTime.timeSpec() == Qt::UTC) {
        const QString date = isoDateText(dateTime.date());
        if (date.isEmpty())
            return QString();
        const int msec = time.msec();
        QString text(msec ? 24 : 20, Qt::Uninitialized);
        QChar *out = text.data();
        std::copy(date.cbegin(), date.cend(), out);
        out += date.size();
        *out++ = u'T';
        appendDigits(out, time.hour(), 2);
        *out++ = u':';
        appendDigits(out, time.minute(), 2);
        *out++ = u':';
        appendDigits(out, time.second(), 2);
        if (msec) {
            *out++ = u'.';
            appendDigits(out, msec, 3);
        }
        *out++ = u'Z';
        return text;
    }
    return dateTime.toString(time.msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString groupedDecimal(const Decimal &value, const QLocale &locale)
{
    const QString canonical = value.toString();
    const bool negative = canonical.startsWith(QLatin1Char('-'));
    const QString body = negative ? canonical.mid(1) : canonical;
    const qsizetype point = body.indexOf(QLatin1Char('.'));
    const QString integerPart = point < 0 ? body : body.left(point);
    QString text = locale.toString(integerPart.toULongLong());
    if (point >= 0)
        text += locale.decimalPoint() + body.mid(point + 1);
    return negative ? locale.negativeSign() + text : text;
}

} // namespace

ValueCodec::Parsed ValueCodec::fromText(const FieldSpec &field, const QString &input)
{
    const QString text = trimmedText(input);
    if (text.isEmpty())
        return {QVariant(), QString()};
    switch (field.type) {
    case FieldType::String:
    case FieldType::Reference:
        return {input, QString()};
    case FieldType::Integer:
        return parseInteger(field, text);
    case FieldType::Boolean:
        return parseBoolean(text);
    case FieldType::Decimal: {
        const auto value = Decimal::fromString(text);
        if (!value)
            return raw(
                    text,
                    ValueCodec::tr("'%1' is not a number (expected digits with '.' as the decimal "
                                   "point, at most 18 digits)")
                            .arg(text));
        return {QVariant::fromValue(*value), QString()};
    }
    case FieldType::Date:
        return parseDate(text);
    case FieldType::DateTime:
        return parseDateTime(text);
    case FieldType::Enum: {
        const auto value = field.enumValueFor(text);
        if (!value) {
            QStringList allowed;
            for (const EnumValue &v : field.values)
                allowed.append(v.value);
            return raw(text, ValueCodec::tr("'%1' is not one of: %2")
                                     .arg(text, allowed.join(QStringLiteral(", "))));
        }
        return {*value, QString()};
    }
    }
    return raw(text, ValueCodec::tr("unknown field type"));
}

QString ValueCodec::toText(const FieldSpec &field, const QVariant &value)
{
    if (!value.isValid())
        return QString();
    if (isRaw(value))
        return value.value<RawText>().text;
    switch (field.type) {
    case FieldType::String:
    case FieldType::Reference:
    case FieldType::Enum:
        return value.toString();
    case FieldType::Integer:
        return QString::number(value.toLongLong());
    case FieldType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Decimal:
        return value.value<Decimal>().toString();
    case FieldType::Date:
        return isoDateText(value.toDate());
    case FieldType::DateTime:
        return dateTimeText(value.toDateTime());
    }
    return value.toString();
}

QString ValueCodec::toDisplay(const FieldSpec &field, const QVariant &value, const QLocale &locale)
{
    if (!value.isValid())
        return QString();
    if (isRaw(value))
        return value.value<RawText>().text;
    switch (field.type) {
    case FieldType::Decimal:
        return groupedDecimal(value.value<Decimal>(), locale);
    case FieldType::Enum:
        return field.enumLabelFor(value.toString());
    case FieldType::Boolean:
        return value.toBool() ? QCoreApplication::translate("ValueCodec", "Yes")
                              : QCoreApplication::translate("ValueCodec", "No");
    case FieldType::DateTime: {
        const QDateTime dt = value.toDateTime();
        if (dt.timeSpec() == Qt::UTC && dt.time() == QTime(0, 0))
            return isoDateText(dt.date());
        return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    }
    default:
        return toText(field, value);
    }
}

QJsonValue ValueCodec::toJson(const FieldSpec &field, const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Undefined);
    if (isRaw(value))
        return value.value<RawText>().text;
    switch (field.type) {
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Boolean:
        return value.toBool();
    default:
        return toText(field, value);
    }
}

ValueCodec::Parsed ValueCodec::fromJson(const FieldSpec &field, const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {QVariant(), QString()};
    case QJsonValue::Bool:
        if (field.type == FieldType::Boolean)
            return {json.toBool(), QString()};
        return fromText(field, json.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        // A whole number is checked directly: spelling it and reading the text back gave the
        // same qint64 (QString::number and toLongLong round-trip every 64-bit value).
        if (field.type == FieldType::Integer)
            return checkedInteger(field, json.toInteger(),
                                  [&] { return QString::number(json.toInteger()); });
        if (json.toDouble() == double(json.toInteger()))
            return fromText(field, QString::number(json.toInteger()));
        // A JSON number with a fraction was already a double when parsed: its shortest
        // round-trip spelling is the closest we can get to what was written ("0.1", not
        // "0.10000000000000001"). Our own files carry decimals as strings.
        return fromText(field,
                        QString::number(json.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QJsonValue::String:
        return fromText(field, json.toString());
    default:
        return raw(QString(), ValueCodec::tr("a list or object where a single value belongs"));
    }
}

bool ValueCodec::isRaw(const QVariant &value)
{
    return value.userType() == qMetaTypeId<RawText>();
}

bool ValueCodec::isEmpty(const QVariant &value)
{
    if (!value.isValid())
        return true;
    // Read in place: asked of every cell as a sheet opens, a copy per call showed in profiles.
    if (value.userType() == QMetaType::QString)
        return static_cast<const QString *>(value.constData())->isEmpty();
    return false;
}

bool ValueCodec::sameValue(const QVariant &a, const QVariant &b)
{
    if (isEmpty(a) || isEmpty(b))
        return isEmpty(a) && isEmpty(b);
    if (a.userType() != b.userType())
        return false;
    if (a.userType() == qMetaTypeId<Decimal>())
        return a.value<Decimal>() == b.value<Decimal>();
    if (a.userType() == qMetaTypeId<RawText>())
        return a.value<RawText>() == b.value<RawText>();
    return a == b;
}

bool ValueCodec::identical(const QVariant &a, const QVariant &b)
{
    if (a.isValid() != b.isValid() || a.userType() != b.userType())
        return false;
    if (a.userType() == qMetaTypeId<Decimal>())
        return a.value<Decimal>().isIdenticalTo(b.value<Decimal>());
    if (a.userType() == qMetaTypeId<RawText>())
        return a.value<RawText>() == b.value<RawText>();
    return a == b;
}

int ValueCodec::compare(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = isEmpty(a);
    const bool bEmpty = isEmpty(b);
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty ? 0 : (aEmpty ? 1 : -1);
    const bool aRaw = isRaw(a);
    const bool bRaw = isRaw(b);
    if (aRaw || bRaw) {
        if (aRaw && bRaw)
            return a.value<RawText>().text.compare(b.value<RawText>().text);
        return aRaw ? -1 : 1;
    }
    auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (a.userType()) {
    case QMetaType::LongLong:
        return order(a.toLongLong(), b.toLongLong());
    case QMetaType::Bool:
        return order(a.toBool(), b.toBool());
    case QMetaType::QDate:
        return order(a.toDate(), b.toDate());
    case QMetaType::QDateTime:
        return order(a.toDateTime(), b.toDateTime());
    case QMetaType::QString:
        return QString::localeAwareCompare(a.toString(), b.toString());
    default:
        break;
    }
    if (a.userType() == qMetaTypeId<Decimal>() && b.userType() == qMetaTypeId<Decimal>())
        return a.value<Decimal>().compare(b.value<Decimal>());
    return QString::localeAwareCompare(a.toString(), b.toString());
}
