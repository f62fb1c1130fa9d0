#include "importwizard.h"

#include "importjob.h"
#include "importmappingpage.h"
#include "importsession.h"
#include "importsourcepage.h"

ImportWizard::ImportWizard(std::unique_ptr<ImportSession> session, QWidget *parent)
    : QWizard(parent)
    , m_session(std::move(session))
    , m_readJob(new ImportJob(this))
    , m_sourcePage(new ImportSourcePage(this))
    , m_mappingPage(new ImportMappingPage(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import %1").arg(m_session->fileName()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    addPage(m_sourcePage);
    addPage(m_mappingPage);
    resize(1000, 680);
    connect(m_readJob, &ImportJob::readFinished, this,
            [this](bool ok, const QString &error, const std::shared_ptr<SheetData> &sheet) {
                if (!ok) {
                    m_sourcePage->showReadError(error);
                    return;
                }
                m_session->setSheetData(std::move(*sheet));
                emit sheetLoaded();
            });
    reread();
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::templateName() const
{
    return m_mappingPage->templateName();
}

void ImportWizard::reread()
{
    if (m_readJob->isRunning()) {
        m_readJob->cancel();
        // The finished signal of the cancelled read is ignored by the page (it is busy again).
    }
    m_sourcePage->showReading();
    m_readJob->startRead(m_session->path(), m_sourcePage->chosenSheet(),
                         m_sourcePage->chosenCsvOptions());
}
