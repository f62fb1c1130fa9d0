#pragma once

#include "entityschema.h"
#include "record.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

// A vendor's JSON record as a Record typed by the schema: the inverse of PayloadWriter. Every
// schema field is read by its dotted path ("project.id" from {"project": {"id": "P1"}}) through
// ValueCodec::fromJson; members the schema does not know are ignored, absent or null ones are
// empty, and a value that cannot be read as its field's type is kept as RawText (never
// dropped). The vendor's id becomes the record's remoteId, the idempotency key its syncKey; the
// record's workspace id stays 0.
class PayloadReader
{
public:
    explicit PayloadReader(const EntitySchema &schema)
        : m_schema(schema)
    {}

    Record record(const QJsonObject &object) const;
    // The member at a dotted path; undefined when any step is missing.
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);

    // A vendor's answer parsed with its numbers kept exact: QJsonDocument holds a number with a
    // fraction as a double and an integer beyond 64 bits as a rounded double, so those literals
    // are read as strings instead, and money or ids never pass through double. Integers that fit
    // in 64 bits stay numbers (Qt keeps them exact).
    static QJsonDocument parse(const QByteArray &json, QJsonParseError *error = nullptr);
    // A vendor id from JSON, exactly: a string as it is, an integer as its digits.
    static QString idText(const QJsonValue &id);

private:
    const EntitySchema &m_schema;
};
