#pragma once

#include "entityschema.h"
#include "record.h"

#include <QString>
#include <QVector>

// The reconciliation the reconcile tests start from, in a real workspace file: four work order
// contracts, three of them pushed; the vendor's pull changed WO-1002's title, lacks WO-1004 and
// holds WO-1005 that the sheet lacks (with `offer`, a keyless WO-1004 instead: a match found
// only by number).
class ReconcileFixture
{
public:
    explicit ReconcileFixture(const EntitySchema &schema)
        : m_schema(schema)
    {}

    int field(const char *path) const { return m_schema.indexOf(QString::fromLatin1(path)); }
    Record row(const QString &number, const QString &title, const QString &remoteId,
               const QString &key) const;
    // Writes the rows (and the pull) to `file`; empty when it worked, else what failed.
    QString write(const QString &file, bool withSnapshot = true, bool offer = false) const;
    // The rows as the file holds them now (through a second connection).
    QVector<Record> onDisk(const QString &file) const;
    const Record *byNumber(const QVector<Record> &records, const QString &number) const;

private:
    const EntitySchema &m_schema;
};
