#pragma once

#include <QString>
#include <QVector>

// What resolving one reference value against a vendor's list found. Only Exact and Chosen carry
// an id to write; everything else waits for a person.
struct ReferenceResolution
{
    enum class Outcome {
        Exact,
        Chosen,
        Ambiguous,
        Suggested,
        NotFound,
        Inactive
    };
    enum class MatchedBy {
        None,
        Id,
        Name,
        OriginId,
        OriginCode,
        Number,
        Crosswalk
    };

    struct Candidate
    {
        QString id;
        QString name;
        QString detail;
        bool active = true;
        double score = 0.0; // 1 for a record the value names exactly (an ambiguous one)
    };

    Outcome outcome = Outcome::NotFound;
    MatchedBy matchedBy = MatchedBy::None;
    QString id;   // the resolved id (Exact, Chosen), the inactive one, or a choice gone stale
    QString name; // its name
    QVector<Candidate> candidates; // best first

    bool resolved() const { return outcome == Outcome::Exact || outcome == Outcome::Chosen; }

    // The spellings of the CLI's JSON (a contract): exact, chosen, ambiguous, suggested,
    // not_found, inactive; id, name, origin_id, origin_code, number, crosswalk.
    static QString outcomeName(Outcome outcome);
    static QString matchedByName(MatchedBy matchedBy);
};
