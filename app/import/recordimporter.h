#pragma once

#include "importmapping.h"
#include "locatedissue.h"
#include "readprogress.h"
#include "record.h"
#include "recordsink.h"
#include "result.h"
#include "sheetdata.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class CsvStream;
class EntitySchema;

// Turns the rows of a sheet into records of a target, as an ImportMapping says: the rows
// under the header row, each mapped column converted to its field's type (ValueConverter),
// constants set on every row. Cells that cannot be read are kept as text and reported with
// their file, sheet, row and column; so are the reader's own findings.
class RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    struct Outcome
    {
        QVector<Record> records; // empty when they went to a sink instead
        int rowCount = 0;        // records made, kept here or handed to the sink
        QVector<LocatedIssue> issues;
        QStringList mappedColumns;  // "Contract # -> number"
        QStringList ignoredColumns; // headers that fill no field
        ImportMapping mapping;      // what was applied
        bool cancelled = false;
        bool hasErrors() const;
    };

    explicit RecordImporter(const EntitySchema &schema)
        : m_schema(schema)
    {}

    Outcome import(const SheetData &sheet, const ImportMapping &mapping,
                   const ReadProgress &progress = {}) const;
    // With the mapping the planner proposes (header row found, columns matched by name).
    Outcome import(const SheetData &sheet) const;
    // The same, releasing each row's text once it is converted: peak memory holds the sheet
    // or its records, not both in full.
    // With a sink, the records go to it in batches as they are made (a store writing them
    // meanwhile) instead of into Outcome::records.
    Outcome consume(SheetData &&sheet, const ImportMapping &mapping,
                    const ReadProgress &progress = {}, const RecordSink &sink = {}) const;
    // A text file's rows converted as they are scanned, for a mapping planned on its head():
    // the records and issues import() gives for what CsvReader::read gives, or its error.
    // Canonical values are read straight from the bytes, and a column's repeated texts are
    // converted once, their records sharing the value.
    Result<Outcome> import(const CsvStream &stream, const ImportMapping &mapping,
                           const ReadProgress &progress = {}, const RecordSink &sink = {}) const;

private:
    Outcome convert(const SheetData &sheet, const ImportMapping &mapping,
                    const ReadProgress &progress, QVector<QStringList> *release,
                    const RecordSink &sink = {}) const;

    const EntitySchema &m_schema;
};
