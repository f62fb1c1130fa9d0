#pragma once

#include "result.h"

#include <QMainWindow>
#include <QVector>

#include <memory>

class FileFlow;
struct EditConflict;
class ImportWizard;
class IssuesPane;
class ProfileSelector;
class ProfilesDialog;
class PullDialog;
class PushDialog;
class QDockWidget;
class QLabel;
class QTabWidget;
class QTableView;
class ReconcileView;
class ResolveReferencesDialog;
class RecentFiles;
class SchemaRegistry;
class SheetCommands;
class SheetStatusBar;
class SheetTabs;
class SheetView;
class SyncLogPane;
class WindowActions;
class WorkspaceSession;

// The main window: the sheet tabs (SheetTabs), the sync log and issues docks, the status bar
// (SheetStatusBar), the commands' actions, menus and toolbar (WindowActions), what they do to
// the sheet shown (SheetCommands), and how files come in (FileFlow).
// It shows a WorkspaceSession and forwards user intent to it; it holds no data of its own.
// What is left here ties the parts together: which session is shown, and the dialogs that
// push, pull and reconcile.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const SchemaRegistry &registry, RecentFiles &recentFiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace in this window: a .cdw file, or a team workspace's
    // address with its password (empty: libpq's own, from PGPASSWORD or ~/.pgpass). On
    // failure the window keeps what it showed and the message says why.
    Status openWorkspace(const QString &path, bool create = false,
                         const QString &password = QString());
    Status openDemoWorkspace(const QString &path);

    WorkspaceSession *session() const { return m_session.get(); }
    QTabWidget *tabs() const;
    SheetView *currentSheet() const;
    QTableView *logView() const;
    SyncLogPane *logPane() const { return m_logPane; }
    QLabel *countsLabel() const;
    // The toolbar's profile choice: push and pull start with it.
    ProfileSelector *profileSelector() const;

    // Starts the import wizard for a spreadsheet (a .cdw opens as a workspace instead). With no
    // workspace open, the default workspace is opened first. Returns the wizard, or nullptr
    // when the file cannot be imported (the message has been shown).
    ImportWizard *importFile(const QString &path);
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
    // Ctrl+Shift+K: the Resolve References dialog for the current target, with the toolbar's
    // profile.
    ResolveReferencesDialog *openResolveReferencesDialog();
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
    void createDocks();
    void connectParts();
    void connectFileActions();
    void connectVendorActions();
    void showSession(std::unique_ptr<WorkspaceSession> session);
    // Someone else's change got in the way of an edit: both values, and the person's choice.
    void showConflict(const EditConflict &conflict);
    void showChangedElsewhere(const QString &target, int rows);
    void updateCounts();
    void currentSheetChanged();
    void exportSyncLog();
    void toggleReconciliation();
    void showMessage(const QString &message, int timeout);
    void reportFailure(const QString &message);
    void about();

    const SchemaRegistry &m_registry;
    RecentFiles &m_recentFiles;
    std::unique_ptr<WorkspaceSession> m_session;

    SheetTabs *m_tabs;
    SheetStatusBar *m_statusBar;
    QDockWidget *m_logDock;
    SyncLogPane *m_logPane;
    QDockWidget *m_issuesDock;
    IssuesPane *m_issuesPane;
    WindowActions *m_actions;
    FileFlow *m_files;
    SheetCommands *m_sheetCommands;
};
