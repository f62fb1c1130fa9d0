#include "fileflow.h"

#include "credentialstore.h"
#include "entityschema.h"
#include "importjob.h"
#include "importsession.h"
#include "importwizard.h"
#include "recentfiles.h"
#include "schemaregistry.h"
#include "teamworkspace.h"
#include "teamworkspacedialog.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
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
    const Status opened = m_openWorkspace(path, Open::Create, QString());
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
    const Status opened = m_openWorkspace(path, Open::Existing, QString());
    if (!opened)
        emit failed(opened.error());
}

void FileFlow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const Status opened = m_openWorkspace(dir + QStringLiteral("/demo.cdw"), Open::Demo, QString());
    if (!opened)
        emit failed(opened.error());
}

TeamWorkspaceDialog *FileFlow::openTeamWorkspaceDialog()
{
    auto *dialog = new TeamWorkspaceDialog(TeamWorkspaceDialog::Purpose::Open, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        openTeamWorkspace(dialog->address(), dialog->password(), dialog->rememberPassword());
    });
    dialog->open();
    return dialog;
}

TeamWorkspaceDialog *FileFlow::shareToTeamDialog()
{
    if (!m_session) {
        emit statusMessage(tr("Open a workspace first (Ctrl+O), then share it."), 5000);
        return nullptr;
    }
    if (m_session->isShared()) {
        emit statusMessage(tr("This workspace is a team workspace already."), 5000);
        return nullptr;
    }
    auto *dialog = new TeamWorkspaceDialog(TeamWorkspaceDialog::Purpose::Share, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        shareTo(dialog->address(), dialog->password(), dialog->rememberPassword());
    });
    dialog->open();
    return dialog;
}

void FileFlow::openTeamWorkspace(const QString &address, const QString &password, bool remember)
{
    const auto open = [this, address, password, remember](Open how) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status opened = m_openWorkspace(address, how, password);
        QApplication::restoreOverrideCursor();
        if (!opened) {
            emit failed(opened.error());
            return;
        }
        if (remember)
            rememberPassword(address, password);
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto initialised = TeamWorkspace::isInitialised(address, password);
    QApplication::restoreOverrideCursor();
    if (!initialised) {
        emit failed(initialised.error());
        return;
    }
    if (initialised.value()) {
        open(Open::Existing);
        return;
    }
    // Setting up writes to someone's database: only when the person says so.
    auto *ask = new QMessageBox(
            QMessageBox::Question, tr("Set Up Team Workspace"),
            tr("%1 holds no ContractDesk workspace yet. Set one up there?").arg(address),
            QMessageBox::Cancel, m_window);
    ask->setObjectName(QStringLiteral("SetUpTeamWorkspaceQuestion"));
    ask->setInformativeText(tr("ContractDesk keeps its tables in a schema of its own, named "
                               "contractdesk; anything else in the database is left alone."));
    QPushButton *setUp = ask->addButton(tr("&Set Up"), QMessageBox::AcceptRole);
    setUp->setObjectName(QStringLiteral("SetUpButton"));
    ask->setDefaultButton(setUp);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [ask, setUp, open] {
        if (ask->clickedButton() == setUp)
            open(Open::Create);
    });
    ask->open();
}

void FileFlow::shareTo(const QString &address, const QString &password, bool remember)
{
    if (!m_session)
        return;
    const QString from = m_session->path();
    // The copy runs here, on the window's thread: the window waits for it (a few seconds for
    // a large workspace) and no edit can slip in between the copy and the switch.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status shared = TeamWorkspace::share(*m_session, address, m_registry, password);
    QApplication::restoreOverrideCursor();
    if (!shared) {
        emit failed(shared.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_openWorkspace(address, Open::Existing, password);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        emit failed(tr("%1 was copied to %2, but the copy could not be opened: %3")
                            .arg(from, address, opened.error()));
        return;
    }
    if (remember)
        rememberPassword(address, password);
    emit statusMessage(tr("%1 is now shared at %2. The file stays as it was; work in the team "
                          "workspace from now on.")
                               .arg(QFileInfo(from).fileName(), address),
                       15000);
}

void FileFlow::openTeamRecent(const QString &address)
{
    // The password the person chose to keep, if any; else libpq's own.
    CredentialJob *read = CredentialStore().read(TeamWorkspace::keychainKey(address), this);
    connect(read, &CredentialJob::finished, this,
            [this, read, address](const Result<QString> &kept) {
                read->deleteLater();
                const Status opened =
                        m_openWorkspace(address, Open::Existing, kept ? kept.value() : QString());
                if (!opened)
                    emit failed(opened.error());
            });
    read->start();
}

void FileFlow::rememberPassword(const QString &address, const QString &password)
{
    if (password.isEmpty())
        return;
    CredentialJob *write =
            CredentialStore().write(TeamWorkspace::keychainKey(address), password, this);
    connect(write, &CredentialJob::finished, this, [this, write](const Result<QString> &kept) {
        write->deleteLater();
        if (!kept)
            emit statusMessage(
                    tr("The password could not be kept in the keychain: %1").arg(kept.error()),
                    10000);
    });
    write->start();
}

bool FileFlow::ensureSession()
{
    if (m_session)
        return true;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const Status opened =
            m_openWorkspace(dir + QStringLiteral("/workspace.cdw"), Open::Create, QString());
    if (!opened)
        emit failed(opened.error());
    return bool(opened);
}

ImportWizard *FileFlow::importFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".cdw"), Qt::CaseInsensitive)) {
        const Status opened = m_openWorkspace(path, Open::Existing, QString());
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
        // A team workspace by its whole address (never with a password): the database's name
        // alone says little.
        if (TeamWorkspace::isTeamAddress(path)) {
            QAction *action = menu->addAction(tr("&%1 %2 (Team)").arg(number++).arg(path));
            action->setToolTip(path);
            connect(action, &QAction::triggered, this, [this, path] { openTeamRecent(path); });
            continue;
        }
        QAction *action =
                menu->addAction(tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            const Status opened = m_openWorkspace(path, Open::Existing, QString());
            if (!opened) {
                m_recentFiles.remove(path);
                emit failed(opened.error());
            }
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Clear List"), this, [this] { m_recentFiles.clear(); });
}
