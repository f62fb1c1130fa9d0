#include "mainwindow.h"

#include "atomicfilewriter.h"
#include "conflictdialog.h"
#include "entityschema.h"
#include "fileflow.h"
#include "issuespane.h"
#include "profilesdialog.h"
#include "profileselector.h"
#include "profilestore.h"
#include "pulldialog.h"
#include "pushdialog.h"
#include "recentfiles.h"
#include "reconcileview.h"
#include "recordtablemodel.h"
#include "resolvereferencesdialog.h"
#include "schemaregistry.h"
#include "sheetcommands.h"
#include "sheetstatusbar.h"
#include "sheettabs.h"
#include "sheetview.h"
#include "synclogmodel.h"
#include "synclogpane.h"
#include "windowactions.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

namespace {

// The profile chosen for the shown sheet's vendor says whose lists judge its reference cells;
// no profile: the rule without lists.
Status useProfileForReferences(WorkspaceSession *session, const RecordTableModel *shown,
                               const QString &name)
{
    if (!session || !shown)
        return Status();
    const QString vendor = shown->schema().vendor();
    const auto settings = ProfileStore::userSettings();
    const auto found = name.isEmpty() ? std::nullopt : ProfileStore(*settings).find(name);
    return session->setReferenceProfile(
            vendor, found && found->vendor == vendor ? *found : ConnectionProfile());
}

} // namespace

MainWindow::MainWindow(const SchemaRegistry &registry, RecentFiles &recentFiles, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_recentFiles(recentFiles)
    , m_tabs(new SheetTabs(this))
    , m_statusBar(new SheetStatusBar(this))
    , m_logDock(new QDockWidget(tr("Sync log"), this))
    , m_logPane(new SyncLogPane(m_logDock))
    , m_issuesDock(new QDockWidget(tr("Issues"), this))
    , m_issuesPane(new IssuesPane(m_issuesDock))
    , m_actions(new WindowActions(this))
    , m_files(new FileFlow(
              registry, recentFiles, this,
              [this](const QString &path, FileFlow::Open how, const QString &password) {
                  if (how == FileFlow::Open::Demo)
                      return openDemoWorkspace(path);
                  return openWorkspace(path, how == FileFlow::Open::Create, password);
              }))
    , m_sheetCommands(new SheetCommands(m_tabs, m_actions, this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/contractdesk.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_tabs);
    setStatusBar(m_statusBar);
    createDocks();
    m_actions->createMenusAndToolBar(m_logDock, m_issuesDock);
    connectParts();
    connectFileActions();
    connectVendorActions();
    connect(profileSelector(), &ProfileSelector::profileChanged, this, [this](const QString &name) {
        const Status used = useProfileForReferences(m_session.get(), m_tabs->currentModel(), name);
        if (!used)
            showMessage(used.error(), 10000);
    });

    setWindowTitle(tr("ContractDesk"));
    resize(1200, 760);
    resizeDocks({m_logDock}, {190}, Qt::Vertical);
    currentSheetChanged();
}

MainWindow::~MainWindow()
{
    // Views first, then the models they show; the tabs' last signals reach a whole window.
    m_tabs->closeAll();
    disconnect(m_tabs, nullptr, this, nullptr);
    m_logPane->setLog(nullptr);
}

void MainWindow::createDocks()
{
    m_logDock->setObjectName(QStringLiteral("SyncLogDock"));
    m_logDock->setWidget(m_logPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_issuesDock->setObjectName(QStringLiteral("IssuesDock"));
    m_issuesDock->setWidget(m_issuesPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    tabifyDockWidget(m_logDock, m_issuesDock);
    m_issuesDock->raise();
}

// The parts' requests, each to the one place that serves it.
void MainWindow::connectParts()
{
    connect(m_logPane, &SyncLogPane::rowActivated, this,
            [this](const QString &target, qint64 recordId) { showRecord(target, recordId); });
    connect(m_logPane, &SyncLogPane::retryRequested, this,
            [this](const QString &target, const QVector<qint64> &ids) {
                openPushDialog(target, ids);
            });
    connect(m_logPane, &SyncLogPane::exportRequested, this, &MainWindow::exportSyncLog);
    connect(m_issuesPane, &IssuesPane::issueActivated, m_sheetCommands, &SheetCommands::showIssue);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentSheetChanged);
    connect(m_tabs, &SheetTabs::countsChanged, this, &MainWindow::updateCounts);
    connect(m_tabs, &SheetTabs::editFailed, this, &MainWindow::reportFailure);
    connect(m_tabs, &SheetTabs::statusMessage, this, &MainWindow::showMessage);
    connect(m_tabs, &SheetTabs::pullRequested, this,
            [this](const QString &target) { openPullDialog(target); });
    connect(m_tabs, &SheetTabs::pushRequested, this,
            [this](ReconcileView *view, const QString &target, const QVector<qint64> &ids) {
                PushDialog *dialog = openPushDialog(target, ids);
                if (!dialog)
                    return;
                // Back to the reconciliation behind the dialog: it is what the push serves.
                m_tabs->setCurrentWidget(view);
                connect(dialog, &PushDialog::pushFinished, view, [view] { view->setStale(true); });
            });

    connect(m_sheetCommands, &SheetCommands::statusMessage, this, &MainWindow::showMessage);
    connect(m_sheetCommands, &SheetCommands::failed, this, &MainWindow::reportFailure);
    connect(m_sheetCommands, &SheetCommands::issuesWanted, this, [this] {
        m_issuesDock->show();
        m_issuesDock->raise();
    });
    connect(m_files, &FileFlow::statusMessage, this, &MainWindow::showMessage);
    connect(m_files, &FileFlow::failed, this, &MainWindow::reportFailure);
    connect(m_files, &FileFlow::imported, this,
            [this](const QString &target, const QString &message) {
                m_tabs->showSheet(target);
                showMessage(message, 30000);
                updateCounts();
            });
    connect(m_actions->recentMenu(), &QMenu::aboutToShow, this,
            [this] { m_files->fillRecentMenu(m_actions->recentMenu()); });
}

void MainWindow::connectFileActions()
{
    const auto on = [this](WindowActions::Id id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(WindowActions::New, [this] { m_files->newWorkspace(); });
    on(WindowActions::Open, [this] { m_files->openWorkspaceDialog(); });
    on(WindowActions::Demo, [this] { m_files->openDemo(); });
    on(WindowActions::OpenTeam, [this] { m_files->openTeamWorkspaceDialog(); });
    on(WindowActions::ShareTeam, [this] { m_files->shareToTeamDialog(); });
    on(WindowActions::Import, [this] { m_files->importDialog(); });
    on(WindowActions::PasteImport, [this] { m_files->pasteAsImport(); });
    on(WindowActions::Quit, [this] { close(); });
    on(WindowActions::About, [this] { about(); });
}

void MainWindow::connectVendorActions()
{
    connect(m_actions->action(WindowActions::Push), &QAction::triggered, this, [this] {
        // On a reconciliation: its selected rows, as "Sheet Is Right: Push…".
        ReconcileView *view = m_tabs->currentReconciliation();
        if (!view) {
            openPushDialog();
            return;
        }
        const Status status = view->pushSheetRows();
        if (!status)
            showMessage(status.error(), 10000);
    });
    connect(m_actions->action(WindowActions::Profiles), &QAction::triggered, this,
            [this] { openProfilesDialog(); });
    connect(m_actions->action(WindowActions::Pull), &QAction::triggered, this,
            [this] { openPullDialog(); });
    connect(m_actions->action(WindowActions::Reconcile), &QAction::triggered, this,
            &MainWindow::toggleReconciliation);
    connect(m_actions->action(WindowActions::ResolveReferences), &QAction::triggered, this,
            [this] { openResolveReferencesDialog(); });
}

Status MainWindow::openWorkspace(const QString &path, bool create, const QString &password)
{
    auto session = WorkspaceSession::open(path, m_registry, create, password);
    if (!session)
        return Status::failure(session.error());
    showSession(std::move(session).value());
    return Status();
}

Status MainWindow::openDemoWorkspace(const QString &path)
{
    auto session = WorkspaceSession::openDemo(path, m_registry);
    if (!session)
        return Status::failure(session.error());
    showSession(std::move(session).value());
    return Status();
}

void MainWindow::showSession(std::unique_ptr<WorkspaceSession> session)
{
    // The views of the old session go before it does.
    m_tabs->closeAll();
    m_logPane->setLog(nullptr);
    m_session = std::move(session);
    m_files->setSession(m_session.get());
    m_actions->followUndoStack(m_session->undoStack());
    m_tabs->showSheets(*m_session);
    m_logPane->setLog(m_session->syncLog());
    connect(m_session.get(), &WorkspaceSession::saveFailed, this, &MainWindow::reportFailure);
    connect(m_session.get(), &WorkspaceSession::saved, m_statusBar,
            [this] { m_statusBar->showSaved(true); });
    connect(m_session.get(), &WorkspaceSession::conflictFound, this, &MainWindow::showConflict);
    connect(m_session.get(), &WorkspaceSession::changedElsewhere, this,
            &MainWindow::showChangedElsewhere);
    m_statusBar->showSaved(false);
    m_recentFiles.add(m_session->path());
    currentSheetChanged();
    if (const Status used = useProfileForReferences(m_session.get(), m_tabs->currentModel(),
                                                    profileSelector()->currentProfile());
        !used)
        showMessage(used.error(), 10000);
    const bool shared = m_session->isShared();
    m_actions->action(WindowActions::ShareTeam)->setEnabled(!shared);
    if (shared) {
        // The whole address (it never holds a password): which server and database matters.
        setWindowTitle(tr("%1 — Team — ContractDesk").arg(m_session->path()));
        setWindowFilePath(QString());
    } else {
        setWindowTitle(tr("%1 — ContractDesk").arg(QFileInfo(m_session->path()).fileName()));
        setWindowFilePath(m_session->path());
    }
    updateCounts();
}

void MainWindow::showConflict(const EditConflict &conflict)
{
    RecordTableModel *model = m_session ? m_session->model(conflict.target) : nullptr;
    auto *dialog = new ConflictDialog(conflict, model ? &model->schema() : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The choice goes to the session that found the conflict, if it is still the one shown.
    const QPointer<WorkspaceSession> session = m_session.get();
    connect(dialog, &QDialog::accepted, this, [this, dialog, session] {
        if (!session || session != m_session.get())
            return;
        const Status kept = session->keepMine(dialog->conflict());
        if (kept)
            showMessage(tr("Your values were kept. Edit ▸ Undo takes them back."), 8000);
        else if (!kept.isConflict()) // a new conflict shows its own dialog
            showMessage(tr("Your values could not be kept: %1").arg(kept.error()), 15000);
    });
    dialog->open();
}

void MainWindow::showChangedElsewhere(const QString &target, int rows)
{
    updateCounts();
    if (target.isEmpty()) {
        showMessage(tr("Back in touch with the team workspace: every sheet shows what it holds "
                       "now."),
                    5000);
        return;
    }
    const RecordTableModel *model = m_session ? m_session->model(target) : nullptr;
    if (!model || rows <= 0)
        return;
    showMessage(tr("%n row(s) of %1 changed by others — shown", nullptr, rows)
                        .arg(model->schema().label()),
                5000);
}

QTabWidget *MainWindow::tabs() const
{
    return m_tabs;
}

QLabel *MainWindow::countsLabel() const
{
    return m_statusBar->countsLabel();
}

ProfileSelector *MainWindow::profileSelector() const
{
    return m_actions->profileSelector();
}

SheetView *MainWindow::currentSheet() const
{
    return m_tabs->currentSheet();
}

QTableView *MainWindow::logView() const
{
    return m_logPane->view();
}

QString MainWindow::currentTarget() const
{
    return m_tabs->currentTarget();
}

bool MainWindow::showRecord(const QString &target, qint64 recordId)
{
    return m_tabs->showRecord(target, recordId);
}

void MainWindow::currentSheetChanged()
{
    RecordTableModel *shown = m_tabs->currentModel();
    m_issuesPane->setSheet(shown);
    m_actions->setReconciliation(m_tabs->currentReconciliation());
    m_actions->profileSelector()->setVendor(shown ? shown->schema().vendor() : QString());
    m_sheetCommands->currentSheetChanged();
    updateCounts();
}

void MainWindow::updateCounts()
{
    m_statusBar->showCounts(currentSheet(), m_tabs->currentReconciliation());
}

Status MainWindow::exportSheet(const QString &path)
{
    return m_sheetCommands->exportSheet(path);
}

Status MainWindow::exportIssues(const QString &path)
{
    return m_sheetCommands->exportIssues(path);
}

void MainWindow::pasteIntoSheet()
{
    m_sheetCommands->pasteIntoSheet();
}

void MainWindow::exportSyncLog()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Sync Log"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(QStringLiteral("sync-log.csv")),
            tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status saved = AtomicFileWriter::write(path, m_logPane->toCsv());
    if (!saved)
        reportFailure(saved.error());
}

ProfilesDialog *MainWindow::openProfilesDialog()
{
    auto *dialog = new ProfilesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, profileSelector(), &ProfileSelector::reload);
    dialog->open();
    return dialog;
}

PushDialog *MainWindow::openPushDialog(const QString &target, const QVector<qint64> &recordIds)
{
    if (!m_session || !showRecord(target, recordIds.value(0)))
        return nullptr;
    return openPushDialog(recordIds);
}

PushDialog *MainWindow::openPushDialog()
{
    SheetView *sheet = currentSheet();
    return sheet ? openPushDialog(sheet->rowsToPush()) : openPushDialog(QVector<qint64>());
}

PushDialog *MainWindow::openPushDialog(const QVector<qint64> &recordIds)
{
    SheetView *sheet = currentSheet();
    if (!sheet || !m_session) {
        showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return nullptr;
    }
    auto *dialog = new PushDialog(*m_session, *sheet->model(), recordIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(profileSelector()->currentProfile());
    m_logDock->show();
    m_logDock->raise();
    dialog->open();
    return dialog;
}

PullDialog *MainWindow::openPullDialog()
{
    return openPullDialog(currentTarget());
}

PullDialog *MainWindow::openPullDialog(const QString &target)
{
    RecordTableModel *model = m_session ? m_session->model(target) : nullptr;
    if (!model) {
        showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return nullptr;
    }
    auto *dialog = new PullDialog(*m_session, *model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const int chosen = dialog->profileBox()->findData(profileSelector()->currentProfile());
        chosen >= 0)
        dialog->profileBox()->setCurrentIndex(chosen);
    connect(dialog, &PullDialog::pulled, this,
            [this](const QString &pulledTarget, const QString &profile) {
                if (ReconcileView *view = openReconcileView(pulledTarget, profile))
                    showMessage(tr("Pulled through %1: %2").arg(profile, view->summaryText()),
                                15000);
            });
    dialog->open();
    return dialog;
}

ResolveReferencesDialog *MainWindow::openResolveReferencesDialog()
{
    const QString target = currentTarget();
    if (!m_session || !m_session->model(target)) {
        showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return nullptr;
    }
    auto *dialog = new ResolveReferencesDialog(*m_session, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(profileSelector()->currentProfile());
    // Lists read or ids written: the sheet's reference checks follow.
    connect(dialog, &ResolveReferencesDialog::referencesChanged, m_session.get(),
            &WorkspaceSession::refreshReferenceChecks);
    dialog->show();
    return dialog;
}

void MainWindow::toggleReconciliation()
{
    if (ReconcileView *view = m_tabs->currentReconciliation()) {
        showRecord(view->target(), 0);
        return;
    }
    const QString target = currentTarget();
    if (target.isEmpty())
        showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
    else
        openReconcileView(target);
}

ReconcileView *MainWindow::reconcileView(const QString &target) const
{
    return m_tabs->reconcileView(target);
}

ReconcileView *MainWindow::openReconcileView(const QString &target, const QString &profile)
{
    RecordTableModel *model = m_session ? m_session->model(target) : nullptr;
    if (!model) {
        showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return nullptr;
    }
    bool created = false;
    ReconcileView *view = m_tabs->openReconcileView(*m_session, model, &created);
    if (created || !profile.isEmpty()) {
        const Status loaded = view->reload(profile);
        if (!loaded)
            reportFailure(loaded.error());
    }
    m_tabs->setCurrentWidget(view);
    view->setFocus();
    return view;
}

void MainWindow::closeReconcileView(const QString &target)
{
    m_tabs->closeReconcileView(target);
}

void MainWindow::showMessage(const QString &message, int timeout)
{
    m_statusBar->showMessage(message, timeout);
}

void MainWindow::reportFailure(const QString &message)
{
    showMessage(message, 10000);
    QMessageBox::warning(this, tr("ContractDesk"), message);
}

ImportWizard *MainWindow::importFile(const QString &path)
{
    return m_files->importFile(path);
}

ImportWizard *MainWindow::pasteAsImport()
{
    return m_files->pasteAsImport();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (FileFlow::canDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!FileFlow::canDrop(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_files->drop(event->mimeData());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ContractDesk"),
                       tr("<h3>ContractDesk %1</h3><p>Push spreadsheets of contracts and change "
                          "orders to Procore, Oracle Primavera Cloud and Sage Intacct, and "
                          "reconcile them field by field.</p>")
                               .arg(QApplication::applicationVersion()));
}
