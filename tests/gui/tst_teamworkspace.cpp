// The window's side of working together, driven through the widgets, offscreen: an edit based on
// a value someone else has changed since shows both values and lets the person choose (one undo
// step when they keep theirs); the Open Team Workspace dialog refuses an address it cannot use
// inline; an empty database is set up only after asking; a workspace shared to a server opens
// there; another person's edit reaches the window. Two sessions on one .cdw file stand for two
// people (the file's rows carry versions too); the PostgreSQL cases need the tests' private
// server (tests/tools/run-with-postgres.sh) and skip without it, unless it was promised.

#include "conflictdialog.h"
#include "entityschema.h"
#include "guitestfixture.h"
#include "mainwindow.h"
#include "recordtablemodel.h"
#include "sheetview.h"
#include "teamworkspace.h"
#include "teamworkspacedialog.h"
#include "testdatabase.h"
#include "testkeychain.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void staleEditShowsBothValuesAndKeepMineIsOneUndoStep();
    void keepTheirsLeavesTheOtherValue();
    void undoNeverRevertsSomeoneElsesLaterEdit();
    void openTeamDialogRefusesAnUnusableAddressInline();
    void emptyDatabaseIsSetUpOnlyAfterAsking();
    void sharedWorkspaceOpensOnTheServerAndFollowsOthers();
    void rememberedPasswordIsKeptInTheKeychainOnly();

private:
    // B's window on a demo file, A a second session on the same file, both on its first sheet.
    void openTwoPeople(const QString &fileName);
    // A changes the title of row 0 and saves it; B's sheet still shows the old one.
    void aChangesTheTitle(const QString &title);
    // Types into a cell of B's sheet as a user does: select, F2, replace the text, Enter.
    void typeInto(const QModelIndex &index, const QString &text);
    QModelIndex titleCell() const;
    QString titleOnDisk() const;
    ConflictDialog *conflictDialog() const;
    QAction *windowAction(const char *objectName) const;
    // File ▸ Open Team Workspace with `address` typed and Open clicked; the dialog.
    TeamWorkspaceDialog *askToOpen(const QString &address);

    GuiTestFixture m_gui;
    // Closes any failure message box (it would wait for a click forever) and keeps its text.
    QTimer m_boxCloser;
    QStringList m_failures;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WorkspaceSession> m_other;
    QString m_file;
    QString m_titleBefore;
};

void TestTeamWorkspace::initTestCase()
{
    const Status ready = m_gui.setUp(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(ready, qPrintable(ready.error()));
}

void TestTeamWorkspace::init()
{
    m_failures.clear();
    m_boxCloser.setInterval(100);
    connect(&m_boxCloser, &QTimer::timeout, this, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() != QLatin1String("SetUpTeamWorkspaceQuestion")) {
            m_failures.append(box->text());
            box->reject();
        }
    });
    m_boxCloser.start();
}

void TestTeamWorkspace::cleanup()
{
    m_boxCloser.stop();
    disconnect(&m_boxCloser, nullptr, this, nullptr);
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    m_window.reset();
    m_other.reset();
}

void TestTeamWorkspace::openTwoPeople(const QString &fileName)
{
    auto window = m_gui.openDemoWindow(fileName);
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    m_file = m_gui.filePath(fileName);
    auto other = WorkspaceSession::open(m_file, m_gui.registry(), false);
    QVERIFY2(other, qPrintable(other.error()));
    m_other = std::move(other).value();
    QVERIFY(m_window->currentSheet());
    m_titleBefore = titleCell().data(Qt::EditRole).toString();
    QVERIFY(!m_titleBefore.isEmpty());
}

QModelIndex TestTeamWorkspace::titleCell() const
{
    const SheetView *sheet = m_window->currentSheet();
    const int column = sheet->model()->schema().indexOf(QStringLiteral("title"));
    return sheet->findChild<QTableView *>(QStringLiteral("SheetTable"))->model()->index(0, column);
}

QString TestTeamWorkspace::titleOnDisk() const
{
    const QString target = m_window->currentSheet()->model()->schema().id();
    RecordTableModel *model = m_other->model(target);
    const Status reloaded = m_other->reloadTarget(target);
    if (!reloaded)
        return QStringLiteral("(unreadable: %1)").arg(reloaded.error());
    const int column = model->schema().indexOf(QStringLiteral("title"));
    return model->index(0, column).data(Qt::EditRole).toString();
}

void TestTeamWorkspace::aChangesTheTitle(const QString &title)
{
    const QString target = m_window->currentSheet()->model()->schema().id();
    RecordTableModel *model = m_other->model(target);
    QVERIFY(model);
    const QString shown = titleCell().data(Qt::EditRole).toString();
    // A works on the row as the file holds it now.
    const Status reloaded = m_other->reloadTarget(target);
    QVERIFY2(reloaded, qPrintable(reloaded.error()));
    const int column = model->schema().indexOf(QStringLiteral("title"));
    QVERIFY(model->setData(model->index(0, column), title, Qt::EditRole));
    QCOMPARE(titleCell().data(Qt::EditRole).toString(), shown);
}

void TestTeamWorkspace::typeInto(const QModelIndex &index, const QString &text)
{
    auto *table = m_window->currentSheet()->findChild<QTableView *>(QStringLiteral("SheetTable"));
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    QPointer<QLineEdit> editor;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible());
}

ConflictDialog *TestTeamWorkspace::conflictDialog() const
{
    return m_window->findChild<ConflictDialog *>(QStringLiteral("ConflictDialog"));
}

QAction *TestTeamWorkspace::windowAction(const char *objectName) const
{
    return m_window->findChild<QAction *>(QLatin1String(objectName));
}

void TestTeamWorkspace::staleEditShowsBothValuesAndKeepMineIsOneUndoStep()
{
    openTwoPeople(QStringLiteral("keepmine.cdw"));
    aChangesTheTitle(QStringLiteral("Roofing, east wing (Anna)"));
    QUndoStack *undo = m_window->session()->undoStack();
    const int stepsBefore = undo->count();

    // B, whose sheet still shows the old title, types over it.
    typeInto(titleCell(), QStringLiteral("Roofing, east wing (Ben)"));
    QPointer<ConflictDialog> dialog;
    QTRY_VERIFY((dialog = conflictDialog()) != nullptr && dialog->isVisible());
    QVERIFY(!dialog->isModal() || dialog->windowModality() != Qt::ApplicationModal);
    // Nothing was written: the sheet shows A's value, the file holds it, no undo step.
    QCOMPARE(titleCell().data(Qt::EditRole).toString(),
             QStringLiteral("Roofing, east wing (Anna)"));
    QCOMPARE(titleOnDisk(), QStringLiteral("Roofing, east wing (Anna)"));
    QCOMPARE(undo->count(), stepsBefore);

    // One line: the row, the field, what B changed from and to, what the workspace holds.
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("You changed it from"));
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("To (mine)"));
    QCOMPARE(table->horizontalHeaderItem(4)->text(),
             QStringLiteral("Now in the workspace (theirs)"));
    QVERIFY(!table->item(0, 0)->text().isEmpty());
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Title"));
    QCOMPARE(table->item(0, 2)->text(), m_titleBefore);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Roofing, east wing (Ben)"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Roofing, east wing (Anna)"));
    QVERIFY(dialog->keepTheirsButton()->isDefault());
    QVERIFY(dialog->keepMineButton()->focusPolicy() & Qt::TabFocus);
    // For a person to look at: is it clear at a glance?
    QVERIFY(dialog->grab().save(QDir::temp().filePath(QStringLiteral("conflict.png"))));

    // Keep Mine: B's value, in the sheet and the file, as one undo step.
    QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(titleCell().data(Qt::EditRole).toString(), QStringLiteral("Roofing, east wing (Ben)"));
    QCOMPARE(titleOnDisk(), QStringLiteral("Roofing, east wing (Ben)"));
    QCOMPARE(undo->count(), stepsBefore + 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("kept")));

    // One Ctrl+Z takes exactly that back: A's value again, not the one both started from.
    QAction *undoAction = windowAction("UndoAction");
    QVERIFY(undoAction && undoAction->isEnabled());
    QCOMPARE(undoAction->shortcut(), QKeySequence(QKeySequence::Undo));
    undoAction->trigger();
    QCOMPARE(titleCell().data(Qt::EditRole).toString(),
             QStringLiteral("Roofing, east wing (Anna)"));
    QCOMPARE(titleOnDisk(), QStringLiteral("Roofing, east wing (Anna)"));
    QCOMPARE(undo->index(), stepsBefore);
    QVERIFY(!conflictDialog());
}

void TestTeamWorkspace::keepTheirsLeavesTheOtherValue()
{
    openTwoPeople(QStringLiteral("keeptheirs.cdw"));
    aChangesTheTitle(QStringLiteral("Drywall, level 2 (Anna)"));
    QUndoStack *undo = m_window->session()->undoStack();
    const int stepsBefore = undo->count();

    typeInto(titleCell(), QStringLiteral("Drywall, level 2 (Ben)"));
    QPointer<ConflictDialog> dialog;
    QTRY_VERIFY((dialog = conflictDialog()) != nullptr && dialog->isVisible());
    // Esc is Keep Theirs: nothing to write, nothing to undo.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(titleCell().data(Qt::EditRole).toString(), QStringLiteral("Drywall, level 2 (Anna)"));
    QCOMPARE(titleOnDisk(), QStringLiteral("Drywall, level 2 (Anna)"));
    QCOMPARE(undo->count(), stepsBefore);
}

void TestTeamWorkspace::undoNeverRevertsSomeoneElsesLaterEdit()
{
    openTwoPeople(QStringLiteral("undo.cdw"));
    // B edits first; A, reading the row afterwards, changes the same cell again.
    typeInto(titleCell(), QStringLiteral("Electrical rough-in (Ben)"));
    QCOMPARE(titleOnDisk(), QStringLiteral("Electrical rough-in (Ben)"));
    aChangesTheTitle(QStringLiteral("Electrical rough-in (Anna)"));
    // aChangesTheTitle checked B's sheet for the value before; here that is B's own.
    QCOMPARE(titleOnDisk(), QStringLiteral("Electrical rough-in (Anna)"));

    // B's Ctrl+Z would put back the first title over A's: it is not applied, B is asked.
    windowAction("UndoAction")->trigger();
    QPointer<ConflictDialog> dialog;
    QTRY_VERIFY((dialog = conflictDialog()) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("Electrical rough-in (Ben)"));
    QCOMPARE(dialog->table()->item(0, 3)->text(), m_titleBefore);
    QCOMPARE(dialog->table()->item(0, 4)->text(), QStringLiteral("Electrical rough-in (Anna)"));
    QTest::mouseClick(dialog->keepTheirsButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(titleCell().data(Qt::EditRole).toString(),
             QStringLiteral("Electrical rough-in (Anna)"));
    QCOMPARE(titleOnDisk(), QStringLiteral("Electrical rough-in (Anna)"));
}

TeamWorkspaceDialog *TestTeamWorkspace::askToOpen(const QString &address)
{
    QAction *open = windowAction("OpenTeamAction");
    if (!open)
        return nullptr;
    open->trigger();
    auto *dialog =
            m_window->findChild<TeamWorkspaceDialog *>(QStringLiteral("OpenTeamWorkspaceDialog"));
    if (!dialog || !dialog->isVisible())
        return nullptr;
    dialog->addressEdit()->clear();
    QTest::keyClicks(dialog->addressEdit(), address);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    return dialog;
}

void TestTeamWorkspace::openTeamDialogRefusesAnUnusableAddressInline()
{
    auto window = m_gui.createWindow(true);
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    QAction *open = windowAction("OpenTeamAction");
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    // Nothing open yet: nothing to share.
    QVERIFY(!windowAction("ShareTeamAction")->isEnabled());

    // A password in the address: refused where it was typed, and not repeated back.
    QPointer<TeamWorkspaceDialog> dialog =
            askToOpen(QStringLiteral("postgresql://anna:s3cret@db.example.com/contracts"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("contains a password")),
             qPrintable(dialog->errorLabel()->text()));
    QVERIFY(!dialog->errorLabel()->text().contains(QStringLiteral("s3cret")));
    QVERIFY(!dialog->passwordEdit()->placeholderText().isEmpty());
    QVERIFY(!m_window->session());

    // A file is not a server's address; editing the address clears the complaint.
    QTest::keyClick(dialog->addressEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("jobs.cdw"));
    QVERIFY(!dialog->errorLabel()->isVisible());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("not a server address")),
             qPrintable(dialog->errorLabel()->text()));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(!m_window->session());
}

void TestTeamWorkspace::emptyDatabaseIsSetUpOnlyAfterAsking()
{
    CD_REQUIRE_TEST_DATABASE(database);
    auto window = m_gui.createWindow(true);
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    const QString address = TeamWorkspace::checkAddress(database->uri()).value();

    // Asked, and told no: nothing is written to the database.
    QVERIFY(askToOpen(database->uri()));
    QPointer<QMessageBox> question;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(
                         QStringLiteral("SetUpTeamWorkspaceQuestion"))) != nullptr &&
                question->isVisible());
    QVERIFY2(question->text().contains(QStringLiteral("holds no ContractDesk workspace yet")),
             qPrintable(question->text()));
    QVERIFY(question->text().contains(address));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question);
    QVERIFY(!m_window->session());
    auto initialised = TeamWorkspace::isInitialised(address, QString());
    QVERIFY2(initialised, qPrintable(initialised.error()));
    QVERIFY(!initialised.value());

    // Asked again, and told yes: set up and open, the window says where and that it is shared.
    QVERIFY(askToOpen(database->uri()));
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(
                         QStringLiteral("SetUpTeamWorkspaceQuestion"))) != nullptr &&
                question->isVisible());
    auto *setUp = question->findChild<QPushButton *>(QStringLiteral("SetUpButton"));
    QVERIFY(setUp);
    setUp->click();
    QTRY_VERIFY(m_window->session());
    QVERIFY(m_window->session()->isShared());
    QCOMPARE(m_window->session()->path(), address);
    QVERIFY2(m_window->windowTitle().contains(address), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Team")));
    QVERIFY(!windowAction("ShareTeamAction")->isEnabled());
    QVERIFY(m_gui.recentFiles().paths().value(0) == address);
    initialised = TeamWorkspace::isInitialised(address, QString());
    QVERIFY2(initialised, qPrintable(initialised.error()));
    QVERIFY(initialised.value());
    m_window.reset(); // its connections go before the database does
}

void TestTeamWorkspace::sharedWorkspaceOpensOnTheServerAndFollowsOthers()
{
    CD_REQUIRE_TEST_DATABASE(database);
    openTwoPeople(QStringLiteral("share.cdw"));
    m_other.reset();
    const QString address = TeamWorkspace::checkAddress(database->uri()).value();
    const QString target = m_window->currentSheet()->model()->schema().id();
    const int rows = m_window->currentSheet()->model()->rowCount();
    QVERIFY(rows > 0);

    QAction *share = windowAction("ShareTeamAction");
    QVERIFY(share && share->isEnabled());
    share->trigger();
    QPointer<TeamWorkspaceDialog> dialog =
            m_window->findChild<TeamWorkspaceDialog *>(QStringLiteral("ShareTeamWorkspaceDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->addressEdit(), database->uri());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->session() && m_window->session()->isShared());
    QCOMPARE(m_window->session()->path(), address);
    QCOMPARE(m_window->session()->model(target)->rowCount(), rows);
    QCOMPARE(m_window->currentSheet()->model()->rowCount(), rows);
    QVERIFY(!share->isEnabled());

    // Someone else opens the same team workspace and changes a title: the window shows it
    // within a second and says so.
    auto other = WorkspaceSession::open(address, m_gui.registry(), false);
    QVERIFY2(other, qPrintable(other.error()));
    m_other = std::move(other).value();
    RecordTableModel *theirs = m_other->model(target);
    const int column = theirs->schema().indexOf(QStringLiteral("title"));
    QVERIFY(theirs->setData(theirs->index(0, column), QStringLiteral("Changed next door"),
                            Qt::EditRole));
    QTRY_COMPARE_WITH_TIMEOUT(titleCell().data(Qt::EditRole).toString(),
                              QStringLiteral("Changed next door"), 1000);
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.contains(theirs->schema().label()) &&
                     said.contains(QStringLiteral("changed by others")),
             qPrintable(said));
    m_other.reset();
    m_window.reset();
}

void TestTeamWorkspace::rememberedPasswordIsKeptInTheKeychainOnly()
{
    // Needs the server and, as in CI, a keychain (tests/tools/run-with-keyring.sh): a missing
    // keychain fails here rather than passing unseen.
    CD_REQUIRE_TEST_DATABASE(database);
    auto window = m_gui.createWindow(true);
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    const QString address = TeamWorkspace::checkAddress(database->uri()).value();
    const QString password = QStringLiteral("pw-%1").arg(database->name());

    // The tests' server trusts its user, so any password signs in; what matters is where it goes.
    windowAction("OpenTeamAction")->trigger();
    QPointer<TeamWorkspaceDialog> dialog =
            m_window->findChild<TeamWorkspaceDialog *>(QStringLiteral("OpenTeamWorkspaceDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->addressEdit(), database->uri());
    QTest::keyClicks(dialog->passwordEdit(), password);
    dialog->rememberBox()->setChecked(true);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QPointer<QMessageBox> question;
    QTRY_VERIFY((question = m_window->findChild<QMessageBox *>(
                         QStringLiteral("SetUpTeamWorkspaceQuestion"))) != nullptr);
    question->findChild<QPushButton *>(QStringLiteral("SetUpButton"))->click();
    QTRY_VERIFY(m_window->session());

    // In the keychain under the address; in no settings file, title or recent list.
    Result<QString> kept = Result<QString>::failure(QString());
    QTRY_VERIFY((kept = TestKeychain::read(TeamWorkspace::keychainKey(address))) &&
                kept.value() == password);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains(address.toUtf8()));
    QVERIFY(!written.contains(password.toUtf8()));
    QVERIFY(!m_window->windowTitle().contains(password));

    // A new window opens it again from File ▸ Open Recent, the password from the keychain.
    m_window.reset();
    window = m_gui.createWindow(true);
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("RecentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QAction *first = recent->actions().value(0);
    QVERIFY(first);
    QVERIFY2(first->text().contains(address) && first->text().contains(QStringLiteral("Team")),
             qPrintable(first->text()));
    first->trigger();
    QTRY_VERIFY(m_window->session());
    QCOMPARE(m_window->session()->path(), address);
    m_window.reset();
}

QTEST_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
