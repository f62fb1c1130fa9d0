#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ImportJob;
class ImportWizard;
class QMenu;
class QMimeData;
class QProgressDialog;
class QTemporaryDir;
class QWidget;
class RecentFiles;
class SchemaRegistry;
class TeamWorkspaceDialog;
class WorkspaceSession;

// How files come into the window. Workspaces: File ▸ New, Open, Open Recent and the demo.
// Team workspaces: File ▸ Open Team Workspace (an empty database is set up only after asking)
// and File ▸ Share to Team Workspace (the open workspace copied to a server, then opened there).
// Spreadsheets: File ▸ Import, a file dropped on the window and the clipboard pasted as an
// import, each through the import wizard and then an ImportJob behind a progress dialog. A .cdw
// given to import opens as a workspace instead, and an import with no workspace open opens the
// default one first. Every workspace opens through the window's callback (OpenWorkspace), so the
// window stays the one place that shows a session.
class FileFlow : public QObject
{
    Q_OBJECT

public:
    // Opens a workspace in the window: an existing file, a new one, or the demo workspace.
    enum class Open {
        Existing,
        Create,
        Demo
    };
    // `location`: a .cdw path or a team workspace's address; `password` for a team workspace
    // (empty: libpq's own).
    using OpenWorkspace =
            std::function<Status(const QString &location, Open how, const QString &password)>;

    FileFlow(const SchemaRegistry &registry, RecentFiles &recentFiles, QWidget *window,
             OpenWorkspace openWorkspace);
    ~FileFlow() override;

    // The session imports go to; the window sets it whenever it shows another.
    void setSession(WorkspaceSession *session) { m_session = session; }

    // Ctrl+N, Ctrl+O, Ctrl+Shift+D: a file dialog (or the demo's place), then the workspace.
    void newWorkspace();
    void openWorkspaceDialog();
    void openDemo();
    // Ctrl+Alt+O: asks for a team workspace's address, then openTeamWorkspace(). Returns the
    // dialog (shown with open()).
    TeamWorkspaceDialog *openTeamWorkspaceDialog();
    // File ▸ Share to Team Workspace: asks for the address, copies the open workspace there and
    // opens the copy. Null (with a message) when no workspace is open or it is shared already.
    TeamWorkspaceDialog *shareToTeamDialog();
    // Opens the team workspace at `address`; a database that holds none yet is set up only
    // after the person agrees (a question shown with open()). A typed password the person
    // wants remembered goes to the keychain once it opened the workspace.
    void openTeamWorkspace(const QString &address, const QString &password, bool remember);

    // Starts the import wizard for a spreadsheet (a .cdw opens as a workspace instead).
    // Returns the wizard, or nullptr when the file cannot be imported (failed() has said why).
    ImportWizard *importFile(const QString &path);
    // Ctrl+I: a file dialog, then importFile().
    void importDialog();
    // Ctrl+Shift+V: the clipboard's text, kept as a .tsv file, through the import wizard.
    ImportWizard *pasteAsImport();
    // A drag that holds a local file is accepted; the drop imports the first one.
    static bool canDrop(const QMimeData *mime);
    bool drop(const QMimeData *mime);
    // File ▸ Open Recent, filled each time it is about to show.
    void fillRecentMenu(QMenu *menu);

signals:
    void statusMessage(const QString &message, int timeout);
    // A failure the user must see (the window shows a message box).
    void failed(const QString &message);
    // Rows were imported into `target`; `message` says how many and what could not be read.
    void imported(const QString &target, const QString &message);

private:
    bool ensureSession();
    void runImport(ImportWizard *wizard);
    void showProgress(const QString &source);
    void shareTo(const QString &address, const QString &password, bool remember);
    void openTeamRecent(const QString &address);
    void rememberPassword(const QString &address, const QString &password);
    void finishImport(const QString &target, bool ok, bool cancelled, const QString &message,
                      int unreadableCells);

    const SchemaRegistry &m_registry;
    RecentFiles &m_recentFiles;
    QWidget *m_window;
    OpenWorkspace m_openWorkspace;
    QPointer<WorkspaceSession> m_session;
    ImportJob *m_job;
    QProgressDialog *m_progress = nullptr;
    std::unique_ptr<QTemporaryDir> m_clipboardDir;
};
