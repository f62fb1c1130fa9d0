#pragma once

#include <QObject>
#include <QPointer>

#include <array>

class ProfileSelector;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;
class ReconcileView;

// The main window's commands: every QAction with its text, icon, shortcut and tooltip, the
// menus and the toolbar that show them, and the state they show (undo text, the Reconcile
// toggle, the only-issues check). What a command does is not its business: MainWindow and
// SheetCommands connect to action(Id). Kept apart so the window reads as what happens, not as
// how each command is dressed.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    enum Id {
        New,
        Open,
        Demo,
        OpenTeam,
        ShareTeam,
        Import,
        ExportSheet,
        ExportIssues,
        Push,
        Profiles,
        Quit,
        Undo,
        Redo,
        Paste,
        PasteImport,
        FillDown,
        FindReplace,
        AddRow,
        DuplicateRows,
        DeleteRows,
        Filter,
        OnlyIssues,
        NextIssue,
        PreviousIssue,
        Pull,
        Reconcile,
        ResolveReferences,
        About,
        IdCount
    };

    explicit WindowActions(QMainWindow *window);

    QAction *action(Id id) const { return m_actions[id]; }
    // File, Edit, View (the docks' toggles), Vendor and Help, and the main toolbar.
    void createMenusAndToolBar(QDockWidget *logDock, QDockWidget *issuesDock);
    // File ▸ Open Recent, filled by whoever knows the files when it is about to show.
    QMenu *recentMenu() const { return m_recentMenu; }
    ProfileSelector *profileSelector() const { return m_profileSelector; }

    // Undo and Redo follow this stack: enabled when they can, named after the step.
    void followUndoStack(QUndoStack *stack);
    // The reconciliation shown, or none: Reconcile becomes "Back to the Sheet", and the
    // reconciliation's own actions join the Vendor menu.
    void setReconciliation(ReconcileView *view);
    // Mirrors the current sheet's box without toggling it back.
    void setOnlyIssuesChecked(bool on);

private:
    QAction *add(Id id, const QIcon &icon, const QString &text, const QKeySequence &keys);
    void createFileAndEditActions();
    void createSheetActions();
    void createVendorActions();
    void describeToolBarActions();
    void createToolBar();
    void updateVendorMenu();

    QMainWindow *m_window;
    std::array<QAction *, IdCount> m_actions{};
    QMenu *m_recentMenu = nullptr;
    QMenu *m_vendorMenu = nullptr;
    ProfileSelector *m_profileSelector = nullptr;
    QPointer<ReconcileView> m_reconciliation;
};
