#pragma once

#include "locatedissue.h"
#include "record.h"
#include "recordstreamwriter.h"
#include "result.h"
#include "xlsxtablewriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

class EntitySchema;
class QIODevice;

// Writes a target's records for other programs:
//  - JSON: an array of objects keyed by field path, typed (integers as numbers, decimals as
//    strings, booleans, ISO dates); empty cells left out.
//  - CSV: a header row of field paths, then canonical values (ValueCodec::toText).
//  - XLSX: the same header and values on one sheet named after the target, numbers, dates and
//    booleans typed as XlsxTableWriter describes; a second sheet "Issues" when issues are given.
// Field paths as headers make ImportPlanner map every column back to its field. Text that a
// spreadsheet program would run as a formula is neutralised (FormulaGuard) in CSV and XLSX; an
// importer undoes that with FormulaGuard::restore, so both re-import to the same records.
//
// Issue lists (what an import or a check found) go to CSV or to an XLSX sheet with the columns
// Severity, Row, Column, Field, Message (headers and severities in the user's language).
class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    explicit RecordExporter(const EntitySchema &schema)
        : m_schema(schema)
    {}

    QByteArray toJson(const QVector<Record> &records) const;
    QByteArray toCsv(const QVector<Record> &records) const;
    // The same bytes streamed into `device` a chunk at a time (RecordStreamWriter); false when
    // the device refused a write.
    bool write(RecordStreamWriter::Format format, const QVector<Record> &records,
               QIODevice &device) const;
    // Streamed into a temporary file renamed into place: whole or not at all, as
    // AtomicFileWriter, without the whole output in memory.
    Status writeFile(RecordStreamWriter::Format format, const QVector<Record> &records,
                     const QString &path) const;
    // Written whole or not at all (a temporary file renamed into place).
    Status toXlsx(const QVector<Record> &records, const QString &path,
                  const QVector<LocatedIssue> &issues = {}) const;
    XlsxTableWriter::Sheet recordsSheet(const QVector<Record> &records) const;

    static QByteArray issuesToCsv(const QVector<LocatedIssue> &issues);
    static Status issuesToXlsx(const QVector<LocatedIssue> &issues, const QString &path);
    static XlsxTableWriter::Sheet issuesSheet(const QVector<LocatedIssue> &issues);

private:
    const EntitySchema &m_schema;
};
