#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class EntitySchema;

// Proposes which schema field each column of a sheet holds, from its header text: the field's
// path, its label, its synonyms, or its path with punctuation ignored ("Contract #" -> number,
// "Vendor ID" -> vendor_id). Case, spacing and punctuation never matter. A field is proposed
// for one column at most: the first that names it.
class ColumnMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMatcher)

public:
    enum class MatchKind {
        None,
        Path,
        Label,
        Synonym,
    };

    struct Match
    {
        int field = -1; // schema field index, -1 when the column matches nothing
        MatchKind kind = MatchKind::None;
    };

    explicit ColumnMatcher(const EntitySchema &schema);

    QVector<Match> propose(const QStringList &headers) const;
    // How many of the headers name a field: used to guess the header row and the target.
    int score(const QStringList &headers) const;
    // "contract number" for "Contract #": lower case, '#' as "number", '%' as "percent",
    // everything but letters and digits dropped.
    static QString fold(const QString &header);
    static QString describe(MatchKind kind);

private:
    Match matchOne(const QString &header) const;

    const EntitySchema &m_schema;
    QVector<QString> m_foldedPaths;
    QVector<QString> m_foldedLabels;
    QVector<QStringList> m_foldedSynonyms;
};
