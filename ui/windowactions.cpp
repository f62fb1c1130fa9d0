#include "windowactions.h"

#include "profileselector.h"
#include "reconcileview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace {

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

WindowActions::WindowActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createFileAndEditActions();
    createSheetActions();
    createVendorActions();
    describeToolBarActions();
}

QAction *WindowActions::add(Id id, const QIcon &icon, const QString &text, const QKeySequence &keys)
{
    // Children of the window, as before the split: tests and the shortcut map find them there.
    auto *action = new QAction(icon, text, m_window);
    action->setShortcut(keys);
    m_actions[id] = action;
    return action;
}

void WindowActions::createFileAndEditActions()
{
    add(New, themedIcon("document-new", "new"), tr("&New Workspace…"), QKeySequence::New);
    add(Open, themedIcon("document-open", "open"), tr("&Open Workspace…"), QKeySequence::Open);
    add(Demo, QIcon(), tr("Open &Demo Workspace"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // Ctrl+Alt+O beside Ctrl+O: the same act, on a server.
    add(OpenTeam, QIcon(), tr("Open &Team Workspace…"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    add(ShareTeam, QIcon(), tr("S&hare to Team Workspace…"), QKeySequence())->setEnabled(false);
    add(Import, ownIcon("import"), tr("&Import Spreadsheet…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    add(Paste, QIcon(), tr("&Paste"), QKeySequence::Paste);
    add(PasteImport, QIcon(), tr("Paste as New &Import…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    add(Quit, QIcon(), tr("&Quit"), QKeySequence::Quit)->setMenuRole(QAction::QuitRole);
    add(Undo, themedIcon("edit-undo", "undo"), tr("&Undo"), QKeySequence::Undo)->setEnabled(false);
    add(Redo, themedIcon("edit-redo", "redo"), tr("&Redo"), QKeySequence::Redo)->setEnabled(false);
    m_actions[Redo]->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    add(ExportSheet, QIcon(), tr("&Export Sheet…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    add(ExportIssues, QIcon(), tr("Export &Issues…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    add(About, QIcon(), tr("&About ContractDesk"), QKeySequence())->setMenuRole(QAction::AboutRole);
}

void WindowActions::createSheetActions()
{
    add(Filter, QIcon(), tr("&Filter Rows"), QKeySequence::Find);
    add(OnlyIssues, QIcon(), tr("Only Rows with &Issues"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F))
            ->setCheckable(true);
    add(NextIssue, ownIcon("check"), tr("&Next Issue"), QKeySequence(Qt::Key_F8));
    add(PreviousIssue, QIcon(), tr("Pre&vious Issue"), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    add(FillDown, QIcon(), tr("Fill &Down"), QKeySequence(Qt::CTRL | Qt::Key_D));
    add(FindReplace, QIcon(), tr("Find and &Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H));
    add(AddRow, QIcon(), tr("&Add Row"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    add(DuplicateRows, QIcon(), tr("D&uplicate Rows"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    add(DeleteRows, QIcon(), tr("De&lete Rows"), QKeySequence(Qt::CTRL | Qt::Key_Minus));
}

void WindowActions::createVendorActions()
{
    add(Push, ownIcon("push"), tr("&Push Rows…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    add(Profiles, ownIcon("profile"), tr("Connection &Profiles…"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    add(Pull, ownIcon("pull"), tr("P&ull from Vendor…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    add(Reconcile, ownIcon("reconcile"), tr("&Reconcile with Vendor"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // Ctrl+Shift+R is Reconcile's; K for "look up" is free in every part of the window.
    add(ResolveReferences, QIcon(), tr("Resolve Re&ferences…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
}

void WindowActions::describeToolBarActions()
{
    describe(m_actions[New], "NewAction", tr("New"), tr("Create a new workspace"));
    describe(m_actions[Open], "OpenAction", tr("Open"), tr("Open a workspace"));
    describe(m_actions[OpenTeam], "OpenTeamAction", tr("Open Team"),
             tr("Open a team workspace on a PostgreSQL server"));
    describe(m_actions[ShareTeam], "ShareTeamAction", tr("Share"),
             tr("Copy this workspace to a PostgreSQL server so that your team works in it"));
    describe(m_actions[Undo], "UndoAction", tr("Undo"), tr("Undo the last change"));
    describe(m_actions[Redo], "RedoAction", tr("Redo"), tr("Redo what was undone"));
    describe(m_actions[Import], "ImportAction", tr("Import"),
             tr("Import a spreadsheet (Excel or CSV) into a sheet; dropping a file works too"));
    describe(m_actions[NextIssue], "CheckAction", tr("Check"),
             tr("Check the sheet: list its issues and go to the next one (Shift+F8: the "
                "previous)"));
    describe(m_actions[Push], "PushAction", tr("Push"),
             tr("Send the selected rows (or all shown) to the vendor: a plan first, then the "
                "push"));
    describe(m_actions[Pull], "PullAction", tr("Pull"),
             tr("Read what the vendor holds for this sheet and compare it field by field"));
    describe(m_actions[Reconcile], "ReconcileAction", tr("Reconcile"),
             tr("The sheet against the newest pull, beside the sheet; again to go back"));
    describe(m_actions[ResolveReferences], "ResolveReferencesAction", tr("Resolve"),
             tr("Match the sheet's vendor, customer and project names with the vendor's lists "
                "and write their ids"));
    describe(m_actions[Profiles], "ProfilesAction", tr("Profiles"),
             tr("Add or change the connection profiles to the vendors"));
}

void WindowActions::createMenusAndToolBar(QDockWidget *logDock, QDockWidget *issuesDock)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("FileMenu"));
    file->addActions({m_actions[New], m_actions[Open]});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("RecentMenu"));
    file->addAction(m_actions[Demo]);
    file->addSeparator();
    file->addActions({m_actions[OpenTeam], m_actions[ShareTeam]});
    file->addSeparator();
    file->addActions({m_actions[Import], m_actions[ExportSheet], m_actions[ExportIssues]});
    file->addSeparator();
    file->addActions({m_actions[Push], m_actions[Profiles]});
    file->addSeparator();
    file->addAction(m_actions[Quit]);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("EditMenu"));
    edit->addActions({m_actions[Undo], m_actions[Redo]});
    edit->addSeparator();
    edit->addActions({m_actions[Paste], m_actions[PasteImport], m_actions[FillDown],
                      m_actions[FindReplace]});
    edit->addSeparator();
    edit->addActions({m_actions[AddRow], m_actions[DuplicateRows], m_actions[DeleteRows]});
    edit->addSeparator();
    edit->addActions({m_actions[Filter], m_actions[OnlyIssues], m_actions[NextIssue],
                      m_actions[PreviousIssue]});

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("ViewMenu"));
    QAction *logToggle = logDock->toggleViewAction();
    logToggle->setText(tr("Sync &Log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(logToggle);
    QAction *issuesToggle = issuesDock->toggleViewAction();
    issuesToggle->setText(tr("&Issues"));
    issuesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(issuesToggle);

    // The current reconciliation's own actions join the menu while it is shown.
    m_vendorMenu = bar->addMenu(tr("Ve&ndor"));
    m_vendorMenu->setObjectName(QStringLiteral("VendorMenu"));
    connect(m_vendorMenu, &QMenu::aboutToShow, this, &WindowActions::updateVendorMenu);
    updateVendorMenu();

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("HelpMenu"));
    help->addAction(m_actions[About]);

    createToolBar();
}

void WindowActions::createToolBar()
{
    // The work an accountant came for, in its order: import, check, push, pull, reconcile;
    // then where it goes (the profile, and whether that is production).
    QToolBar *toolbar = m_window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolbar->setIconSize(QSize(28, 28));
    toolbar->setMovable(false);
    toolbar->addActions({m_actions[New], m_actions[Open]});
    toolbar->addSeparator();
    toolbar->addActions({m_actions[Undo], m_actions[Redo]});
    toolbar->addSeparator();
    toolbar->addActions({m_actions[Import], m_actions[NextIssue]});
    toolbar->addSeparator();
    toolbar->addActions({m_actions[Push], m_actions[Pull], m_actions[Reconcile]});
    toolbar->addSeparator();
    m_profileSelector = new ProfileSelector(toolbar);
    toolbar->addWidget(m_profileSelector);
    toolbar->addAction(m_actions[Profiles]);
    const auto actions = toolbar->actions();
    for (QAction *action : actions) {
        if (QWidget *button = toolbar->widgetForAction(action);
            button && !action->isSeparator() && !action->objectName().isEmpty())
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }
}

void WindowActions::followUndoStack(QUndoStack *stack)
{
    QAction *undo = m_actions[Undo];
    QAction *redo = m_actions[Redo];
    // Nothing may still drive a previous session's stack.
    disconnect(undo, nullptr, nullptr, nullptr);
    disconnect(redo, nullptr, nullptr, nullptr);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [this, undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [this, redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
}

void WindowActions::setReconciliation(ReconcileView *view)
{
    m_reconciliation = view;
    QAction *reconcile = m_actions[Reconcile];
    reconcile->setText(view ? tr("Back to the &Sheet") : tr("&Reconcile with Vendor"));
    reconcile->setIconText(view ? tr("Back to Sheet") : tr("Reconcile"));
}

void WindowActions::setOnlyIssuesChecked(bool on)
{
    const QSignalBlocker block(m_actions[OnlyIssues]);
    m_actions[OnlyIssues]->setChecked(on);
}

void WindowActions::updateVendorMenu()
{
    m_vendorMenu->clear();
    m_vendorMenu->addActions({m_actions[Pull], m_actions[Reconcile], m_actions[ResolveReferences]});
    m_vendorMenu->addSeparator();
    m_vendorMenu->addActions({m_actions[Push], m_actions[Profiles]});
    if (m_reconciliation) {
        m_vendorMenu->addSection(tr("This Reconciliation"));
        m_vendorMenu->addActions(m_reconciliation->menuActions());
    }
}
