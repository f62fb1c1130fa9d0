// Reconciliation in the window, offscreen and driven through widgets and shortcuts: a sheet
// against a stored pull (one value changed at the vendor, one record only the vendor holds, one
// row it lacks), the counts and tinted cells, F7 from difference to difference, taking the
// vendor's value (saved at once, one undo step), importing the vendor's record, linking by hand,
// the CSV export; and a pull through the dialog from a Procore stand-in. The view's parts are
// found by their object names, as the window's own code never needs them.

#include "connectionprofile.h"
#include "entityschema.h"
#include "guitestfixture.h"
#include "linkrecorddialog.h"
#include "mainwindow.h"
#include "mockvendorserver.h"
#include "profilestore.h"
#include "pulldialog.h"
#include "pushdialog.h"
#include "reconcilefixture.h"
#include "reconcilesession.h"
#include "reconciletablemodel.h"
#include "reconcileview.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "sheetview.h"
#include "standinprofile.h"
#include "valuecodec.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

namespace {

const QString kTarget = QStringLiteral("procore.work_order_contract");

// A part of `parent` by its object name.
template<typename T>
T *part(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QTableView *tableOf(const ReconcileView *view)
{
    return part<QTableView>(view, "ReconcileTable");
}

ReconcileTableModel *modelOf(const ReconcileView *view)
{
    return part<ReconcileTableModel>(view, "ReconcileTableModel");
}

QToolButton *filterOf(const ReconcileView *view, ReconcileState state)
{
    return view->findChild<QToolButton *>(QStringLiteral("filter-") +
                                          ReconcileEntry::stateName(state));
}

QString textOf(const ReconcileView *view, const char *label)
{
    const QLabel *found = part<QLabel>(view, label);
    return found ? found->text() : QStringLiteral("(no %1)").arg(QLatin1String(label));
}

} // namespace

class TestReconcileView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyPartHasItsName();
    void showsCountsAndTintsTheDifference();
    void takesTheVendorsValueAsOneUndoStep();
    void takesRowsImportsAndLinks();
    void exportsTheReconciliationAsCsv();
    void sheetIsRightOpensThePushDryRun();
    void withoutAPullItSaysSo();
    void everyPartSpeaksGerman();
    void pullsThroughTheDialog();

private:
    int field(const char *path) const { return m_fixture->field(path); }
    // The sheet's rows as the workspace file holds them now (a second connection).
    QVector<Record> onDisk() const { return m_fixture->onDisk(m_file); }
    const Record *byNumber(const QVector<Record> &records, const QString &number) const
    {
        return m_fixture->byNumber(records, number);
    }
    ReconcileView *openView();

    GuiTestFixture m_gui;
    const EntitySchema *m_schema = nullptr;
    std::optional<ReconcileFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QString m_file;
    int m_run = 0;
};

void TestReconcileView::initTestCase()
{
    const Status ready = m_gui.setUp();
    QVERIFY2(ready, qPrintable(ready.error()));
    m_schema = m_gui.registry().find(kTarget);
    QVERIFY(m_schema);
    m_fixture.emplace(*m_schema);
}

// Four rows, three of them pushed; the vendor's pull changed WO-1002's title, lacks WO-1004 and
// holds WO-1005 that the sheet lacks.
void TestReconcileView::init()
{
    m_file = m_gui.filePath(QStringLiteral("reconcile%1.cdw").arg(++m_run));
    const QString failed = m_fixture->write(m_file);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto window = m_gui.createWindow();
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    // The shortcuts need the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_file));
}

void TestReconcileView::cleanup()
{
    m_window.reset();
}

ReconcileView *TestReconcileView::openView()
{
    SheetView *sheet = m_window->currentSheet();
    if (!sheet || sheet->model()->schema().id() != kTarget)
        return nullptr;
    sheet->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    ReconcileView *view = m_window->reconcileView(kTarget);
    if (view && m_window->tabs()->currentWidget() == view && tableOf(view))
        tableOf(view)->setFocus();
    return view;
}

// The names the tests (and a screen reader's scripts) find the parts by, each on one object.
void TestReconcileView::everyPartHasItsName()
{
    ReconcileView *view = openView();
    QVERIFY(view);
    for (const char *name : {"ReconcileTitle", "ReconcileDetailTitle"})
        QCOMPARE(view->findChildren<QLabel *>(QLatin1String(name)).size(), 1);
    for (const char *name : {"ReconcileTable", "ReconcileDetail"})
        QCOMPARE(view->findChildren<QTableView *>(QLatin1String(name)).size(), 1);
    QVERIFY(part<QCheckBox>(view, "ReconcileDifferingColumns"));
    QVERIFY(part<QToolButton>(view, "ReconcilePullButton"));
    QVERIFY(part<ReconcileSession>(view, "ReconcileSession"));
    QCOMPARE(modelOf(view), tableOf(view)->model());
    for (const ReconcileState state :
         {ReconcileState::Differs, ReconcileState::LocalOnly, ReconcileState::RemoteOnly,
          ReconcileState::Ambiguous, ReconcileState::Same})
        QVERIFY(filterOf(view, state));
    // The actions by name, in the Vendor menu's order, with the shortcuts the texts promise.
    const QList<QAction *> menu = view->menuActions();
    const QStringList names{
            QStringLiteral("ReconcileTakeValueAction"), QStringLiteral("ReconcileTakeRowsAction"),
            QStringLiteral("ReconcilePushAction"),      QStringLiteral("ReconcileImportAction"),
            QStringLiteral("ReconcileLinkAction"),      QStringLiteral("ReconcileNextAction"),
            QStringLiteral("ReconcilePreviousAction"),  QStringLiteral("ReconcileExportAction"),
            QStringLiteral("ReconcileCloseAction")};
    QCOMPARE(menu.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(menu.at(i)->objectName(), names.at(i));
        QCOMPARE(view->findChild<QAction *>(names.at(i)), menu.at(i));
    }
    QCOMPARE(part<QAction>(view, "ReconcileTakeValueAction")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    QCOMPARE(part<QAction>(view, "ReconcilePreviousAction")->shortcut(),
             QKeySequence(Qt::SHIFT | Qt::Key_F7));
    QCOMPARE(part<QAction>(view, "ReconcileCloseAction")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_W));
}

void TestReconcileView::showsCountsAndTintsTheDifference()
{
    ReconcileView *view = openView();
    QVERIFY(view);
    QCOMPARE(m_window->tabs()->currentWidget(), view);
    // Beside its sheet.
    QCOMPARE(m_window->tabs()->indexOf(view),
             m_window->tabs()->indexOf(m_window->findChild<SheetView *>(kTarget)) + 1);
    QVERIFY(textOf(view, "ReconcileTitle").contains(QStringLiteral("stand-in")));
    QVERIFY(textOf(view, "ReconcileTitle").contains(QStringLiteral("12 Mar 2026")));

    const ReconcileTableModel *model = modelOf(view);
    QVERIFY(model);
    QCOMPARE(model->summary().differs, 1);
    QCOMPARE(model->summary().localOnly, 1);
    QCOMPARE(model->summary().remoteOnly, 1);
    QCOMPARE(model->summary().ambiguous, 0);
    QCOMPARE(model->summary().same, 2);
    auto text = [view](ReconcileState state) {
        return filterOf(view, state)->text().remove(QLatin1Char('&'));
    };
    QCOMPARE(text(ReconcileState::Differs), QStringLiteral("Differs: 1"));
    QCOMPARE(text(ReconcileState::LocalOnly), QStringLiteral("Only in the sheet: 1"));
    QCOMPARE(text(ReconcileState::RemoteOnly), QStringLiteral("Only at Procore: 1"));
    QCOMPARE(text(ReconcileState::Same), QStringLiteral("Same: 2"));
    QVERIFY(!filterOf(view, ReconcileState::Same)->isChecked());
    QCOMPARE(model->rowCount(), 3); // the same ones hidden
    QVERIFY2(m_window->countsLabel()->text().contains(QStringLiteral("Differs: 1")),
             qPrintable(m_window->countsLabel()->text()));

    // The differing cell: both values, tinted, with who changed it.
    const int titleColumn = model->columnOfField(field("title"));
    const QModelIndex cell = model->index(0, titleColumn);
    QCOMPARE(model->index(0, ReconcileTableModel::KeyColumn).data().toString(),
             QStringLiteral("WO-1002"));
    QVERIFY(cell.data(ReconcileTableModel::DiffersRole).toBool());
    QCOMPARE(cell.data().toString(), QStringLiteral("Concrete ≠ Concrete works"));
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xfd, 0xe6, 0x8a));
    QVERIFY(cell.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Vendor changed since the push")));
    QVERIFY(!model->index(0, model->columnOfField(field("number")))
                     .data(ReconcileTableModel::DiffersRole)
                     .toBool());
    QCOMPARE(model->index(0, ReconcileTableModel::MatchColumn).data().toString(),
             QStringLiteral("Vendor id 5002"));
    // Only the columns with a difference show.
    QTableView *table = tableOf(view);
    QVERIFY(!table->isColumnHidden(titleColumn));
    QVERIFY(table->isColumnHidden(model->columnOfField(field("retainage_percent"))));
    QCheckBox *differingColumns = part<QCheckBox>(view, "ReconcileDifferingColumns");
    differingColumns->setChecked(false);
    QVERIFY(!table->isColumnHidden(model->columnOfField(field("retainage_percent"))));

    // The detail: field by field, the differing one first.
    const QAbstractItemModel *detail = part<QTableView>(view, "ReconcileDetail")->model();
    QVERIFY(detail->rowCount() >= 3);
    QCOMPARE(detail->index(0, 0).data().toString(), QStringLiteral("Title"));
    QCOMPARE(detail->index(0, 1).data().toString(), QStringLiteral("Concrete"));
    QCOMPARE(detail->index(0, 2).data().toString(), QStringLiteral("Concrete works"));
    QCOMPARE(detail->index(0, 3).data().toString(), QStringLiteral("Concrete"));
    QCOMPARE(detail->index(0, 4).data().toString(),
             QStringLiteral("Vendor changed since the push"));
    QCOMPARE(detail->index(0, 2).data(Qt::BackgroundRole).value<QBrush>().color(),
             QColor(0xfd, 0xe6, 0x8a));
    QVERIFY2(textOf(view, "ReconcileDetailTitle").contains(QStringLiteral("Ctrl+Alt+V")),
             qPrintable(textOf(view, "ReconcileDetailTitle")));

    // F7 from difference to difference, wrapping; Shift+F7 back.
    table->setFocus();
    table->setCurrentIndex(model->index(0, ReconcileTableModel::KeyColumn));
    QTest::keyClick(table, Qt::Key_F7);
    QCOMPARE(table->currentIndex(), model->index(0, titleColumn));
    QTest::keyClick(table, Qt::Key_F7);
    QCOMPARE(table->currentIndex(), model->index(1, ReconcileTableModel::KeyColumn));
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("WO-1004"));
    QVERIFY(textOf(view, "ReconcileDetailTitle").contains(QStringLiteral("only in the sheet")));
    QTest::keyClick(table, Qt::Key_F7);
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("WO-1005"));
    QTest::keyClick(table, Qt::Key_F7);
    QCOMPARE(table->currentIndex(), model->index(0, titleColumn));
    QTest::keyClick(table, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("WO-1005"));

    // The filters: Alt+M shows the same ones too.
    QTest::keyClick(view, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(filterOf(view, ReconcileState::Same)->isChecked()); // an animated click
    QCOMPARE(model->rowCount(), 5);
    filterOf(view, ReconcileState::Differs)->click();
    QCOMPARE(model->rowCount(), 4);

    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        filterOf(view, ReconcileState::Differs)->click();
        filterOf(view, ReconcileState::Same)->click();
        differingColumns->setChecked(true);
        m_window->resize(1280, 800);
        table->setCurrentIndex(model->index(0, ReconcileTableModel::KeyColumn));
        QVERIFY(m_window->grab().save(
                QDir(QString::fromLocal8Bit(dir))
                        .filePath(QStringLiteral("screenshot-reconcile.png"))));
    }
}

void TestReconcileView::takesTheVendorsValueAsOneUndoStep()
{
    ReconcileView *view = openView();
    QVERIFY(view);
    const ReconcileTableModel *model = modelOf(view);
    RecordTableModel *sheet = view->sheet();
    QTableView *table = tableOf(view);
    const int title = field("title");
    QUndoStack *undo = m_window->session()->undoStack();
    const int steps = undo->index();

    // On the tinted cell, Ctrl+Alt+V.
    table->setCurrentIndex(model->index(0, ReconcileTableModel::KeyColumn));
    QTest::keyClick(table, Qt::Key_F7);
    QCOMPARE(table->currentIndex().column(), model->columnOfField(title));
    QVERIFY(part<QAction>(view, "ReconcileTakeValueAction")->isEnabled());
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(byNumber(sheet->records(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete works"));
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete works"));
    QCOMPARE(undo->index(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Take Procore's Title for WO-1002"));
    // Paired again at once: nothing differs now.
    QCOMPARE(model->summary().differs, 0);
    QCOMPARE(model->summary().same, 3);

    // Ctrl+Z in the window puts the sheet's value back, on disk too.
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(byNumber(sheet->records(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete"));
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete"));
    QCOMPARE(model->summary().differs, 1);
    QCOMPARE(model->summary().same, 2);
    QVERIFY(model->index(0, model->columnOfField(title))
                    .data(ReconcileTableModel::DiffersRole)
                    .toBool());
}

void TestReconcileView::takesRowsImportsAndLinks()
{
    ReconcileView *view = openView();
    QVERIFY(view);
    const ReconcileTableModel *model = modelOf(view);
    RecordTableModel *sheet = view->sheet();
    QTableView *table = tableOf(view);
    QUndoStack *undo = m_window->session()->undoStack();
    const int title = field("title");

    // A whole row: every differing field, one step.
    table->setCurrentIndex(
            model->index(model->rowOfIdentity(QStringLiteral("L%1").arg(
                                 byNumber(sheet->records(), QStringLiteral("WO-1002"))->id())),
                         ReconcileTableModel::KeyColumn));
    table->selectRow(table->currentIndex().row());
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete works"));
    QCOMPARE(model->summary().differs, 0);
    undo->undo();
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete"));

    // The record only Procore holds, into the sheet with its id: matched from then on.
    const int steps = undo->index();
    const int rows = sheet->rowCount();
    table->setCurrentIndex(model->index(model->rowOfIdentity(QStringLiteral("R5005")),
                                        ReconcileTableModel::KeyColumn));
    QVERIFY(part<QAction>(view, "ReconcileImportAction")->isEnabled());
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(sheet->rowCount(), rows + 1);
    const Record *imported = byNumber(sheet->records(), QStringLiteral("WO-1005"));
    QVERIFY(imported);
    QCOMPARE(imported->remoteId(), QStringLiteral("5005"));
    QCOMPARE(imported->value(title).toString(), QStringLiteral("Roofing"));
    const QVector<Record> saved = onDisk();
    QCOMPARE(saved.size(), rows + 1);
    QCOMPARE(byNumber(saved, QStringLiteral("WO-1005"))->remoteId(), QStringLiteral("5005"));
    QCOMPARE(model->summary().remoteOnly, 0);
    QCOMPARE(model->summary().same, 3);
    QCOMPARE(undo->index(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Import WO-1005 from Procore"));
    undo->undo();
    QCOMPARE(sheet->rowCount(), rows);
    QCOMPARE(onDisk().size(), rows);
    QCOMPARE(model->summary().remoteOnly, 1);

    // WO-1004 is that record after all: linked by hand through the dialog, by keyboard.
    const qint64 drywall = byNumber(sheet->records(), QStringLiteral("WO-1004"))->id();
    table->setCurrentIndex(model->index(model->rowOfIdentity(QStringLiteral("L%1").arg(drywall)),
                                        ReconcileTableModel::KeyColumn));
    QVERIFY(part<QAction>(view, "ReconcileLinkAction")->isEnabled());
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    QPointer<LinkRecordDialog> dialog;
    QTRY_VERIFY((dialog = view->findChild<LinkRecordDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QListWidget *choices = part<QListWidget>(dialog, "LinkChoices");
    QLineEdit *filter = part<QLineEdit>(dialog, "LinkFilter");
    QVERIFY(choices && filter);
    QCOMPARE(choices->count(), 1);
    QTest::keyClicks(filter, QStringLiteral("Roof"));
    QCOMPARE(dialog->chosen(),
             model->entries()
                     .at(model->entryOfRow(model->rowOfIdentity(QStringLiteral("R5005"))))
                     .remote);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    const Record *linked = byNumber(sheet->records(), QStringLiteral("WO-1004"));
    QCOMPARE(linked->remoteId(), QStringLiteral("5005"));
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId(), QStringLiteral("5005"));
    QCOMPARE(model->summary().localOnly, 0);
    QCOMPARE(model->summary().remoteOnly, 0);
    QCOMPARE(model->summary().differs, 2); // its number and title are the sheet's own
    const ReconcileEntry &pair =
            model->entryAt(model->rowOfIdentity(QStringLiteral("L%1").arg(drywall)));
    QCOMPARE(pair.basis, MatchBasis::RemoteId);
    QCOMPARE(undo->undoText(), QStringLiteral("Link WO-1004 to Procore id 5005"));
    // Offscreen has no window manager to hand the activation back after the dialog.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(byNumber(sheet->records(), QStringLiteral("WO-1004"))->remoteId().isEmpty());
    QVERIFY(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId().isEmpty());
    QCOMPARE(model->summary().localOnly, 1);
    QCOMPARE(model->summary().remoteOnly, 1);
    // Redo links again.
    undo->redo();
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId(), QStringLiteral("5005"));
}

void TestReconcileView::exportsTheReconciliationAsCsv()
{
    ReconcileView *view = openView();
    QVERIFY(view);
    const QString path = m_gui.filePath(QStringLiteral("reconciliation%1.csv").arg(m_run));
    QVERIFY(part<QAction>(view, "ReconcileExportAction")->isEnabled());
    // The file dialog aside, the action writes what the view's session exports.
    const ReconcileSession *session = part<ReconcileSession>(view, "ReconcileSession");
    QVERIFY(session);
    QVERIFY(session->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Key,Status,Matched by,Field")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("WO-1002,differs,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",title,Concrete,Concrete works,Concrete")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("WO-1004,local_only,")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("WO-1005,remote_only,")),
             qPrintable(lines.at(3)));
}

void TestReconcileView::sheetIsRightOpensThePushDryRun()
{
    ConnectionProfile profile = ConnectionProfile::withDefaults(QStringLiteral("procore-plan"),
                                                                QStringLiteral("procore"));
    profile.baseUrl = QUrl(QStringLiteral("https://procore.invalid"));
    profile.companyId = QStringLiteral("1");
    profile.clientId = QStringLiteral("cd");
    ProfileStore(*ProfileStore::userSettings()).save(profile);

    ReconcileView *view = openView();
    QVERIFY(view);
    const ReconcileTableModel *model = modelOf(view);
    QTableView *table = tableOf(view);
    // WO-1002 (differs) and WO-1004 (only in the sheet): the sheet is right about both.
    table->setCurrentIndex(model->index(0, ReconcileTableModel::KeyColumn));
    table->selectionModel()->select(model->index(1, ReconcileTableModel::KeyColumn),
                                    QItemSelectionModel::Select);
    table->selectionModel()->select(model->index(0, ReconcileTableModel::KeyColumn),
                                    QItemSelectionModel::Select);
    QVERIFY(part<QAction>(view, "ReconcilePushAction")->isEnabled());
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    QPointer<PushDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<PushDialog *>()) != nullptr);
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->findData(profile.name));
    QVERIFY2(dialog->planLabel()->text().startsWith(QStringLiteral("1 row to create, 1 to update")),
             qPrintable(dialog->planLabel()->text()));
    // The reconciliation stays behind the dialog.
    QCOMPARE(m_window->tabs()->currentWidget(), view);
    dialog->close();
    QTRY_VERIFY(!dialog);
    ProfileStore(*ProfileStore::userSettings()).remove(profile.name);
}

void TestReconcileView::withoutAPullItSaysSo()
{
    const QString other = QStringLiteral("procore.potential_change_order");
    ReconcileView *view = m_window->openReconcileView(other);
    QVERIFY(view);
    QVERIFY(!part<ReconcileSession>(view, "ReconcileSession")->hasSnapshot());
    QCOMPARE(modelOf(view)->rowCount(), 0); // not every row "missing at the vendor"
    QVERIFY(textOf(view, "ReconcileTitle").contains(QStringLiteral("Nothing has been pulled")));
    QVERIFY(!part<QAction>(view, "ReconcileExportAction")->isEnabled());
    QVERIFY(!part<QAction>(view, "ReconcileNextAction")->isEnabled());
    QVERIFY(!filterOf(view, ReconcileState::Differs)->isEnabled());
    QVERIFY(!part<QCheckBox>(view, "ReconcileDifferingColumns")->isEnabled());
    // Ctrl+W closes it and shows its sheet.
    tableOf(view)->setFocus();
    QTest::keyClick(tableOf(view), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!m_window->reconcileView(other));
    QCOMPARE(m_window->currentSheet()->model()->schema().id(), other);
}

// The parts keep the "ReconcileView" context their German was written for.
void TestReconcileView::everyPartSpeaksGerman()
{
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("contractdesk"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    struct Uninstall
    {
        QTranslator *translator;
        ~Uninstall() { QCoreApplication::removeTranslator(translator); }
    } uninstall{&german};

    ReconcileView *view = openView();
    QVERIFY(view);
    QCOMPARE(filterOf(view, ReconcileState::Differs)->text().remove(QLatin1Char('&')),
             QStringLiteral("Abweichend: 1"));
    QCOMPARE(part<QCheckBox>(view, "ReconcileDifferingColumns")->text().remove(QLatin1Char('&')),
             QStringLiteral("Nur Spalten mit Abweichungen"));
    QCOMPARE(part<QAction>(view, "ReconcileTakeValueAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Wert von Procore übernehmen"));
    QCOMPARE(part<QTableView>(view, "ReconcileDetail")->accessibleName(),
             QStringLiteral("Die aktuelle Zeile, Feld für Feld"));
    QVERIFY2(view->summaryText().startsWith(QStringLiteral("Abweichend: 1 · Nur im Blatt: 1")),
             qPrintable(view->summaryText()));
}

void TestReconcileView::pullsThroughTheDialog()
{
    MockVendorServer server(*m_schema);
    QVERIFY(server.listen());
    // Procore holds WO-1001 and WO-1002 as pushed, WO-1003 under another title, and a contract
    // made in its own screens.
    const QVector<Record> rows = m_window->session()->model(kTarget)->records();
    auto fields = [&](const Record &r) {
        QJsonObject o;
        for (const char *path :
             {"project_id", "number", "title", "retainage_percent", "origin_id"}) {
            const int f = field(path);
            const QJsonValue v = ValueCodec::toJson(m_schema->field(f), r.value(f));
            if (!v.isUndefined())
                o.insert(QString::fromLatin1(path), v);
        }
        return o;
    };
    server.addRemoteOnly(fields(rows.at(0)));
    server.addRemoteOnly(fields(rows.at(1)));
    QJsonObject renamed = fields(rows.at(2));
    renamed.insert(QStringLiteral("title"), QStringLiteral("Steel erection"));
    server.addRemoteOnly(renamed);
    QJsonObject own{{QStringLiteral("project_id"), 562949953421612LL},
                    {QStringLiteral("number"), QStringLiteral("WO-2001")},
                    {QStringLiteral("title"), QStringLiteral("Elevators")}};
    server.addRemoteOnly(own);
    // Made at Procore too, with the number of the sheet's unpushed WO-1004: only an offer.
    own.insert(QStringLiteral("number"), QStringLiteral("WO-1004"));
    own.insert(QStringLiteral("title"), QStringLiteral("Drywall and ceilings"));
    const QString drywallId = server.addRemoteOnly(own);

    ConnectionProfile profile =
            StandInProfile::make(server, QStringLiteral("procore-stand-in"),
                                 QStringLiteral("procore"), QStringLiteral("CD_GUI_PULL_SECRET"));
    ProfileStore(*ProfileStore::userSettings()).save(profile);

    m_window->currentSheet()->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QPointer<PullDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<PullDialog *>()) != nullptr);
    const int index = dialog->profileBox()->findData(profile.name);
    QVERIFY(index >= 0);
    dialog->profileBox()->setCurrentIndex(index);
    // A refused sign-in is said in words, and the dialog stays for another try.
    qputenv("CD_GUI_PULL_SECRET", "wrong");
    QSignalSpy finished(dialog.data(), &PullDialog::pullFinished);
    QTest::mouseClick(dialog->pullButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000); // the sign-in answers later
    QVERIFY(finished.takeFirst().first().value<JobOutcome>().isFailed());
    QVERIFY(!dialog->isPulling());
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("refused")),
             qPrintable(dialog->statusLabel()->text()));
    QVERIFY(dialog->pullButton()->isEnabled());
    qputenv("CD_GUI_PULL_SECRET", server.secret.toUtf8());
    QTest::mouseClick(dialog->pullButton(), Qt::LeftButton);
    // The dialog closes itself on success, so only the signal is read here.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(finished.first().first().value<JobOutcome>().isCompleted());
    QTRY_VERIFY(!dialog); // closed on success
    QVERIFY(server.violations().isEmpty());
    QVERIFY(server.pullRequestCount() >= 1);

    ReconcileView *view = m_window->reconcileView(kTarget);
    QVERIFY(view);
    QCOMPARE(m_window->tabs()->currentWidget(), view);
    const auto *session = part<ReconcileSession>(view, "ReconcileSession");
    QVERIFY(session);
    QCOMPARE(session->snapshot().profile, profile.name);
    QCOMPARE(session->snapshot().recordCount, 5);
    QVERIFY(textOf(view, "ReconcileTitle").contains(profile.name));
    const ReconcileTableModel *model = modelOf(view);
    QVERIFY(model);
    // WO-1001 and -1002 by their keys; WO-1003 by key with another title; WO-1004 offered by
    // its number; the vendor's WO-2001 unmatched.
    QCOMPARE(model->summary().same, 2);
    QCOMPARE(model->summary().differs, 2);
    QCOMPARE(model->summary().localOnly, 0);
    QCOMPARE(model->summary().remoteOnly, 1);
    QCOMPARE(model->summary().offered, 1);
    const ReconcileEntry &steel = model->entries().at(2);
    QCOMPARE(steel.state, ReconcileState::Differs);
    QCOMPARE(steel.differingFields, QVector<int>{field("title")});
    QVERIFY(textOf(view, "ReconcileTitle").contains(QStringLiteral("waiting for your yes")));

    // The offer reads as one, and Ctrl+Alt+K confirms it: the row takes the record's id.
    const qint64 drywall = rows.at(3).id();
    const int offerRow = model->rowOfIdentity(QStringLiteral("L%1").arg(drywall));
    QVERIFY(offerRow >= 0);
    const QModelIndex matched = model->index(offerRow, ReconcileTableModel::MatchColumn);
    QCOMPARE(matched.data().toString(), QStringLiteral("Offered: same Contract # — confirm?"));
    QVERIFY(matched.data(ReconcileTableModel::OfferRole).toBool());
    QVERIFY(matched.data(Qt::FontRole).value<QFont>().italic());
    m_window->activateWindow(); // offscreen: no window manager after the dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tableOf(view)->setFocus();
    tableOf(view)->setCurrentIndex(model->index(offerRow, ReconcileTableModel::KeyColumn));
    QVERIFY(textOf(view, "ReconcileDetailTitle").contains(QStringLiteral("confirm with Link")));
    QCOMPARE(part<QAction>(view, "ReconcileLinkAction")->text().remove(QLatin1Char('&')),
             QStringLiteral("Confirm Match"));
    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->resize(1280, 800);
        QVERIFY(m_window->grab().save(
                QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("screenshot-pull.png"))));
    }
    QTest::keyClick(tableOf(view), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    const Record &confirmed = m_window->session()->model(kTarget)->records().at(
            m_window->session()->model(kTarget)->rowOfRecord(drywall));
    QCOMPARE(confirmed.remoteId(), drywallId);
    QCOMPARE(model->summary().offered, 0);
    QCOMPARE(model->entryAt(model->rowOfIdentity(QStringLiteral("L%1").arg(drywall))).basis,
             MatchBasis::RemoteId);
}

QTEST_MAIN(TestReconcileView)
#include "tst_reconcileview.moc"
