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
    // Appends new rows at the end of the target's sheet, in one transaction; gives each its id.
    virtual Status appendRecords(const EntitySchema &schema, QVector<Record> &records) = 0;
    // Removes rows in one transaction; `positions` receives each one's place in the sheet, so
    // restoreRecords can put them back where they were (undo).
    virtual Status removeRecords(const EntitySchema &schema, const QVector<qint64> &ids,
                                 QVector<qint64> &positions) = 0;
    // Puts removed rows back with their ids, values, sync state and places.
    virtual Status restoreRecords(const EntitySchema &schema, const QVector<Record> &records,
                                  const QVector<qint64> &positions) = 0;
};
