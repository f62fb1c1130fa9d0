// The table models the panes show (every QAbstractItemModel of the project: the sync log and its
// filter, the issue list, the reconciliation and its detail, the push plan), each under
// QAbstractItemModelTester while it goes through the changes it really sees: a reset, rows
// appended, a filter narrowed and widened, an edit that changes what another model lists. The
// tester checks every signal and index on the way, so a model that breaks the contract (rows
// announced but not there, data for an invalid index, flags on one) fails here rather than in a
// view.

#include "issuelistmodel.h"
#include "pushplanmodel.h"
#include "reconciledetailmodel.h"
#include "reconciletablemodel.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "synclogfiltermodel.h"
#include "synclogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <initializer_list>
#include <optional>
#include <utility>

namespace {

using Values = std::initializer_list<std::pair<const char *, QVariant>>;

SyncLogEntry logEntry(const char *rowKey, const char *outcome, int httpStatus, const char *message)
{
    SyncLogEntry e;
    e.at = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    e.target = QStringLiteral("procore.work_order_contract");
    e.profile = QStringLiteral("stand-in");
    e.rowKey = QString::fromLatin1(rowKey);
    e.action = QStringLiteral("create");
    e.outcome = QString::fromLatin1(outcome);
    e.httpStatus = httpStatus;
    e.message = QString::fromLatin1(message);
    return e;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncLogModelThroughResetAndAppends();
    void syncLogFilterModelThroughFilterChanges();
    void issueListModelFollowsTheSheet();
    void reconcileTableModelThroughPairingAndFilters();
    void reconcileDetailModelThroughLines();
    void pushPlanModelThroughPlans();

private:
    Record record(Values values, qint64 id = 0, const QString &remoteId = QString()) const;

    std::optional<SchemaRegistry> m_registry;
    const EntitySchema *m_schema = nullptr;
};

void TestModels::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
    m_schema = m_registry->find(QStringLiteral("procore.work_order_contract"));
    QVERIFY(m_schema);
}

Record TestModels::record(Values values, qint64 id, const QString &remoteId) const
{
    Record r(m_schema->fieldCount());
    r.setId(id);
    r.setRemoteId(remoteId);
    for (const auto &[path, value] : values) {
        const int field = m_schema->indexOf(QString::fromLatin1(path));
        Q_ASSERT(field >= 0);
        r.setValue(field, value);
    }
    return r;
}

void TestModels::syncLogModelThroughResetAndAppends()
{
    SyncLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setEntries({logEntry("WO-1", "created", 200, ""),
                      logEntry("WO-2", "failed", 422, "title is too long")});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex failed = model.index(1, int(SyncLogModel::Column::Result));
    QCOMPARE(failed.data().toString(), QStringLiteral("failed"));
    QVERIFY(failed.data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, int(SyncLogModel::Column::HttpStatus)).data(Qt::ToolTipRole).isNull());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEntries({logEntry("WO-3", "updated", 200, ""), logEntry("WO-4", "skipped", 0, "")});
    QCOMPARE(inserted.size(), 1); // one batch, one signal
    QCOMPARE(model.rowCount(), 4);
    model.appendEntries({}); // nothing to announce
    QCOMPARE(inserted.size(), 1);
    QVERIFY(model.index(3, int(SyncLogModel::Column::HttpStatus)).data().isNull());

    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::syncLogFilterModelThroughFilterChanges()
{
    SyncLogModel log;
    SyncLogFilterModel filter;
    QAbstractItemModelTester logTester(&log,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&log);
    log.setEntries({logEntry("WO-1", "created", 200, ""),
                    logEntry("WO-2", "failed", 422, "Title is too long"),
                    logEntry("WO-3", "failed", 0, "no answer")});
    QCOMPARE(filter.rowCount(), 3);

    filter.setOutcome(QStringLiteral("failed"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearch(QStringLiteral("  TITLE "));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, int(SyncLogModel::Column::Row)).data().toString(),
             QStringLiteral("WO-2"));

    // Rows arriving while filtered are filtered as they come.
    log.appendEntries({logEntry("WO-4", "failed", 422, "title missing"),
                       logEntry("WO-5", "created", 201, "title kept")});
    QCOMPARE(filter.rowCount(), 2);

    filter.setOutcome(QString());
    QCOMPARE(filter.rowCount(), 3);
    filter.setSearch(QString());
    QCOMPARE(filter.rowCount(), 5);
    filter.sort(int(SyncLogModel::Column::Row), Qt::DescendingOrder);
    QCOMPARE(filter.index(0, int(SyncLogModel::Column::Row)).data().toString(),
             QStringLiteral("WO-5"));
    log.setEntries({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestModels::issueListModelFollowsTheSheet()
{
    // No store: the sheet keeps its edits in memory, which is all the issue list reads.
    RecordTableModel sheet(*m_schema, nullptr);
    IssueListModel issues;
    QAbstractItemModelTester sheetTester(&sheet,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(&issues,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(issues.rowCount(), 0);
    // project_id is required: both rows start with an error.
    sheet.setRecords({record({{"number", QStringLiteral("WO-1")}}, 1),
                      record({{"number", QStringLiteral("WO-2")}}, 2)});
    issues.setSheet(&sheet);
    QCOMPARE(issues.rowCount(), 2);
    const int project = m_schema->indexOf(QStringLiteral("project_id"));
    QCOMPARE(issues.index(0, IssueListModel::FieldColumn).data(IssueListModel::FieldRole).toInt(),
             project);
    QCOMPARE(issues.index(1, IssueListModel::RowColumn)
                     .data(IssueListModel::RecordIdRole)
                     .toLongLong(),
             qint64(2));
    QVERIFY(issues.index(0, IssueListModel::SeverityColumn).data(Qt::BackgroundRole).isValid());

    // An edit fixes one row: the list rebuilds once the event loop turns.
    QSignalSpy reset(&issues, &QAbstractItemModel::modelReset);
    QVERIFY(sheet.setData(sheet.index(0, project), QStringLiteral("562949953421612")));
    QTRY_COMPARE(issues.rowCount(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(issues.index(0, IssueListModel::RowColumn)
                     .data(IssueListModel::RecordIdRole)
                     .toLongLong(),
             qint64(2));

    // A new sheet replaces the old; no sheet empties the list.
    sheet.setRecords({record({{"project_id", qint64(1)}}, 3)});
    QTRY_COMPARE(issues.rowCount(), 0);
    RecordTableModel other(*m_schema, nullptr);
    other.setRecords({record({}, 4)});
    issues.setSheet(&other);
    QVERIFY(issues.rowCount() > 0);
    issues.setSheet(nullptr);
    QCOMPARE(issues.rowCount(), 0);
}

void TestModels::reconcileTableModelThroughPairingAndFilters()
{
    ReconcileTableModel model(*m_schema);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QVector<Record> local = {
            record({{"number", QStringLiteral("WO-1")}, {"title", QStringLiteral("Lobby")}}, 1,
                   QStringLiteral("101")),
            record({{"number", QStringLiteral("WO-2")}, {"title", QStringLiteral("Roof")}}, 2,
                   QStringLiteral("102")),
            record({{"number", QStringLiteral("WO-3")}}, 3)};
    QVector<Record> remote = {
            record({{"number", QStringLiteral("WO-1")}, {"title", QStringLiteral("Lobby")}}, 0,
                   QStringLiteral("101")),
            record({{"number", QStringLiteral("WO-2")}, {"title", QStringLiteral("Roof deck")}}, 0,
                   QStringLiteral("102")),
            record({{"number", QStringLiteral("WO-9")}}, 0, QStringLiteral("109"))};
    QSignalSpy reconciled(&model, &ReconcileTableModel::reconciled);
    model.setRecords(local, remote, {});
    QCOMPARE(reconciled.size(), 1);
    // Same is hidden at first: the differing pair, the sheet-only row, the vendor-only record.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.summary().total(), 4);

    model.setStateShown(ReconcileState::Same, true);
    QCOMPARE(model.rowCount(), 4);
    model.setStateShown(ReconcileState::Same, true); // no change, no reset
    QCOMPARE(model.rowCount(), 4);
    model.setStateShown(ReconcileState::LocalOnly, false);
    QCOMPARE(model.rowCount(), 3);

    // The sheet changed: the differing title is fixed, the row without a partner is gone.
    QVector<Record> edited = local.mid(0, 2);
    edited[1].setValue(m_schema->indexOf(QStringLiteral("title")), QStringLiteral("Roof deck"));
    model.setLocal(edited, {});
    QCOMPARE(reconciled.size(), 2);
    QCOMPARE(model.rowCount(), 3); // two the same, one vendor-only
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(row, column).data(ReconcileTableModel::DiffersRole).toBool());
    }
    model.setRecords({}, {}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::reconcileDetailModelThroughLines()
{
    ReconcileTableModel lines(*m_schema);
    ReconcileDetailModel detail(&lines);
    QAbstractItemModelTester tester(&detail,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(detail.rowCount(), 0);
    QCOMPARE(detail.columnCount(), int(ReconcileDetailModel::ColumnCount));
    const int title = m_schema->indexOf(QStringLiteral("title"));
    lines.setRecords(
            {record({{"number", QStringLiteral("WO-1")}, {"title", QStringLiteral("Roof")}}, 1,
                    QStringLiteral("101")),
             record({{"number", QStringLiteral("WO-2")}}, 2)},
            {record({{"number", QStringLiteral("WO-1")}, {"title", QStringLiteral("Roof deck")}}, 0,
                    QStringLiteral("101"))},
            {});
    QCOMPARE(lines.summary().differs, 1);
    QCOMPARE(lines.summary().localOnly, 1);

    // The differing pair: its differing field first, tinted, then the fields either side fills.
    detail.setEntry(&lines.entryAt(0));
    QCOMPARE(detail.rowCount(), 2); // title, then number
    QCOMPARE(detail.fieldAt(0), title);
    QCOMPARE(detail.index(0, ReconcileDetailModel::SheetColumn).data().toString(),
             QStringLiteral("Roof"));
    QCOMPARE(detail.index(0, ReconcileDetailModel::VendorColumn).data().toString(),
             QStringLiteral("Roof deck"));
    QVERIFY(detail.index(0, ReconcileDetailModel::VendorColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!detail.index(1, ReconcileDetailModel::VendorColumn)
                     .data(Qt::BackgroundRole)
                     .isValid());
    QCOMPARE(detail.index(1, 0).data(ReconcileDetailModel::FieldRole).toInt(),
             m_schema->indexOf(QStringLiteral("number")));

    // Another line replaces the rows (removed, then inserted: the tester checks both).
    QSignalSpy removed(&detail, &QAbstractItemModel::rowsRemoved);
    detail.setEntry(&lines.entryAt(1));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(detail.rowCount(), 1); // only its number is filled
    QVERIFY(detail.index(0, ReconcileDetailModel::VendorColumn).data().toString().isEmpty());

    // Paired again: the entries are new, the detail is set anew from them.
    lines.setLocal({}, {});
    detail.setEntry(lines.rowCount() > 0 ? &lines.entryAt(0) : nullptr);
    QCOMPARE(detail.rowCount(), 2); // the vendor's record, number and title
    detail.setEntry(nullptr);
    QCOMPARE(detail.rowCount(), 0);
    QCOMPARE(detail.fieldAt(0), -1);
    QCOMPARE(detail.headerData(ReconcileDetailModel::PushedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last pushed"));
}

void TestModels::pushPlanModelThroughPlans()
{
    using Action = PushService::Plan::Action;
    PushPlanModel plan;
    QAbstractItemModelTester tester(&plan, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(plan.rowCount(), 0);
    QCOMPARE(plan.columnCount(), int(PushPlanModel::Column::Count));
    plan.setPlan({{1, Action::Create, QString(), QString()},
                  {2, Action::Update, QStringLiteral("4711"), QString()},
                  {3, Action::Blocked, QString(), QStringLiteral("Title is required")},
                  {4, Action::Blocked, QString(), QString()}},
                 {{1, QStringLiteral("WO-1")}, {2, QStringLiteral("WO-2")}},
                 QStringLiteral("Procore"));
    QCOMPARE(plan.rowCount(), 4);
    const int key = int(PushPlanModel::Column::Key);
    const int detail = int(PushPlanModel::Column::Detail);
    QCOMPARE(plan.index(0, key).data().toString(), QStringLiteral("WO-1"));
    QCOMPARE(plan.index(2, key).data().toString(), QStringLiteral("(record 3)")); // no key known
    QCOMPARE(plan.index(0, detail).data().toString(), QStringLiteral("New in Procore"));
    QCOMPARE(plan.index(1, detail).data().toString(), QStringLiteral("Changes Procore id 4711"));
    QCOMPARE(plan.index(2, detail).data().toString(), QStringLiteral("Title is required"));
    QVERIFY(plan.index(3, detail).data().toString().startsWith(QStringLiteral("Has errors")));
    QCOMPARE(plan.index(1, key).data(PushPlanModel::ActionRole).toInt(), int(Action::Update));
    QCOMPARE(plan.index(1, key).data(PushPlanModel::RecordIdRole).toLongLong(), qint64(2));
    // Blocked rows are red except their key; the others keep the palette's colour.
    QVERIFY(plan.index(2, detail).data(Qt::ForegroundRole).isValid());
    QVERIFY(!plan.index(2, key).data(Qt::ForegroundRole).isValid());
    QVERIFY(!plan.index(0, detail).data(Qt::ForegroundRole).isValid());
    QCOMPARE(plan.headerData(key, Qt::Horizontal).toString(), QStringLiteral("Row"));

    QSignalSpy reset(&plan, &QAbstractItemModel::modelReset);
    plan.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(plan.rowCount(), 0);
    plan.setPlan({{5, Action::Create, QString(), QString()}}, {}, QStringLiteral("Intacct"));
    QCOMPARE(plan.rowCount(), 1);
    QCOMPARE(plan.index(0, detail).data().toString(), QStringLiteral("New in Intacct"));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
