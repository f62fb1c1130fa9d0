#include "recordimporter.h"

#include "entityschema.h"
#include "valuecodec.h"

#include <QCoreApplication>

namespace {

int fieldForHeader(const EntitySchema &schema, const QString &header)
{
    const QString h = header.trimmed();
    const int exact = schema.indexOf(h);
    if (exact >= 0)
        return exact;
    for (int i = 0; i < schema.fieldCount(); ++i) {
        const FieldSpec &f = schema.field(i);
        if (f.path.compare(h, Qt::CaseInsensitive) == 0 ||
            f.label.compare(h, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

bool RecordImporter::Outcome::hasErrors() const
{
    for (const LocatedIssue &issue : issues) {
        if (issue.severity == LocatedIssue::Severity::Error)
            return true;
    }
    return false;
}

RecordImporter::Outcome RecordImporter::import(const SheetData &sheet) const
{
    Outcome out;
    if (sheet.rows.isEmpty()) {
        out.issues.append({LocatedIssue::Severity::Error, sheet.fileName, sheet.sheetName, 0, 0,
                           QString(),
                           RecordImporter::tr("the file holds no rows (not even a header row)")});
        return out;
    }
    const QStringList &headers = sheet.rows.first();
    const int headerRow = sheet.rowNumbers.value(0, 1);
    QVector<int> fieldOfColumn(headers.size(), -1);
    QVector<int> columnOfField(m_schema.fieldCount(), -1);
    for (int c = 0; c < headers.size(); ++c) {
        const int field = fieldForHeader(m_schema, headers.at(c));
        if (field < 0) {
            if (!headers.at(c).trimmed().isEmpty())
                out.ignoredColumns.append(headers.at(c));
            continue;
        }
        if (columnOfField.at(field) >= 0) {
            out.issues.append(
                    {LocatedIssue::Severity::Error, sheet.fileName, sheet.sheetName, headerRow,
                     c + 1, headers.at(c),
                     RecordImporter::tr(
                             "a second column for %1 (already in column %2); this one is "
                             "ignored")
                             .arg(m_schema.field(field).path,
                                  LocatedIssue::columnLetters(columnOfField.at(field) + 1))});
            continue;
        }
        fieldOfColumn[c] = field;
        columnOfField[field] = c;
        out.mappedColumns.append(
                QStringLiteral("%1 -> %2").arg(headers.at(c), m_schema.field(field).path));
    }
    if (out.mappedColumns.isEmpty()) {
        out.issues.append(
                {LocatedIssue::Severity::Error, sheet.fileName, sheet.sheetName, headerRow, 0,
                 QString(),
                 RecordImporter::tr("no column header names a field of %1").arg(m_schema.id())});
        return out;
    }

    out.records.reserve(sheet.rows.size() - 1);
    for (int r = 1; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        const int rowNumber = sheet.rowNumbers.value(r, r + 1);
        if (cells.size() > headers.size()) {
            out.issues.append({LocatedIssue::Severity::Error, sheet.fileName, sheet.sheetName,
                               rowNumber, int(headers.size()) + 1, QString(),
                               RecordImporter::tr(
                                       "the row has %1 cells but the header has only %2; the extra "
                                       "cells are not imported")
                                       .arg(cells.size())
                                       .arg(headers.size())});
        }
        Record record(m_schema.fieldCount());
        for (int c = 0; c < cells.size() && c < headers.size(); ++c) {
            const int field = fieldOfColumn.at(c);
            if (field < 0)
                continue;
            const auto parsed = ValueCodec::fromText(m_schema.field(field), cells.at(c));
            record.setValue(field, parsed.value);
            if (!parsed.problem.isEmpty())
                out.issues.append({LocatedIssue::Severity::Error, sheet.fileName, sheet.sheetName,
                                   rowNumber, c + 1, headers.at(c), parsed.problem});
        }
        out.records.append(std::move(record));
    }
    return out;
}
