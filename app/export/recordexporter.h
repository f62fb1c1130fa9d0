#pragma once

#include "record.h"

#include <QByteArray>
#include <QVector>

class EntitySchema;

// Writes a target's records for other programs: JSON (an array of objects keyed by field path,
// typed: integers as numbers, decimals as strings, booleans, ISO dates; empty cells left out)
// or CSV (a header row of field paths, canonical values).
class RecordExporter
{
public:
    explicit RecordExporter(const EntitySchema &schema)
        : m_schema(schema)
    {}

    QByteArray toJson(const QVector<Record> &records) const;
    QByteArray toCsv(const QVector<Record> &records) const;

private:
    const EntitySchema &m_schema;
};
