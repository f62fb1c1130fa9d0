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

// The loose name's first three characters (fewer if it is shorter) as one exact key.
quint64 prefixKey(QStringView loose)
{
    const qsizetype n = std::min<qsizetype>(loose.size(), kPrefixLength);
    quint64 key = quint64(n) << 48;
    for (qsizetype k = 0; k < n; ++k)
        key |= quint64(loose[k].unicode()) << (16 * k);
    return key;
}

} // namespace

template<typename Key>
void ReferenceIndex::Buckets<Key>::add(const Key &key, int index)
{
    const auto it = m_first.find(key);
    if (it == m_first.end()) {
        m_first.insert(key, index);
    } else if (*it >= 0) {
        if (*it != index) {
            m_more.push_back({*it, index});
            *it = ~int(m_more.size() - 1);
        }
    } else if (std::vector<int> &more = m_more[size_t(~*it)]; more.back() != index) {
        more.push_back(index);
    }
}

template<typename Key>
ReferenceIndex::Records ReferenceIndex::Buckets<Key>::find(const Key &key) const
{
    const auto it = m_first.constFind(key);
    if (it == m_first.cend())
        return {};
    if (*it >= 0)
        return {&*it, &*it + 1};
    const std::vector<int> &more = m_more[size_t(~*it)];
    return {more.data(), more.data() + more.size()};
}

void ReferenceIndex::HashTable::reserve(size_t entries)
{
    // At most half full, so that a look-up for a word nobody has ends after a probe or two.
    size_t capacity = 16;
    while (capacity < 2 * entries)
        capacity *= 2;
    if (capacity <= m_hashes.size())
        return;
    std::vector<quint64> hashes = std::exchange(m_hashes, std::vector<quint64>(capacity, 0));
    std::vector<int> values = std::exchange(m_values, std::vector<int>(capacity, 0));
    m_size = 0;
    for (size_t k = 0; k < hashes.size(); ++k) {
        if (hashes[k] != 0)
            insert(hashes[k], values[k]);
    }
}

void ReferenceIndex::HashTable::insert(quint64 hash, int value)
{
    if (2 * (m_size + 1) > m_hashes.size())
        reserve(2 * (m_size + 1));
    hash = std::max<quint64>(hash, 1); // 0 marks an empty slot; 1 shares its slots
    const size_t mask = m_hashes.size() - 1;
    size_t k = size_t(hash) & mask;
    while (m_hashes[k] != 0)
        k = (k + 1) & mask;
    m_hashes[k] = hash;
    m_values[k] = value;
    ++m_size;
}

template<typename F>
void ReferenceIndex::HashTable::forEach(quint64 hash, F f) const
{
    if (m_hashes.empty())
        return;
    hash = std::max<quint64>(hash, 1);
    const size_t mask = m_hashes.size() - 1;
    for (size_t k = size_t(hash) & mask; m_hashes[k] != 0; k = (k + 1) & mask) {
        if (m_hashes[k] == hash)
            f(m_values[k]);
    }
}

ReferenceIndex::ReferenceIndex(QVector<ReferenceRecord> records)
    : m_records(std::move(records))
{
    const qsizetype n = m_records.size();
    m_byId.reserve(n);
    m_byOriginCode.reserve(n);
    m_byExactName.reserve(n);
    m_byFoldedCode.reserve(2 * n);
    m_byLooseName.reserve(n);
    m_looseNames.reserve(n);
    m_recordFirst.reserve(size_t(n) + 1);
    m_recordFirst.push_back(0);
    // Folded into one buffer, reused: no allocation per word.
    QString buffer;
    std::vector<QStringView> words;
    for (int i = 0; i < n; ++i) {
        const ReferenceRecord &r = m_records.at(i);
        if (!r.id.isEmpty())
            m_byId.insert(r.id, i);
        auto addIfNotEmpty = [i](Buckets<QString> &buckets, const QString &key) {
            if (!key.isEmpty())
                buckets.add(key, i);
        };
        addIfNotEmpty(m_byOriginId, r.originId.trimmed());
        addIfNotEmpty(m_byOriginCode, r.originCode.trimmed());
        addIfNotEmpty(m_byNumber, r.number.trimmed());
        addIfNotEmpty(m_byExactName, NameFolding::exactKey(r.name));
        for (const QString *code : {&r.id, &r.originId, &r.originCode, &r.number}) {
            if (!code->isEmpty())
                addIfNotEmpty(m_byFoldedCode, NameFolding::exactKey(*code));
        }

        NameFolding::tokens(r.name, buffer, words);
        QString loose;
        loose.reserve(buffer.size());
        for (const QStringView w : words)
            loose += w;
        m_looseNames.append(loose);
        addIfNotEmpty(m_byLooseName, loose);
        for (const QString &alias : r.aliases)
            addIfNotEmpty(m_byLooseName, NameFolding::looseKey(alias));
        if (!loose.isEmpty())
            m_byPrefix.add(prefixKey(loose), i);
        // Each distinct word once, in the order the name has them (word scores read them so),
        // with where it is in the loose name: scoring reads one string per record, not three.
        int offset = 0;
        for (const QStringView w : words) {
            const int id = wordId(w);
            if (std::find(m_recordWords.begin() + m_recordFirst.back(), m_recordWords.end(), id) ==
                m_recordWords.end()) {
                m_recordWords.push_back(id);
                m_recordWordSpans.emplace_back(offset, int(w.size()));
            }
            offset += int(w.size());
        }
        m_recordFirst.push_back(int(m_recordWords.size()));
    }

    // The records holding each word, ascending: counted, then laid out word after word.
    const size_t wordCount = size_t(m_wordText.size());
    m_wordFirst.assign(wordCount + 1, 0);
    for (const int id : m_recordWords)
        ++m_wordFirst[size_t(id) + 1];
    for (size_t k = 0; k < wordCount; ++k)
        m_wordFirst[k + 1] += m_wordFirst[k];
    std::vector<int> filled(m_wordFirst.begin(), m_wordFirst.end() - 1);
    m_wordRecords.resize(m_recordWords.size());
    for (int i = 0; i < n; ++i) {
        for (int k = m_recordFirst[size_t(i)]; k < m_recordFirst[size_t(i) + 1]; ++k)
            m_wordRecords[size_t(filled[size_t(m_recordWords[size_t(k)])]++)] = i;
    }

    // One-letter deletions by word rather than by record: the 2,000 names sharing "concrete"
    // need its deletions once.
    size_t deletions = 0;
    for (const QString &w : std::as_const(m_wordText))
        deletions += w.size() >= kTypoWord ? size_t(w.size()) : 0;
    m_wordsByDeletion.reserve(deletions);
    for (int id = 0; id < int(wordCount); ++id) {
        const QString &w = m_wordText.at(id);
        if (w.size() >= kTypoWord)
            forEachDeletion(w, [&](quint64 d) { m_wordsByDeletion.insert(d, id); });
    }
}

int ReferenceIndex::wordId(QStringView word)
{
    const quint64 hash = wordHash(word);
    int found = -1;
    m_wordsByHash.forEach(hash, [&](int id) {
        if (found < 0 && m_wordText.at(id) == word)
            found = id;
    });
    if (found >= 0)
        return found;
    found = int(m_wordText.size());
    m_wordText.append(word.toString());
    m_wordsByHash.insert(hash, found);
    return found;
}

ReferenceIndex::Records ReferenceIndex::wordRecords(int word) const
{
    const int *records = m_wordRecords.data();
    return {records + m_wordFirst[size_t(word)], records + m_wordFirst[size_t(word) + 1]};
}

// The records holding any word filed under `hash` in `table`: a word's own list when one word
// is (nearly always), else their union in `scratch`; `word` is told which word, or -1.
ReferenceIndex::Records ReferenceIndex::recordsOf(const HashTable &table, quint64 hash,
                                                  std::vector<int> &scratch, int *word) const
{
    int only = -1;
    bool several = false;
    scratch.clear();
    table.forEach(hash, [&](int id) {
        if (only < 0) {
            only = id;
            return;
        }
        if (!several) {
            const Records first = wordRecords(only);
            scratch.assign(first.begin(), first.end());
            several = true;
        }
        const Records more = wordRecords(id);
        scratch.insert(scratch.end(), more.begin(), more.end());
    });
    if (word)
        *word = several ? -1 : only;
    if (only < 0)
        return {};
    if (!several)
        return wordRecords(only);
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    return {scratch.data(), scratch.data() + scratch.size()};
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
    ReferenceResolution result;
    if (text.isEmpty())
        return result;
    const QString folded = NameFolding::exactKey(text);

    if (const auto chosen = choices.constFind(folded); chosen != choices.cend()) {
        result.matchedBy = MatchedBy::Crosswalk;
        result.id = *chosen;
        if (const ReferenceRecord *r = findId(*chosen)) {
            result.name = r->name;
            result.outcome = r->active ? Outcome::Chosen : Outcome::Inactive;
        } else {
            result.outcome = Outcome::NotFound; // chosen once, no longer in the vendor's list
            result.candidates = suggestions(text, folded);
        }
        return result;
    }

    // Every record the value names exactly, by any attribute: one is a match, more a question.
    Hits hits;
    MatchedBy first = MatchedBy::None;
    auto collect = [&](Records found, MatchedBy by) {
        for (const int i : found) {
            if (!hits.contains(i))
                hits.append(i);
            if (first == MatchedBy::None)
                first = by;
        }
    };
    if (const auto it = m_byId.constFind(text); it != m_byId.cend())
        collect({&*it, &*it + 1}, MatchedBy::Id);
    collect(m_byOriginId.find(text), MatchedBy::OriginId);
    collect(m_byOriginCode.find(text), MatchedBy::OriginCode);
    collect(m_byNumber.find(text), MatchedBy::Number);
    if (!folded.isEmpty())
        collect(m_byExactName.find(folded), MatchedBy::Name);
    if (!hits.isEmpty())
        return fromExactHits(hits, first);

    result.candidates = suggestions(text, folded);
    result.outcome = result.candidates.isEmpty() ? Outcome::NotFound : Outcome::Suggested;
    return result;
}

ReferenceResolution ReferenceIndex::fromExactHits(const Hits &hits,
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

QVector<ReferenceResolution::Candidate> ReferenceIndex::suggestions(const QString &value,
                                                                    const QString &folded) const
{
    QString buffer;
    std::vector<QStringView> words;
    NameFolding::tokens(value, buffer, words);
    QString loose;
    loose.reserve(buffer.size());
    for (const QStringView w : words)
        loose += w;
    QHash<int, double> floor; // a score a record has earned before any string is compared
    for (const int i : m_byLooseName.find(loose))
        floor[i] = std::max(floor.value(i), 0.95); // another legal form, "&" for "and", accents
    for (const int i : m_byFoldedCode.find(folded))
        floor[i] = std::max(floor.value(i), 0.9); // a code in other case or punctuation

    // Records sharing a word with the value, exactly or one typo away (found through the
    // words' one-letter deletions, SymSpell's trick: no scan), most shared words first; only
    // when none shares a word, those whose name starts with the same letters.
    struct Shared
    {
        Records records;
        int word; // the one word whose records these are, or -1
    };
    std::vector<Shared> perWord;
    std::vector<std::vector<int>> owned(words.size()); // typo matches, per word
    std::vector<int> scratch;
    for (size_t k = 0; k < words.size(); ++k) {
        const QStringView w = words[k];
        std::vector<int> &own = owned[k];
        int word = -1;
        Records matches = recordsOf(m_wordsByHash, wordHash(w), own, &word);
        if (matches.isEmpty() && w.size() >= kTypoWord) { // a word no name holds: a typo?
            auto add = [&](Records found) {
                if (found.size() <= kCommonWord)
                    own.insert(own.end(), found.begin(), found.end());
            };
            add(recordsOf(m_wordsByDeletion, wordHash(w), scratch)); // a letter missing
            forEachDeletion(w, [&](quint64 d) {
                add(recordsOf(m_wordsByHash, d, scratch));     // a letter too many in the value
                add(recordsOf(m_wordsByDeletion, d, scratch)); // a letter replaced, or swapped
            });
            std::sort(own.begin(), own.end());
            own.erase(std::unique(own.begin(), own.end()), own.end());
            matches = {own.data(), own.data() + own.size()};
            word = -1;
        }
        if (!matches.isEmpty() && matches.size() <= kCommonWord)
            perWord.push_back({matches, word});
    }
    // Rarest words first: a shared "Harbour" says more than a shared "Construction", and the
    // common words then only add to the records the rare ones found.
    std::stable_sort(perWord.begin(), perWord.end(), [](const auto &a, const auto &b) {
        return a.records.size() < b.records.size();
    });
    // Counted in an array by record (reused, and cleared through the list of those touched).
    thread_local std::vector<int> counts;
    counts.resize(size_t(m_records.size()), 0);
    std::vector<int> touched;
    for (const auto &[matches, word] : perWord) {
        const bool admitting = touched.size() < size_t(4 * kScored);
        if (!admitting && word >= 0 && size_t(matches.size()) > touched.size()) {
            // Only records already counted count again: asking each of those whether it holds
            // the word is cheaper than reading the 2,000 records holding "concrete".
            for (const int i : touched) {
                const auto first = m_recordWords.begin() + m_recordFirst[size_t(i)];
                const auto last = m_recordWords.begin() + m_recordFirst[size_t(i) + 1];
                if (std::find(first, last, word) != last)
                    ++counts[size_t(i)];
            }
            continue;
        }
        for (const int i : matches) {
            int &count = counts[size_t(i)];
            if (count == 0 && !admitting)
                continue;
            if (count++ == 0)
                touched.push_back(i);
        }
    }
    std::vector<int> pool(floor.keyBegin(), floor.keyEnd());
    std::vector<std::pair<int, int>> byShared; // (words shared, record)
    byShared.reserve(touched.size());
    for (const int i : touched) {
        byShared.emplace_back(counts[size_t(i)], i);
        counts[size_t(i)] = 0;
    }
    // The order is total (records differ), so any way of picking the first few picks the same.
    const auto kept = byShared.begin() + std::min<ptrdiff_t>(kScored, ptrdiff_t(byShared.size()));
    auto moreShared = [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    std::nth_element(byShared.begin(), kept, byShared.end(), moreShared);
    std::sort(byShared.begin(), kept, moreShared);
    for (auto it = byShared.begin(); it != kept; ++it)
        pool.push_back(it->second);
    if (touched.empty() && loose.size() >= kPrefixLength) {
        const Records sameStart = m_byPrefix.find(prefixKey(loose));
        for (qsizetype k = 0; k < std::min<qsizetype>(sameStart.size(), kScored); ++k)
            pool.push_back(sameStart.begin()[k]);
    }
    std::sort(pool.begin(), pool.end());
    pool.erase(std::unique(pool.begin(), pool.end()), pool.end());

    // Scored by shared words first (cheap); the edit distance, which also sees a typo in a
    // short word or two typos in one, only for the best few of those.
    std::vector<std::pair<double, int>> scored;
    scored.reserve(pool.size());
    QVarLengthArray<QStringView, 8> recordWords;
    for (const int i : pool) {
        recordWords.clear();
        const QStringView name = m_looseNames.at(i);
        for (int k = m_recordFirst[size_t(i)]; k < m_recordFirst[size_t(i) + 1]; ++k) {
            const auto [offset, length] = m_recordWordSpans[size_t(k)];
            recordWords.append(name.mid(offset, length));
        }
        const double byWords = StringSimilarity::wordScore(
                words.data(), qsizetype(words.size()), recordWords.constData(), recordWords.size());
        scored.emplace_back(std::max(floor.value(i), byWords), i);
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (size_t k = 0; k < std::min<size_t>(scored.size(), kEdited); ++k) {
        auto &[score, i] = scored[k];
        // A distance that cannot beat the score already held is not worth finishing.
        const double needed = std::max(score, kSuggestionFloor);
        score = std::max(score, StringSimilarity::editScore(loose, m_looseNames.at(i), needed));
        for (const QString &alias : m_records.at(i).aliases)
            score = std::max(score, StringSimilarity::editScore(loose, NameFolding::looseKey(alias),
                                                                needed));
    }
    std::vector<std::pair<double, int>> best;
    for (auto [score, i] : scored) {
        score = std::min(score, 0.99); // only an exact match scores 1
        if (score >= kSuggestionFloor)
            best.emplace_back(score, i);
    }
    // Put in the candidates' order first and only the first few made: a candidate copies strings.
    std::sort(best.begin(), best.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        const ReferenceRecord &ra = m_records.at(a.second);
        const ReferenceRecord &rb = m_records.at(b.second);
        if (ra.active != rb.active)
            return ra.active;
        return ra.name < rb.name;
    });
    QVector<ReferenceResolution::Candidate> found;
    for (size_t k = 0; k < std::min<size_t>(best.size(), kMaxCandidates); ++k)
        found.append(candidate(best[k].second, best[k].first));
    return found;
}
