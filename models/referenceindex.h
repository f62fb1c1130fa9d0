#pragma once

#include "referencerecord.h"
#include "referenceresolution.h"

#include <QHash>
#include <QVector>

// A vendor's reference list, indexed by every attribute a sheet may name a record by, so a value
// resolves by hash look-ups rather than a scan: 100,000 rows against 20,000 vendors in well under
// a second. Resolution never guesses (see resolve()).
class ReferenceIndex
{
public:
    static constexpr int kMaxCandidates = 5;
    static constexpr double kSuggestionFloor = 0.5;

    ReferenceIndex() = default;
    explicit ReferenceIndex(QVector<ReferenceRecord> records);

    // A person's earlier choices are given as `choices` (the crosswalk: exactKey(value) -> id)
    // and win over everything else. Otherwise the value is
    // - Exact when it names one record: its id (case-sensitive, as Intacct's ids are), origin
    //   id, origin code or number, or its name with case, spaces and punctuation folded;
    // - Ambiguous when it names two or more (two "AAA Plumbing"; an id of one that is another's
    //   code) — never picked;
    // - Inactive when the one record it names is inactive;
    // - Suggested when only near names exist (another legal form, "&" for "and", a typo, a
    //   code in other case), with the best candidates and their scores;
    // - NotFound otherwise.
    ReferenceResolution resolve(const QString &value,
                                const QHash<QString, QString> &choices = {}) const;

    const QVector<ReferenceRecord> &records() const { return m_records; }
    const ReferenceRecord *findId(const QString &id) const;
    bool isEmpty() const { return m_records.isEmpty(); }

private:
    ReferenceResolution fromExactHits(const QVector<int> &hits,
                                      ReferenceResolution::MatchedBy first) const;
    QVector<ReferenceResolution::Candidate> suggestions(const QString &value) const;
    ReferenceResolution::Candidate candidate(int index, double score) const;

    using Buckets = QHash<QString, QVector<int>>; // contiguous: a bucket is read, not copied

    QVector<ReferenceRecord> m_records;
    QHash<QString, int> m_byId;
    Buckets m_byOriginId;
    Buckets m_byOriginCode;
    Buckets m_byNumber;
    Buckets m_byExactName;
    // For suggestions only.
    Buckets m_byLooseName;                         // names and aliases
    Buckets m_byFoldedCode;                        // every code with case and punctuation folded
    QHash<quint64, QVector<int>> m_byWord;         // by the word's hash
    QHash<quint64, QVector<int>> m_byWordDeletion; // each long word less one letter
    Buckets m_byPrefix;                            // the loose name's first three characters
    QVector<QStringList> m_words;                  // each record's name words
    QVector<QString> m_looseNames;
};
