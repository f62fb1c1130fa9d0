#pragma once

#include "locatedissue.h"

#include <QString>

// One thing wrong with a record, on one field or (field -1) on the whole row. The message says
// what is wrong and what would be right, in an accountant's words.
struct ValidationIssue
{
    using Severity = LocatedIssue::Severity;

    int field = -1;
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
};
