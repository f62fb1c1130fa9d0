#pragma once

#include <QString>
#include <QVector>

#include <optional>

// Where one sheet row (or one vendor record nobody in the sheet claims) stands against what the
// vendor holds.
enum class ReconcileState {
    Same,       // paired, every compared field equal
    Differs,    // paired, some compared field not equal
    LocalOnly,  // a sheet row the vendor does not have (or that fits nothing)
    RemoteOnly, // a vendor record no sheet row fits
    Ambiguous,  // a row fitting several records, or a record several rows claim: never guessed
};

// What paired a row with its record. MatchField pairs are offers a person confirms; the others
// are identities the vendor keeps.
enum class MatchBasis {
    None,
    RemoteId,   // the vendor's id the row was pushed to
    SyncKey,    // the idempotency key sent with the row (origin_id / sourceId / Intacct id)
    MatchField, // the same number, code or name (keys.match), offered only
    Manual,     // linked by hand
};

// One line of a reconciliation: a row, a record or both, by index into the lists given.
struct ReconcileEntry
{
    int local = -1;  // index into the local records; -1 for RemoteOnly
    int remote = -1; // index into the remote records; -1 for LocalOnly and Ambiguous
    ReconcileState state = ReconcileState::LocalOnly;
    MatchBasis basis = MatchBasis::None;
    int matchField = -1;          // schema field index when basis == MatchField
    QVector<int> differingFields; // schema field indexes, ascending; Differs only
    QVector<int> candidates;      // Ambiguous: the remote indexes that fit, ascending

    // Names in the CLI's JSON: "same", "differs", "local_only", "remote_only", "ambiguous".
    static QString stateName(ReconcileState state);
    static std::optional<ReconcileState> stateFromName(const QString &name);
    // "none", "remote_id", "sync_key", "match_field", "manual".
    static QString basisName(MatchBasis basis);
    static std::optional<MatchBasis> basisFromName(const QString &name);
};
