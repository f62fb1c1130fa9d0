#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// How reference names are compared. Three strengths, each used for one purpose:
// - exactKey: case, spaces and punctuation folded away ("acme  concrete inc" = "Acme Concrete
//   Inc."). Two names with the same exact key are the same name: a match, never a guess.
// - looseKey: also accents, "&"/"+" for "and" and legal forms (Inc, LLC, GmbH…) folded away.
//   Equal loose keys are only ever a suggestion: "Acme Concrete LLC" is not "Acme Concrete Inc.".
// - tokens: the loose key's words, to find candidates for a near name without a scan.
class NameFolding
{
public:
    static QString exactKey(QStringView text);
    static QString exactKey(const QString &text); // shares `text` when it is its own key
    static QString looseKey(QStringView text);
    static QStringList tokens(QStringView text);
    // tokens() as views into `buffer`, which is reused between calls: indexing 20,000 names
    // allocates nothing per word. The views last until `buffer` is next written.
    static void tokens(QStringView text, QString &buffer, std::vector<QStringView> &words);
};
