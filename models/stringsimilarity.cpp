#include "stringsimilarity.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <vector>

namespace {

// Optimal string alignment distance by Hyyrö's bit-vector algorithm (2003): a column of the
// table is one 64-bit word, so a name costs a few operations per character instead of one
// table cell per pair of characters. `a` is 1 to 64 characters long.
int bitParallelDistance(QStringView a, QStringView b)
{
    // The positions of each character in `a`: ASCII in a table, the rare others in a list.
    std::array<quint64, 128> ascii{};
    QVarLengthArray<std::pair<char16_t, quint64>, 8> others;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char16_t c = a[i].unicode();
        const quint64 bit = quint64(1) << i;
        if (c < 128) {
            ascii[c] |= bit;
            continue;
        }
        auto it = std::find_if(others.begin(), others.end(),
                               [c](const auto &o) { return o.first == c; });
        if (it == others.end())
            others.append({c, bit});
        else
            it->second |= bit;
    }
    auto positions = [&](char16_t c) -> quint64 {
        if (c < 128)
            return ascii[c];
        for (const auto &o : others) {
            if (o.first == c)
                return o.second;
        }
        return 0;
    };
    quint64 vp = ~quint64(0);
    quint64 vn = 0;
    quint64 d0 = 0;
    quint64 previousMatches = 0;
    const quint64 last = quint64(1) << (a.size() - 1);
    int distance = int(a.size());
    for (const QChar ch : b) {
        const quint64 matches = positions(ch.unicode());
        const quint64 swapped = ((~d0 & matches) << 1) & previousMatches;
        d0 = (((matches & vp) + vp) ^ vp) | matches | vn | swapped;
        quint64 hp = vn | ~(d0 | vp);
        const quint64 hn = d0 & vp;
        distance += (hp & last) ? 1 : 0;
        distance -= (hn & last) ? 1 : 0;
        hp = (hp << 1) | 1;
        vp = (hn << 1) | ~(d0 | hp);
        vn = hp & d0;
        previousMatches = matches;
    }
    return distance;
}

} // namespace

int StringSimilarity::editDistance(QStringView a, QStringView b, int limit)
{
    if (a.size() > b.size())
        std::swap(a, b); // the distance is symmetric; the shorter one fits a word more often
    if (a.isEmpty() || a.size() > 64)
        return editDistanceByTable(a, b, limit);
    if (limit >= 0 && std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const int distance = bitParallelDistance(a, b);
    return limit >= 0 ? std::min(distance, limit + 1) : distance;
}

int StringSimilarity::editDistanceByTable(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 || m == 0) {
        const int distance = int(std::max(n, m));
        return limit >= 0 ? std::min(distance, limit + 1) : distance;
    }
    if (limit >= 0 && std::abs(n - m) > limit)
        return limit + 1;
    // Three rows, reused across calls: the one before the previous is needed for a swap.
    thread_local std::vector<int> before, previous, current;
    before.assign(size_t(m + 1), 0);
    previous.resize(size_t(m + 1));
    current.assign(size_t(m + 1), 0);
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    int lastRowBest = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                 previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, before[size_t(j - 2)] + 1);
            current[size_t(j)] = best;
            rowBest = std::min(rowBest, best);
        }
        // A cell comes from the row above (never smaller) or, by a swap, from the one before
        // that (plus one): once two rows in a row are past the limit, so is the end.
        if (limit >= 0 && rowBest > limit && lastRowBest > limit)
            return limit + 1;
        lastRowBest = rowBest;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    const int distance = previous[size_t(m)];
    return limit >= 0 ? std::min(distance, limit + 1) : distance;
}

double StringSimilarity::editScore(QStringView a, QStringView b, double atLeast)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    const int limit = atLeast > 0.0 ? int((1.0 - atLeast) * double(longer)) : -1;
    return 1.0 - double(editDistance(a, b, limit)) / double(longer);
}

bool StringSimilarity::withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    if (a.size() - b.size() > 1)
        return false;
    // Compared character by character: these are short words, called for many pairs.
    auto same = [](const QChar *x, const QChar *y, qsizetype n) { return std::equal(x, x + n, y); };
    const QChar *pa = a.data();
    const QChar *pb = b.data();
    qsizetype i = 0;
    while (i < b.size() && pa[i] == pb[i])
        ++i;
    if (i == b.size())
        return true; // equal, or one letter added at the end
    if (a.size() > b.size())
        return same(pa + i + 1, pb + i, b.size() - i); // one letter added
    const qsizetype rest = b.size() - i - 1;
    return same(pa + i + 1, pb + i + 1, rest) || // one letter replaced
           (i + 1 < a.size() && pa[i] == pb[i + 1] && pa[i + 1] == pb[i] &&
            same(pa + i + 2, pb + i + 2, rest - 1)); // two neighbours swapped
}

double StringSimilarity::wordScore(const QStringList &a, const QStringList &b)
{
    const QVarLengthArray<QStringView, 8> viewsOfA(a.begin(), a.end());
    const QVarLengthArray<QStringView, 8> viewsOfB(b.begin(), b.end());
    return wordScore(viewsOfA.constData(), viewsOfA.size(), viewsOfB.constData(), viewsOfB.size());
}

double StringSimilarity::wordScore(const QStringView *a, qsizetype aSize, const QStringView *b,
                                   qsizetype bSize)
{
    const qsizetype larger = std::max(aSize, bSize);
    if (larger == 0)
        return 0.0;
    // Each word of b is matched once; names have few words, so a bit per word is enough.
    quint64 used = 0;
    int shared = 0;
    for (qsizetype j = 0; j < aSize; ++j) {
        const QStringView word = a[j];
        for (qsizetype k = 0; k < std::min<qsizetype>(bSize, 64); ++k) {
            const QStringView w = b[k];
            if (used & (quint64(1) << k))
                continue;
            // The same word, or one typo away in a word long enough for a typo to be told apart.
            if (w == word || (word.size() >= 5 && w.size() >= 5 && withinOneEdit(word, w))) {
                used |= quint64(1) << k;
                ++shared;
                break;
            }
        }
    }
    return double(shared) / double(larger);
}
