#include "reconcileentry.h"

#include <cstddef>

namespace {

// Index = the enum's value; the names are a file format (the CLI's JSON), never translated.
constexpr const char *kStateNames[] = {"same", "differs", "local_only", "remote_only", "ambiguous"};
constexpr const char *kBasisNames[] = {"none", "remote_id", "sync_key", "match_field", "manual"};

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const char *const (&names)[N], const QString &name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString ReconcileEntry::stateName(ReconcileState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

std::optional<ReconcileState> ReconcileEntry::stateFromName(const QString &name)
{
    return fromName<ReconcileState>(kStateNames, name);
}

QString ReconcileEntry::basisName(MatchBasis basis)
{
    return QLatin1String(kBasisNames[int(basis)]);
}

std::optional<MatchBasis> ReconcileEntry::basisFromName(const QString &name)
{
    return fromName<MatchBasis>(kBasisNames, name);
}
