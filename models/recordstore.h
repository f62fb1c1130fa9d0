#pragma once

#include "result.h"

class EntitySchema;
class Record;

// Where edited records are persisted. The workspace implements it; models and undo commands
// call it before they report an edit as done, so an acknowledged edit is on disk.
class RecordStore
{
public:
    virtual ~RecordStore() = default;
    virtual Status updateRecord(const EntitySchema &schema, const Record &record) = 0;
};
