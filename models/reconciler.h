#pragma once

#include "entityschema.h"
#include "fieldcomparer.h"
#include "reconcileentry.h"
#include "reconcilesummary.h"
#include "record.h"

#include <QHash>
#include <QString>
#include <QVector>

// Pairs the rows of a sheet with the records read back from their vendor and says, per pair,
// whether they agree (FieldComparer). Pure: no storage, no network.
//
// A row is paired by the first of these that fits, each only among rows and records not paired
// yet: (1) a link made by hand; (2) the vendor's id (the row's remoteId, else its cell of the
// keys.remoteId field); (3) the idempotency key (the row's keys.idempotency cell, else its
// generated syncKey, against the record's copy of it); (4) when offered, the schema's
// keys.match fields in order (Procore number then title), as offers a person confirms. Keys
// and match values are compared after trimming surrounding white space and case-sensitively:
// vendors keep the case they were sent, and "WO-1a" and "WO-1A" can be two contracts.
//
// Never a guess: a row fitting several records in one step, or a record several rows fit, is
// Ambiguous (the records are listed as candidates, and take no further part). A link to a
// record that is not among those read is no link; the row goes on to the other steps.
class Reconciler
{
public:
    struct Options
    {
        bool offerMatchFields = true;
        QHash<qint64, QString> links; // local record id -> remote id, linked by hand
    };

    explicit Reconciler(const EntitySchema &schema);

    const EntitySchema &schema() const { return m_comparer.schema(); }
    const FieldComparer &comparer() const { return m_comparer; }

    // One entry per local row, in sheet order, then one per remote record no row fits and no
    // ambiguous entry lists, in remote order.
    QVector<ReconcileEntry> reconcile(const QVector<Record> &local, const QVector<Record> &remote,
                                      const Options &options) const;

    static ReconcileSummary summarize(const QVector<ReconcileEntry> &entries)
    {
        return ReconcileSummary::of(entries);
    }

private:
    FieldComparer m_comparer;
    int m_remoteIdField = -1;
    int m_keyField = -1;
    QVector<int> m_matchFields;
};
