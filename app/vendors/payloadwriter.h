#pragma once

#include "entityschema.h"
#include "record.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// A record as the vendor's JSON, driven by the schema: only writable item fields with a value,
// nested objects for dotted paths ("project.id" -> {"project": {"id": ...}}), in schema order,
// each value typed as the vendor carries it on the wire: integers as JSON numbers (int64),
// decimals as exact number text or, where the vendor types them so (Procore), strings;
// booleans; dates YYYY-MM-DD; date-times ISO 8601. The text is written here, not through
// QJsonDocument, because QJsonValue holds numbers as double and money never passes through
// double.
class PayloadWriter
{
public:
    explicit PayloadWriter(const EntitySchema &schema)
        : m_schema(schema)
    {}

    // Raw JSON members added after (or in place of) the record's own: {"id", "4711"}.
    using Members = QList<QPair<QString, QByteArray>>;

    QByteArray item(const Record &record, const Members &extra = {}) const;
    // The JSON text of one value of a field (null for an empty value).
    QByteArray value(const FieldSpec &field, const QVariant &value) const;
    static QByteArray string(const QString &text);

private:
    const EntitySchema &m_schema;
};
