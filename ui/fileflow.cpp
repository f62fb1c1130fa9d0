#include "fileflow.h"

#include "entityschema.h"
#include "importjob.h"
#include "importsession.h"
#include "importwizard.h"
#include "recentfiles.h"
#include "schemaregistry.h"
#include "workspacesession.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

FileFlow::FileFlow(const SchemaRegistry &registry, RecentFiles &recentFiles, QWidget *window,
                   OpenWorkspace openWorkspace)
    : QObject(window)
    , m_registry(registry)
    , m_recentFiles(recentFiles)
    , m_window(window)
    , m_openWorkspace(std::move(openWorkspace))
    , m_job(new ImportJob(this))
{
    setObjectName(QStringLiteral("FileFlow"));
    m_job->setObjectName(QStringLiteral("ImportJob"));
    connect(m_job, &ImportJob::stageChanged, this, [this](const QString &stage) {
        if (m_progress)
            m_progress->setLabelText(stage);
    });
    connect(m_job, &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
}

FileFlow::~FileFlow() = default;

void FileFlow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(
            m_window, tr("New Workspace"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("ContractDesk workspaces (*.cdw)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".cdw")))
        path += QLatin1String(".cdw");
    if (QFileInfo::exists(path)) {
        emit failed(tr("%1 already exists. Open it with File ▸ Open, or choose another name.")
                            .arg(path));
        return;
    }
    const Status opened = m_openWorkspace(path, Open::Create);
    if (!opened)
        emit failed(opened.error());
}

void FileFlow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open Workspace"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("ContractDesk workspaces (*.cdw);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status opened = m_openWorkspace(path, Open::Existing);
    if (!opened)
        emit failed(opened.error());
}

void FileFlow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const Status opened = m_openWorkspace(dir + QStringLiteral("/demo.cdw"), Open::Demo);
    if (!opened)
        emit failed(opened.error());
}

bool FileFlow::ensureSession()
{
    if (m_session)
        return true;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const Status opened = m_openWorkspace(dir + QStringLiteral("/workspace.cdw"), Open::Create);
    if (!opened)
        emit failed(opened.error());
    return bool(opened);
}

ImportWizard *FileFlow::importFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".cdw"), Qt::CaseInsensitive)) {
        const Status opened = m_openWorkspace(path, Open::Existing);
        if (!opened)
            emit failed(opened.error());
        return nullptr;
    }
    if (!ensureSession())
        return nullptr;
    auto session = std::make_unique<ImportSession>(path, m_registry, m_session->mappingTemplates());
    const Status inspected = session->inspect();
    if (!inspected) {
        emit failed(inspected.error());
        return nullptr;
    }
    auto *wizard = new ImportWizard(std::move(session), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { runImport(wizard); });
    wizard->open();
    return wizard;
}

void FileFlow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import Spreadsheet"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Spreadsheets (*.xlsx *.xls *.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void FileFlow::runImport(ImportWizard *wizard)
{
    ImportSession &session = wizard->session();
    const EntitySchema *schema = session.target();
    if (!schema || !m_session)
        return;
    std::optional<MappingTemplate> saveTemplate;
    if (!wizard->templateName().isEmpty())
        saveTemplate = session.makeTemplate(wizard->templateName());
    const QString target = schema->id();
    const QString source = session.fileName();

    showProgress(source);
    // Only this import's end: an earlier one's connection goes.
    disconnect(m_job, &ImportJob::importFinished, this, nullptr);
    connect(m_job, &ImportJob::importFinished, this,
            [this, target](const ImportJob::ImportResult &result) {
                int errors = 0;
                for (const LocatedIssue &issue : result.issues)
                    errors += issue.severity == LocatedIssue::Severity::Error ? 1 : 0;
                finishImport(target, result.ok, result.cancelled, result.message, errors);
            });
    m_job->startImport(*schema, session.sheetData(), session.mapping(), m_session->path(), source,
                       saveTemplate);
}

void FileFlow::showProgress(const QString &source)
{
    delete m_progress;
    m_progress =
            new QProgressDialog(tr("Importing %1…").arg(source), tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("ImportProgress"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ImportJob::cancel);
}

void FileFlow::finishImport(const QString &target, bool ok, bool cancelled, const QString &message,
                            int unreadableCells)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!ok) {
        emit statusMessage(message, 15000);
        if (!cancelled)
            emit failed(message);
        return;
    }
    if (!m_session)
        return;
    const Status reloaded = m_session->reloadTarget(target);
    if (!reloaded) {
        emit failed(reloaded.error());
        return;
    }
    QString text = message;
    // Under the window's translation context, where the plural forms (English too) are.
    if (unreadableCells)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("MainWindow",
                                            "%n cell(s) could not be read and are marked red.",
                                            nullptr, unreadableCells);
    emit imported(target, text);
}

ImportWizard *FileFlow::pasteAsImport()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        emit statusMessage(tr("The clipboard holds no text to import."), 10000);
        return nullptr;
    }
    m_clipboardDir = std::make_unique<QTemporaryDir>();
    const QString path = m_clipboardDir->filePath(QStringLiteral("Clipboard.tsv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        emit failed(tr("Cannot keep the clipboard for the import: %1").arg(file.errorString()));
        return nullptr;
    }
    file.close();
    return importFile(path);
}

bool FileFlow::canDrop(const QMimeData *mime)
{
    if (!mime->hasUrls())
        return false;
    const auto urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
}

bool FileFlow::drop(const QMimeData *mime)
{
    const auto urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            importFile(url.toLocalFile());
            return true; // one file at a time: the wizard is modal to the window
        }
    }
    return false;
}

void FileFlow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList paths = m_recentFiles.paths();
    if (paths.isEmpty()) {
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    int number = 1;
    for (const QString &path : paths) {
        QAction *action =
                menu->addAction(tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            const Status opened = m_openWorkspace(path, Open::Existing);
            if (!opened) {
                m_recentFiles.remove(path);
                emit failed(opened.error());
            }
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Clear List"), this, [this] { m_recentFiles.clear(); });
}
