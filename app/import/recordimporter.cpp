#include "recordimporter.h"

#include "csvstream.h"
#include "entityschema.h"
#include "importplanner.h"
#include "valueconverter.h"

#include <array>
#include <limits>
#include <vector>

namespace {

// Keeps the records made, or hands them to a sink a batch at a time.
class RecordBatcher
{
public:
    static constexpr int kBatchSize = 1024;

    RecordBatcher(QVector<Record> &kept, const RecordSink &sink)
        : m_kept(kept)
        , m_sink(sink)
    {}

    void add(Record &&record)
    {
        m_kept.append(std::move(record));
        ++m_count;
        if (m_sink && m_kept.size() >= kBatchSize)
            flush();
    }

    // Hands over what is left; the number of records made.
    int finish()
    {
        if (m_sink)
            flush();
        return m_count;
    }

private:
    void flush()
    {
        QVector<Record> batch;
        batch.reserve(kBatchSize);
        m_kept.swap(batch);
        if (!batch.isEmpty())
            m_sink(std::move(batch));
    }

    QVector<Record> &m_kept;
    const RecordSink &m_sink;
    int m_count = 0;
};

// Where the issues of one sheet go, each with the sheet's file and name.
struct IssueSink
{
    const QString &file;
    const QString &sheet;
    QVector<LocatedIssue> &issues;

    void add(LocatedIssue::Severity severity, int row, int column, const QString &name,
             const QString &message) const
    {
        issues.append({severity, file, sheet, row, column, name, message});
    }
};

// What the mapping makes of the header row.
struct ColumnPlan
{
    QVector<int> fieldOfColumn; // per header cell; -1 when it fills no field
    QVector<QPair<int, QVariant>> constants;
};

// Fills `plan` and the outcome's column lists; false (with an Error issue) when the mapping
// fills no field at all.
bool planColumns(const EntitySchema &schema, const ImportMapping &mapping,
                 const QStringList &headers, int headerRowNumber, const ValueConverter &converter,
                 const IssueSink &issues, RecordImporter::Outcome &out, ColumnPlan &plan)
{
    using Severity = LocatedIssue::Severity;
    plan.fieldOfColumn = QVector<int>(headers.size(), -1);
    QVector<int> columnOfField(schema.fieldCount(), -1);
    for (int c = 0; c < headers.size(); ++c) {
        const QString path = mapping.fieldOfColumn.value(c);
        const int field = path.isEmpty() ? -1 : schema.indexOf(path);
        if (field < 0) {
            if (!headers.at(c).trimmed().isEmpty())
                out.ignoredColumns.append(headers.at(c));
            continue;
        }
        if (columnOfField.at(field) >= 0) {
            issues.add(
                    Severity::Error, headerRowNumber, c + 1, headers.at(c),
                    RecordImporter::tr("a second column for %1 (already in column %2); this one "
                                       "is ignored")
                            .arg(path, LocatedIssue::columnLetters(columnOfField.at(field) + 1)));
            continue;
        }
        plan.fieldOfColumn[c] = field;
        columnOfField[field] = c;
        out.mappedColumns.append(QStringLiteral("%1 -> %2").arg(headers.at(c), path));
    }

    for (auto it = mapping.constants.begin(); it != mapping.constants.end(); ++it) {
        const int field = schema.indexOf(it.key());
        if (field < 0)
            continue;
        const auto parsed = converter.convert(schema.field(field), it.value());
        if (!parsed.problem.isEmpty())
            issues.add(Severity::Error, 0, 0, it.key(),
                       RecordImporter::tr("the value set for all rows of %1: %2")
                               .arg(it.key(), parsed.problem));
        plan.constants.append({field, parsed.value});
        out.mappedColumns.append(QStringLiteral("%1 = %2").arg(it.key(), it.value()));
    }
    if (out.mappedColumns.isEmpty()) {
        issues.add(Severity::Error, headerRowNumber, 0, QString(),
                   RecordImporter::tr("no column header names a field of %1").arg(schema.id()));
        return false;
    }
    return true;
}

// One row as a record: the cells under mapped headers converted (`convert(column, field)`),
// cells right of the last header not imported (a warning when one holds anything), then the
// constants, which win over cells.
template<typename Convert, typename IsBlank>
Record makeRecord(int fieldCount, int cellCount, const QStringList &headers, const ColumnPlan &plan,
                  int rowNumber, const IssueSink &issues, Convert convert, IsBlank isBlank)
{
    Record record(fieldCount);
    const int n = qMin(cellCount, int(headers.size()));
    for (int c = 0; c < n; ++c) {
        const int field = plan.fieldOfColumn.at(c);
        if (field < 0)
            continue;
        const auto &parsed = convert(c, field);
        if (parsed.value.isValid()) // (the record's values start out null)
            record.setValue(field, parsed.value);
        if (!parsed.problem.isEmpty())
            issues.add(LocatedIssue::Severity::Error, rowNumber, c + 1, headers.at(c),
                       parsed.problem);
    }
    if (cellCount > headers.size()) {
        bool extra = false;
        for (int c = int(headers.size()); c < cellCount && !extra; ++c)
            extra = !isBlank(c);
        if (extra)
            issues.add(LocatedIssue::Severity::Warning, rowNumber, int(headers.size()) + 1,
                       QString(),
                       RecordImporter::tr("the row has cells to the right of the last header; "
                                          "they are not imported"));
    }
    for (const auto &constant : plan.constants)
        record.setValue(constant.first, constant.second);
    return record;
}

// Converts one column's UTF-8 cells: canonical values straight from the bytes, other text
// through ValueConverter. The last few distinct texts are remembered with their values while
// that pays (statuses, yes/no, repeated titles): each is then converted, and its QString
// allocated, once for the whole column. Conversion depends on the text alone, so a remembered
// value is the one converting again would give.
struct ColumnCells
{
    static constexpr int kRemembered = 8;
    static constexpr int kTrial = 256; // lookups before deciding whether remembering pays

    const FieldSpec *field = nullptr;
    const ValueConverter *converter = nullptr;
    bool recallFirst = false; // text whose conversion allocates or searches: look up first
    bool remember = true;
    int lookups = 0;
    int hits = 0;
    int next = 0;
    std::array<QByteArray, kRemembered> texts;
    std::array<ValueCodec::Parsed, kRemembered> values;
    ValueCodec::Parsed current;

    ColumnCells(const FieldSpec &spec, const ValueConverter &valueConverter)
        : field(&spec)
        , converter(&valueConverter)
    {
        recallFirst = spec.type == FieldType::String || spec.type == FieldType::Reference ||
                      spec.type == FieldType::Enum || spec.type == FieldType::Boolean;
    }

    // Valid until the next call.
    const ValueCodec::Parsed &convert(QByteArrayView cell)
    {
        if ((!recallFirst || !remember || cell.isEmpty()) && canonical(cell))
            return current;
        if (remember && ++lookups == kTrial && hits * 4 < kTrial) {
            remember = false; // mostly distinct texts
            texts = {};
            values = {};
        }
        if (!remember) {
            current = converter->convert(*field, CsvStream::text(cell));
            return current;
        }
        for (int i = 0; i < kRemembered; ++i) {
            if (texts[i].size() == cell.size() && QByteArrayView(texts[i]) == cell) {
                ++hits;
                return values[i];
            }
        }
        if (!(recallFirst && canonical(cell)))
            current = converter->convert(*field, CsvStream::text(cell));
        texts[next] = cell.toByteArray();
        values[next] = current;
        next = (next + 1) % kRemembered;
        return current;
    }

    bool canonical(QByteArrayView cell)
    {
        if (!converter->convertCanonical(*field, cell, current.value))
            return false;
        if (!current.problem.isNull())
            current.problem = QString();
        return true;
    }
};

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
    return import(sheet, ImportPlanner(m_schema).propose(sheet).mapping);
}

RecordImporter::Outcome RecordImporter::import(const SheetData &sheet, const ImportMapping &mapping,
                                               const ReadProgress &progress) const
{
    return convert(sheet, mapping, progress, nullptr);
}

RecordImporter::Outcome RecordImporter::consume(SheetData &&sheet, const ImportMapping &mapping,
                                                const ReadProgress &progress,
                                                const RecordSink &sink) const
{
    return convert(sheet, mapping, progress, &sheet.rows, sink);
}

RecordImporter::Outcome RecordImporter::convert(const SheetData &sheet,
                                                const ImportMapping &mapping,
                                                const ReadProgress &progress,
                                                QVector<QStringList> *release,
                                                const RecordSink &sink) const
{
    Outcome out;
    out.mapping = mapping;
    out.issues = sheet.issues;
    const IssueSink issues{sheet.fileName, sheet.sheetName, out.issues};
    if (sheet.rows.isEmpty() || mapping.headerRow < 0 || mapping.headerRow >= sheet.rows.size()) {
        issues.add(LocatedIssue::Severity::Error, 0, 0, QString(),
                   tr("the sheet holds no rows (not even a header row)"));
        return out;
    }
    const QStringList &headers = sheet.rows.at(mapping.headerRow);
    const int headerRowNumber = sheet.rowNumbers.value(mapping.headerRow, mapping.headerRow + 1);
    const ValueConverter converter(mapping.formats);
    ColumnPlan plan;
    if (!planColumns(m_schema, mapping, headers, headerRowNumber, converter, issues, out, plan))
        return out;

    const int first = mapping.headerRow + 1;
    const int total = int(sheet.rows.size()) - first;
    RecordBatcher batcher(out.records, sink);
    out.records.reserve(sink ? RecordBatcher::kBatchSize : total);
    for (int r = first; r < sheet.rows.size(); ++r) {
        if (progress && (r - first) % 4096 == 0 && !progress(r - first, total)) {
            out.cancelled = true;
            out.records.clear();
            return out;
        }
        const QStringList &cells = sheet.rows.at(r);
        batcher.add(makeRecord(
                m_schema.fieldCount(), int(cells.size()), headers, plan,
                sheet.rowNumbers.value(r, r + 1), issues,
                [&](int c, int field) {
                    return converter.convert(m_schema.field(field), cells.at(c));
                },
                [&](int c) { return cells.at(c).trimmed().isEmpty(); }));
        if (release)
            (*release)[r] = QStringList(); // `cells` is not used after this
    }
    out.rowCount = batcher.finish();
    if (progress)
        progress(total, total);
    return out;
}

Result<RecordImporter::Outcome> RecordImporter::import(const CsvStream &stream,
                                                       const ImportMapping &mapping,
                                                       const ReadProgress &progress,
                                                       const RecordSink &sink) const
{
    if (const SheetData *sheet = stream.sheet())
        return convert(*sheet, mapping, progress, nullptr, sink);

    Outcome out;
    out.mapping = mapping;
    // The scan appends the reader's ragged-row warnings to out.issues at its end; what is
    // found on the way goes after them, as in convert().
    QVector<LocatedIssue> found;
    const QString noSheet;
    const IssueSink issues{stream.fileName(), noSheet, found};
    const ValueConverter converter(mapping.formats);
    const int fieldCount = m_schema.fieldCount();
    QStringList headers;
    ColumnPlan plan;
    std::vector<ColumnCells> columns;
    bool headerSeen = false;
    bool converting = false;
    bool cancelled = false;
    int index = 0;
    int converted = 0;
    RecordBatcher batcher(out.records, sink);
    const Status scanned = stream.scan(
            [&](const CsvStream::Row &row) {
                const int r = index++;
                if (r == mapping.headerRow) {
                    headerSeen = true;
                    for (int c = 0; c < row.count; ++c)
                        headers.append(CsvStream::text(row.cells[c]));
                    converting = planColumns(m_schema, mapping, headers, row.line, converter,
                                             issues, out, plan);
                    columns.reserve(size_t(headers.size()));
                    for (int c = 0; c < headers.size() && converting; ++c) {
                        const int field = plan.fieldOfColumn.at(c);
                        // (A column that fills no field is never asked.)
                        columns.emplace_back(m_schema.field(field < 0 ? 0 : field), converter);
                    }
                    return true;
                }
                if (!converting || r < mapping.headerRow)
                    return true;
                if (progress && converted % 4096 == 0 && !progress(row.offset, stream.size())) {
                    cancelled = true;
                    return false;
                }
                if (converted == 64 && !sink) {
                    // The rows to come, guessed from the length of these (a guess too high
                    // reserves address space, not memory).
                    const qint64 perRow = qMax<qint64>(1, row.offset / (r + 1));
                    const qint64 rows = (stream.size() - row.offset) / perRow;
                    out.records.reserve(qsizetype(qMin<qint64>(converted + rows + rows / 8 + 16,
                                                               std::numeric_limits<int>::max())));
                }
                ++converted;
                batcher.add(makeRecord(
                        fieldCount, row.count, headers, plan, row.line, issues,
                        [&](int c, int) -> const ValueCodec::Parsed & {
                            return columns[size_t(c)].convert(row.cells[c]);
                        },
                        [&](int c) { return CsvStream::isBlank(row.cells[c]); }));
                return true;
            },
            &out.issues);
    if (!scanned)
        return Result<Outcome>::failure(scanned.error());
    out.rowCount = batcher.finish();
    if (cancelled) {
        out.cancelled = true;
        out.records.clear();
        return out;
    }
    if (!headerSeen)
        issues.add(LocatedIssue::Severity::Error, 0, 0, QString(),
                   tr("the sheet holds no rows (not even a header row)"));
    out.issues.append(found);
    if (progress)
        progress(stream.size(), stream.size());
    return out;
}
