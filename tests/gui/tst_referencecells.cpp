// Reference cells in the window, offscreen: with a Procore vendor list kept and a profile
// chosen, an unresolved vendor is an error in the Issues pane and the status bar, a resolved id
// shows its name, Copy keeps the id, and a vendor cell's editor offers the list (picking writes
// the id as one undo step).

#include "connectionprofile.h"
#include "guitestfixture.h"
#include "issuelistmodel.h"
#include "mainwindow.h"
#include "profileselector.h"
#include "profilestore.h"
#include "recordtablemodel.h"
#include "referencefixture.h"
#include "sheetview.h"
#include "workspacesession.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>
#include <QDateTime>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

class TestReferenceCells : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceCellsFollowTheKeptList();

private:
    QModelIndex cell(int row, const char *path) const
    {
        return m_table->model()->index(
                row, m_sheet->model()->schema().indexOf(QString::fromLatin1(path)));
    }
    // Opens the cell's editor as a user does (F2) and gives it.
    QLineEdit *openEditor(const QModelIndex &index);

    GuiTestFixture m_gui;
    std::unique_ptr<MainWindow> m_window;
    SheetView *m_sheet = nullptr;
    QTableView *m_table = nullptr;
};

void TestReferenceCells::initTestCase()
{
    const Status ready = m_gui.setUp();
    QVERIFY2(ready, qPrintable(ready.error()));
    ConnectionProfile profile = ConnectionProfile::withDefaults(QStringLiteral("acme-procore"),
                                                                QStringLiteral("procore"));
    profile.companyId = QStringLiteral("4264");
    profile.projectId = QStringLiteral("562949953421612");
    ProfileStore(*ProfileStore::userSettings()).save(profile);
}

QLineEdit *TestReferenceCells::openEditor(const QModelIndex &index)
{
    m_table->setFocus();
    m_table->setCurrentIndex(index);
    QTest::keyClick(m_table, Qt::Key_F2);
    QPointer<QLineEdit> editor;
    // The open editor, not one closed a moment ago and not yet deleted.
    const auto visibleEditor = [this]() -> QLineEdit * {
        for (QLineEdit *line : m_table->viewport()->findChildren<QLineEdit *>()) {
            if (line->isVisible())
                return line;
        }
        return nullptr;
    };
    [&] { QTRY_VERIFY((editor = visibleEditor()) != nullptr); }();
    if (editor)
        editor->selectAll(); // typing replaces the id it opens with
    return editor.data();
}

void TestReferenceCells::referenceCellsFollowTheKeptList()
{
    auto window = m_gui.openDemoWindow(QStringLiteral("refs.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    m_sheet = m_window->currentSheet();
    QVERIFY(m_sheet);
    QCOMPARE(m_sheet->model()->schema().id(), QStringLiteral("procore.work_order_contract"));
    m_table = m_sheet->findChild<QTableView *>(QStringLiteral("SheetTable"));
    WorkspaceSession *session = m_window->session();
    QVERIFY(session);
    // No list kept yet: the demo's whole-number ids go as written.
    QCOMPARE(m_sheet->model()->validation().errorCount(), 0);

    // Procore's vendors and projects as read through the profile; 8077 and 8083 are not there.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(session->keepReferenceList(
            QStringLiteral("procore.projects"), QStringLiteral("acme-procore"), QString(),
            {referenceRecord("562949953421612", "Riverside Tower", "P-1")}, now));
    QVERIFY(session->keepReferenceList(
            QStringLiteral("procore.vendors"), QStringLiteral("acme-procore"), QString(),
            {referenceRecord("8041", "Acme Concrete Inc.", "V-100"),
             referenceRecord("8042", "Summit Steel Erectors", "V-110"),
             referenceRecord("8055", "Brightline Electric", "V-120"),
             referenceRecord("8061", "Delta Plumbing", "V-125"),
             referenceRecord("8090", "Vertical Lift Co.", "V-130"),
             referenceRecord("8102", "Harbor Glazing", "V-140"),
             referenceRecord("8099", "Acme Old Concrete", "V-190", false)},
            now));
    QVERIFY(m_window->profileSelector()->selectProfile(QStringLiteral("acme-procore")));
    QCOMPARE(session->referenceProfile(QStringLiteral("procore")).name,
             QStringLiteral("acme-procore"));

    RecordTableModel *model = m_sheet->model();
    // The vendor's name beside its id; the cell holds (and copies) the id.
    QCOMPARE(cell(0, "vendor_id").data().toString(), QStringLiteral("8041 · Acme Concrete Inc."));
    QCOMPARE(cell(0, "vendor_id").data(Qt::EditRole).toString(), QStringLiteral("8041"));
    m_table->setFocus();
    m_table->setCurrentIndex(cell(0, "vendor_id"));
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(m_table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("8041"));

    // Ids the list does not hold, and a misspelt name: errors, in the pane and the status bar.
    QVERIFY(m_table->model()->setData(cell(1, "vendor_id"), QStringLiteral("Acme Concrte")));
    const int errors = model->validation().errorCount();
    QCOMPARE(errors, 3); // 8077, 8083, "Acme Concrte"
    QLabel *issuesLabel = m_window->findChild<QLabel *>(QStringLiteral("IssuesLabel"));
    QVERIFY(issuesLabel);
    QTRY_COMPARE(issuesLabel->text(), QStringLiteral("3 errors · 0 warnings"));
    auto *issues = qobject_cast<IssueListModel *>(
            m_window->findChild<QTableView *>(QStringLiteral("IssuesView"))->model());
    QVERIFY(issues);
    QTRY_COMPARE(issues->rowCount(), 3);
    QStringList messages;
    for (int r = 0; r < issues->rowCount(); ++r) {
        for (int c = 0; c < issues->columnCount(); ++c)
            messages.append(issues->index(r, c).data().toString());
    }
    const QString misspelt = QStringLiteral(
            "Vendor ID 'Acme Concrte' is not in Procore's list; near names wait for your choice: "
            "Vendor ▸ Resolve References (Ctrl+Shift+K).");
    QVERIFY2(messages.filter(misspelt).size() == 1, qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.filter(QStringLiteral("Vendor ID '8077' is not in Procore's list")).size() ==
                     1,
             qPrintable(messages.join(u'\n')));
    QCOMPARE(cell(1, "vendor_id").data(RecordTableModel::IssueSeverityRole).toInt(),
             int(ValidationIssue::Severity::Error));

    // The editor offers the active vendors; picking one writes its id, as one undo step.
    QLineEdit *editor = openEditor(cell(3, "vendor_id"));
    QVERIFY(editor);
    QCompleter *completer = editor->completer();
    QVERIFY(completer);
    QCOMPARE(completer->model()->rowCount(), 6); // the inactive one is not offered
    QTest::keyClicks(editor, QStringLiteral("concrete"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Acme Concrete Inc. · 8041 · V-100"));
    const int steps = session->undoStack()->count();
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(cell(3, "vendor_id").data(Qt::EditRole).toString(), QStringLiteral("8041"));
    QTRY_VERIFY(!m_table->viewport()->findChild<QLineEdit *>() ||
                !m_table->viewport()->findChild<QLineEdit *>()->isVisible());
    QCOMPARE(session->undoStack()->count(), steps + 1);
    QCOMPARE(cell(3, "vendor_id").data().toString(), QStringLiteral("8041 · Acme Concrete Inc."));

    if (const QByteArray shot = qgetenv("CONTRACTDESK_SHOT_CELLS"); !shot.isEmpty()) {
        m_table->setCurrentIndex(cell(1, "vendor_id"));
        m_table->scrollTo(cell(1, "vendor_id"), QAbstractItemView::PositionAtCenter);
        QTest::qWait(50);
        m_window->grab().save(QString::fromLocal8Bit(shot));
    }

    session->undoStack()->undo();
    QCOMPARE(cell(3, "vendor_id").data(Qt::EditRole).toString(), QStringLiteral("8061"));
    QCOMPARE(model->validation().errorCount(), errors);

    // Free text still goes as typed.
    editor = openEditor(cell(3, "vendor_id"));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Zenith"));
    if (completer = editor->completer(); completer && completer->popup()->isVisible())
        completer->popup()->hide();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell(3, "vendor_id").data(Qt::EditRole).toString(), QStringLiteral("Zenith"));
    QCOMPARE(model->validation().errorCount(), errors + 1);

    // No profile chosen for the sheet: the rule without lists, ids go as written.
    QVERIFY(session->setReferenceProfile(QStringLiteral("procore"), ConnectionProfile()));
    QCOMPARE(cell(0, "vendor_id").data().toString(), QStringLiteral("8041"));
    QCOMPARE(model->validation().errorCount(), 2); // the names "Acme Concrte" and "Zenith"
    editor = openEditor(cell(0, "vendor_id"));
    QVERIFY(editor);
    QVERIFY(!editor->completer());
    QTest::keyClick(editor, Qt::Key_Escape);
    m_window.reset();
}

QTEST_MAIN(TestReferenceCells)
#include "tst_referencecells.moc"
