#include "recordimporter.h"

#include "entityschema.h"
#include "importplanner.h"
#include "valueconverter.h"

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
    return import(sheet, ImportPlanner(m_schema).propose(sheet).mapping);
}

RecordImporter::Outcome RecordImporter::import(const SheetData &sheet, const ImportMapping &mapping,
                                               const ReadProgress &progress) const
{
    return convert(sheet, mapping, progress, nullptr);
}

RecordImporter::Outcome RecordImporter::consume(SheetData &&sheet, const ImportMapping &mapping,
                                                const ReadProgress &progress) const
{
    return convert(sheet, mapping, progress, &sheet.rows);
}

RecordImporter::Outcome RecordImporter::convert(const SheetData &sheet,
                                                const ImportMapping &mapping,
                                                const ReadProgress &progress,
                                                QVector<QStringList> *release) const
{
    Outcome out;
    out.mapping = mapping;
    out.issues = sheet.issues;
    auto issue = [&](LocatedIssue::Severity severity, int row, int column, const QString &name,
                     const QString &message) {
        out.issues.append({severity, sheet.fileName, sheet.sheetName, row, column, name, message});
    };
    if (sheet.rows.isEmpty() || mapping.headerRow < 0 || mapping.headerRow >= sheet.rows.size()) {
        issue(LocatedIssue::Severity::Error, 0, 0, QString(),
              tr("the sheet holds no rows (not even a header row)"));
        return out;
    }
    const QStringList &headers = sheet.rows.at(mapping.headerRow);
    const int headerRowNumber = sheet.rowNumbers.value(mapping.headerRow, mapping.headerRow + 1);
    QVector<int> fieldOfColumn(headers.size(), -1);
    QVector<int> columnOfField(m_schema.fieldCount(), -1);
    for (int c = 0; c < headers.size(); ++c) {
        const QString path = mapping.fieldOfColumn.value(c);
        const int field = path.isEmpty() ? -1 : m_schema.indexOf(path);
        if (field < 0) {
            if (!headers.at(c).trimmed().isEmpty())
                out.ignoredColumns.append(headers.at(c));
            continue;
        }
        if (columnOfField.at(field) >= 0) {
            issue(LocatedIssue::Severity::Error, headerRowNumber, c + 1, headers.at(c),
                  tr("a second column for %1 (already in column %2); this one is ignored")
                          .arg(path, LocatedIssue::columnLetters(columnOfField.at(field) + 1)));
            continue;
        }
        fieldOfColumn[c] = field;
        columnOfField[field] = c;
        out.mappedColumns.append(QStringLiteral("%1 -> %2").arg(headers.at(c), path));
    }

    const ValueConverter converter(mapping.formats);
    QVector<QPair<int, QVariant>> constants;
    for (auto it = mapping.constants.begin(); it != mapping.constants.end(); ++it) {
        const int field = m_schema.indexOf(it.key());
        if (field < 0)
            continue;
        const auto parsed = converter.convert(m_schema.field(field), it.value());
        if (!parsed.problem.isEmpty())
            issue(LocatedIssue::Severity::Error, 0, 0, it.key(),
                  tr("the value set for all rows of %1: %2").arg(it.key(), parsed.problem));
        constants.append({field, parsed.value});
        out.mappedColumns.append(QStringLiteral("%1 = %2").arg(it.key(), it.value()));
    }
    if (out.mappedColumns.isEmpty()) {
        issue(LocatedIssue::Severity::Error, headerRowNumber, 0, QString(),
              tr("no column header names a field of %1").arg(m_schema.id()));
        return out;
    }

    const int first = mapping.headerRow + 1;
    const int total = int(sheet.rows.size()) - first;
    out.records.reserve(total);
    for (int r = first; r < sheet.rows.size(); ++r) {
        if (progress && (r - first) % 4096 == 0 && !progress(r - first, total)) {
            out.cancelled = true;
            out.records.clear();
            return out;
        }
        const QStringList &cells = sheet.rows.at(r);
        const int rowNumber = sheet.rowNumbers.value(r, r + 1);
        Record record(m_schema.fieldCount());
        const int n = int(qMin(cells.size(), headers.size()));
        for (int c = 0; c < n; ++c) {
            const int field = fieldOfColumn.at(c);
            if (field < 0)
                continue;
            const auto parsed = converter.convert(m_schema.field(field), cells.at(c));
            record.setValue(field, parsed.value);
            if (!parsed.problem.isEmpty())
                issue(LocatedIssue::Severity::Error, rowNumber, c + 1, headers.at(c),
                      parsed.problem);
        }
        if (cells.size() > headers.size()) {
            bool extra = false;
            for (qsizetype c = headers.size(); c < cells.size() && !extra; ++c)
                extra = !cells.at(c).trimmed().isEmpty();
            if (extra)
                issue(LocatedIssue::Severity::Warning, rowNumber, int(headers.size()) + 1,
                      QString(),
                      tr("the row has cells to the right of the last header; they are not "
                         "imported"));
        }
        for (const auto &constant : std::as_const(constants))
            record.setValue(constant.first, constant.second);
        out.records.append(std::move(record));
        if (release)
            (*release)[r] = QStringList(); // `cells` is not used after this
    }
    if (progress)
        progress(total, total);
    return out;
}
