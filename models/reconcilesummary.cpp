#include "reconcilesummary.h"

ReconcileSummary ReconcileSummary::of(const QVector<ReconcileEntry> &entries)
{
    ReconcileSummary s;
    for (const ReconcileEntry &e : entries) {
        switch (e.state) {
        case ReconcileState::Same:
            ++s.same;
            break;
        case ReconcileState::Differs:
            ++s.differs;
            break;
        case ReconcileState::LocalOnly:
            ++s.localOnly;
            break;
        case ReconcileState::RemoteOnly:
            ++s.remoteOnly;
            break;
        case ReconcileState::Ambiguous:
            ++s.ambiguous;
            break;
        }
        if (e.basis == MatchBasis::MatchField && e.remote >= 0)
            ++s.offered;
    }
    return s;
}

int ReconcileSummary::count(ReconcileState state) const
{
    switch (state) {
    case ReconcileState::Same:
        return same;
    case ReconcileState::Differs:
        return differs;
    case ReconcileState::LocalOnly:
        return localOnly;
    case ReconcileState::RemoteOnly:
        return remoteOnly;
    case ReconcileState::Ambiguous:
        return ambiguous;
    }
    return 0;
}
