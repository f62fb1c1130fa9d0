#pragma once

#include "columnmatcher.h"
#include "importmapping.h"
#include "mappingtemplate.h"
#include "sheetdata.h"

#include <QString>
#include <QVector>

class EntitySchema;
class SchemaRegistry;

// Proposes how to import a sheet into a target, the way a careful person would: finds the
// header row under any title rows, matches columns to fields by name, label and synonym, applies
// a saved template whose headers are the same, lets explicit choices (a mapping file) win, and
// detects how the sheet writes dates and decimals.
class ImportPlanner
{
public:
    struct Proposal
    {
        ImportMapping mapping;
        QVector<ColumnMatcher::MatchKind> matchKinds; // per column; None for explicit or ignored
        QString templateName;                         // the template applied, if any
    };

    explicit ImportPlanner(const EntitySchema &schema)
        : m_schema(schema)
        , m_matcher(schema)
    {}

    // `knownHeaders` (from a mapping file) count like headers that name a field.
    int detectHeaderRow(const SheetData &sheet, const QStringList &knownHeaders = {}) const;
    // `explicitMapping` (from --mapping) names columns by header; its headerRow < 0 means detect.
    Proposal propose(const SheetData &sheet, const QVector<MappingTemplate> &templates = {},
                     const ImportMapping *explicitMapping = nullptr) const;
    // Formats read from the values of the mapped date and number columns.
    ImportFormats detectFormats(const SheetData &sheet, const ImportMapping &mapping) const;

    // The target whose fields the sheet's headers name most; empty when none matches.
    static QString guessTarget(const SheetData &sheet, const SchemaRegistry &registry);
    // How many rows from the top propose() and guessTarget() look at: a sheet cut to these
    // (CsvStream::head) is planned as the whole sheet is.
    static int rowsNeeded(const ImportMapping *explicitMapping = nullptr);

private:
    const EntitySchema &m_schema;
    ColumnMatcher m_matcher;
};
