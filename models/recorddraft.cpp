#include "recorddraft.h"

Record RecordDraft::copyOf(const EntitySchema &schema, const Record &record)
{
    Record copy(record.fieldCount());
    for (int i = 0; i < record.fieldCount(); ++i)
        copy.setValue(i, record.value(i));
    for (const QString &path : {schema.remoteIdPath(), schema.idempotencyPath()}) {
        const int field = schema.indexOf(path);
        if (field >= 0 && field < copy.fieldCount())
            copy.setValue(field, QVariant());
    }
    return copy;
}
