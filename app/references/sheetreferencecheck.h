#pragma once

#include "referencecheck.h"
#include "referenceresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

// The sheet's ReferenceCheck over the one ReferenceResolver the push uses, so a cell is an
// error exactly when the push would hold its row back (or, with no list of the vendor kept,
// would refuse its text as no id). The sheet is resolved once, each distinct value once; after
// that an edited record is resolved alone, and painting asks hash look-ups only.
class SheetReferenceCheck : public ReferenceCheck
{
    Q_DECLARE_TR_FUNCTIONS(SheetReferenceCheck)

public:
    SheetReferenceCheck(ReferenceResolver resolver, const QVector<Record> &records);

    const ReferenceResolver &resolver() const { return m_resolver; }

    void check(const Record &record, QVector<ValidationIssue> &out) override;
    QString displayName(const Record &record, int field) const override;
    const ReferenceIndex *list(const Record &record, int field) const override;

    // Why an entry does not resolve and what to do, naming its value; empty when it resolves.
    static QString message(const EntitySchema &schema, const ReferenceEntry &entry);
    // How many records were resolved one by one since construction (edits): for tests.
    int singleResolves() const { return m_singleResolves; }

private:
    // What a record's reference cells resolved to: the values they were resolved from (its
    // reference fields and their scopes) and, per reference field, its entry or -1.
    struct RecordState
    {
        QVector<QVariant> inputs;
        QVarLengthArray<int, 4> entries;
    };
    RecordState stateOf(const Record &record, const QVector<ReferenceEntry> &entries,
                        const QVector<int> &entryIndexes) const;
    bool current(const RecordState &state, const Record &record) const;
    int keep(const ReferenceEntry &entry);
    const ReferenceEntry *entryOf(const Record &record, int field) const;

    ReferenceResolver m_resolver;
    QVector<int> m_fields;             // the reference fields, in resolving order
    QVector<int> m_inputFields;        // those and the fields that scope them
    QVector<int> m_slotOfField;        // per schema field: its place in m_fields, or -1
    QVector<ReferenceEntry> m_entries; // distinct (field, scope, value), rows dropped
    QHash<QString, int> m_entryByKey;
    QHash<qint64, RecordState> m_records;
    int m_singleResolves = 0;
};
