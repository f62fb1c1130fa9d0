// The main window driven through its widgets, offscreen.

#include "connectionprofile.h"
#include "entityschema.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "recentfiles.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "sheetview.h"
#include "translationloader.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
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

private:
    QAction *findAction(QWidget *w, const QString &text) const;

    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    RecentFiles m_recent;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContractDeskTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    m_registry = std::move(registry).value();
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
    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString file = m_dir.filePath(QStringLiteral("demo1.cdw"));
    const Status opened = w.openDemoWorkspace(file);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(w.tabs()->count(), 5);
    QCOMPARE(w.tabs()->tabText(0), QStringLiteral("Procore · Work Order Contracts"));
    for (int i = 0; i < w.tabs()->count(); ++i) {
        auto *sheet = qobject_cast<SheetView *>(w.tabs()->widget(i));
        QVERIFY(sheet);
        QVERIFY2(sheet->model()->rowCount() >= 5, qPrintable(w.tabs()->tabText(i)));
    }
    QVERIFY(w.windowTitle().contains(QStringLiteral("demo1.cdw")));
    const int rows = w.currentSheet()->model()->rowCount();
    QVERIFY2(w.countsLabel()->text().startsWith(QStringLiteral("%1 rows").arg(rows)),
             qPrintable(w.countsLabel()->text()));
    // The row header keeps the key of each row in view.
    SheetView *sheet = w.currentSheet();
    const QString key = sheet->table()->model()->headerData(0, Qt::Vertical).toString();
    QVERIFY(key.startsWith(QStringLiteral("WO-")));
}

void TestMainWindow::editThroughTheTableIsSavedAndUndoable()
{
    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString file = m_dir.filePath(QStringLiteral("demo2.cdw"));
    QVERIFY(w.openDemoWorkspace(file));
    SheetView *sheet = w.currentSheet();
    QTableView *table = sheet->table();
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
    QVERIFY(w.saveStateLabel()->text().contains(QStringLiteral("saved")));

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
    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemoWorkspace(m_dir.filePath(QStringLiteral("demo3.cdw"))));
    SheetView *sheet = w.currentSheet();
    const int total = sheet->model()->rowCount();
    // Ctrl+F puts the cursor in the filter box.
    QTest::keySequence(&w, QKeySequence::Find);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(sheet->filterEdit()));
    const QString key = sheet->model()->headerData(2, Qt::Vertical).toString();
    QTest::keyClicks(sheet->filterEdit(), key);
    QCOMPARE(sheet->visibleRowCount(), 1);
    QVERIFY2(w.countsLabel()->text().contains(QStringLiteral("1 shown")),
             qPrintable(w.countsLabel()->text()));
    sheet->filterEdit()->clear();
    QCOMPARE(sheet->visibleRowCount(), total);
    sheet->table()->selectRow(0);
    sheet->table()->selectionModel()->select(sheet->table()->model()->index(1, 0),
                                             QItemSelectionModel::Select |
                                                     QItemSelectionModel::Rows);
    QVERIFY2(w.countsLabel()->text().contains(QStringLiteral("2 selected")),
             qPrintable(w.countsLabel()->text()));
}

void TestMainWindow::refusesADamagedFileWithAMessage()
{
    MainWindow w(*m_registry, m_recent);
    const QString file = m_dir.filePath(QStringLiteral("notes.cdw"));
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
    m_recent.clear();
    MainWindow w(*m_registry, m_recent);
    const QString file = m_dir.filePath(QStringLiteral("demo4.cdw"));
    QVERIFY(w.openDemoWorkspace(file));
    QCOMPARE(m_recent.paths().value(0), QFileInfo(file).absoluteFilePath());
}

void TestMainWindow::toolbarHoldsTheMainActionsAndTheProfile()
{
    ConnectionProfile live = ConnectionProfile::withDefaults(QStringLiteral("acme-procore"),
                                                             QStringLiteral("procore"));
    live.companyId = QStringLiteral("4264");
    live.clientId = QStringLiteral("cd-client");
    ConnectionProfile sandbox = live;
    sandbox.name = QStringLiteral("acme-sandbox");
    sandbox.baseUrl = QUrl(QStringLiteral("https://sandbox.procore.com"));
    {
        const auto settings = ProfileStore::userSettings();
        ProfileStore store(*settings);
        store.save(live);
        store.save(sandbox);
    }

    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemoWorkspace(m_dir.filePath(QStringLiteral("demo5.cdw"))));
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
    for (int i = 0; i < w.tabs()->count(); ++i) {
        if (w.tabs()->widget(i)->objectName() == QLatin1String("intacct.project_contract"))
            w.tabs()->setCurrentIndex(i);
    }
    QCOMPARE(box->count(), 0);
    QVERIFY(box->placeholderText().contains(QStringLiteral("Sage Intacct")));
    QVERIFY(!badge->isVisible());
    // Back on the Procore sheet, the choice made there stays.
    w.tabs()->setCurrentIndex(0);
    QCOMPARE(box->currentData().toString(), QStringLiteral("acme-procore"));
    QCOMPARE(badge->text(), QStringLiteral("Production"));

    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        w.currentSheet()->table()->selectRow(1);
        QTest::qWait(50);
        w.grab().save(
                QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("screenshot-main.png")));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
