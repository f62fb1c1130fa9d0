#include "crosswalkexporter.h"

#include "atomicfilewriter.h"
#include "csvwriter.h"
#include "entityschema.h"

#include <QDateTime>

QByteArray CrosswalkExporter::toCsv(const EntitySchema &schema,
                                    const QVector<CrosswalkChoice> &choices)
{
    CsvWriter csv;
    csv.addRow({tr("Field"), tr("Field label"), tr("Value in the sheet"), tr("Scope"),
                tr("Vendor id"), tr("Vendor name"), tr("Chosen at (UTC)")});
    for (const CrosswalkChoice &c : choices) {
        const int field = schema.indexOf(c.field);
        csv.addRow({c.field, field >= 0 ? schema.field(field).label : QString(), c.value, c.scope,
                    c.id, c.name, c.chosenAt.toUTC().toString(Qt::ISODate)});
    }
    return csv.bytes();
}

Status CrosswalkExporter::writeCsv(const QString &path, const EntitySchema &schema,
                                   const QVector<CrosswalkChoice> &choices)
{
    return AtomicFileWriter::write(path, toCsv(schema, choices));
}
