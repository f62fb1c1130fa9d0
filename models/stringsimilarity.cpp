#include "stringsimilarity.h"

#include <algorithm>
#include <vector>

int StringSimilarity::editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 || m == 0)
        return int(std::max(n, m));
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

double StringSimilarity::wordScore(const QStringList &a, const QStringList &b)
{
    const qsizetype larger = std::max(a.size(), b.size());
    if (larger == 0)
        return 0.0;
    QStringList unmatched = b;
    int shared = 0;
    for (const QString &word : a) {
        // The same word, or one typo away in a word long enough for a typo to be told apart.
        const auto it = std::find_if(unmatched.begin(), unmatched.end(), [&](const QString &w) {
            return w == word ||
                   (word.size() >= 5 && w.size() >= 5 && editDistance(word, w, 1) <= 1);
        });
        if (it != unmatched.end()) {
            ++shared;
            unmatched.erase(it);
        }
    }
    return double(shared) / double(larger);
}
