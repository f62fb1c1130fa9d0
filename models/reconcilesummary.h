#pragma once

#include "reconcileentry.h"

#include <QVector>

// How many entries of a reconciliation are in each state: the status line and the CLI's totals.
struct ReconcileSummary
{
    int same = 0;
    int differs = 0;
    int localOnly = 0;
    int remoteOnly = 0;
    int ambiguous = 0;
    int offered = 0; // pairs by a match field (Same or Differs) that wait for a person's yes

    static ReconcileSummary of(const QVector<ReconcileEntry> &entries);

    int count(ReconcileState state) const;
    int total() const { return same + differs + localOnly + remoteOnly + ambiguous; }
};
