#include "importplanner.h"

#include "entityschema.h"
#include "schemaregistry.h"
#include "valueconverter.h"

#include <QJsonDocument>
#include <QSet>

#include <limits>

namespace {

constexpr int kHeaderSearchRows = 30;
constexpr int kFormatSamples = 500;

bool looksNumeric(const QString &text)
{
    bool any = false;
    for (const QChar c : text) {
        if (c.isDigit())
            any = true;
        else if (!c.isSpace() && !QStringLiteral(".,-/()$%:").contains(c))
            return false;
    }
    return any;
}

} // namespace

int ImportPlanner::detectHeaderRow(const SheetData &sheet, const QStringList &knownHeaders) const
{
    QSet<QString> known;
    for (const QString &h : knownHeaders)
        known.insert(ColumnMatcher::fold(h));
    // The row that names the most fields; failing that, the first row that is mostly text and
    // as wide as the rows under it.
    int best = 0;
    int bestScore = -1;
    const int limit = qMin(int(sheet.rows.size()), kHeaderSearchRows);
    for (int r = 0; r < limit; ++r) {
        const QStringList &row = sheet.rows.at(r);
        int text = 0;
        int knownCells = 0;
        for (const QString &cell : row) {
            if (!cell.trimmed().isEmpty() && !looksNumeric(cell))
                ++text;
            if (!known.isEmpty() && known.contains(ColumnMatcher::fold(cell)))
                ++knownCells;
        }
        const int width = r + 1 < sheet.rows.size() ? int(sheet.rows.at(r + 1).size()) : 0;
        // Matches weigh most; a text row at least as wide as the next row is a header shape.
        const int score = (m_matcher.score(row) + knownCells) * 100 +
                          (text * 2 >= width && text >= 2 ? text : 0);
        if (score > bestScore) {
            bestScore = score;
            best = r;
        }
    }
    return best;
}

ImportFormats ImportPlanner::detectFormats(const SheetData &sheet,
                                           const ImportMapping &mapping) const
{
    QStringList dates;
    QStringList numbers;
    for (int c = 0; c < mapping.fieldOfColumn.size(); ++c) {
        const int field = m_schema.indexOf(mapping.fieldOfColumn.at(c));
        if (field < 0)
            continue;
        const FieldType type = m_schema.field(field).type;
        const bool isDate = type == FieldType::Date || type == FieldType::DateTime;
        const bool isNumber = type == FieldType::Decimal;
        if (!isDate && !isNumber)
            continue;
        for (int r = mapping.headerRow + 1;
             r < sheet.rows.size() && r <= mapping.headerRow + kFormatSamples; ++r) {
            const QString value = sheet.rows.at(r).value(c);
            if (value.isEmpty())
                continue;
            (isDate ? dates : numbers).append(value);
        }
    }
    return ValueConverter::detect(dates, numbers);
}

ImportPlanner::Proposal ImportPlanner::propose(const SheetData &sheet,
                                               const QVector<MappingTemplate> &templates,
                                               const ImportMapping *explicitMapping) const
{
    Proposal p;
    ImportMapping &m = p.mapping;
    m.target = m_schema.id();
    m.sheet = sheet.sheetName;
    m.headerRow = explicitMapping && explicitMapping->headerRow >= 0
                          ? qMin(explicitMapping->headerRow, int(sheet.rows.size()) - 1)
                          : detectHeaderRow(sheet, explicitMapping ? explicitMapping->headers
                                                                   : QStringList());
    if (m.headerRow < 0)
        m.headerRow = 0;
    m.headers = sheet.rows.value(m.headerRow);
    const auto matches = m_matcher.propose(m.headers);
    for (int c = 0; c < m.headers.size(); ++c) {
        const int field = matches.at(c).field;
        m.fieldOfColumn.append(field >= 0 ? m_schema.field(field).path : QString());
        p.matchKinds.append(matches.at(c).kind);
    }
    m.formats = detectFormats(sheet, m);

    auto applyChoices = [&](const ImportMapping &choices, bool withFormats) {
        const QMap<QString, QString> byHeader = choices.columnsByHeader();
        for (int c = 0; c < m.headers.size(); ++c) {
            for (auto it = byHeader.begin(); it != byHeader.end(); ++it) {
                if (it.key().trimmed().compare(m.headers.at(c).trimmed(), Qt::CaseInsensitive))
                    continue;
                // A field chosen for this column leaves any other column that had it.
                if (!it.value().isEmpty()) {
                    for (int other = 0; other < m.fieldOfColumn.size(); ++other) {
                        if (other != c && m.fieldOfColumn.at(other) == it.value()) {
                            m.fieldOfColumn[other].clear();
                            p.matchKinds[other] = ColumnMatcher::MatchKind::None;
                        }
                    }
                }
                m.fieldOfColumn[c] = it.value();
                p.matchKinds[c] = ColumnMatcher::MatchKind::None;
            }
        }
        for (auto it = choices.constants.begin(); it != choices.constants.end(); ++it)
            m.constants.insert(it.key(), it.value());
        if (withFormats)
            m.formats = choices.formats;
    };

    const QString signature = ImportMapping::headerSignature(m.headers);
    for (const MappingTemplate &t : templates) {
        if (t.target != m_schema.id() || t.headerSignature != signature)
            continue;
        auto saved =
                ImportMapping::fromJson(QJsonDocument::fromJson(t.mappingJson).object(), m_schema);
        if (!saved)
            continue;
        applyChoices(saved.value(), true);
        p.templateName = t.name;
        break;
    }
    if (explicitMapping) {
        const bool formatsGiven = !(explicitMapping->formats == ImportFormats());
        applyChoices(*explicitMapping, formatsGiven);
    }
    return p;
}

int ImportPlanner::rowsNeeded(const ImportMapping *explicitMapping)
{
    // The header row (found among the first kHeaderSearchRows, the one under the last of them
    // read for its width) and the format samples under it.
    const int headerRow = explicitMapping && explicitMapping->headerRow >= 0
                                  ? explicitMapping->headerRow
                                  : kHeaderSearchRows - 1;
    const qint64 rows = qint64(headerRow) + kFormatSamples + 1;
    return int(qMin<qint64>(qMax<qint64>(kHeaderSearchRows + 1, rows),
                            std::numeric_limits<int>::max()));
}

QString ImportPlanner::guessTarget(const SheetData &sheet, const SchemaRegistry &registry)
{
    QString best;
    int bestScore = 0;
    for (const EntitySchema &schema : registry.schemas()) {
        const ImportPlanner planner(schema);
        const int row = planner.detectHeaderRow(sheet);
        const int score = planner.m_matcher.score(sheet.rows.value(row));
        if (score > bestScore) {
            bestScore = score;
            best = schema.id();
        }
    }
    return best;
}
