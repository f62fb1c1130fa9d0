#include "namefolding.h"

#include <QSet>

#include <algorithm>

namespace {

// Words that name a company's legal form or are filler, in the languages our users' vendor
// lists are written in. Dropped only for suggestions, never for a match.
const QSet<QString> &legalForms()
{
    static const QSet<QString> words = {
            QStringLiteral("inc"),  QStringLiteral("incorporated"), QStringLiteral("llc"),
            QStringLiteral("ltd"),  QStringLiteral("limited"),      QStringLiteral("co"),
            QStringLiteral("corp"), QStringLiteral("corporation"),  QStringLiteral("company"),
            QStringLiteral("plc"),  QStringLiteral("lp"),           QStringLiteral("llp"),
            QStringLiteral("pllc"), QStringLiteral("pc"),           QStringLiteral("gmbh"),
            QStringLiteral("ag"),   QStringLiteral("kg"),           QStringLiteral("ug"),
            QStringLiteral("mbh"),  QStringLiteral("sa"),           QStringLiteral("sarl"),
            QStringLiteral("srl"),  QStringLiteral("bv"),           QStringLiteral("nv"),
            QStringLiteral("the"),
    };
    return words;
}

// Lower-case words of letters and digits, accents taken off, "&" and "+" read as "and".
QStringList looseWords(QStringView text)
{
    // Most names are plain ASCII, and normalising is the costliest step for a long list.
    const bool ascii =
            std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed =
            ascii ? text.toString() : text.toString().normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    };
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            word += c.toCaseFolded();
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of the letter before it
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // O'Brien is one word
        } else {
            flush();
            if (c == QLatin1Char('&') || c == QLatin1Char('+'))
                words.append(QStringLiteral("and"));
        }
    }
    flush();
    // "L.L.C." or "U S A" arrive as single letters: a run of them is one word.
    QStringList joined;
    bool inRun = false;
    for (const QString &w : std::as_const(words)) {
        const bool single = w.size() == 1;
        if (single && inRun)
            joined.last() += w;
        else
            joined.append(w);
        inRun = single;
    }
    return joined;
}

} // namespace

QString NameFolding::exactKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    }
    return key;
}

QStringList NameFolding::tokens(QStringView text)
{
    QStringList words = looseWords(text);
    QStringList kept;
    for (const QString &w : std::as_const(words)) {
        if (!legalForms().contains(w) && w != QLatin1String("and"))
            kept.append(w);
    }
    // A name made only of filler ("The Company") keeps its words.
    return kept.isEmpty() ? words : kept;
}

QString NameFolding::looseKey(QStringView text)
{
    return tokens(text).join(QString());
}
