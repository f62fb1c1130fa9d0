#include "recordexporter.h"

#include "csvwriter.h"
#include "entityschema.h"
#include "valuecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray RecordExporter::toJson(const QVector<Record> &records) const
{
    QJsonArray array;
    for (const Record &record : records) {
        QJsonObject object;
        for (int i = 0; i < m_schema.fieldCount(); ++i) {
            const QVariant &value = record.value(i);
            if (ValueCodec::isEmpty(value))
                continue;
            object.insert(m_schema.field(i).path, ValueCodec::toJson(m_schema.field(i), value));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray RecordExporter::toCsv(const QVector<Record> &records) const
{
    CsvWriter writer;
    QStringList header;
    for (const FieldSpec &field : m_schema.fields())
        header.append(field.path);
    writer.addRow(header);
    for (const Record &record : records) {
        QStringList cells;
        cells.reserve(m_schema.fieldCount());
        for (int i = 0; i < m_schema.fieldCount(); ++i)
            cells.append(ValueCodec::toText(m_schema.field(i), record.value(i)));
        writer.addRow(cells);
    }
    return writer.bytes();
}
