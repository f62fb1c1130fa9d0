// ReconcileSession without a widget: a workspace with four rows (three pushed) and a pull that
// changed WO-1002's title, lacks WO-1004 and holds WO-1005. Each action changes the pairing and
// the workspace file as one undo step, and undo restores both. Which actions apply and the texts
// the view shows (the heading, each line's headline, the status-bar summary) are decided here.
// The detail model passes QAbstractItemModelTester.

#include "entityschema.h"
#include "reconciledetailmodel.h"
#include "reconcilefixture.h"
#include "reconcilesession.h"
#include "reconciletablemodel.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <optional>

namespace {

const QString kTarget = QStringLiteral("procore.work_order_contract");

} // namespace

class TestReconcileSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsAndPairs();
    void withoutASnapshotNothingPairs();
    void takesTheVendorsValue();
    void takesTheVendorsRows();
    void importsVendorOnlyRecords();
    void linksByHand();
    void confirmsAnOfferedMatch();
    void detailModelListsTheLineFieldByField();
    void entriesOfRowsAreSortedAndUnique();
    void actionsFollowTheEntries();
    void textsSayWhatEachLineIs();
    void anOfferIsSaidAndConfirmedByLink();

private:
    int field(const char *path) const { return m_fixture->field(path); }
    void writeWorkspace(bool withSnapshot, bool offer = false)
    {
        const QString failed = m_fixture->write(m_file, withSnapshot, offer);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void openSession();
    QVector<Record> onDisk() const { return m_fixture->onDisk(m_file); }
    const Record *byNumber(const QVector<Record> &records, const QString &number) const
    {
        return m_fixture->byNumber(records, number);
    }
    // The entry of `number` (by its key) in the pairing; -1 when none.
    int entryOf(const QString &number) const;

    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    const EntitySchema *m_schema = nullptr;
    std::optional<ReconcileFixture> m_fixture;
    QString m_file;
    int m_run = 0;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ReconcileSession> m_rec;
};

void TestReconcileSession::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_registry = SchemaRegistry::loadBuiltIn().value();
    m_schema = m_registry->find(kTarget);
    QVERIFY(m_schema);
    m_fixture.emplace(*m_schema);
}

void TestReconcileSession::openSession()
{
    auto session = WorkspaceSession::open(m_file, *m_registry, false);
    QVERIFY2(session, qPrintable(session.error()));
    m_session = std::move(session).value();
    RecordTableModel *sheet = m_session->model(kTarget);
    QVERIFY(sheet);
    m_rec = std::make_unique<ReconcileSession>(*m_session, sheet);
    QVERIFY(m_rec->reload());
}

void TestReconcileSession::init()
{
    m_file = m_dir.filePath(QStringLiteral("session%1.cdw").arg(++m_run));
}

void TestReconcileSession::cleanup()
{
    m_rec.reset();
    m_session.reset();
}

int TestReconcileSession::entryOf(const QString &number) const
{
    const ReconcileTableModel *model = m_rec->model();
    for (int e = 0; e < model->entries().size(); ++e) {
        if (model->keyOf(model->entries().at(e)) == number)
            return e;
    }
    return -1;
}

void TestReconcileSession::loadsAndPairs()
{
    writeWorkspace(true);
    openSession();
    QVERIFY(m_rec->hasSnapshot());
    QCOMPARE(m_rec->snapshot().profile, QStringLiteral("stand-in"));
    const ReconcileSummary &s = m_rec->model()->summary();
    QCOMPARE(s.differs, 1);
    QCOMPARE(s.localOnly, 1);
    QCOMPARE(s.remoteOnly, 1);
    QCOMPARE(s.same, 2);
    const int concrete = entryOf(QStringLiteral("WO-1002"));
    QVERIFY(concrete >= 0);
    QCOMPARE(m_rec->model()->entries().at(concrete).state, ReconcileState::Differs);
    QCOMPARE(m_rec->pushableRows({concrete, entryOf(QStringLiteral("WO-1004")),
                                  entryOf(QStringLiteral("WO-1001"))})
                     .size(),
             2);
}

void TestReconcileSession::withoutASnapshotNothingPairs()
{
    writeWorkspace(false);
    openSession();
    QVERIFY(!m_rec->hasSnapshot());
    QCOMPARE(m_rec->model()->entries().size(), 0);
    QVERIFY(!m_rec->exportTo(m_dir.filePath(QStringLiteral("none.csv"))));
    // Nothing to go to or export, and the texts say why.
    const ReconcileSession::ActionState a = m_rec->actionState(-1, {});
    QVERIFY(!a.navigate && !a.exportable && !a.link);
    QCOMPARE(m_rec->summaryText(), QStringLiteral("Nothing pulled yet"));
    QVERIFY(m_rec->headingText(false, QString())
                    .contains(QStringLiteral("Nothing has been pulled from Procore")));
}

void TestReconcileSession::takesTheVendorsValue()
{
    writeWorkspace(true);
    openSession();
    QUndoStack *undo = m_session->undoStack();
    const int title = field("title");
    // A line that agrees has nothing to take.
    QVERIFY(!m_rec->takeVendorValue(entryOf(QStringLiteral("WO-1001")), title,
                                    QStringLiteral("F7")));
    QCOMPARE(undo->count(), 0);

    QVERIFY(m_rec->takeVendorValue(entryOf(QStringLiteral("WO-1002")), title,
                                   QStringLiteral("F7")));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Take Procore's Title for WO-1002"));
    QCOMPARE(
            byNumber(m_rec->sheet()->records(), QStringLiteral("WO-1002"))->value(title).toString(),
            QStringLiteral("Concrete works"));
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete works"));
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().differs, 0);
    QCOMPARE(m_rec->model()->summary().same, 3);

    undo->undo();
    QCOMPARE(
            byNumber(m_rec->sheet()->records(), QStringLiteral("WO-1002"))->value(title).toString(),
            QStringLiteral("Concrete"));
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(title).toString(),
             QStringLiteral("Concrete"));
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().differs, 1);
}

void TestReconcileSession::takesTheVendorsRows()
{
    writeWorkspace(true);
    openSession();
    QUndoStack *undo = m_session->undoStack();
    QSignalSpy messages(m_rec.get(), &ReconcileSession::message);
    QVERIFY(!m_rec->takeVendorRows({entryOf(QStringLiteral("WO-1004"))}));
    QVERIFY(m_rec->takeVendorRows(
            {entryOf(QStringLiteral("WO-1002")), entryOf(QStringLiteral("WO-1004"))}));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Take Procore's values for WO-1002"));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(field("title")).toString(),
             QStringLiteral("Concrete works"));
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().differs, 0);
    undo->undo();
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1002"))->value(field("title")).toString(),
             QStringLiteral("Concrete"));
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().differs, 1);
}

void TestReconcileSession::importsVendorOnlyRecords()
{
    writeWorkspace(true);
    openSession();
    QUndoStack *undo = m_session->undoStack();
    QVERIFY(!m_rec->importVendorRecords({entryOf(QStringLiteral("WO-1002"))}));
    QVERIFY(m_rec->importVendorRecords({entryOf(QStringLiteral("WO-1005"))}));
    QCOMPARE(undo->undoText(), QStringLiteral("Import WO-1005 from Procore"));
    QCOMPARE(m_rec->sheet()->rowCount(), 5);
    const Record *imported = byNumber(onDisk(), QStringLiteral("WO-1005"));
    QVERIFY(imported);
    QCOMPARE(imported->remoteId(), QStringLiteral("5005"));
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().remoteOnly, 0);
    QCOMPARE(m_rec->model()->summary().same, 3);

    undo->undo();
    QCOMPARE(m_rec->sheet()->rowCount(), 4);
    QVERIFY(!byNumber(onDisk(), QStringLiteral("WO-1005")));
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().remoteOnly, 1);
}

void TestReconcileSession::linksByHand()
{
    writeWorkspace(true);
    openSession();
    QUndoStack *undo = m_session->undoStack();
    QVERIFY(!m_rec->linkQuestion(entryOf(QStringLiteral("WO-1001"))));
    const int drywall = entryOf(QStringLiteral("WO-1004"));
    QVERIFY(!m_rec->isOffered(drywall));
    auto question = m_rec->linkQuestion(drywall);
    QVERIFY2(question, qPrintable(question.error()));
    QVERIFY(!question.value().remoteOnly);
    QCOMPARE(question.value().choices.size(), 1); // the record only the vendor holds
    QVERIFY(question.value().choices.first().text.contains(QStringLiteral("5005")));
    QVERIFY(m_rec->answerLink(question.value(), question.value().choices.first().index));
    QCOMPARE(undo->undoText(), QStringLiteral("Link WO-1004 to Procore id 5005"));
    QCOMPARE(byNumber(m_rec->sheet()->records(), QStringLiteral("WO-1004"))->remoteId(),
             QStringLiteral("5005"));
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId(), QStringLiteral("5005"));
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().localOnly, 0);
    QCOMPARE(m_rec->model()->summary().remoteOnly, 0);

    undo->undo();
    QVERIFY(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId().isEmpty());
    m_rec->pairAgain(false);
    QCOMPARE(m_rec->model()->summary().localOnly, 1);
    QCOMPARE(m_rec->model()->summary().remoteOnly, 1);

    // From the vendor's side: which row is it.
    auto fromRemote = m_rec->linkQuestion(entryOf(QStringLiteral("WO-1005")));
    QVERIFY(fromRemote);
    QVERIFY(fromRemote.value().remoteOnly);
    QCOMPARE(fromRemote.value().choices.size(), 1);
    QVERIFY(m_rec->answerLink(fromRemote.value(), fromRemote.value().choices.first().index));
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId(), QStringLiteral("5005"));
}

void TestReconcileSession::confirmsAnOfferedMatch()
{
    writeWorkspace(true, true); // the vendor's 5005 has WO-1004's number
    openSession();
    int offered = -1;
    for (int e = 0; e < m_rec->model()->entries().size(); ++e) {
        if (m_rec->isOffered(e))
            offered = e;
    }
    if (offered < 0)
        QSKIP("this schema offers no match by number");
    QVERIFY(m_rec->confirmOffer(offered));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId(), QStringLiteral("5005"));
    m_session->undoStack()->undo();
    QVERIFY(byNumber(onDisk(), QStringLiteral("WO-1004"))->remoteId().isEmpty());
}

void TestReconcileSession::detailModelListsTheLineFieldByField()
{
    writeWorkspace(true);
    openSession();
    ReconcileDetailModel detail(m_rec->model());
    QAbstractItemModelTester tester(&detail,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(detail.rowCount(), 0);
    QCOMPARE(detail.columnCount(), 5);
    QCOMPARE(detail.headerData(2, Qt::Horizontal).toString(), QStringLiteral("At Procore"));
    const ReconcileTableModel *model = m_rec->model();
    detail.setEntry(&model->entries().at(entryOf(QStringLiteral("WO-1002"))));
    QVERIFY(detail.rowCount() >= 3);
    QCOMPARE(detail.fieldAt(0), field("title"));
    QCOMPARE(detail.index(0, 0).data().toString(), QStringLiteral("Title"));
    QCOMPARE(detail.index(0, 1).data().toString(), QStringLiteral("Concrete"));
    QCOMPARE(detail.index(0, 2).data().toString(), QStringLiteral("Concrete works"));
    QCOMPARE(detail.index(0, 3).data().toString(), QStringLiteral("Concrete"));
    QCOMPARE(detail.index(0, 4).data().toString(), QStringLiteral("Vendor changed since the push"));
    QCOMPARE(detail.index(0, 2).data(Qt::BackgroundRole).value<QBrush>().color(),
             QColor(0xfd, 0xe6, 0x8a));
    QCOMPARE(detail.index(0, 0).data(ReconcileDetailModel::FieldRole).toInt(), field("title"));
    QVERIFY(!detail.index(1, 2).data(Qt::BackgroundRole).isValid());
    detail.setEntry(&model->entries().at(entryOf(QStringLiteral("WO-1005"))));
    QVERIFY(detail.rowCount() > 0);
    QVERIFY(detail.index(0, 1).data().toString().isEmpty()); // nothing in the sheet
    detail.setEntry(nullptr);
    QCOMPARE(detail.rowCount(), 0);
    QCOMPARE(detail.fieldAt(0), -1);
}

void TestReconcileSession::entriesOfRowsAreSortedAndUnique()
{
    writeWorkspace(true);
    openSession();
    const ReconcileTableModel *model = m_rec->model();
    QCOMPARE(model->rowCount(), 3); // the same ones hidden
    const QVector<int> expected{model->entryOfRow(0), model->entryOfRow(1), model->entryOfRow(2)};
    QVERIFY(std::is_sorted(expected.begin(), expected.end()));
    // A cell per column of a row names its entry once; a row outside the lines names none.
    QCOMPARE(m_rec->entriesOfRows({2, 0, 2, 1, 0, 99, -1}), expected);
    QCOMPARE(m_rec->entriesOfRows({1, 1}), QVector<int>{model->entryOfRow(1)});
    QVERIFY(m_rec->entriesOfRows({}).isEmpty());
}

void TestReconcileSession::actionsFollowTheEntries()
{
    writeWorkspace(true);
    openSession();
    const int concrete = entryOf(QStringLiteral("WO-1002")); // differs
    const int drywall = entryOf(QStringLiteral("WO-1004"));  // only in the sheet
    const int roofing = entryOf(QStringLiteral("WO-1005"));  // only at the vendor
    const int same = entryOf(QStringLiteral("WO-1001"));

    auto a = m_rec->actionState(concrete, {concrete});
    QVERIFY(a.takeValue && a.takeRows && a.push);
    QVERIFY(!a.import && !a.link && !a.offered);
    QVERIFY(a.navigate && a.exportable);

    // The current line decides "this value" and Link; the selection decides the rest.
    a = m_rec->actionState(drywall, {concrete, drywall});
    QVERIFY(!a.takeValue);
    QVERIFY(a.takeRows && a.push && a.link);
    QVERIFY(!a.import);

    a = m_rec->actionState(roofing, {roofing});
    QVERIFY(a.import && a.link);
    QVERIFY(!a.takeValue && !a.takeRows && !a.push);

    a = m_rec->actionState(same, {same});
    QVERIFY(!a.takeValue && !a.takeRows && !a.push && !a.import && !a.link);
    QVERIFY(a.navigate); // other lines still differ

    a = m_rec->actionState(-1, {});
    QVERIFY(!a.takeValue && !a.link && !a.offered);

    // The differing line settled: the current line no longer takes a value.
    QVERIFY(m_rec->takeVendorRows({concrete}));
    m_rec->pairAgain(false);
    const int settled = entryOf(QStringLiteral("WO-1002"));
    a = m_rec->actionState(settled, {settled});
    QVERIFY(!a.takeValue && !a.takeRows && !a.push);
    QVERIFY(a.navigate); // WO-1004 and WO-1005 still lack a partner
}

void TestReconcileSession::textsSayWhatEachLineIs()
{
    writeWorkspace(true);
    openSession();
    const ReconcileSession::ActionKeys keys{QStringLiteral("K-value"), QStringLiteral("K-rows"),
                                            QStringLiteral("K-push"), QStringLiteral("K-import"),
                                            QStringLiteral("K-link")};
    QCOMPARE(m_rec->summaryText(),
             QStringLiteral("Differs: 1 · Only in the sheet: 1 · Only at the vendor: 1 · Same: 2"));

    const QString heading = m_rec->headingText(false, keys.link);
    QVERIFY2(heading.contains(QStringLiteral("pulled on <b>12 Mar 2026")), qPrintable(heading));
    QVERIFY(heading.contains(QStringLiteral("through profile <b>stand-in</b>")));
    QVERIFY(heading.contains(QStringLiteral("Rows in the sheet: 4 · records at Procore: 4")));
    QVERIFY(!heading.contains(QStringLiteral("waiting for your yes")));
    QVERIFY(!heading.contains(QStringLiteral("pull again")));
    QVERIFY(m_rec->headingText(true, keys.link)
                    .contains(QStringLiteral("Rows were pushed after this pull: pull again to see "
                                             "what Procore holds now.")));

    const QString concrete = m_rec->entryText(entryOf(QStringLiteral("WO-1002")), keys);
    QVERIFY2(concrete.startsWith(QStringLiteral("<b>WO-1002</b> — differs in <b>Title</b>")),
             qPrintable(concrete));
    QVERIFY(concrete.contains(QStringLiteral("(K-value)")));
    QVERIFY(concrete.contains(QStringLiteral("(K-rows)")));
    QVERIFY(concrete.contains(QStringLiteral("(K-push)")));
    const QString drywall = m_rec->entryText(entryOf(QStringLiteral("WO-1004")), keys);
    QVERIFY2(drywall.contains(QStringLiteral("only in the sheet: Procore has no record for it. "
                                             "Push it (K-push), or link it")),
             qPrintable(drywall));
    QVERIFY(drywall.contains(QStringLiteral("(K-link)")));
    const QString roofing = m_rec->entryText(entryOf(QStringLiteral("WO-1005")), keys);
    QVERIFY2(roofing.contains(QStringLiteral("only at Procore (id 5005). Import it into the sheet "
                                             "(K-import)")),
             qPrintable(roofing));
    const QString same = m_rec->entryText(entryOf(QStringLiteral("WO-1001")), keys);
    QVERIFY2(same.contains(QStringLiteral("the same in the sheet and at Procore (")),
             qPrintable(same));
    QVERIFY(m_rec->entryText(-1, keys).isEmpty());
    QVERIFY(m_rec->entryText(int(m_rec->model()->entries().size()), keys).isEmpty());
}

void TestReconcileSession::anOfferIsSaidAndConfirmedByLink()
{
    writeWorkspace(true, true); // the vendor's 5005 has WO-1004's number
    openSession();
    const int drywall = entryOf(QStringLiteral("WO-1004"));
    QVERIFY(drywall >= 0);
    if (!m_rec->isOffered(drywall))
        QSKIP("this schema offers no match by number");
    const ReconcileSession::ActionKeys keys{QString(), QString(), QString(), QString(),
                                            QStringLiteral("K-link")};
    const QString heading = m_rec->headingText(false, keys.link);
    QVERIFY2(heading.contains(QStringLiteral("waiting for your yes: 1. Link (K-link) confirms")),
             qPrintable(heading));
    const QString text = m_rec->entryText(drywall, keys);
    QVERIFY2(text.contains(QStringLiteral("Paired only because")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("confirm with Link (K-link).")));
    const auto a = m_rec->actionState(drywall, {drywall});
    QVERIFY(a.offered && a.link);
}

QTEST_MAIN(TestReconcileSession)
#include "tst_reconcilesession.moc"
