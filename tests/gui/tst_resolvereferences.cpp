// Resolve References from the window against a Procore stand-in: the lists read with progress
// (and Cancel keeping the old ones), one line per unresolved value with its outcome and rows,
// a choice written into every row of its value as one undo step and remembered, forgotten and
// exported; the exact matches written once seen.

#include "crosswalkpane.h"
#include "mainwindow.h"
#include "mockvendorserver.h"
#include "profileselector.h"
#include "profilestore.h"
#include "recordtablemodel.h"
#include "referencecandidatespane.h"
#include "referenceentrymodel.h"
#include "resolvereferencesdialog.h"
#include "sheetview.h"
#include "standinprofile.h"
#include "valuecodec.h"
#include "workspace.h"
#include "workspacesession.h"

#include "guitestfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

const char *const kTarget = "procore.work_order_contract";
const qint64 acme = 9007199254740993;   // beyond 2^53: a double would make it ...992
const qint64 austin = 9007199254740995; // the two AAA Plumbing
const qint64 dallas = 9007199254740997;
const qint64 bravo = 9007199254740999;
const qint64 timber = 9007199254741001; // inactive
const qint64 tower = 562949953421613;

QString id(qint64 value)
{
    return QString::number(value);
}

} // namespace

class TestResolveReferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void resolvesChoosesRemembersAndExports();
    void cancelWhileReadingKeepsTheOldLists();

private:
    ResolveReferencesDialog *openDialog();
    QStringList vendorColumn() const;
    const ReferenceEntry *line(ResolveReferencesDialog *dialog, const QString &value) const;
    void selectLine(ResolveReferencesDialog *dialog, const QString &value);

    GuiTestFixture m_gui;
    const EntitySchema *m_schema = nullptr;
    std::unique_ptr<MockVendorServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    ConnectionProfile m_profile;
    int m_run = 0;
};

void TestResolveReferences::initTestCase()
{
    const Status ready = m_gui.setUp();
    QVERIFY2(ready, qPrintable(ready.error()));
    m_schema = m_gui.registry().find(QLatin1String(kTarget));
    QVERIFY(m_schema);
}

void TestResolveReferences::init()
{
    m_server = std::make_unique<MockVendorServer>(*m_schema);
    QVERIFY(m_server->listen());
    auto vendor = [](qint64 vendorId, const char *name, const char *code, bool active,
                     const char *city) {
        return QJsonObject{{"id", vendorId},      {"name", name}, {"origin_code", code},
                           {"is_active", active}, {"city", city}, {"state_code", "TX"}};
    };
    m_server->seedReferences(
            MockVendorServer::ReferenceKind::Vendors,
            QJsonArray{vendor(acme, "Acme Concrete Inc.", "V-100", true, "Austin"),
                       vendor(austin, "AAA Plumbing", "V-200", true, "Austin"),
                       vendor(dallas, "AAA Plumbing", "V-201", true, "Dallas"),
                       vendor(bravo, "Bravo Steel Erectors LLC", "V-300", true, "Waco"),
                       vendor(timber, "Old Timber Co", "V-400", false, "Tyler")});
    m_server->seedReferences(MockVendorServer::ReferenceKind::Projects,
                             QJsonArray{QJsonObject{{"id", tower},
                                                    {"name", "Tower A"},
                                                    {"project_number", "100"},
                                                    {"active", true}}});
    m_profile =
            StandInProfile::make(*m_server, QStringLiteral("stand-in"), QStringLiteral("procore"),
                                 QStringLiteral("CD_GUI_RESOLVE_SECRET"));
    ProfileStore(*ProfileStore::userSettings()).save(m_profile);

    // Vendors named by name (twice), ERP code, id, a near name, an ambiguous name (twice), an
    // inactive one and one the vendor does not hold.
    const QString file = m_gui.filePath(QStringLiteral("resolve%1.cdw").arg(++m_run));
    {
        auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(workspace, qPrintable(workspace.error()));
        const QStringList vendors = {QStringLiteral("Acme Concrete Inc."),
                                     QStringLiteral("V-300"),
                                     id(dallas),
                                     QStringLiteral("Bravo Steel Erector"),
                                     QStringLiteral("AAA Plumbing"),
                                     QStringLiteral("Old Timber Co"),
                                     QStringLiteral("Zeta Roofing"),
                                     QStringLiteral("AAA Plumbing"),
                                     QStringLiteral("acme  concrete inc")};
        QVector<Record> rows;
        for (int i = 0; i < vendors.size(); ++i) {
            Record r(m_schema->fieldCount());
            const auto set = [&](const char *path, const QString &text) {
                const int f = m_schema->indexOf(QLatin1String(path));
                r.setValue(f, ValueCodec::fromText(m_schema->field(f), text).value);
            };
            set("project_id", id(tower));
            set("number", QStringLiteral("WO-%1").arg(i + 1));
            set("title", QStringLiteral("Work %1").arg(i + 1));
            set("vendor_id", vendors.at(i));
            rows.append(r);
        }
        const Status inserted = workspace.value()->insertRecords(*m_schema, rows);
        QVERIFY2(inserted, qPrintable(inserted.error()));
    }
    auto window = m_gui.createWindow();
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openWorkspace(file));
    const RecordTableModel *sheet = m_window->session()->model(QLatin1String(kTarget));
    QVERIFY(sheet && sheet->rowCount() == 9);
    QVERIFY(m_window->showRecord(QLatin1String(kTarget), sheet->records().first().id()));
    m_window->profileSelector()->reload();
}

void TestResolveReferences::cleanup()
{
    m_window.reset();
    m_server.reset();
}

ResolveReferencesDialog *TestResolveReferences::openDialog()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    m_window->currentSheet()->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    // The shortcut opens it at once; its own keys need it active.
    auto *dialog = m_window->findChild<ResolveReferencesDialog *>();
    if (dialog) {
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
    }
    return dialog;
}

QStringList TestResolveReferences::vendorColumn() const
{
    const RecordTableModel *model = m_window->session()->model(QLatin1String(kTarget));
    const int f = m_schema->indexOf(QStringLiteral("vendor_id"));
    QStringList values;
    for (const Record &r : model->records())
        values.append(ValueCodec::toText(m_schema->field(f), r.value(f)));
    return values;
}

const ReferenceEntry *TestResolveReferences::line(ResolveReferencesDialog *dialog,
                                                  const QString &value) const
{
    const ReferenceEntryModel *model = dialog->entryModel();
    return model->entryAt(model->rowOf(QStringLiteral("vendor_id"), QString(), value));
}

void TestResolveReferences::selectLine(ResolveReferencesDialog *dialog, const QString &value)
{
    const int row = dialog->entryModel()->rowOf(QStringLiteral("vendor_id"), QString(), value);
    QVERIFY2(row >= 0, qPrintable(value));
    dialog->lines()->setFocus();
    dialog->lines()->selectRow(row);
}

void TestResolveReferences::resolvesChoosesRemembersAndExports()
{
    m_server->answerDelayMs = 150; // long enough to see the progress
    QPointer<ResolveReferencesDialog> dialog = openDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->entryModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->profileBox()->currentData().toString(), m_profile.name);
    // The lists are not kept: they are read at once, with progress and Cancel.
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("ResolveProgress"));
    QVERIFY(progress);
    QTRY_VERIFY(dialog->isReading() && progress->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("CancelReadingButton"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 30000);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Lists read")),
             qPrintable(dialog->statusText()));
    QVERIFY(!progress->isVisible());
    QCOMPARE(m_window->session()->referenceLists(m_profile.name).size(), 2);
    const QString dates = dialog->findChild<QLabel *>(QStringLiteral("ResolveListDates"))->text();
    QVERIFY2(dates.contains(QStringLiteral("records: 5")), qPrintable(dates));

    // Only the unresolved values, each once with its rows and outcome in words.
    const ReferenceEntryModel *model = dialog->entryModel();
    QCOMPARE(model->rowCount(), 4);
    const auto outcome = [&](const QString &value) {
        const ReferenceEntry *e = line(dialog, value);
        return e ? ReferenceEntryModel::outcomeText(*e) : QStringLiteral("(none)");
    };
    QCOMPARE(outcome(QStringLiteral("AAA Plumbing")),
             QStringLiteral("ambiguous: 2 records share this name"));
    QCOMPARE(line(dialog, QStringLiteral("AAA Plumbing"))->rows, (QVector<int>{5, 8}));
    QCOMPARE(outcome(QStringLiteral("Bravo Steel Erector")), QStringLiteral("near names only"));
    QCOMPARE(outcome(QStringLiteral("Old Timber Co")), QStringLiteral("inactive at the vendor"));
    QCOMPARE(outcome(QStringLiteral("Zeta Roofing")), QStringLiteral("not found"));
    const QModelIndex rowsCell = model->index(
            model->rowOf(QStringLiteral("vendor_id"), QString(), QStringLiteral("AAA Plumbing")),
            int(ReferenceEntryModel::Column::Rows));
    QCOMPARE(rowsCell.data().toInt(), 2);

    // Resolved ones on request: exact by name, ERP code and id.
    auto *showResolved = dialog->findChild<QCheckBox *>(QStringLiteral("ShowResolvedBox"));
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(showResolved->isChecked()); // an animated click
    QCOMPARE(outcome(QStringLiteral("Acme Concrete Inc.")), QStringLiteral("exact, by name"));
    QCOMPARE(outcome(QStringLiteral("V-300")), QStringLiteral("exact, by ERP code"));
    QCOMPARE(outcome(id(dallas)), QStringLiteral("exact, by id"));
    showResolved->setChecked(false);

    // Write exact matches: one undo step for every exact value.
    QUndoStack *undo = m_window->session()->undoStack();
    const int steps = undo->count();
    auto *writeExact = dialog->findChild<QPushButton *>(QStringLiteral("WriteExactButton"));
    QVERIFY(writeExact->isEnabled());
    QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(undo->count(), steps + 1);
    QStringList vendors = vendorColumn();
    QCOMPARE(vendors.at(0), id(acme));
    QCOMPARE(vendors.at(1), id(bravo));
    QCOMPARE(vendors.at(8), id(acme));
    QCOMPARE(vendors.at(4), QStringLiteral("AAA Plumbing"));

    // The ambiguous name: its two records told apart by city and code; Enter uses one for
    // both rows, as one undo step.
    selectLine(dialog, QStringLiteral("AAA Plumbing"));
    QTreeWidget *candidates = dialog->candidatesPane()->candidates();
    QCOMPARE(candidates->topLevelItemCount(), 2);
    int austinRow = -1;
    for (int i = 0; i < 2; ++i) {
        const QTreeWidgetItem *item = candidates->topLevelItem(i);
        QCOMPARE(item->text(ReferenceCandidatesPane::ScoreColumn), QStringLiteral("100 %"));
        if (item->text(ReferenceCandidatesPane::IdColumn) == id(austin)) {
            austinRow = i;
            QCOMPARE(item->text(ReferenceCandidatesPane::CodeColumn), QStringLiteral("V-200"));
            QVERIFY(item->text(ReferenceCandidatesPane::DetailColumn)
                            .contains(QStringLiteral("Austin")));
        }
    }
    QVERIFY(austinRow >= 0);
    candidates->setFocus();
    candidates->setCurrentItem(candidates->topLevelItem(austinRow));
    QTest::keyClick(candidates, Qt::Key_Return);
    QCOMPARE(undo->count(), steps + 2);
    vendors = vendorColumn();
    QCOMPARE(vendors.at(4), id(austin));
    QCOMPARE(vendors.at(7), id(austin));
    QVERIFY(!line(dialog, QStringLiteral("AAA Plumbing")));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(dialog);

    // The inactive one: a search of the whole list finds it greyed, and it cannot be used;
    // searching by ERP code finds an active one that can.
    selectLine(dialog, QStringLiteral("Old Timber Co"));
    QTest::keySequence(dialog, QKeySequence::Find);
    QLineEdit *search = dialog->candidatesPane()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("timber"));
    QCOMPARE(candidates->topLevelItemCount(), 1);
    QCOMPARE(candidates->topLevelItem(0)->text(ReferenceCandidatesPane::ActiveColumn),
             QStringLiteral("inactive"));
    QVERIFY(!dialog->candidatesPane()->useButton()->isEnabled());
    QVERIFY(!dialog->candidatesPane()->useCurrent());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("V-3"));
    QCOMPARE(candidates->topLevelItemCount(), 1);
    QCOMPARE(candidates->topLevelItem(0)->text(ReferenceCandidatesPane::IdColumn), id(bravo));
    QVERIFY(dialog->candidatesPane()->useButton()->isEnabled());

    // Skip moves on.
    const int before = dialog->lines()->currentIndex().row();
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(dialog->lines()->currentIndex().row(), (before + 1) % model->rowCount());

    // Undo restores both rows' names; the choice stays remembered: reopened, "chosen".
    undo->undo();
    vendors = vendorColumn();
    QCOMPARE(vendors.at(4), QStringLiteral("AAA Plumbing"));
    QCOMPARE(vendors.at(7), QStringLiteral("AAA Plumbing"));
    dialog->close();
    QTRY_VERIFY(!dialog);
    dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isReading());
    QTRY_COMPARE(dialog->entryModel()->rowCount(), 3); // chosen is resolved
    dialog->findChild<QCheckBox *>(QStringLiteral("ShowResolvedBox"))->setChecked(true);
    QVERIFY(line(dialog, QStringLiteral("AAA Plumbing")));
    QCOMPARE(ReferenceEntryModel::outcomeText(*line(dialog, QStringLiteral("AAA Plumbing"))),
             QStringLiteral("chosen"));

    // Remembered choices: shown, exported (ids as text), forgotten.
    CrosswalkPane *crosswalk = dialog->crosswalkPane();
    QCOMPARE(crosswalk->list()->topLevelItemCount(), 1);
    QCOMPARE(crosswalk->list()->topLevelItem(0)->text(2),
             QStringLiteral("%1 · AAA Plumbing").arg(id(austin)));
    const QString csv = m_gui.filePath(QStringLiteral("choices.csv"));
    QVERIFY(dialog->exportChoices(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("vendor_id,Vendor ID,AAA Plumbing,,%1,AAA Plumbing,")
                                   .arg(id(austin))),
             qPrintable(text));
    QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // the Remembered choices tab
    crosswalk->list()->setFocus();
    QTest::keyClick(crosswalk->list(), Qt::Key_Delete);
    QCOMPARE(crosswalk->list()->topLevelItemCount(), 0);
    QCOMPARE(ReferenceEntryModel::outcomeText(*line(dialog, QStringLiteral("AAA Plumbing"))),
             QStringLiteral("ambiguous: 2 records share this name"));
    QVERIFY(m_server->violations().isEmpty());

    if (const QByteArray dir = qgetenv("CD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier);
        dialog->findChild<QCheckBox *>(QStringLiteral("ShowResolvedBox"))->setChecked(false);
        selectLine(dialog, QStringLiteral("AAA Plumbing"));
        dialog->grab().save(
                QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("shot-resolve.png")));
    }
}

void TestResolveReferences::cancelWhileReadingKeepsTheOldLists()
{
    m_server->answerDelayMs = 150;
    QPointer<ResolveReferencesDialog> dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isReading());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 30000);
    const QVector<KeptReferenceList> kept = m_window->session()->referenceLists(m_profile.name);
    QCOMPARE(kept.size(), 2);

    // A slow vendor: Refresh, then Cancel while it reads.
    m_server->answerDelayMs = 1500;
    QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(dialog->isReading());
    QTest::qWait(300);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("CancelReadingButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 30000);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Cancelled")),
             qPrintable(dialog->statusText()));
    const QVector<KeptReferenceList> after = m_window->session()->referenceLists(m_profile.name);
    QCOMPARE(after.size(), 2);
    for (const KeptReferenceList &list : after) {
        const auto same = std::find_if(kept.cbegin(), kept.cend(),
                                       [&](const auto &k) { return k.listId == list.listId; });
        QVERIFY(same != kept.cend());
        QCOMPARE(list.readAt, same->readAt);
        QCOMPARE(list.recordCount, same->recordCount);
    }
    // The lines stay as they were.
    QCOMPARE(dialog->entryModel()->rowCount(), 4);
}

QTEST_MAIN(TestResolveReferences)
#include "tst_resolvereferences.moc"
