#include "fieldcomparer.h"

#include "decimal.h"
#include "rawtext.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace {

// The metatype ids looked up once per comparison of two records, not once per value.
struct Types
{
    int decimal = qMetaTypeId<Decimal>();
    int raw = qMetaTypeId<RawText>();
};

// A reference to the value a QVariant holds, once its type is known: no copy, no refcount.
template<typename T>
const T &as(const QVariant &v)
{
    return *static_cast<const T *>(v.constData());
}

bool isEmpty(const QVariant &v, int type)
{
    return type == QMetaType::UnknownType ||
           (type == QMetaType::QString && as<QString>(v).isEmpty());
}

bool isDateType(int type)
{
    return type == QMetaType::QDate || type == QMetaType::QDateTime;
}

bool isIntegerType(int type)
{
    return type == QMetaType::LongLong || type == QMetaType::Int;
}

// A date-time is on a plain date when its own date part is that date (Primavera's
// 2026-02-01T00:00:00-08:00) or when it is that date's midnight UTC.
bool sameDay(const QDate &date, const QDateTime &dateTime)
{
    return dateTime.date() == date || dateTime.toUTC() == QDateTime(date, QTime(0, 0), Qt::UTC);
}

std::optional<Decimal> asDecimal(const QVariant &v, int type, const Types &types)
{
    if (type == types.decimal)
        return as<Decimal>(v);
    if (isIntegerType(type))
        return Decimal::fromInteger(v.toLongLong());
    return std::nullopt;
}

// Canonical text by the value's own type (what ValueCodec::fromText reads back), for unreadable
// text and for values of unrelated types. Rare: only those take this path.
QString textOf(const QVariant &v, int type, const Types &types)
{
    if (type == types.raw)
        return as<RawText>(v).text;
    if (type == types.decimal)
        return as<Decimal>(v).toString();
    switch (type) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::Bool:
        return as<bool>(v) ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return as<QDate>(v).toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime &dt = as<QDateTime>(v);
        return dt.toString(dt.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
    }
    default:
        return v.toString();
    }
}

bool same(const QVariant &a, const QVariant &b, const Types &types)
{
    const int ta = a.userType();
    const int tb = b.userType();
    if (ta == types.raw || tb == types.raw)
        return textOf(a, ta, types) == textOf(b, tb, types);
    const bool aEmpty = isEmpty(a, ta);
    const bool bEmpty = isEmpty(b, tb);
    if (aEmpty || bEmpty)
        return aEmpty && bEmpty;
    if (ta == tb) {
        switch (ta) {
        case QMetaType::QString:
            return as<QString>(a) == as<QString>(b);
        case QMetaType::LongLong:
            return as<qint64>(a) == as<qint64>(b);
        case QMetaType::Bool:
            return as<bool>(a) == as<bool>(b);
        case QMetaType::QDate:
            return as<QDate>(a) == as<QDate>(b);
        case QMetaType::QDateTime:
            return as<QDateTime>(a) == as<QDateTime>(b); // the same instant, any offset
        default:
            break;
        }
        if (ta == types.decimal)
            return as<Decimal>(a) == as<Decimal>(b); // numeric: "10" == "10.00"
        return a == b;
    }
    if (isDateType(ta) && isDateType(tb)) {
        return ta == QMetaType::QDate ? sameDay(as<QDate>(a), as<QDateTime>(b))
                                      : sameDay(as<QDate>(b), as<QDateTime>(a));
    }
    const auto da = asDecimal(a, ta, types);
    const auto db = da ? asDecimal(b, tb, types) : std::nullopt;
    if (da && db)
        return *da == *db;
    return textOf(a, ta, types) == textOf(b, tb, types);
}

} // namespace

FieldComparer::FieldComparer(const EntitySchema &schema)
    : m_schema(schema)
    , m_keyField(schema.indexOf(schema.idempotencyPath()))
{
    const int remoteIdField = schema.indexOf(schema.remoteIdPath());
    for (int i = 0; i < schema.fieldCount(); ++i) {
        if (!schema.field(i).readOnly && i != remoteIdField)
            m_compared.append(i);
    }
}

bool FieldComparer::isCompared(int field) const
{
    return std::binary_search(m_compared.cbegin(), m_compared.cend(), field);
}

QVector<int> FieldComparer::differingFields(const Record &local, const Record &remote) const
{
    const Types types;
    const QVariant absent;
    const int localCount = local.fieldCount();
    const int remoteCount = remote.fieldCount();
    QVector<int> differing;
    for (const int f : m_compared) {
        const QVariant &a = f < localCount ? local.value(f) : absent;
        const QVariant &b = f < remoteCount ? remote.value(f) : absent;
        if (f == m_keyField) {
            // The key as sent: the cell, else the generated one.
            const QVariant localKey =
                    isEmpty(a, a.userType()) && !local.syncKey().isEmpty() ? local.syncKey() : a;
            const QVariant remoteKey =
                    isEmpty(b, b.userType()) && !remote.syncKey().isEmpty() ? remote.syncKey() : b;
            if (!same(localKey, remoteKey, types))
                differing.append(f);
            continue;
        }
        if (!same(a, b, types))
            differing.append(f);
    }
    return differing;
}

bool FieldComparer::sameValue(const QVariant &local, const QVariant &remote)
{
    return same(local, remote, Types());
}
