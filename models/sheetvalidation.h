#pragma once

#include "recordvalidator.h"

#include <QHash>
#include <QVector>

#include <memory>
#include <optional>

class ReferenceCheck;

// The issues of every record of one sheet, kept current edit by edit: each record's own
// (RecordValidator) and the sheet's cross-row rule, a key or number used twice (the schema's
// unique fields). A full pass runs once on load; an edit re-checks its record and the
// duplicate counts of the values it left and took, nothing else.
class SheetValidation
{
    Q_DECLARE_TR_FUNCTIONS(SheetValidation)

public:
    using Severity = ValidationIssue::Severity;

    explicit SheetValidation(const EntitySchema &schema);

    const RecordValidator &validator() const { return m_validator; }
    // Reference cells judged against the vendor's lists from the next reset() on (nullptr:
    // none, and a name in an id field is a type error as before).
    void setReferenceCheck(std::shared_ptr<ReferenceCheck> check);
    ReferenceCheck *referenceCheck() const { return m_references.get(); }

    void reset(const QVector<Record> &records);
    // One record changed (the same id before and after).
    void update(const Record &before, const Record &after);
    void add(const Record &record);
    void remove(const Record &record);

    // Own and cross-row issues of a record, by field.
    QVector<ValidationIssue> issues(const Record &record) const;
    QVector<ValidationIssue> cellIssues(const Record &record, int field) const;
    // The worst issue of one cell, or none: cheap, for painting.
    std::optional<Severity> cellSeverity(const Record &record, int field) const;
    bool hasIssues(const Record &record) const;
    bool hasErrors(const Record &record) const;

    int errorCount() const { return m_ownErrors + m_duplicateErrors; }
    int warningCount() const { return m_ownWarnings; }

private:
    void count(const QVector<ValidationIssue> &issues, int sign);
    void addKeys(const Record &record);
    void removeKeys(const Record &record);
    QString keyOf(int field, const Record &record) const;
    int duplicatesOf(int rule, const Record &record) const;

    RecordValidator m_validator;
    std::shared_ptr<ReferenceCheck> m_references;
    QHash<qint64, QVector<ValidationIssue>> m_own; // records with issues of their own only
    QVector<QHash<QString, int>> m_keyCounts;      // per unique field: value -> records
    int m_ownErrors = 0;
    int m_ownWarnings = 0;
    int m_duplicateErrors = 0; // records sharing a unique value with another
};
