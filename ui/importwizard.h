#pragma once

#include <QWizard>

#include <memory>

class ImportJob;
class ImportMappingPage;
class ImportSession;
class ImportSourcePage;
class SchemaRegistry;

// The import wizard: pick sheet, target and header row (with the file's rows in view), then
// check the proposed column mapping, constants and formats against a live preview. The wizard
// only shapes the ImportSession; the caller runs the import when it is accepted.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    ImportWizard(std::unique_ptr<ImportSession> session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportSession &session() { return *m_session; }
    ImportJob *readJob() const { return m_readJob; }
    // Empty unless "remember this mapping" is ticked.
    QString templateName() const;
    // Re-reads the sheet with the source page's choices (sheet, encoding, delimiter).
    void reread();

signals:
    // The rows of the sheet are (re)loaded into the session.
    void sheetLoaded();

private:
    std::unique_ptr<ImportSession> m_session;
    ImportJob *m_readJob;
    ImportSourcePage *m_sourcePage;
    ImportMappingPage *m_mappingPage;
};
