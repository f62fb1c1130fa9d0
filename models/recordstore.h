#pragma once

#include "result.h"

#include <QVector>

class EntitySchema;
class Record;

// Where edited records are persisted. The workspace implements it; models and undo commands
// call it before they report an edit as done, so an acknowledged edit is on disk.
class RecordStore
{
public:
    virtual ~RecordStore() = default;
    virtual Status updateRecord(const EntitySchema &schema, const Record &record) = 0;
    // Many records in one transaction: all are saved, or none.
    virtual Status updateRecords(const EntitySchema &schema, const QVector<Record> &records) = 0;
};
