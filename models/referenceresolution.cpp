#include "referenceresolution.h"

QString ReferenceResolution::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Exact:
        return QStringLiteral("exact");
    case Outcome::Chosen:
        return QStringLiteral("chosen");
    case Outcome::Ambiguous:
        return QStringLiteral("ambiguous");
    case Outcome::Suggested:
        return QStringLiteral("suggested");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

QString ReferenceResolution::matchedByName(MatchedBy matchedBy)
{
    switch (matchedBy) {
    case MatchedBy::None:
        return {};
    case MatchedBy::Id:
        return QStringLiteral("id");
    case MatchedBy::Name:
        return QStringLiteral("name");
    case MatchedBy::OriginId:
        return QStringLiteral("origin_id");
    case MatchedBy::OriginCode:
        return QStringLiteral("origin_code");
    case MatchedBy::Number:
        return QStringLiteral("number");
    case MatchedBy::Crosswalk:
        return QStringLiteral("crosswalk");
    }
    return {};
}
