#pragma once

#include "referencedata.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

class EntitySchema;

// A target's remembered reference choices (the crosswalk) as CSV, so they can be checked,
// kept or handed on: field, value as written, scope, the vendor's id and name, when chosen.
// Ids stay text as the vendor gave them (64-bit ids are never a number on the way).
class CrosswalkExporter
{
    Q_DECLARE_TR_FUNCTIONS(CrosswalkExporter)

public:
    static QByteArray toCsv(const EntitySchema &schema, const QVector<CrosswalkChoice> &choices);
    // Written whole or not at all (AtomicFileWriter).
    static Status writeCsv(const QString &path, const EntitySchema &schema,
                           const QVector<CrosswalkChoice> &choices);
};
