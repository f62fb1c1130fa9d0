#include "importsession.h"

#include "entityschema.h"
#include "importplanner.h"
#include "schemaregistry.h"

#include <QFileInfo>
#include <QJsonDocument>

ImportSession::ImportSession(QString path, const SchemaRegistry &registry,
                             QVector<MappingTemplate> templates)
    : m_path(std::move(path))
    , m_registry(registry)
    , m_templates(std::move(templates))
{}

QString ImportSession::fileName() const
{
    return QFileInfo(m_path).fileName();
}

Status ImportSession::inspect()
{
    m_kind = SpreadsheetFile::detect(m_path);
    auto sheets = SpreadsheetFile::sheets(m_path);
    if (!sheets)
        return Status::failure(sheets.error());
    m_sheets = std::move(sheets).value();
    return Status();
}

QString ImportSession::defaultSheet() const
{
    if (isText())
        return QString();
    for (const auto &s : m_sheets) {
        if (!s.hidden)
            return s.name;
    }
    return m_sheets.isEmpty() ? QString() : m_sheets.first().name;
}

Result<SheetData> ImportSession::read(const QString &path, const QString &sheet,
                                      const CsvReader::Options &csv, const ReadProgress &progress)
{
    return SpreadsheetFile::read(path, sheet, csv, progress);
}

void ImportSession::setSheetData(SheetData data)
{
    m_data = std::move(data);
    if (m_schema)
        replan(nullptr);
}

void ImportSession::setTarget(const QString &targetId)
{
    m_schema = m_registry.find(targetId);
    if (m_schema)
        replan(nullptr);
}

QString ImportSession::guessTarget() const
{
    return ImportPlanner::guessTarget(m_data, m_registry);
}

void ImportSession::replan(const ImportMapping *choices)
{
    const auto proposal = ImportPlanner(*m_schema).propose(m_data, m_templates, choices);
    m_mapping = proposal.mapping;
    m_matchKinds = proposal.matchKinds;
    m_templateName = proposal.templateName;
}

void ImportSession::setHeaderRow(int row)
{
    if (!m_schema || row < 0 || row >= m_data.rows.size())
        return;
    ImportMapping choices;
    choices.headerRow = row;
    choices.constants = m_mapping.constants;
    replan(&choices);
}

void ImportSession::setColumnField(int column, const QString &fieldPath)
{
    if (column < 0 || column >= m_mapping.fieldOfColumn.size())
        return;
    if (!fieldPath.isEmpty()) {
        for (int c = 0; c < m_mapping.fieldOfColumn.size(); ++c) {
            if (c != column && m_mapping.fieldOfColumn.at(c) == fieldPath) {
                m_mapping.fieldOfColumn[c].clear();
                m_matchKinds[c] = ColumnMatcher::MatchKind::None;
            }
        }
        m_mapping.constants.remove(fieldPath);
    }
    m_mapping.fieldOfColumn[column] = fieldPath;
    m_matchKinds[column] = ColumnMatcher::MatchKind::None;
}

void ImportSession::setConstant(const QString &fieldPath, const QString &text)
{
    if (!m_schema || m_schema->indexOf(fieldPath) < 0)
        return;
    // A value for all rows replaces a column mapped to the same field.
    for (int c = 0; c < m_mapping.fieldOfColumn.size(); ++c) {
        if (m_mapping.fieldOfColumn.at(c) == fieldPath)
            m_mapping.fieldOfColumn[c].clear();
    }
    m_mapping.constants.insert(fieldPath, text);
}

void ImportSession::removeConstant(const QString &fieldPath)
{
    m_mapping.constants.remove(fieldPath);
}

void ImportSession::setFormats(const ImportFormats &formats)
{
    m_mapping.formats = formats;
}

RecordImporter::Outcome ImportSession::preview(int rows) const
{
    if (!m_schema)
        return {};
    SheetData head;
    head.fileName = m_data.fileName;
    head.sheetName = m_data.sheetName;
    const int end = qMin(int(m_data.rows.size()), m_mapping.headerRow + 1 + rows);
    for (int r = 0; r < end; ++r) {
        head.rows.append(m_data.rows.at(r));
        head.rowNumbers.append(m_data.rowNumbers.value(r, r + 1));
    }
    return RecordImporter(*m_schema).import(head, m_mapping);
}

RecordImporter::Outcome ImportSession::convert(const ReadProgress &progress) const
{
    if (!m_schema)
        return {};
    return RecordImporter(*m_schema).import(m_data, m_mapping, progress);
}

MappingTemplate ImportSession::makeTemplate(const QString &name) const
{
    ImportMapping saved = m_mapping;
    saved.headers = m_data.rows.value(m_mapping.headerRow);
    return {m_schema ? m_schema->id() : QString(), name,
            ImportMapping::headerSignature(saved.headers),
            QJsonDocument(saved.toJson()).toJson(QJsonDocument::Compact)};
}
