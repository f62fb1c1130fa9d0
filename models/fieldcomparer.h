#pragma once

#include "entityschema.h"
#include "record.h"

#include <QVariant>
#include <QVector>

// Compares a sheet row with the vendor's record field by field, by the values' types, the way
// the vendor would see them: decimals as numbers ("10" is "10.00"), dates as dates (a
// Primavera 2026-02-01T00:00:00Z is the sheet's 2026-02-01), date-times as instants, an
// empty cell as an absent value. Text is compared exactly, white space and case included: a
// value the vendor trimmed or re-cased is a difference a push would not repair, and it is
// shown rather than hidden.
//
// Fields the vendor fills itself (read-only fields, the vendor's id) are never compared. The
// idempotency field is compared as the key that was sent: a row whose cell is empty carries
// its generated key (syncKey), and the vendor's copy of it is no difference.
// Comparing allocates nothing unless fields differ.
class FieldComparer
{
public:
    explicit FieldComparer(const EntitySchema &schema);

    const EntitySchema &schema() const { return m_schema; }
    // The schema field indexes compared, ascending.
    const QVector<int> &comparedFields() const { return m_compared; }
    bool isCompared(int field) const;

    // The compared fields whose values differ, ascending; empty when the two agree.
    QVector<int> differingFields(const Record &local, const Record &remote) const;

    // Two values of one field, equal by their types. Null, an empty string and an absent value
    // are the same; unreadable text (RawText) equals the other side's canonical text; a date
    // equals a date-time on that date (or at its midnight UTC); values of unrelated types
    // compare as canonical text.
    static bool sameValue(const QVariant &local, const QVariant &remote);

private:
    const EntitySchema &m_schema;
    QVector<int> m_compared;
    int m_keyField = -1; // the idempotency field
};
