#pragma once

#include "result.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

#include <memory>

class FindReplaceDialog;
class ImportJob;
class IssuesPane;
class ProfileSelector;
class ProfilesDialog;
class PullDialog;
class PushDialog;
class ReconcileView;
class ImportWizard;
class QAction;
class QProgressDialog;
class QTemporaryDir;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class RecentFiles;
class SchemaRegistry;
class SheetView;
class SyncLogPane;
class WorkspaceSession;

// The main window: one tab per target sheet (and its reconciliation, when open), the sync log
// dock, menus and the status bar.
// It shows a WorkspaceSession and forwards user intent to it; it holds no data of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const SchemaRegistry &registry, RecentFiles &recentFiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace file in this window. On failure the window keeps what
    // it showed and the message says why.
    Status openWorkspace(const QString &path, bool create = false);
    Status openDemoWorkspace(const QString &path);

    WorkspaceSession *session() const { return m_session.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    SheetView *currentSheet() const;
    QTableView *logView() const;
    SyncLogPane *logPane() const { return m_logPane; }
    QLabel *countsLabel() const { return m_countsLabel; }
    QLabel *saveStateLabel() const { return m_saveLabel; }
    QLabel *issuesLabel() const { return m_issuesLabel; }
    IssuesPane *issuesPane() const { return m_issuesPane; }
    QDockWidget *issuesDock() const { return m_issuesDock; }
    FindReplaceDialog *findReplaceDialog() const { return m_findDialog; }
    // The toolbar's profile choice: push and pull start with it.
    ProfileSelector *profileSelector() const { return m_profileSelector; }

    // Starts the import wizard for a spreadsheet (a .cdw opens as a workspace instead). With no
    // workspace open, the default workspace is opened first. Returns the wizard, or nullptr
    // when the file cannot be imported (the message has been shown).
    ImportWizard *importFile(const QString &path);
    ImportJob *importJob() const { return m_importJob; }
    // The current sheet to .xlsx (with its issues on a second sheet) or .csv, by the extension.
    Status exportSheet(const QString &path);
    // The current sheet's issues to .xlsx or .csv.
    Status exportIssues(const QString &path);
    // Ctrl+Shift+P: the push dialog for the current sheet's selected rows (or all shown).
    PushDialog *openPushDialog();
    // File ▸ Connection Profiles.
    ProfilesDialog *openProfilesDialog();
    // The push dialog for given rows of a target (the log pane's "Retry failed").
    PushDialog *openPushDialog(const QString &target, const QVector<qint64> &recordIds);
    PushDialog *openPushDialog(const QVector<qint64> &recordIds);
    // Ctrl+Shift+L: pull the current target (of the sheet or reconciliation shown) from its
    // vendor; on success its reconciliation opens (or refreshes).
    PullDialog *openPullDialog();
    PullDialog *openPullDialog(const QString &target);
    // Ctrl+Shift+R: the target's reconciliation with its newest pull, in a tab beside the
    // sheet (opened, or re-read when `profile` names the pull just made).
    ReconcileView *openReconcileView(const QString &target, const QString &profile = QString());
    ReconcileView *reconcileView(const QString &target) const;
    void closeReconcileView(const QString &target);
    // The target of the tab shown (a sheet or its reconciliation); empty for none.
    QString currentTarget() const;
    // Shows a target's tab and one of its rows.
    bool showRecord(const QString &target, qint64 recordId);
    // Ctrl+V: the clipboard's block into the current sheet at the current cell.
    void pasteIntoSheet();
    // Ctrl+Shift+V: the clipboard's block through the import wizard.
    ImportWizard *pasteAsImport();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void showSession(std::unique_ptr<WorkspaceSession> session);
    void updateCounts();
    void currentSheetChanged();
    // Runs a row or cell operation on the current sheet; a refusal goes to the status bar.
    void onSheet(const std::function<Status(SheetView *)> &operation);
    void showIssue(qint64 recordId, int field);
    void exportDialog(bool issues);
    void updateRecentMenu();
    void updateVendorMenu();
    void closeReconcileViews();
    void newWorkspace();
    void openWorkspaceDialog();
    void openDemo();
    void reportFailure(const QString &message);
    void about();
    void importDialog();
    void runImport(ImportWizard *wizard);
    bool ensureSession();

    const SchemaRegistry &m_registry;
    RecentFiles &m_recentFiles;
    std::unique_ptr<WorkspaceSession> m_session;

    QTabWidget *m_tabs;
    QDockWidget *m_logDock;
    SyncLogPane *m_logPane;
    QLabel *m_countsLabel;
    QLabel *m_saveLabel;
    QLabel *m_issuesLabel;
    QDockWidget *m_issuesDock;
    IssuesPane *m_issuesPane;
    FindReplaceDialog *m_findDialog = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_vendorMenu = nullptr;
    ProfileSelector *m_profileSelector = nullptr;
    QHash<QString, ReconcileView *> m_reconcileViews; // by target; tabs beside the sheets
    ImportJob *m_importJob;
    QProgressDialog *m_importProgress = nullptr;
    std::unique_ptr<QTemporaryDir> m_clipboardDir;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_pasteImportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_onlyIssuesAction = nullptr;
    QAction *m_exportSheetAction = nullptr;
    QAction *m_pushAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_pullAction = nullptr;
    QAction *m_reconcileAction = nullptr;
    QAction *m_exportIssuesAction = nullptr;
    QAction *m_nextIssueAction = nullptr;
    QAction *m_previousIssueAction = nullptr;
    QAction *m_fillDownAction = nullptr;
    QAction *m_findReplaceAction = nullptr;
    QAction *m_addRowAction = nullptr;
    QAction *m_duplicateRowsAction = nullptr;
    QAction *m_deleteRowsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
