#pragma once

#include "record.h"
#include "validationissue.h"

#include <QString>
#include <QVector>

class ReferenceIndex;

// What a sheet knows of its reference cells beyond the record itself: whether each value
// resolves against the vendor's lists (validation), the vendor's name for a resolved id (the
// cell's display) and the list a cell is chosen from (its editor's completer). Implemented in
// app/references over ReferenceResolver, so the sheet and the push apply one rule; models/
// sees only this face.
class ReferenceCheck
{
public:
    virtual ~ReferenceCheck() = default;

    // Appends the issues of the record's reference fields (errors: they block a push). Not
    // const: an implementation remembers the answer per record, so that displayName() and
    // list() are look-ups while painting.
    virtual void check(const Record &record, QVector<ValidationIssue> &out) = 0;
    // The vendor's name for the id a resolved reference cell holds; empty otherwise. Cheap.
    virtual QString displayName(const Record &record, int field) const = 0;
    // The list a value of the cell is chosen from (a scoped field: the list of the row's own
    // project); nullptr when the workspace keeps none.
    virtual const ReferenceIndex *list(const Record &record, int field) const = 0;
};
