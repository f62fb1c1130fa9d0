#include "reconciler.h"

#include "valuecodec.h"

#include <algorithm>

namespace {

// QString::trimmed() without its call when there is nothing to trim (most keys).
QString trimmedText(const QString &text)
{
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

// A field's value as a key: its canonical text, trimmed; empty when there is none.
QString keyText(const EntitySchema &schema, const Record &record, int field)
{
    if (field < 0 || field >= record.fieldCount())
        return QString();
    const QVariant &value = record.value(field);
    if (!value.isValid())
        return QString();
    if (value.userType() == QMetaType::QString)
        return trimmedText(*static_cast<const QString *>(value.constData()));
    return trimmedText(ValueCodec::toText(schema.field(field), value));
}

constexpr int kOpen = -1;
constexpr int kAmbiguous = -2; // a row: listed as Ambiguous
constexpr int kWithdrawn = -2; // a record: a candidate of an Ambiguous row

// The pairing in progress: who is paired with whom, and the entries of rows settled so far.
class Matching
{
public:
    Matching(const QVector<Record> &local, const QVector<Record> &remote)
        : m_local(local)
        , m_remote(remote)
        , m_pairOfLocal(local.size(), kOpen)
        , m_pairOfRemote(remote.size(), kOpen)
        , m_next(remote.size(), -1)
        , m_claimedBy(remote.size(), kOpen)
        , m_entries(local.size())
    {
        for (int i = 0; i < m_entries.size(); ++i)
            m_entries[i].local = i;
    }

    // One step: pairs each open row with the one open record sharing its key. Keys are
    // strings, an empty one fits nothing.
    template<typename LocalKey, typename RemoteKey>
    void step(MatchBasis basis, int matchField, LocalKey localKey, RemoteKey remoteKey);

    int pairOfRemote(int j) const { return m_pairOfRemote.at(j); }
    QVector<ReconcileEntry> &entries() { return m_entries; }

private:
    void settleAmbiguous(int i, MatchBasis basis, int matchField, QVector<int> candidates);

    const QVector<Record> &m_local;
    const QVector<Record> &m_remote;
    QVector<int> m_pairOfLocal;  // remote index, kOpen or kAmbiguous
    QVector<int> m_pairOfRemote; // local index, kOpen or kWithdrawn
    QVector<int> m_next;         // per record: the previous open record with the same key
    QVector<int> m_claimedBy;    // per record, within a step: the row fitting it, or kAmbiguous
    QVector<ReconcileEntry> m_entries;
};

template<typename LocalKey, typename RemoteKey>
void Matching::step(MatchBasis basis, int matchField, LocalKey localKey, RemoteKey remoteKey)
{
    // Open records by key; records sharing a key chained through m_next, the last one in the
    // hash.
    QHash<QString, int> byKey;
    byKey.reserve(m_remote.size());
    for (int j = 0; j < m_remote.size(); ++j) {
        if (m_pairOfRemote.at(j) != kOpen)
            continue;
        QString key = remoteKey(m_remote.at(j));
        if (key.isEmpty())
            continue;
        // Stored as index + 1: a key seen for the first time reads 0, and chains to -1.
        int &last = byKey[std::move(key)];
        m_next[j] = last - 1;
        last = j + 1;
    }
    if (byKey.isEmpty())
        return;

    QVector<QPair<int, int>> fits; // (row, record) where one record fits
    fits.reserve(qMin(m_local.size(), qsizetype(byKey.size())));
    for (int i = 0; i < m_local.size(); ++i) {
        if (m_pairOfLocal.at(i) != kOpen)
            continue;
        const QString key = localKey(m_local.at(i));
        if (key.isEmpty())
            continue;
        const auto it = byKey.constFind(key);
        if (it == byKey.cend())
            continue;
        const int last = it.value() - 1;
        if (m_next.at(last) < 0) {
            fits.append({i, last});
            int &claim = m_claimedBy[last];
            claim = claim == kOpen ? i : kAmbiguous;
            continue;
        }
        QVector<int> candidates;
        for (int j = last; j >= 0; j = m_next.at(j))
            candidates.append(j);
        std::reverse(candidates.begin(), candidates.end());
        settleAmbiguous(i, basis, matchField, std::move(candidates));
    }

    for (const auto &[i, j] : std::as_const(fits)) {
        if (m_claimedBy.at(j) == kAmbiguous) {
            settleAmbiguous(i, basis, matchField, {j}); // another row fits it too
            continue;
        }
        m_pairOfLocal[i] = j;
        m_pairOfRemote[j] = i;
        ReconcileEntry &e = m_entries[i];
        e.remote = j;
        e.basis = basis;
        e.matchField = matchField;
    }
    for (const auto &fit : std::as_const(fits))
        m_claimedBy[fit.second] = kOpen;
}

void Matching::settleAmbiguous(int i, MatchBasis basis, int matchField, QVector<int> candidates)
{
    for (const int j : std::as_const(candidates))
        m_pairOfRemote[j] = kWithdrawn;
    m_pairOfLocal[i] = kAmbiguous;
    ReconcileEntry &e = m_entries[i];
    e.state = ReconcileState::Ambiguous;
    e.basis = basis;
    e.matchField = matchField;
    e.candidates = std::move(candidates);
}

} // namespace

Reconciler::Reconciler(const EntitySchema &schema)
    : m_comparer(schema)
    , m_remoteIdField(schema.indexOf(schema.remoteIdPath()))
    , m_keyField(schema.indexOf(schema.idempotencyPath()))
{
    for (const QString &path : schema.matchPaths()) {
        const int field = schema.indexOf(path);
        if (field >= 0)
            m_matchFields.append(field);
    }
}

QVector<ReconcileEntry> Reconciler::reconcile(const QVector<Record> &local,
                                              const QVector<Record> &remote,
                                              const Options &options) const
{
    const EntitySchema &s = schema();
    Matching matching(local, remote);

    const auto remoteId = [&](const Record &r) {
        return r.remoteId().isEmpty() ? keyText(s, r, m_remoteIdField) : trimmedText(r.remoteId());
    };
    if (!options.links.isEmpty()) {
        matching.step(
                MatchBasis::Manual, -1,
                [&](const Record &r) { return trimmedText(options.links.value(r.id())); },
                remoteId);
    }
    matching.step(MatchBasis::RemoteId, -1, remoteId, remoteId);
    matching.step(
            MatchBasis::SyncKey, -1,
            [&](const Record &r) {
                const QString cell = keyText(s, r, m_keyField);
                return cell.isEmpty() ? trimmedText(r.syncKey()) : cell;
            },
            [&](const Record &r) {
                return r.syncKey().isEmpty() ? keyText(s, r, m_keyField) : trimmedText(r.syncKey());
            });
    if (options.offerMatchFields) {
        for (const int field : m_matchFields) {
            const auto value = [&](const Record &r) { return keyText(s, r, field); };
            matching.step(MatchBasis::MatchField, field, value, value);
        }
    }

    QVector<ReconcileEntry> entries = std::move(matching.entries());
    for (ReconcileEntry &e : entries) {
        if (e.remote < 0)
            continue;
        e.differingFields = m_comparer.differingFields(local.at(e.local), remote.at(e.remote));
        e.state = e.differingFields.isEmpty() ? ReconcileState::Same : ReconcileState::Differs;
    }
    int remoteOnly = 0;
    for (int j = 0; j < remote.size(); ++j)
        remoteOnly += matching.pairOfRemote(j) == kOpen ? 1 : 0;
    entries.reserve(entries.size() + remoteOnly);
    for (int j = 0; j < remote.size(); ++j) {
        if (matching.pairOfRemote(j) != kOpen)
            continue;
        ReconcileEntry e;
        e.remote = j;
        e.state = ReconcileState::RemoteOnly;
        entries.append(e);
    }
    return entries;
}
