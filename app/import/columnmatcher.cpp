#include "columnmatcher.h"

#include "entityschema.h"

ColumnMatcher::ColumnMatcher(const EntitySchema &schema)
    : m_schema(schema)
{
    for (const FieldSpec &f : schema.fields()) {
        m_foldedPaths.append(fold(f.path));
        m_foldedLabels.append(fold(f.label));
        QStringList synonyms;
        for (const QString &s : f.synonyms)
            synonyms.append(fold(s));
        m_foldedSynonyms.append(synonyms);
    }
}

QString ColumnMatcher::fold(const QString &header)
{
    QString folded;
    folded.reserve(header.size() + 8);
    for (const QChar c : header) {
        if (c == QLatin1Char('#'))
            folded += QLatin1String("number");
        else if (c == QLatin1Char('%'))
            folded += QLatin1String("percent");
        else if (c.isLetterOrNumber())
            folded += c.toCaseFolded();
    }
    return folded;
}

ColumnMatcher::Match ColumnMatcher::matchOne(const QString &header) const
{
    const QString trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (int i = 0; i < m_schema.fieldCount(); ++i) {
        if (m_schema.field(i).path.compare(trimmed, Qt::CaseInsensitive) == 0)
            return {i, MatchKind::Path};
    }
    const QString folded = fold(trimmed);
    if (folded.isEmpty())
        return {};
    for (int i = 0; i < m_foldedLabels.size(); ++i) {
        if (m_foldedLabels.at(i) == folded)
            return {i, MatchKind::Label};
    }
    for (int i = 0; i < m_foldedSynonyms.size(); ++i) {
        if (m_foldedSynonyms.at(i).contains(folded))
            return {i, MatchKind::Synonym};
    }
    for (int i = 0; i < m_foldedPaths.size(); ++i) {
        if (m_foldedPaths.at(i) == folded)
            return {i, MatchKind::Path};
    }
    return {};
}

QVector<ColumnMatcher::Match> ColumnMatcher::propose(const QStringList &headers) const
{
    QVector<Match> matches;
    matches.reserve(headers.size());
    QVector<bool> taken(m_schema.fieldCount(), false);
    for (const QString &header : headers) {
        Match m = matchOne(header);
        if (m.field >= 0 && taken.at(m.field))
            m = {};
        if (m.field >= 0)
            taken[m.field] = true;
        matches.append(m);
    }
    return matches;
}

int ColumnMatcher::score(const QStringList &headers) const
{
    int matched = 0;
    for (const Match &m : propose(headers))
        matched += m.field >= 0 ? 1 : 0;
    return matched;
}

QString ColumnMatcher::describe(MatchKind kind)
{
    switch (kind) {
    case MatchKind::None:
        return tr("not matched");
    case MatchKind::Path:
        return tr("field name");
    case MatchKind::Label:
        return tr("label");
    case MatchKind::Synonym:
        return tr("synonym");
    }
    return QString();
}
