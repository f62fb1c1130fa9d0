#include "recordexporter.h"

#include "csvwriter.h"
#include "entityschema.h"
#include "valuecodec.h"

#include <QSaveFile>

namespace {

QStringList issueHeader()
{
    return {RecordExporter::tr("Severity"), RecordExporter::tr("Row"), RecordExporter::tr("Column"),
            RecordExporter::tr("Field"), RecordExporter::tr("Message")};
}

QStringList issueCells(const LocatedIssue &issue)
{
    return {issue.severity == LocatedIssue::Severity::Warning ? RecordExporter::tr("Warning")
                                                              : RecordExporter::tr("Error"),
            issue.row > 0 ? QString::number(issue.row) : QString(),
            LocatedIssue::columnLetters(issue.column), issue.columnName, issue.message};
}

} // namespace

QByteArray RecordExporter::toJson(const QVector<Record> &records) const
{
    RecordStreamWriter writer(m_schema, RecordStreamWriter::Format::Json, nullptr);
    for (const Record &record : records)
        writer.add(record);
    writer.finish();
    return writer.takeBytes();
}

QByteArray RecordExporter::toCsv(const QVector<Record> &records) const
{
    RecordStreamWriter writer(m_schema, RecordStreamWriter::Format::Csv, nullptr);
    for (const Record &record : records)
        writer.add(record);
    writer.finish();
    return writer.takeBytes();
}

bool RecordExporter::write(RecordStreamWriter::Format format, const QVector<Record> &records,
                           QIODevice &device) const
{
    RecordStreamWriter writer(m_schema, format, &device);
    for (const Record &record : records)
        writer.add(record);
    return writer.finish();
}

Status RecordExporter::writeFile(RecordStreamWriter::Format format, const QVector<Record> &records,
                                 const QString &path) const
{
    // AtomicFileWriter's message, so that a failed export reads the same as before.
    const auto cannotWrite = [&path](const QString &why) {
        return Status::failure(
                QCoreApplication::translate("AtomicFileWriter", "Cannot write %1: %2")
                        .arg(path, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    if (!write(format, records, file)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(why);
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

XlsxTableWriter::Sheet RecordExporter::recordsSheet(const QVector<Record> &records) const
{
    XlsxTableWriter::Sheet sheet;
    sheet.name = m_schema.label();
    for (const FieldSpec &field : m_schema.fields())
        sheet.columns.append({field.path, XlsxTableWriter::columnType(field.type)});
    sheet.rows.reserve(records.size());
    for (const Record &record : records) {
        QStringList cells;
        cells.reserve(m_schema.fieldCount());
        for (int i = 0; i < m_schema.fieldCount(); ++i)
            cells.append(ValueCodec::toText(m_schema.field(i), record.value(i)));
        sheet.rows.append(cells);
    }
    return sheet;
}

Status RecordExporter::toXlsx(const QVector<Record> &records, const QString &path,
                              const QVector<LocatedIssue> &issues) const
{
    XlsxTableWriter writer;
    writer.addSheet(recordsSheet(records));
    if (!issues.isEmpty())
        writer.addSheet(issuesSheet(issues));
    return writer.write(path);
}

QByteArray RecordExporter::issuesToCsv(const QVector<LocatedIssue> &issues)
{
    CsvWriter writer;
    writer.addRow(issueHeader());
    for (const LocatedIssue &issue : issues)
        writer.addRow(issueCells(issue));
    return writer.bytes();
}

XlsxTableWriter::Sheet RecordExporter::issuesSheet(const QVector<LocatedIssue> &issues)
{
    XlsxTableWriter::Sheet sheet;
    sheet.name = tr("Issues");
    const QStringList header = issueHeader();
    for (int i = 0; i < header.size(); ++i)
        sheet.columns.append({header.at(i), i == 1 ? XlsxTableWriter::ColumnType::Integer
                                                   : XlsxTableWriter::ColumnType::Text});
    for (const LocatedIssue &issue : issues)
        sheet.rows.append(issueCells(issue));
    return sheet;
}

Status RecordExporter::issuesToXlsx(const QVector<LocatedIssue> &issues, const QString &path)
{
    XlsxTableWriter writer;
    writer.addSheet(issuesSheet(issues));
    return writer.write(path);
}
