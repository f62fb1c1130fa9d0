#pragma once

#include "entityschema.h"
#include "reconcileentry.h"
#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

// Writes a reconciliation — the sheet's rows against a vendor's snapshot — for people and
// scripts. Every entry but the same ones is reported, each named by its key (the display field,
// e.g. Procore's number, of the row, else of the vendor's record; else its ids):
//  - JSON (contractdesk-cli diff --format json): an array of {"key", "status": "differs" |
//    "local_only" | "remote_only" | "ambiguous", "fields": [{"field", "local", "remote"}]},
//    values as canonical text (ValueCodec::toText), fields in schema order.
//  - Text: one line per entry, then one indented line per differing field.
//  - CSV: one line per differing field (key, status, matched by, field, in the sheet, at the
//    vendor, last pushed), one line for an entry without fields.
//  - XLSX: one sheet per state (Differs, Only in the sheet, Only at the vendor, Ambiguous,
//    Same), each field in two columns (sheet | vendor), differing cells filled.
class ReconcileExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileExporter)

public:
    ReconcileExporter(const EntitySchema &schema, const QVector<Record> &local,
                      const QVector<Record> &remote, const QVector<ReconcileEntry> &entries,
                      const QHash<qint64, Record> &lastPushed = {});

    QString keyOf(const ReconcileEntry &entry) const;
    QByteArray toJson() const;
    QString toText() const;
    QByteArray toCsv() const;
    // Written whole or not at all.
    Status toXlsx(const QString &path) const;

private:
    const EntitySchema &m_schema;
    const QVector<Record> &m_local;
    const QVector<Record> &m_remote;
    const QVector<ReconcileEntry> &m_entries;
    const QHash<qint64, Record> &m_lastPushed;
};
