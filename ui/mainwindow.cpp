#include "mainwindow.h"

#include "atomicfilewriter.h"
#include "csvreader.h"
#include "entityschema.h"
#include "findreplacedialog.h"
#include "importjob.h"
#include "importsession.h"
#include "importwizard.h"
#include "issuespane.h"
#include "profilesdialog.h"
#include "profileselector.h"
#include "pulldialog.h"
#include "pushdialog.h"
#include "recentfiles.h"
#include "reconcileview.h"
#include "recordexporter.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "sheetview.h"
#include "synclogmodel.h"
#include "synclogpane.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace {

bool isXlsx(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

QIcon ownIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

// A toolbar button's short label and a tooltip that says what it does and its shortcut.
void describe(QAction *action, const char *objectName, const QString &iconText, const QString &what)
{
    action->setObjectName(QLatin1String(objectName));
    action->setIconText(iconText);
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, keys));
}

} // namespace

MainWindow::MainWindow(const SchemaRegistry &registry, RecentFiles &recentFiles, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_recentFiles(recentFiles)
    , m_tabs(new QTabWidget(this))
    , m_logDock(new QDockWidget(tr("Sync log"), this))
    , m_logPane(new SyncLogPane(m_logDock))
    , m_countsLabel(new QLabel(this))
    , m_saveLabel(new QLabel(this))
    , m_issuesLabel(new QLabel(this))
    , m_issuesDock(new QDockWidget(tr("Issues"), this))
    , m_issuesPane(new IssuesPane(m_issuesDock))
    , m_importJob(new ImportJob(this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/contractdesk.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_logDock->setObjectName(QStringLiteral("SyncLogDock"));
    m_logDock->setWidget(m_logPane);
    connect(m_logPane, &SyncLogPane::rowActivated, this,
            [this](const QString &target, qint64 recordId) { showRecord(target, recordId); });
    connect(m_logPane, &SyncLogPane::retryRequested, this,
            [this](const QString &target, const QVector<qint64> &ids) {
                openPushDialog(target, ids);
            });
    connect(m_logPane, &SyncLogPane::exportRequested, this, [this] {
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
    });
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_issuesDock->setObjectName(QStringLiteral("IssuesDock"));
    m_issuesDock->setWidget(m_issuesPane);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    tabifyDockWidget(m_logDock, m_issuesDock);
    m_issuesDock->raise();
    connect(m_issuesPane, &IssuesPane::issueActivated, this, &MainWindow::showIssue);

    statusBar()->addWidget(m_countsLabel, 1);
    m_issuesLabel->setObjectName(QStringLiteral("IssuesLabel"));
    statusBar()->addPermanentWidget(m_issuesLabel);
    statusBar()->addPermanentWidget(m_saveLabel);

    createActions();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentSheetChanged);

    auto *placeholder = new QLabel(
            tr("Drop a spreadsheet here to import it, open a workspace (Ctrl+O), create one "
               "(Ctrl+N), or try the demo workspace (Ctrl+Shift+D)."),
            m_tabs);
    placeholder->setAlignment(Qt::AlignCenter);
    m_tabs->addTab(placeholder, tr("Welcome"));
    setWindowTitle(tr("ContractDesk"));
    resize(1200, 760);
    resizeDocks({m_logDock}, {190}, Qt::Vertical);
    updateCounts();
}

MainWindow::~MainWindow()
{
    // Views first, then the models they show.
    closeReconcileViews();
    m_tabs->clear();
    m_logPane->setLog(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themedIcon("document-new", "new"), tr("&New Workspace…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(themedIcon("document-open", "open"), tr("&Open Workspace…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_demoAction = new QAction(tr("Open &Demo Workspace"), this);
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_importAction = new QAction(ownIcon("import"), tr("&Import Spreadsheet…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_pasteAction = new QAction(tr("&Paste"), this);
    m_pasteAction->setShortcut(QKeySequence::Paste);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteIntoSheet);
    m_pasteImportAction = new QAction(tr("Paste as New &Import…"), this);
    m_pasteImportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteImportAction, &QAction::triggered, this, &MainWindow::pasteAsImport);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(themedIcon("edit-undo", "undo"), tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(themedIcon("edit-redo", "redo"), tr("&Redo"), this);
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(false);

    m_filterAction = new QAction(tr("&Filter Rows"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        if (SheetView *sheet = currentSheet()) {
            sheet->filterEdit()->setFocus(Qt::ShortcutFocusReason);
            sheet->filterEdit()->selectAll();
        }
    });

    m_pushAction = new QAction(ownIcon("push"), tr("&Push Rows…"), this);
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pushAction, &QAction::triggered, this, [this] {
        // On a reconciliation: its selected rows, as "Sheet Is Right: Push…".
        auto *view = qobject_cast<ReconcileView *>(m_tabs->currentWidget());
        if (!view) {
            openPushDialog();
            return;
        }
        const Status status = view->pushSheetRows();
        if (!status)
            statusBar()->showMessage(status.error(), 10000);
    });

    m_profilesAction = new QAction(ownIcon("profile"), tr("Connection &Profiles…"), this);
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    connect(m_profilesAction, &QAction::triggered, this, [this] { openProfilesDialog(); });

    m_pullAction = new QAction(ownIcon("pull"), tr("P&ull from Vendor…"), this);
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_pullAction, &QAction::triggered, this, [this] { openPullDialog(); });
    m_reconcileAction = new QAction(ownIcon("reconcile"), tr("&Reconcile with Vendor"), this);
    m_reconcileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reconcileAction, &QAction::triggered, this, [this] {
        if (auto *view = qobject_cast<ReconcileView *>(m_tabs->currentWidget())) {
            showRecord(view->target(), 0);
            return;
        }
        const QString target = currentTarget();
        if (target.isEmpty())
            statusBar()->showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        else
            openReconcileView(target);
    });

    m_exportSheetAction = new QAction(tr("&Export Sheet…"), this);
    m_exportSheetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportSheetAction, &QAction::triggered, this, [this] { exportDialog(false); });
    m_exportIssuesAction = new QAction(tr("Export &Issues…"), this);
    m_exportIssuesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportIssuesAction, &QAction::triggered, this, [this] { exportDialog(true); });

    m_onlyIssuesAction = new QAction(tr("Only Rows with &Issues"), this);
    m_onlyIssuesAction->setCheckable(true);
    m_onlyIssuesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_onlyIssuesAction, &QAction::toggled, this, [this](bool on) {
        if (SheetView *sheet = currentSheet())
            sheet->onlyIssuesBox()->setChecked(on);
    });
    auto goToIssue = [this](bool forward) {
        onSheet([this, forward](SheetView *sheet) {
            return sheet->goToIssue(forward) ? Status()
                                             : Status::failure(tr("This sheet has no issues."));
        });
    };
    m_nextIssueAction = new QAction(ownIcon("check"), tr("&Next Issue"), this);
    m_nextIssueAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextIssueAction, &QAction::triggered, this, [this, goToIssue] {
        // The toolbar's Check: the issues list in view, and the next issue's cell.
        m_issuesDock->show();
        m_issuesDock->raise();
        goToIssue(true);
    });
    m_previousIssueAction = new QAction(tr("Pre&vious Issue"), this);
    m_previousIssueAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_previousIssueAction, &QAction::triggered, this, [goToIssue] { goToIssue(false); });
    m_fillDownAction = new QAction(tr("Fill &Down"), this);
    m_fillDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_fillDownAction, &QAction::triggered, this,
            [this] { onSheet([](SheetView *sheet) { return sheet->fillDown(); }); });
    m_findReplaceAction = new QAction(tr("Find and &Replace…"), this);
    m_findReplaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_findReplaceAction, &QAction::triggered, this, [this] {
        if (!m_findDialog)
            m_findDialog = new FindReplaceDialog(this);
        m_findDialog->setSheet(currentSheet());
        m_findDialog->show();
        m_findDialog->raise();
        m_findDialog->activateWindow();
        m_findDialog->findEdit()->setFocus();
        m_findDialog->findEdit()->selectAll();
    });
    m_addRowAction = new QAction(tr("&Add Row"), this);
    m_addRowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(m_addRowAction, &QAction::triggered, this,
            [this] { onSheet([](SheetView *sheet) { return sheet->addRow(); }); });
    m_duplicateRowsAction = new QAction(tr("D&uplicate Rows"), this);
    m_duplicateRowsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    connect(m_duplicateRowsAction, &QAction::triggered, this,
            [this] { onSheet([](SheetView *sheet) { return sheet->duplicateSelectedRows(); }); });
    m_deleteRowsAction = new QAction(tr("De&lete Rows"), this);
    m_deleteRowsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_deleteRowsAction, &QAction::triggered, this,
            [this] { onSheet([](SheetView *sheet) { return sheet->deleteSelectedRows(); }); });

    describe(m_newAction, "NewAction", tr("New"), tr("Create a new workspace"));
    describe(m_openAction, "OpenAction", tr("Open"), tr("Open a workspace"));
    describe(m_undoAction, "UndoAction", tr("Undo"), tr("Undo the last change"));
    describe(m_redoAction, "RedoAction", tr("Redo"), tr("Redo what was undone"));
    describe(m_importAction, "ImportAction", tr("Import"),
             tr("Import a spreadsheet (Excel or CSV) into a sheet; dropping a file works too"));
    describe(m_nextIssueAction, "CheckAction", tr("Check"),
             tr("Check the sheet: list its issues and go to the next one (Shift+F8: the "
                "previous)"));
    describe(m_pushAction, "PushAction", tr("Push"),
             tr("Send the selected rows (or all shown) to the vendor: a plan first, then the "
                "push"));
    describe(m_pullAction, "PullAction", tr("Pull"),
             tr("Read what the vendor holds for this sheet and compare it field by field"));
    describe(m_reconcileAction, "ReconcileAction", tr("Reconcile"),
             tr("The sheet against the newest pull, beside the sheet; again to go back"));
    describe(m_profilesAction, "ProfilesAction", tr("Profiles"),
             tr("Add or change the connection profiles to the vendors"));

    m_aboutAction = new QAction(tr("&About ContractDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("FileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportSheetAction);
    file->addAction(m_exportIssuesAction);
    file->addSeparator();
    file->addAction(m_pushAction);
    file->addAction(m_profilesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("EditMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_pasteAction);
    edit->addAction(m_pasteImportAction);
    edit->addAction(m_fillDownAction);
    edit->addAction(m_findReplaceAction);
    edit->addSeparator();
    edit->addAction(m_addRowAction);
    edit->addAction(m_duplicateRowsAction);
    edit->addAction(m_deleteRowsAction);
    edit->addSeparator();
    edit->addAction(m_filterAction);
    edit->addAction(m_onlyIssuesAction);
    edit->addAction(m_nextIssueAction);
    edit->addAction(m_previousIssueAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("ViewMenu"));
    QAction *logToggle = m_logDock->toggleViewAction();
    logToggle->setText(tr("Sync &Log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(logToggle);
    QAction *issuesToggle = m_issuesDock->toggleViewAction();
    issuesToggle->setText(tr("&Issues"));
    issuesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(issuesToggle);

    // The current reconciliation's own actions join the menu while it is shown.
    m_vendorMenu = menuBar()->addMenu(tr("Ve&ndor"));
    m_vendorMenu->setObjectName(QStringLiteral("VendorMenu"));
    connect(m_vendorMenu, &QMenu::aboutToShow, this, &MainWindow::updateVendorMenu);
    updateVendorMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("HelpMenu"));
    help->addAction(m_aboutAction);

    createToolBar();
}

void MainWindow::createToolBar()
{
    // The work an accountant came for, in its order: import, check, push, pull, reconcile;
    // then where it goes (the profile, and whether that is production).
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolbar->setIconSize(QSize(28, 28));
    toolbar->setMovable(false);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_nextIssueAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pushAction);
    toolbar->addAction(m_pullAction);
    toolbar->addAction(m_reconcileAction);
    toolbar->addSeparator();
    m_profileSelector = new ProfileSelector(toolbar);
    toolbar->addWidget(m_profileSelector);
    toolbar->addAction(m_profilesAction);
    const auto actions = toolbar->actions();
    for (QAction *action : actions) {
        if (QWidget *button = toolbar->widgetForAction(action);
            button && !action->isSeparator() && !action->objectName().isEmpty())
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }
}

Status MainWindow::openWorkspace(const QString &path, bool create)
{
    auto session = WorkspaceSession::open(path, m_registry, create);
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
    closeReconcileViews();
    m_tabs->clear();
    m_logPane->setLog(nullptr);
    disconnect(m_undoAction, nullptr, nullptr, nullptr);
    disconnect(m_redoAction, nullptr, nullptr, nullptr);
    m_session = std::move(session);

    QUndoStack *stack = m_session->undoStack();
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());

    for (RecordTableModel *model : m_session->models()) {
        auto *sheet = new SheetView(model, m_tabs);
        sheet->setObjectName(model->schema().id());
        connect(sheet, &SheetView::countsChanged, this, &MainWindow::updateCounts);
        connect(model, &RecordTableModel::issuesChanged, this, &MainWindow::updateCounts);
        connect(sheet->onlyIssuesBox(), &QCheckBox::toggled, this, [this, sheet](bool on) {
            if (sheet == currentSheet()) {
                const QSignalBlocker block(m_onlyIssuesAction);
                m_onlyIssuesAction->setChecked(on);
            }
        });
        connect(model, &RecordTableModel::editFailed, this, &MainWindow::reportFailure);
        m_tabs->addTab(sheet, model->schema().title());
        m_tabs->setTabToolTip(m_tabs->count() - 1,
                              tr("%1 — %2 %3")
                                      .arg(model->schema().title(), model->schema().method(),
                                           model->schema().path()));
    }
    m_logPane->setLog(m_session->syncLog());
    connect(m_session.get(), &WorkspaceSession::saveFailed, this, &MainWindow::reportFailure);
    connect(m_session.get(), &WorkspaceSession::saved, this, [this] {
        m_saveLabel->setText(
                tr("All changes saved %1")
                        .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    m_saveLabel->setText(tr("All changes saved"));
    m_recentFiles.add(m_session->path());
    currentSheetChanged();
    setWindowTitle(tr("%1 — ContractDesk").arg(QFileInfo(m_session->path()).fileName()));
    setWindowFilePath(m_session->path());
    updateCounts();
}

SheetView *MainWindow::currentSheet() const
{
    return qobject_cast<SheetView *>(m_tabs->currentWidget());
}

void MainWindow::currentSheetChanged()
{
    SheetView *sheet = currentSheet();
    const auto *view = qobject_cast<ReconcileView *>(m_tabs->currentWidget());
    m_issuesPane->setSheet(sheet ? sheet->model() : (view ? view->sheet() : nullptr));
    m_reconcileAction->setText(view ? tr("Back to the &Sheet") : tr("&Reconcile with Vendor"));
    m_reconcileAction->setIconText(view ? tr("Back to Sheet") : tr("Reconcile"));
    const RecordTableModel *shown = sheet ? sheet->model() : (view ? view->sheet() : nullptr);
    m_profileSelector->setVendor(shown ? shown->schema().vendor() : QString());
    if (m_findDialog)
        m_findDialog->setSheet(sheet);
    const QSignalBlocker block(m_onlyIssuesAction);
    m_onlyIssuesAction->setChecked(sheet && sheet->onlyIssuesBox()->isChecked());
    updateCounts();
}

void MainWindow::onSheet(const std::function<Status(SheetView *)> &operation)
{
    SheetView *sheet = currentSheet();
    if (!sheet) {
        statusBar()->showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return;
    }
    const Status status = operation(sheet);
    if (!status)
        statusBar()->showMessage(status.error(), 10000);
}

Status MainWindow::exportSheet(const QString &path)
{
    const SheetView *sheet = currentSheet();
    if (!sheet)
        return Status::failure(tr("Open a workspace first (Ctrl+O)."));
    const RecordTableModel *model = sheet->model();
    const RecordExporter exporter(model->schema());
    if (isXlsx(path))
        return exporter.toXlsx(model->records(), path,
                               model->locatedIssues(QFileInfo(path).fileName()));
    return AtomicFileWriter::write(path, exporter.toCsv(model->records()));
}

Status MainWindow::exportIssues(const QString &path)
{
    const SheetView *sheet = currentSheet();
    if (!sheet)
        return Status::failure(tr("Open a workspace first (Ctrl+O)."));
    const QVector<LocatedIssue> issues =
            sheet->model()->locatedIssues(sheet->model()->schema().label());
    if (isXlsx(path))
        return RecordExporter::issuesToXlsx(issues, path);
    return AtomicFileWriter::write(path, RecordExporter::issuesToCsv(issues));
}

void MainWindow::exportDialog(bool issues)
{
    const SheetView *sheet = currentSheet();
    if (!sheet) {
        statusBar()->showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return;
    }
    const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(sheet->model()->schema().id() +
                              (issues ? QStringLiteral("-issues.xlsx") : QStringLiteral(".xlsx")));
    const QString path =
            QFileDialog::getSaveFileName(this, issues ? tr("Export Issues") : tr("Export Sheet"),
                                         suggested, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = issues ? exportIssues(path) : exportSheet(path);
    if (!status)
        reportFailure(status.error());
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

ProfilesDialog *MainWindow::openProfilesDialog()
{
    auto *dialog = new ProfilesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_profileSelector, &ProfileSelector::reload);
    dialog->open();
    return dialog;
}

QTableView *MainWindow::logView() const
{
    return m_logPane->view();
}

bool MainWindow::showRecord(const QString &target, qint64 recordId)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *sheet = qobject_cast<SheetView *>(m_tabs->widget(i));
        if (sheet && sheet->model()->schema().id() == target) {
            m_tabs->setCurrentIndex(i);
            return sheet->showCell(recordId, 0);
        }
    }
    return false;
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
        statusBar()->showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return nullptr;
    }
    auto *dialog = new PushDialog(*m_session, *sheet->model(), recordIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(m_profileSelector->currentProfile());
    m_logDock->show();
    m_logDock->raise();
    dialog->open();
    return dialog;
}

QString MainWindow::currentTarget() const
{
    if (const SheetView *sheet = currentSheet())
        return sheet->model()->schema().id();
    if (const auto *view = qobject_cast<ReconcileView *>(m_tabs->currentWidget()))
        return view->target();
    return QString();
}

PullDialog *MainWindow::openPullDialog()
{
    return openPullDialog(currentTarget());
}

PullDialog *MainWindow::openPullDialog(const QString &target)
{
    RecordTableModel *model = m_session ? m_session->model(target) : nullptr;
    if (!model) {
        statusBar()->showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return nullptr;
    }
    auto *dialog = new PullDialog(*m_session, *model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const int chosen = dialog->profileBox()->findData(m_profileSelector->currentProfile());
        chosen >= 0)
        dialog->profileBox()->setCurrentIndex(chosen);
    connect(dialog, &PullDialog::pulled, this,
            [this](const QString &pulledTarget, const QString &profile) {
                if (ReconcileView *view = openReconcileView(pulledTarget, profile))
                    statusBar()->showMessage(
                            tr("Pulled through %1: %2").arg(profile, view->summaryText()), 15000);
            });
    dialog->open();
    return dialog;
}

ReconcileView *MainWindow::reconcileView(const QString &target) const
{
    return m_reconcileViews.value(target);
}

ReconcileView *MainWindow::openReconcileView(const QString &target, const QString &profile)
{
    RecordTableModel *model = m_session ? m_session->model(target) : nullptr;
    if (!model) {
        statusBar()->showMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return nullptr;
    }
    ReconcileView *view = m_reconcileViews.value(target);
    const bool created = !view;
    if (created) {
        view = new ReconcileView(*m_session, model, m_tabs);
        m_reconcileViews.insert(target, view);
        connect(view, &ReconcileView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        connect(view, &ReconcileView::summaryChanged, this, &MainWindow::updateCounts);
        connect(view, &ReconcileView::pullRequested, this,
                [this](const QString &pullTarget) { openPullDialog(pullTarget); });
        connect(view, &ReconcileView::closeRequested, this,
                [this, target] { closeReconcileView(target); });
        connect(view, &ReconcileView::pushRequested, this,
                [this, view](const QString &pushTarget, const QVector<qint64> &ids) {
                    PushDialog *dialog = openPushDialog(pushTarget, ids);
                    if (!dialog)
                        return;
                    // Back to the reconciliation behind the dialog: it is what the push serves.
                    m_tabs->setCurrentWidget(view);
                    connect(dialog, &PushDialog::pushFinished, view,
                            [view] { view->setStale(true); });
                });
        // Beside its sheet.
        int at = m_tabs->count();
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->objectName() == target)
                at = i + 1;
        }
        const int index =
                m_tabs->insertTab(at, view, tr("Reconcile: %1").arg(model->schema().label()));
        m_tabs->setTabToolTip(index,
                              tr("%1 against what %2 holds (Ctrl+Shift+R: to the sheet "
                                 "and back)")
                                      .arg(model->schema().title(), model->schema().vendorLabel()));
        auto *close = new QToolButton(m_tabs);
        close->setAutoRaise(true);
        close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        close->setIconSize(QSize(12, 12));
        close->setToolTip(tr("Close the reconciliation (Ctrl+W)"));
        close->setAccessibleName(tr("Close the reconciliation"));
        connect(close, &QToolButton::clicked, this, [this, target] { closeReconcileView(target); });
        m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, close);
    }
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
    ReconcileView *view = m_reconcileViews.take(target);
    if (!view)
        return;
    m_tabs->removeTab(m_tabs->indexOf(view));
    showRecord(target, 0);
    // Later: this may run inside one of the view's own actions.
    view->deleteLater();
}

void MainWindow::closeReconcileViews()
{
    // Before the session they show goes.
    const auto views = m_reconcileViews.values();
    m_reconcileViews.clear();
    for (ReconcileView *view : views) {
        m_tabs->removeTab(m_tabs->indexOf(view));
        delete view;
    }
}

void MainWindow::updateVendorMenu()
{
    m_vendorMenu->clear();
    m_vendorMenu->addAction(m_pullAction);
    m_vendorMenu->addAction(m_reconcileAction);
    m_vendorMenu->addSeparator();
    m_vendorMenu->addAction(m_pushAction);
    m_vendorMenu->addAction(m_profilesAction);
    if (auto *view = qobject_cast<ReconcileView *>(m_tabs->currentWidget())) {
        m_vendorMenu->addSection(tr("This Reconciliation"));
        m_vendorMenu->addActions(view->menuActions());
    }
}

void MainWindow::showIssue(qint64 recordId, int field)
{
    if (SheetView *sheet = currentSheet())
        sheet->showCell(recordId, field);
}

void MainWindow::updateCounts()
{
    const SheetView *sheet = currentSheet();
    const auto *view = qobject_cast<ReconcileView *>(m_tabs->currentWidget());
    const RecordTableModel *model = sheet ? sheet->model() : (view ? view->sheet() : nullptr);
    if (!model) {
        m_countsLabel->setText(tr("No workspace open"));
        m_issuesLabel->clear();
        return;
    }
    const SheetValidation &validation = model->validation();
    const int errors = validation.errorCount();
    const int warnings = validation.warningCount();
    if (errors == 0 && warnings == 0)
        m_issuesLabel->setText(tr("No issues"));
    else
        m_issuesLabel->setText(tr("%1 · %2").arg(tr("%n error(s)", nullptr, errors),
                                                 tr("%n warning(s)", nullptr, warnings)));
    m_issuesLabel->setStyleSheet(errors > 0 ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                                            : QString());
    if (!sheet) {
        m_countsLabel->setText(tr("Reconciliation: %1").arg(view->summaryText()));
        return;
    }
    const int total = sheet->model()->rowCount();
    const int shown = sheet->visibleRowCount();
    const int selected = sheet->selectedRowCount();
    QString text = tr("%n row(s)", nullptr, total);
    if (shown != total)
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, shown);
    text += QStringLiteral(" · ") + tr("%n selected", nullptr, selected);
    m_countsLabel->setText(text);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recentFiles.paths();
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    int number = 1;
    for (const QString &path : paths) {
        QAction *action =
                m_recentMenu->addAction(tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            const Status opened = openWorkspace(path);
            if (!opened) {
                m_recentFiles.remove(path);
                reportFailure(opened.error());
            }
        });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] { m_recentFiles.clear(); });
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(
            this, tr("New Workspace"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("ContractDesk workspaces (*.cdw)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".cdw")))
        path += QLatin1String(".cdw");
    if (QFileInfo::exists(path)) {
        reportFailure(tr("%1 already exists. Open it with File ▸ Open, or choose another name.")
                              .arg(path));
        return;
    }
    const Status opened = openWorkspace(path, true);
    if (!opened)
        reportFailure(opened.error());
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Workspace"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("ContractDesk workspaces (*.cdw);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status opened = openWorkspace(path);
    if (!opened)
        reportFailure(opened.error());
}

void MainWindow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const Status opened = openDemoWorkspace(dir + QStringLiteral("/demo.cdw"));
    if (!opened)
        reportFailure(opened.error());
}

void MainWindow::reportFailure(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("ContractDesk"), message);
}

bool MainWindow::ensureSession()
{
    if (m_session)
        return true;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const Status opened = openWorkspace(dir + QStringLiteral("/workspace.cdw"), true);
    if (!opened)
        reportFailure(opened.error());
    return bool(opened);
}

ImportWizard *MainWindow::importFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".cdw"), Qt::CaseInsensitive)) {
        const Status opened = openWorkspace(path);
        if (!opened)
            reportFailure(opened.error());
        return nullptr;
    }
    if (!ensureSession())
        return nullptr;
    auto session = std::make_unique<ImportSession>(path, m_registry, m_session->mappingTemplates());
    const Status inspected = session->inspect();
    if (!inspected) {
        reportFailure(inspected.error());
        return nullptr;
    }
    auto *wizard = new ImportWizard(std::move(session), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { runImport(wizard); });
    wizard->open();
    return wizard;
}

void MainWindow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Spreadsheet"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Spreadsheets (*.xlsx *.xls *.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::runImport(ImportWizard *wizard)
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

    delete m_importProgress;
    m_importProgress =
            new QProgressDialog(tr("Importing %1…").arg(source), tr("Cancel"), 0, 1000, this);
    m_importProgress->setObjectName(QStringLiteral("ImportProgress"));
    m_importProgress->setWindowTitle(tr("Import"));
    m_importProgress->setMinimumDuration(300);
    m_importProgress->setAutoClose(false);
    m_importProgress->setAutoReset(false);
    connect(m_importProgress, &QProgressDialog::canceled, m_importJob, &ImportJob::cancel);
    disconnect(m_importJob, nullptr, this, nullptr);
    connect(m_importJob, &ImportJob::stageChanged, this, [this](const QString &stage) {
        if (m_importProgress)
            m_importProgress->setLabelText(stage);
    });
    connect(m_importJob, &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_importProgress && total > 0)
            m_importProgress->setValue(int(done * 1000 / total));
    });
    connect(m_importJob, &ImportJob::importFinished, this,
            [this, target](const ImportJob::ImportResult &result) {
                if (m_importProgress) {
                    m_importProgress->hide();
                    m_importProgress->deleteLater();
                    m_importProgress = nullptr;
                }
                if (!result.ok) {
                    statusBar()->showMessage(result.message, 15000);
                    if (!result.cancelled)
                        reportFailure(result.message);
                    return;
                }
                const Status reloaded = m_session->reloadTarget(target);
                if (!reloaded) {
                    reportFailure(reloaded.error());
                    return;
                }
                for (int i = 0; i < m_tabs->count(); ++i) {
                    if (m_tabs->widget(i)->objectName() == target)
                        m_tabs->setCurrentIndex(i);
                }
                int errors = 0;
                for (const LocatedIssue &issue : result.issues)
                    errors += issue.severity == LocatedIssue::Severity::Error ? 1 : 0;
                QString text = result.message;
                if (errors)
                    text += QLatin1Char(' ') +
                            tr("%n cell(s) could not be read and are marked red.", nullptr, errors);
                statusBar()->showMessage(text, 30000);
                updateCounts();
            });
    m_importJob->startImport(*schema, session.sheetData(), session.mapping(), m_session->path(),
                             source, saveTemplate);
}

void MainWindow::pasteIntoSheet()
{
    SheetView *sheet = currentSheet();
    const QString text = QGuiApplication::clipboard()->text();
    if (!sheet || text.isEmpty())
        return;
    // Spreadsheets put a copied block on the clipboard as tab-separated text.
    const SheetData block = CsvReader::parseClipboard(text);
    for (const LocatedIssue &issue : block.issues) {
        if (issue.severity == LocatedIssue::Severity::Error) {
            reportFailure(issue.toString());
            return;
        }
    }
    int cut = 0;
    const Status pasted = sheet->pasteBlock(block.rows, &cut);
    if (!pasted) {
        reportFailure(pasted.error());
        return;
    }
    if (cut > 0)
        statusBar()->showMessage(
                tr("%n pasted cell(s) fell outside the sheet and were not pasted.", nullptr, cut),
                15000);
}

ImportWizard *MainWindow::pasteAsImport()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to import."), 10000);
        return nullptr;
    }
    m_clipboardDir = std::make_unique<QTemporaryDir>();
    const QString path = m_clipboardDir->filePath(QStringLiteral("Clipboard.tsv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        reportFailure(tr("Cannot keep the clipboard for the import: %1").arg(file.errorString()));
        return nullptr;
    }
    file.close();
    return importFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            importFile(url.toLocalFile());
            return; // one file at a time: the wizard is modal to this window
        }
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ContractDesk"),
                       tr("<h3>ContractDesk %1</h3><p>Push spreadsheets of contracts and change "
                          "orders to Procore, Oracle Primavera Cloud and Sage Intacct, and "
                          "reconcile them field by field.</p>")
                               .arg(QApplication::applicationVersion()));
}
