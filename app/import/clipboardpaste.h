#pragma once

#include "cellchange.h"

#include <QString>
#include <QVector>

class EntitySchema;

// Turns a block pasted from a spreadsheet into cell changes: every text read the way the import
// reads values (dates, decimal commas, yes/no, labels), with the block's own conventions
// detected. Read-only fields are left alone.
class ClipboardPaste
{
public:
    struct Target
    {
        qint64 recordId = 0;
        int field = -1;
        QVariant current;
        QString text;
    };

    static QVector<CellChange> changes(const EntitySchema &schema, const QVector<Target> &targets);
};
