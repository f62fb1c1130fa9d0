#include "referencefixture.h"

ReferenceRecord referenceRecord(const char *id, const char *name, const char *code, bool active)
{
    ReferenceRecord r;
    r.id = QString::fromUtf8(id);
    r.name = QString::fromUtf8(name);
    r.originCode = QString::fromUtf8(code);
    r.active = active;
    return r;
}

ReferenceRecord referenceRecord(const QString &id, const QString &name, bool active)
{
    ReferenceRecord r;
    r.id = id;
    r.name = name;
    r.active = active;
    return r;
}
