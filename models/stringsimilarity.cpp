#include "stringsimilarity.h"

#include <algorithm>
#include <vector>

int StringSimilarity::editDistance(QStringView a, QStringView b, int limit)
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
    qsizetype i = 0;
    while (i < b.size() && a[i] == b[i])
        ++i;
    if (i == b.size())
        return true; // equal, or one letter added at the end
    if (a.size() > b.size())
        return a.mid(i + 1) == b.mid(i);   // one letter added
    return a.mid(i + 1) == b.mid(i + 1) || // one letter replaced
           (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
            a.mid(i + 2) == b.mid(i + 2)); // two neighbours swapped
}

double StringSimilarity::wordScore(const QStringList &a, const QStringList &b)
{
    const qsizetype larger = std::max(a.size(), b.size());
    if (larger == 0)
        return 0.0;
    // Each word of b is matched once; names have few words, so a bit per word is enough.
    quint64 used = 0;
    int shared = 0;
    for (const QString &word : a) {
        for (qsizetype k = 0; k < std::min<qsizetype>(b.size(), 64); ++k) {
            const QString &w = b.at(k);
            if (used & (quint64(1) << k))
                continue;
            // The same word, or one typo away in a word long enough for a typo to be told apart.
            const bool near = word.size() >= 5 && w.size() >= 5 && withinOneEdit(word, w);
            if (w == word || near) {
                used |= quint64(1) << k;
                ++shared;
                break;
            }
        }
    }
    return double(shared) / double(larger);
}
