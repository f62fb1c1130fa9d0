#pragma once

#include "referencerecord.h"
#include "referenceresolution.h"

#include <QHash>
#include <QVarLengthArray>
#include <QVector>

#include <vector>

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
    // Record indexes, ascending, read in place.
    struct Records
    {
        const int *first = nullptr;
        const int *last = nullptr;
        const int *begin() const { return first; }
        const int *end() const { return last; }
        qsizetype size() const { return last - first; }
        bool isEmpty() const { return first == last; }
    };
    // Records by key. Most keys (a name, a code) name one record, kept in the hash itself: a
    // bucket of its own for each would be 100,000 allocations for 20,000 vendors.
    template<typename Key>
    class Buckets
    {
    public:
        void reserve(qsizetype size) { m_first.reserve(size); }
        void add(const Key &key, int index);
        Records find(const Key &key) const;

    private:
        QHash<Key, int> m_first; // the one record, or ~(its list in m_more)
        std::vector<std::vector<int>> m_more;
    };
    // Open addressing from a 64-bit hash to ints, several per hash; no allocation per entry.
    class HashTable
    {
    public:
        void reserve(size_t entries);
        void insert(quint64 hash, int value);
        template<typename F>
        void forEach(quint64 hash, F f) const;

    private:
        std::vector<quint64> m_hashes; // 0 for an empty slot
        std::vector<int> m_values;
        size_t m_size = 0;
    };
    using Hits = QVarLengthArray<int, 8>;

    ReferenceResolution fromExactHits(const Hits &hits, ReferenceResolution::MatchedBy first) const;
    QVector<ReferenceResolution::Candidate> suggestions(const QString &value,
                                                        const QString &folded) const;
    ReferenceResolution::Candidate candidate(int index, double score) const;
    int wordId(QStringView word);
    Records wordRecords(int word) const;
    Records recordsOf(const HashTable &table, quint64 hash, std::vector<int> &scratch,
                      int *word = nullptr) const;

    QVector<ReferenceRecord> m_records;
    QHash<QString, int> m_byId;
    Buckets<QString> m_byOriginId;
    Buckets<QString> m_byOriginCode;
    Buckets<QString> m_byNumber;
    Buckets<QString> m_byExactName;
    // For suggestions only.
    Buckets<QString> m_byLooseName;  // names and aliases
    Buckets<QString> m_byFoldedCode; // every code with case and punctuation folded
    Buckets<quint64> m_byPrefix;     // the loose name's first three characters, packed
    QVector<QString> m_looseNames;
    // Name words, each distinct word once ("concrete" is in 2,000 names).
    QVector<QString> m_wordText;
    HashTable m_wordsByHash;        // word by its hash
    HashTable m_wordsByDeletion;    // each long word by each of its one-letter deletions
    std::vector<int> m_wordRecords; // the records holding each word, word after word
    std::vector<int> m_wordFirst;   // where each word's records start there
    std::vector<int> m_recordWords; // each record's distinct words, record after record
    std::vector<std::pair<int, int>> m_recordWordSpans; // where each is in its loose name
    std::vector<int> m_recordFirst;                     // where each record's words start there
};
