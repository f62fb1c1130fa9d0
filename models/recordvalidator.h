#pragma once

#include "entityschema.h"
#include "record.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

// The rules one record must meet for its vendor, read from the target's schema: required
// fields (and the batch's own: Procore's project and contract), types (text that could not be
// read), allowed values, lengths, integer widths, one-of groups (Primavera's project id, code
// or source id), read-only fields that carry a value, and cross-field warnings (a start after
// its completion, a percentage outside 0-100). Rules across rows live in SheetValidation.
//
// Pure and cheap: a valid record allocates nothing, so a full pass over a large sheet is fast.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)

public:
    explicit RecordValidator(const EntitySchema &schema);

    const EntitySchema &schema() const { return m_schema; }
    // Appends the record's issues, in field order.
    void check(const Record &record, QVector<ValidationIssue> &out) const;
    QVector<ValidationIssue> check(const Record &record) const;

    // What a value of the field looks like ("a date such as 2026-03-31"), for messages and
    // editors' tooltips.
    static QString expectation(const FieldSpec &field);

    // When a ReferenceCheck judges the sheet's reference cells, text that is not of a reference
    // field's type (a vendor's name in an integer id field) is its to explain, not a type error.
    void setReferencesCheckedElsewhere(bool elsewhere) { m_referencesElsewhere = elsewhere; }

private:
    void checkField(int index, const QVariant &value, QVector<ValidationIssue> &out) const;

    const EntitySchema &m_schema;
    QVector<bool> m_required;
    QVector<QSet<QString>> m_enumValues; // per field; empty for non-enums
    QString m_vendor;
    bool m_referencesElsewhere = false;
};
