#pragma once

#include "columnmatcher.h"
#include "csvreader.h"
#include "importmapping.h"
#include "mappingtemplate.h"
#include "recordimporter.h"
#include "sheetdata.h"
#include "spreadsheetfile.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class EntitySchema;
class SchemaRegistry;

// The state of one import while a person shapes it in the wizard (or a test drives it): the
// file and its sheets, the rows read, the target, the mapping and its preview. No widgets and
// no threads here; reading and converting are plain calls the caller may run in a worker.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    ImportSession(QString path, const SchemaRegistry &registry,
                  QVector<MappingTemplate> templates = {});

    const QString &path() const { return m_path; }
    const SchemaRegistry &registry() const { return m_registry; }
    QString fileName() const;
    SpreadsheetFile::Kind kind() const { return m_kind; }
    bool isText() const { return m_kind == SpreadsheetFile::Kind::Text; }

    // Lists the workbook's sheets (a text file has one). Fails with a message for files that
    // are not spreadsheets, legacy .xls and .ods.
    Status inspect();
    const QVector<XlsxReader::SheetInfo> &sheets() const { return m_sheets; }
    // The first visible sheet's name, or empty for text files.
    QString defaultSheet() const;

    // Reads rows; safe to call from a worker thread (touches nothing but its arguments).
    static Result<SheetData> read(const QString &path, const QString &sheet,
                                  const CsvReader::Options &csv, const ReadProgress &progress);
    void setSheetData(SheetData data);
    const SheetData &sheetData() const { return m_data; }

    // Choosing a target re-plans the mapping (header row, columns, template, formats).
    void setTarget(const QString &targetId);
    const EntitySchema *target() const { return m_schema; }
    // The target whose fields the headers name most.
    QString guessTarget() const;

    const ImportMapping &mapping() const { return m_mapping; }
    const QVector<ColumnMatcher::MatchKind> &matchKinds() const { return m_matchKinds; }
    const QString &templateName() const { return m_templateName; }
    void setHeaderRow(int row);
    void setColumnField(int column, const QString &fieldPath);
    void setConstant(const QString &fieldPath, const QString &text);
    void removeConstant(const QString &fieldPath);
    void setFormats(const ImportFormats &formats);

    // The first rows converted, for the wizard's live preview.
    RecordImporter::Outcome preview(int rows) const;
    // All rows converted; safe in a worker thread while the session is not changed.
    RecordImporter::Outcome convert(const ReadProgress &progress = {}) const;
    // What to save as a template under this name.
    MappingTemplate makeTemplate(const QString &name) const;

private:
    void replan(const ImportMapping *choices);

    QString m_path;
    const SchemaRegistry &m_registry;
    QVector<MappingTemplate> m_templates;
    SpreadsheetFile::Kind m_kind = SpreadsheetFile::Kind::Missing;
    QVector<XlsxReader::SheetInfo> m_sheets;
    SheetData m_data;
    const EntitySchema *m_schema = nullptr;
    ImportMapping m_mapping;
    QVector<ColumnMatcher::MatchKind> m_matchKinds;
    QString m_templateName;
};
