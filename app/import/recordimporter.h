#pragma once

#include "locatedissue.h"
#include "record.h"
#include "sheetdata.h"
#include <QCoreApplication>

#include <QStringList>
#include <QVector>

class EntitySchema;

// Turns a sheet whose first row holds headers into records of a target. A header maps to the
// field whose path or label it names (case-insensitive); other columns are reported and
// ignored. Cells that cannot be read as their field's type are kept as text and reported.
class RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    struct Outcome
    {
        QVector<Record> records;
        QVector<LocatedIssue> issues;
        QStringList mappedColumns;  // "Contract # -> number"
        QStringList ignoredColumns; // headers that name no field
        bool hasErrors() const;
    };

    explicit RecordImporter(const EntitySchema &schema)
        : m_schema(schema)
    {}

    Outcome import(const SheetData &sheet) const;

private:
    const EntitySchema &m_schema;
};
