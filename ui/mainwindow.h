#pragma once

#include "result.h"

#include <QMainWindow>

#include <memory>

class ImportJob;
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
class WorkspaceSession;

// The main window: one tab per target sheet, the sync log dock, menus and the status bar.
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
    QTableView *logView() const { return m_logView; }
    QLabel *countsLabel() const { return m_countsLabel; }
    QLabel *saveStateLabel() const { return m_saveLabel; }

    // Starts the import wizard for a spreadsheet (a .cdw opens as a workspace instead). With no
    // workspace open, the default workspace is opened first. Returns the wizard, or nullptr
    // when the file cannot be imported (the message has been shown).
    ImportWizard *importFile(const QString &path);
    ImportJob *importJob() const { return m_importJob; }
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
    void showSession(std::unique_ptr<WorkspaceSession> session);
    void updateCounts();
    void updateRecentMenu();
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
    QTableView *m_logView;
    QLabel *m_countsLabel;
    QLabel *m_saveLabel;
    QMenu *m_recentMenu = nullptr;
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
    QAction *m_aboutAction = nullptr;
};
