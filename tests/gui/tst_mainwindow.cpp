// The main window driven through its widgets, offscreen.

#include "connectionprofile.h"
#include "entityschema.h"
#include "guitestfixture.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "recordtablemodel.h"
#include "sheetview.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensDemoWithATabPerTarget();
    void editThroughTheTableIsSavedAndUndoable();
    void filterAndCountsFollow();
    void refusesADamagedFileWithAMessage();
    void recentWorkspacesRemembered();
    void toolbarHoldsTheMainActionsAndTheProfile();
    void onlyIssuesActionFollowsTheCurrentSheet();
    void recentMenuOpensAndClears();
    void anotherWorkspaceReplacesTheSheets();

private:
    QAction *findAction(QWidget *w, const QString &text) const;
    static void saveProcoreProfiles();
    static QTabWidget *tabs(MainWindow &w)
    {
        return w.findChild<QTabWidget *>(QStringLiteral("SheetTabs"));
    }
    static QLabel *counts(MainWindow &w)
    {
        return w.findChild<QLabel *>(QStringLiteral("CountsLabel"));
    }
    static QTableView *table(QWidget *sheet)
    {
        return sheet->findChild<QTableView *>(QStringLiteral("SheetTable"));
    }

    GuiTestFixture m_gui;
};

void TestMainWindow::initTestCase()
{
    const Status ready = m_gui.setUp();
    QVERIFY2(ready, qPrintable(ready.error()));
}

QAction *TestMainWindow::findAction(QWidget *w, const QString &text) const
{
    const auto actions = w->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().remove(QLatin1Char('&')).startsWith(text))
            return a;
    }
    return nullptr;
}

void TestMainWindow::opensDemoWithATabPerTarget()
{
    auto window = m_gui.openDemoWindow(QStringLiteral("demo1.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    QTabWidget *sheets = tabs(w);
    QVERIFY(sheets);
    QCOMPARE(sheets->count(), 5);
    QCOMPARE(sheets->tabText(0), QStringLiteral("Procore · Work Order Contracts"));
    for (int i = 0; i < sheets->count(); ++i) {
        auto *sheet = qobject_cast<SheetView *>(sheets->widget(i));
        QVERIFY(sheet);
        QVERIFY2(sheet->model()->rowCount() >= 5, qPrintable(sheets->tabText(i)));
    }
    QVERIFY(w.windowTitle().contains(QStringLiteral("demo1.cdw")));
    const int rows = w.currentSheet()->model()->rowCount();
    QVERIFY2(counts(w)->text().startsWith(QStringLiteral("%1 rows").arg(rows)),
             qPrintable(counts(w)->text()));
    // The row header keeps the key of each row in view.
    SheetView *sheet = w.currentSheet();
    const QString key = table(sheet)->model()->headerData(0, Qt::Vertical).toString();
    QVERIFY(key.startsWith(QStringLiteral("WO-")));
}

void TestMainWindow::editThroughTheTableIsSavedAndUndoable()
{
    auto window = m_gui.openDemoWindow(QStringLiteral("demo2.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    const QString file = m_gui.filePath(QStringLiteral("demo2.cdw"));
    SheetView *sheet = w.currentSheet();
    QTableView *table = TestMainWindow::table(sheet);
    const EntitySchema &schema = sheet->model()->schema();
    const int titleColumn = schema.indexOf(QStringLiteral("title"));
    const QModelIndex cell = table->model()->index(0, titleColumn);
    const QString before = cell.data().toString();

    // Type into the cell as a user would: select, F2, type, Enter.
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Main lobby fit-out"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("Main lobby fit-out"));
    auto *saveState = w.findChild<QLabel *>(QStringLiteral("SaveStateLabel"));
    QVERIFY(saveState);
    // With the time of the save: the edit reached the disk.
    QTRY_VERIFY2(saveState->text().startsWith(QStringLiteral("All changes saved ")),
                 qPrintable(saveState->text()));

    // On disk at once, through another connection.
    const auto readBack = [&]() {
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
        return ws.value()->loadRecords(schema).value().first().value(titleColumn).toString();
    };
    QCOMPARE(readBack(), QStringLiteral("Main lobby fit-out"));

    // Ctrl+Z through the window's shortcut.
    QAction *undo = findAction(&w, QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Title")) ||
            undo->text().contains(schema.field(titleColumn).label));
    undo->trigger();
    QCOMPARE(cell.data().toString(), before);
    QCOMPARE(readBack(), before);
    QAction *redo = findAction(&w, QStringLiteral("Redo"));
    QVERIFY(redo && redo->isEnabled());
    redo->trigger();
    QCOMPARE(cell.data().toString(), QStringLiteral("Main lobby fit-out"));
    QCOMPARE(readBack(), QStringLiteral("Main lobby fit-out"));
}

void TestMainWindow::filterAndCountsFollow()
{
    auto window = m_gui.openDemoWindow(QStringLiteral("demo3.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    SheetView *sheet = w.currentSheet();
    const int total = sheet->model()->rowCount();
    auto *filter = sheet->findChild<QLineEdit *>(QStringLiteral("FilterEdit"));
    QVERIFY(filter);
    // Ctrl+F puts the cursor in the filter box.
    QTest::keySequence(&w, QKeySequence::Find);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(filter));
    const QString key = sheet->model()->headerData(2, Qt::Vertical).toString();
    QTest::keyClicks(filter, key);
    QCOMPARE(sheet->visibleRowCount(), 1);
    QVERIFY2(counts(w)->text().contains(QStringLiteral("1 shown")), qPrintable(counts(w)->text()));
    filter->clear();
    QCOMPARE(sheet->visibleRowCount(), total);
    QTableView *view = table(sheet);
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY2(counts(w)->text().contains(QStringLiteral("2 selected")),
             qPrintable(counts(w)->text()));
}

void TestMainWindow::refusesADamagedFileWithAMessage()
{
    auto window = m_gui.createWindow(false);
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    const QString file = m_gui.filePath(QStringLiteral("notes.cdw"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a workspace");
    f.close();
    const Status opened = w.openWorkspace(file);
    QVERIFY(!opened);
    QVERIFY(opened.error().contains(QStringLiteral("not a ContractDesk workspace")));
    QVERIFY(!w.session());
}

void TestMainWindow::recentWorkspacesRemembered()
{
    m_gui.recentFiles().clear();
    auto window = m_gui.createWindow(false);
    QVERIFY2(window, qPrintable(window.error()));
    const QString file = m_gui.filePath(QStringLiteral("demo4.cdw"));
    QVERIFY(window.value()->openDemoWorkspace(file));
    QCOMPARE(m_gui.recentFiles().paths().value(0), QFileInfo(file).absoluteFilePath());
}

// Two Procore profiles in the user's settings: production and a sandbox.
void TestMainWindow::saveProcoreProfiles()
{
    ConnectionProfile live = ConnectionProfile::withDefaults(QStringLiteral("acme-procore"),
                                                             QStringLiteral("procore"));
    live.companyId = QStringLiteral("4264");
    live.clientId = QStringLiteral("cd-client");
    ConnectionProfile sandbox = live;
    sandbox.name = QStringLiteral("acme-sandbox");
    sandbox.baseUrl = QUrl(QStringLiteral("https://sandbox.procore.com"));
    const auto settings = ProfileStore::userSettings();
    ProfileStore store(*settings);
    store.save(live);
    store.save(sandbox);
}

void TestMainWindow::toolbarHoldsTheMainActionsAndTheProfile()
{
    saveProcoreProfiles();
    auto window = m_gui.openDemoWindow(QStringLiteral("demo5.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
    QVERIFY(toolbar);
    QCOMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
    // The work an accountant came for, each with an icon, a short label, its shortcut, and
    // a tooltip naming the shortcut.
    const struct
    {
        const char *name;
        const char *label;
        QKeySequence keys;
    } expected[] = {
            {"ImportAction", "Import", QKeySequence(Qt::CTRL | Qt::Key_I)},
            {"CheckAction", "Check", QKeySequence(Qt::Key_F8)},
            {"PushAction", "Push", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
            {"PullAction", "Pull", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
            {"ReconcileAction", "Reconcile", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
    };
    for (const auto &e : expected) {
        auto *action = w.findChild<QAction *>(QLatin1String(e.name));
        QVERIFY2(action, e.name);
        QVERIFY2(toolbar->actions().contains(action), e.name);
        QVERIFY2(!action->icon().isNull(), e.name);
        QCOMPARE(action->iconText(), QLatin1String(e.label));
        QCOMPARE(action->shortcut(), e.keys);
        QVERIFY2(action->toolTip().contains(e.keys.toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
        QVERIFY2(button && button->isVisible(), e.name);
    }
    // The Check button shows the issues and goes to the next one, as F8 does.
    QVERIFY(w.findChild<QAction *>(QStringLiteral("CheckAction"))
                    ->text()
                    .contains(QStringLiteral("Next Issue")));

    // The profile in view, with its vendor and a badge: production in red.
    auto *box = w.findChild<QComboBox *>(QStringLiteral("ProfileBox"));
    auto *badge = w.findChild<QLabel *>(QStringLiteral("ProfileEnvironmentLabel"));
    QVERIFY(box && badge);
    QCOMPARE(box->count(), 2);
    QVERIFY(box->findData(QStringLiteral("acme-sandbox")) >= 0);
    box->setCurrentIndex(box->findData(QStringLiteral("acme-sandbox")));
    QCOMPARE(badge->text(), QStringLiteral("Sandbox"));
    box->setCurrentIndex(box->findData(QStringLiteral("acme-procore")));
    QCOMPARE(box->currentText(), QStringLiteral("acme-procore · Procore"));
    QCOMPARE(badge->text(), QStringLiteral("Production"));
    QVERIFY(badge->isVisible());
    QVERIFY(badge->styleSheet().contains(QStringLiteral("#b91c1c")));

    // An Intacct sheet lists Intacct profiles only: none here, and it says how to add one.
    QTabWidget *sheets = tabs(w);
    for (int i = 0; i < sheets->count(); ++i) {
        if (sheets->widget(i)->objectName() == QLatin1String("intacct.project_contract"))
            sheets->setCurrentIndex(i);
    }
    QCOMPARE(box->count(), 0);
    QVERIFY(box->placeholderText().contains(QStringLiteral("Sage Intacct")));
    QVERIFY(!badge->isVisible());
    // Back on the Procore sheet, the choice made there stays.
    sheets->setCurrentIndex(0);
    QCOMPARE(box->currentData().toString(), QStringLiteral("acme-procore"));
    QCOMPARE(badge->text(), QStringLiteral("Production"));

    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        table(w.currentSheet())->selectRow(1);
        QTest::qWait(50);
        w.grab().save(
                QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("screenshot-main.png")));
    }
}

void TestMainWindow::onlyIssuesActionFollowsTheCurrentSheet()
{
    auto window = m_gui.openDemoWindow(QStringLiteral("demo6.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    QAction *onlyIssues = findAction(&w, QStringLiteral("Only Rows with Issues"));
    QVERIFY(onlyIssues && onlyIssues->isCheckable());
    SheetView *first = w.currentSheet();
    auto *firstBox = first->findChild<QCheckBox *>(QStringLiteral("OnlyIssuesBox"));
    QVERIFY(firstBox);
    // The menu item ticks the sheet's box, and the box the menu item.
    onlyIssues->trigger();
    QVERIFY(firstBox->isChecked());
    firstBox->setChecked(false);
    QVERIFY(!onlyIssues->isChecked());
    firstBox->setChecked(true);
    QVERIFY(onlyIssues->isChecked());
    // Another sheet has its own box: the menu item shows that one, and leaves the first alone.
    QTabWidget *sheets = tabs(w);
    sheets->setCurrentIndex(1);
    QVERIFY(w.currentSheet() != first);
    QVERIFY(!onlyIssues->isChecked());
    QVERIFY(firstBox->isChecked());
    sheets->setCurrentIndex(0);
    QVERIFY(onlyIssues->isChecked());
}

void TestMainWindow::recentMenuOpensAndClears()
{
    m_gui.recentFiles().clear();
    const QString older = m_gui.filePath(QStringLiteral("recent1.cdw"));
    const QString newer = m_gui.filePath(QStringLiteral("recent2.cdw"));
    auto window = m_gui.createWindow(false);
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    QVERIFY(w.openDemoWorkspace(older));
    QVERIFY(w.openDemoWorkspace(newer));
    auto *menu = w.findChild<QMenu *>(QStringLiteral("RecentMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    // Newest first, numbered, with the full path in the tooltip; then "Clear List".
    const auto actions = menu->actions();
    QCOMPARE(actions.size(), 4);
    QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 recent2.cdw"));
    QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 recent1.cdw"));
    QCOMPARE(actions.at(1)->toolTip(), QFileInfo(older).absoluteFilePath());
    actions.at(1)->trigger();
    QCOMPARE(w.session()->path(), QFileInfo(older).absoluteFilePath());
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("recent1.cdw")));
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("&1 recent1.cdw"));
    menu->actions().constLast()->trigger(); // Clear List
    QVERIFY(m_gui.recentFiles().paths().isEmpty());
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().at(0)->isEnabled());
}

void TestMainWindow::anotherWorkspaceReplacesTheSheets()
{
    auto window = m_gui.openDemoWindow(QStringLiteral("demo7.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    QCOMPARE(w.findChildren<SheetView *>().size(), 5);
    QVERIFY(w.openReconcileView(QStringLiteral("procore.work_order_contract")));
    QCOMPARE(tabs(w)->count(), 6);
    // The sheets (and the reconciliation) of the first workspace go with it.
    QVERIFY(w.openDemoWorkspace(m_gui.filePath(QStringLiteral("demo8.cdw"))));
    QCOMPARE(tabs(w)->count(), 5);
    QCOMPARE(w.findChildren<SheetView *>().size(), 5);
    QVERIFY(!w.reconcileView(QStringLiteral("procore.work_order_contract")));
    QVERIFY(w.findChild<QWidget *>(QStringLiteral("WelcomePage")) == nullptr);
    QCOMPARE(w.currentSheet()->model(),
             w.session()->model(QStringLiteral("procore.work_order_contract")));
    QVERIFY2(counts(w)->text().contains(QStringLiteral("rows")), qPrintable(counts(w)->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
