#pragma once

#include "entityschema.h"
#include "record.h"

// New rows made from existing ones.
class RecordDraft
{
public:
    // A copy that is a new record for the vendor: no workspace id, no vendor id (neither the
    // record's remote id nor the schema's remote-id field), no idempotency key (a new one is
    // made before its first push), never pushed. Everything else is kept.
    static Record copyOf(const EntitySchema &schema, const Record &record);
};
