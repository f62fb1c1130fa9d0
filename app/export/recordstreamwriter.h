#pragma once

#include "record.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <utility>

class EntitySchema;
class QIODevice;

// Writes a target's records as JSON or CSV one record at a time, in the format RecordExporter
// describes. The bytes are exactly what the exporter wrote when it built a whole QJsonDocument
// (indented, keys in QJsonObject's order) or a grid of cells for CsvWriter; only a chunk of
// output is held in memory, so a 100,000-row export no longer needs hundreds of MiB.
//
// With a device, full chunks are written to it as they fill; without one (nullptr) the output
// collects in memory for takeBytes() — for small exports that need a QByteArray.
class RecordStreamWriter
{
public:
    enum class Format {
        Json,
        Csv,
    };

    RecordStreamWriter(const EntitySchema &schema, Format format, QIODevice *device);

    void add(const Record &record);
    // Writes the end of the document and whatever is still buffered. False when the device
    // refused a write (its errorString() says why); nothing is written after a failed write.
    bool finish();
    // Without a device, the whole output after finish().
    QByteArray takeBytes() { return std::move(m_buffer); }

private:
    struct JsonKey
    {
        QByteArray prefix;   // the indent, the escaped key and ": "
        QVector<int> fields; // every field with this path, in schema order
    };

    void addJson(const Record &record);
    void addCsv(const Record &record);
    void appendCsvCell(const QString &cell);
    void flushFull();
    void flush();

    const EntitySchema &m_schema;
    Format m_format;
    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_line;
    QVector<JsonKey> m_jsonKeys;
    qint64 m_rows = 0;
    bool m_failed = false;
};
