#pragma once

#include "referencerecord.h"

// A vendor list record as the reference tests write them: id, name, ERP code and whether the
// vendor holds it active.
ReferenceRecord referenceRecord(const char *id, const char *name, const char *code = "",
                                bool active = true);
// The same from texts, for the store suites (an empty or null id is theirs to refuse).
ReferenceRecord referenceRecord(const QString &id, const QString &name, bool active = true);
