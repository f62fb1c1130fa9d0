#include "namefolding.h"

#include <algorithm>
#include <utility>

namespace {

// Words that name a company's legal form or are filler, in the languages our users' vendor
// lists are written in. Dropped only for suggestions, never for a match.
constexpr QLatin1String kLegalForms[] = {
        QLatin1String("inc"),  QLatin1String("incorporated"), QLatin1String("llc"),
        QLatin1String("ltd"),  QLatin1String("limited"),      QLatin1String("co"),
        QLatin1String("corp"), QLatin1String("corporation"),  QLatin1String("company"),
        QLatin1String("plc"),  QLatin1String("lp"),           QLatin1String("llp"),
        QLatin1String("pllc"), QLatin1String("pc"),           QLatin1String("gmbh"),
        QLatin1String("ag"),   QLatin1String("kg"),           QLatin1String("ug"),
        QLatin1String("mbh"),  QLatin1String("sa"),           QLatin1String("sarl"),
        QLatin1String("srl"),  QLatin1String("bv"),           QLatin1String("nv"),
        QLatin1String("the"),
};

bool isLegalForm(QStringView word)
{
    return std::any_of(std::begin(kLegalForms), std::end(kLegalForms),
                       [&](QLatin1String form) { return word == form; });
}

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

char16_t asciiFolded(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

} // namespace

QString NameFolding::exactKey(const QString &text)
{
    // Ids and codes are often folded already ("562949953421312"): then the key is the text.
    const bool folded = std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z');
    });
    return folded && !text.isEmpty() ? text : exactKey(QStringView(text));
}

QString NameFolding::exactKey(QStringView text)
{
    QString key(text.size(), Qt::Uninitialized);
    QChar *out = key.data();
    for (const QChar c : text) {
        // Most names are plain ASCII: folded here without Qt's Unicode tables, to the same key.
        if (c.unicode() < 0x80) {
            if (isAsciiLetterOrDigit(c.unicode()))
                *out++ = QChar(asciiFolded(c.unicode()));
        } else if (c.isLetterOrNumber()) {
            *out++ = c.toCaseFolded();
        }
    }
    key.truncate(out - key.constData());
    return key;
}

void NameFolding::tokens(QStringView text, QString &buffer, std::vector<QStringView> &words)
{
    // Lower-case words of letters and digits, accents taken off, "&" and "+" read as "and".
    // Most names are plain ASCII, and normalising is the costliest step for a long list.
    const bool ascii =
            std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    QString decomposed;
    if (!ascii) {
        decomposed = text.toString().normalized(QString::NormalizationForm_KD);
        text = decomposed;
    }
    words.clear();
    if (text.isEmpty()) {
        buffer.clear();
        return;
    }
    // Folded letters are written straight into `buffer` (never longer than the text), words
    // are (start, length) in it, and "and" for "&" is a length of -1.
    buffer.resize(text.size());
    QChar *const begin = buffer.data();
    QChar *out = begin;
    thread_local std::vector<std::pair<qsizetype, qsizetype>> joined;
    joined.clear();
    bool inRun = false; // the word before was a single letter
    auto push = [&](qsizetype start, qsizetype length) {
        // "L.L.C." or "U S A" arrive as single letters: a run of them is one word. Letters of
        // one run are next to each other in `buffer`: joining them widens the first one's span.
        const bool single = length == 1;
        if (single && inRun)
            ++joined.back().second;
        else
            joined.emplace_back(start, length);
        inRun = single;
    };
    qsizetype start = 0;
    auto flush = [&] {
        const qsizetype end = out - begin;
        if (end > start)
            push(start, end - start);
        start = end;
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 ? isAsciiLetterOrDigit(u) : c.isLetterOrNumber()) {
            *out++ = u < 0x80 ? QChar(asciiFolded(u)) : c.toCaseFolded();
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of the letter before it
        } else if (u == u'\'' || u == 0x2019) {
            continue; // O'Brien is one word
        } else {
            flush();
            if (u == u'&' || u == u'+')
                push(0, -1);
        }
    }
    flush();
    buffer.truncate(out - begin);
    auto view = [&](const std::pair<qsizetype, qsizetype> &s) {
        return s.second < 0 ? QStringView(u"and") : QStringView(buffer).mid(s.first, s.second);
    };
    for (const auto &s : joined) {
        const QStringView w = view(s);
        if (!isLegalForm(w) && w != QLatin1String("and"))
            words.push_back(w);
    }
    // A name made only of filler ("The Company") keeps its words.
    if (words.empty()) {
        for (const auto &s : joined)
            words.push_back(view(s));
    }
}

QStringList NameFolding::tokens(QStringView text)
{
    QString buffer;
    std::vector<QStringView> words;
    tokens(text, buffer, words);
    QStringList list;
    list.reserve(qsizetype(words.size()));
    for (const QStringView w : words)
        list.append(w.toString());
    return list;
}

QString NameFolding::looseKey(QStringView text)
{
    QString buffer;
    std::vector<QStringView> words;
    tokens(text, buffer, words);
    QString key;
    for (const QStringView w : words)
        key += w;
    return key;
}
