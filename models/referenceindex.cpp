#include "referenceindex.h"

#include "namefolding.h"
#include "stringsimilarity.h"

#include <algorithm>
#include <vector>

namespace {

constexpr int kPrefixLength = 3;
// A word held by more records than this ("construction") finds nothing worth scoring.
constexpr int kCommonWord = 2000;
// Records sharing words that are scored for one value, at most.
constexpr int kScored = 20;
// Candidates whose edit distance is measured, at most.
constexpr int kEdited = 10;
// Words this long may hold a typo and still be told apart from other words.
constexpr int kTypoWord = 5;

// A word by its 64-bit FNV-1a hash, optionally with the letter at `skip` left out: typo look-ups
// need every one-letter deletion of every word, and hashing them saves building the strings. A
// collision only adds a candidate to score, never a match.
quint64 wordHash(QStringView word, qsizetype skip = -1)
{
    quint64 h = 14695981039346656037ULL;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (k == skip)
            continue;
        h = (h ^ word[k].unicode()) * 1099511628211ULL;
    }
    return h;
}

// Calls `f` with the hash of each distinct one-letter deletion of `word`.
template<typename F>
void forEachDeletion(QStringView word, F f)
{
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (k == 0 || word[k] != word[k - 1]) // "Hill" less either l is the same word
            f(wordHash(word, k));
    }
}

void addTo(QHash<quint64, QVector<int>> &buckets, quint64 key, int index)
{
    QVector<int> &bucket = buckets[key];
    if (bucket.isEmpty() || bucket.last() != index)
        bucket.append(index);
}

const QVector<int> &bucket(const QHash<quint64, QVector<int>> &buckets, quint64 key)
{
    static const QVector<int> none;
    const auto it = buckets.constFind(key);
    return it == buckets.cend() ? none : *it;
}

void addIfNotEmpty(QHash<QString, QVector<int>> &buckets, const QString &key, int index)
{
    if (key.isEmpty())
        return;
    QVector<int> &bucket = buckets[key];
    if (bucket.isEmpty() || bucket.last() != index)
        bucket.append(index);
}

const QVector<int> &bucket(const QHash<QString, QVector<int>> &buckets, const QString &key)
{
    static const QVector<int> none;
    const auto it = buckets.constFind(key);
    return it == buckets.cend() ? none : *it;
}

} // namespace

ReferenceIndex::ReferenceIndex(QVector<ReferenceRecord> records)
    : m_records(std::move(records))
{
    m_words.reserve(m_records.size());
    m_looseNames.reserve(m_records.size());
    for (int i = 0; i < m_records.size(); ++i) {
        const ReferenceRecord &r = m_records.at(i);
        if (!r.id.isEmpty())
            m_byId.insert(r.id, i);
        addIfNotEmpty(m_byOriginId, r.originId.trimmed(), i);
        addIfNotEmpty(m_byOriginCode, r.originCode.trimmed(), i);
        addIfNotEmpty(m_byNumber, r.number.trimmed(), i);
        addIfNotEmpty(m_byExactName, NameFolding::exactKey(r.name), i);
        for (const QString &code : {r.id, r.originId, r.originCode, r.number})
            addIfNotEmpty(m_byFoldedCode, NameFolding::exactKey(code), i);

        QStringList words = NameFolding::tokens(r.name);
        const QString loose = words.join(QString());
        m_looseNames.append(loose);
        addIfNotEmpty(m_byLooseName, loose, i);
        for (const QString &alias : r.aliases)
            addIfNotEmpty(m_byLooseName, NameFolding::looseKey(alias), i);
        addIfNotEmpty(m_byPrefix, loose.left(kPrefixLength), i);
        words.removeDuplicates();
        for (const QString &w : std::as_const(words)) {
            addTo(m_byWord, wordHash(w), i);
            if (w.size() >= kTypoWord)
                forEachDeletion(w, [&](quint64 d) { addTo(m_byWordDeletion, d, i); });
        }
        m_words.append(words);
    }
}

const ReferenceRecord *ReferenceIndex::findId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_records.at(*it);
}

ReferenceResolution::Candidate ReferenceIndex::candidate(int index, double score) const
{
    const ReferenceRecord &r = m_records.at(index);
    return {r.id, r.name, r.detail, r.active, score};
}

ReferenceResolution ReferenceIndex::resolve(const QString &value,
                                            const QHash<QString, QString> &choices) const
{
    using Outcome = ReferenceResolution::Outcome;
    using MatchedBy = ReferenceResolution::MatchedBy;
    const QString text = value.trimmed();
    const QString folded = NameFolding::exactKey(text);
    ReferenceResolution result;
    if (text.isEmpty())
        return result;

    if (const auto chosen = choices.constFind(folded); chosen != choices.cend()) {
        result.matchedBy = MatchedBy::Crosswalk;
        result.id = *chosen;
        if (const ReferenceRecord *r = findId(*chosen)) {
            result.name = r->name;
            result.outcome = r->active ? Outcome::Chosen : Outcome::Inactive;
        } else {
            result.outcome = Outcome::NotFound; // chosen once, no longer in the vendor's list
            result.candidates = suggestions(text);
        }
        return result;
    }

    // Every record the value names exactly, by any attribute: one is a match, more a question.
    QVector<int> hits;
    MatchedBy first = MatchedBy::None;
    auto collect = [&](const QVector<int> &found, MatchedBy by) {
        for (const int i : found) {
            if (!hits.contains(i))
                hits.append(i);
            if (first == MatchedBy::None)
                first = by;
        }
    };
    if (const auto it = m_byId.constFind(text); it != m_byId.cend())
        collect({*it}, MatchedBy::Id);
    collect(bucket(m_byOriginId, text), MatchedBy::OriginId);
    collect(bucket(m_byOriginCode, text), MatchedBy::OriginCode);
    collect(bucket(m_byNumber, text), MatchedBy::Number);
    if (!folded.isEmpty())
        collect(bucket(m_byExactName, folded), MatchedBy::Name);
    if (!hits.isEmpty())
        return fromExactHits(hits, first);

    result.candidates = suggestions(text);
    result.outcome = result.candidates.isEmpty() ? Outcome::NotFound : Outcome::Suggested;
    return result;
}

ReferenceResolution ReferenceIndex::fromExactHits(const QVector<int> &hits,
                                                  ReferenceResolution::MatchedBy first) const
{
    using Outcome = ReferenceResolution::Outcome;
    ReferenceResolution result;
    if (hits.size() == 1) {
        const ReferenceRecord &r = m_records.at(hits.first());
        result.outcome = r.active ? Outcome::Exact : Outcome::Inactive;
        result.matchedBy = first;
        result.id = r.id;
        result.name = r.name;
        if (!r.active)
            result.candidates.append(candidate(hits.first(), 1.0));
        return result;
    }
    result.outcome = Outcome::Ambiguous;
    for (const int i : hits)
        result.candidates.append(candidate(i, 1.0));
    // Active first, then by name and what tells them apart: the order a person reads them in.
    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [](const auto &a, const auto &b) {
                         if (a.active != b.active)
                             return a.active;
                         if (const int byName = a.name.localeAwareCompare(b.name))
                             return byName < 0;
                         return a.detail.localeAwareCompare(b.detail) < 0;
                     });
    return result;
}

QVector<ReferenceResolution::Candidate> ReferenceIndex::suggestions(const QString &value) const
{
    const QStringList words = NameFolding::tokens(value);
    const QString loose = words.join(QString());
    QHash<int, double> floor; // a score a record has earned before any string is compared
    for (const int i : bucket(m_byLooseName, loose))
        floor[i] = std::max(floor.value(i), 0.95); // another legal form, "&" for "and", accents
    for (const int i : bucket(m_byFoldedCode, NameFolding::exactKey(value)))
        floor[i] = std::max(floor.value(i), 0.9); // a code in other case or punctuation

    // Records sharing a word with the value, exactly or one typo away (found through the
    // words' one-letter deletions, SymSpell's trick: no scan), most shared words first; only
    // when none shares a word, those whose name starts with the same letters.
    QVector<QVector<int>> perWord;
    for (const QString &w : words) {
        QVector<int> matches = bucket(m_byWord, wordHash(w));
        if (matches.isEmpty() && w.size() >= kTypoWord) { // a word no name holds: a typo?
            auto add = [&](const QVector<int> &found) {
                if (found.size() <= kCommonWord)
                    matches += found;
            };
            add(bucket(m_byWordDeletion, wordHash(w))); // a letter missing from the value
            forEachDeletion(w, [&](quint64 d) {
                add(bucket(m_byWord, d));         // a letter too many in the value
                add(bucket(m_byWordDeletion, d)); // a letter replaced, or two swapped
            });
            std::sort(matches.begin(), matches.end());
            matches.erase(std::unique(matches.begin(), matches.end()), matches.end());
        }
        if (!matches.isEmpty() && matches.size() <= kCommonWord)
            perWord.append(std::move(matches));
    }
    // Rarest words first: a shared "Harbour" says more than a shared "Construction", and the
    // common words then only add to the records the rare ones found.
    std::sort(perWord.begin(), perWord.end(),
              [](const auto &a, const auto &b) { return a.size() < b.size(); });
    // Counted in an array by record (reused, and cleared through the list of those touched).
    thread_local std::vector<int> counts;
    counts.resize(size_t(m_records.size()), 0);
    QVector<int> touched;
    for (const QVector<int> &matches : std::as_const(perWord)) {
        const bool admitting = touched.size() < 4 * kScored;
        for (const int i : matches) {
            int &count = counts[size_t(i)];
            if (count == 0 && !admitting)
                continue;
            if (count++ == 0)
                touched.append(i);
        }
    }
    QVector<int> pool(floor.keyBegin(), floor.keyEnd());
    QVector<QPair<int, int>> byShared; // (words shared, record)
    byShared.reserve(touched.size());
    for (const int i : std::as_const(touched)) {
        byShared.append({counts[size_t(i)], i});
        counts[size_t(i)] = 0;
    }
    const qsizetype kept = std::min<qsizetype>(kScored, byShared.size());
    std::partial_sort(byShared.begin(), byShared.begin() + kept, byShared.end(),
                      [](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    for (qsizetype k = 0; k < kept; ++k)
        pool.append(byShared.at(k).second);
    if (touched.isEmpty() && loose.size() >= kPrefixLength)
        pool.append(bucket(m_byPrefix, loose.left(kPrefixLength)).mid(0, kScored));
    std::sort(pool.begin(), pool.end());
    pool.erase(std::unique(pool.begin(), pool.end()), pool.end());

    // Scored by shared words first (cheap); the edit distance, which also sees a typo in a
    // short word or two typos in one, only for the best few of those.
    QVector<QPair<double, int>> scored;
    scored.reserve(pool.size());
    for (const int i : std::as_const(pool))
        scored.append(
                {std::max(floor.value(i), StringSimilarity::wordScore(words, m_words.at(i))), i});
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qsizetype k = 0; k < std::min<qsizetype>(scored.size(), kEdited); ++k) {
        auto &[score, i] = scored[k];
        // A distance that cannot beat the score already held is not worth finishing.
        const double needed = std::max(score, kSuggestionFloor);
        score = std::max(score, StringSimilarity::editScore(loose, m_looseNames.at(i), needed));
        for (const QString &alias : m_records.at(i).aliases)
            score = std::max(score, StringSimilarity::editScore(loose, NameFolding::looseKey(alias),
                                                                needed));
    }
    QVector<QPair<double, int>> best;
    for (auto [score, i] : std::as_const(scored)) {
        score = std::min(score, 0.99); // only an exact match scores 1
        if (score >= kSuggestionFloor)
            best.append({score, i});
    }
    QVector<ReferenceResolution::Candidate> found;
    for (const auto &[score, i] : std::as_const(best))
        found.append(candidate(i, score));
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.active != b.active)
            return a.active;
        return a.name < b.name;
    });
    if (found.size() > kMaxCandidates)
        found.resize(kMaxCandidates);
    return found;
}
