#pragma once

#include <QString>
#include <QStringList>

// Scores how near two names are, for suggestions only (never for a match). Both are in [0, 1].
class StringSimilarity
{
public:
    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    // neighbours ("Conrcete") each count one.
    // With `limit`, any distance above it comes back as limit + 1, found without finishing.
    static int editDistance(QStringView a, QStringView b, int limit = -1);
    // 1 - distance / longer length, over loose keys; with `atLeast`, a score below it may come
    // back as any lower score (cheaper, for picking the best few).
    static double editScore(QStringView a, QStringView b, double atLeast = 0.0);
    // editDistance(a, b) <= 1, in one pass.
    static bool withinOneEdit(QStringView a, QStringView b);
    // Shared words over the larger word count, a typo-tolerant word counting as shared.
    static double wordScore(const QStringList &a, const QStringList &b);
    static double wordScore(const QStringView *a, qsizetype aSize, const QStringView *b,
                            qsizetype bSize);

    // The plain dynamic-programming distance, kept to check the bit-parallel one against.
    static int editDistanceByTable(QStringView a, QStringView b, int limit = -1);
};
