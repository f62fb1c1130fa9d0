#include "decimal.h"
#include "entityschema.h"
#include "recordfilterproxymodel.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestRecordTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void passesModelTester();
    void editsArePersistedBeforeTheyAreAcknowledged();
    void undoAndRedoArePersisted();
    void unreadableInputIsKeptAndFlagged();
    void readOnlyFieldsRefuseEdits();
    void sortsNumbersAsNumbers();
    void sortsDatesByDayWithEmptyLast();
    void sheetOrderIsFreeWhenNothingMoves();

private:
    QVector<Record> reload() const;
    int column(const QString &path) const { return m_schema->indexOf(path); }

    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    const EntitySchema *m_schema = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undo = nullptr;
    RecordTableModel *m_model = nullptr;
    int m_case = 0;
};

void TestRecordTableModel::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
    m_schema = m_registry->find(QStringLiteral("procore.work_order_contract"));
    QVERIFY(m_schema);
}

void TestRecordTableModel::init()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("t%1.cdw").arg(++m_case)),
                              Workspace::OpenMode::CreateIfMissing);
    QVERIFY2(ws, qPrintable(ws.error()));
    m_workspace = std::move(ws).value();
    QVector<Record> records;
    const QStringList numbers = {"WO-010", "WO-002", "WO-100"};
    const QStringList amounts = {"9.50", "100", "25"};
    for (int i = 0; i < numbers.size(); ++i) {
        Record r(m_schema->fieldCount());
        r.setValue(column("number"), numbers.at(i));
        r.setValue(column("retainage_percent"),
                   QVariant::fromValue(*Decimal::fromString(amounts.at(i))));
        records.append(r);
    }
    QVERIFY(m_workspace->insertRecords(*m_schema, records));
    m_undo = new QUndoStack(this);
    m_model = new RecordTableModel(*m_schema, m_workspace.get(), this);
    m_model->setUndoStack(m_undo);
    m_model->setRecords(records);
}

void TestRecordTableModel::cleanup()
{
    delete m_model;
    delete m_undo;
    m_workspace.reset();
}

QVector<Record> TestRecordTableModel::reload() const
{
    auto ws = Workspace::open(m_workspace->path(), Workspace::OpenMode::OpenExisting);
    return ws ? ws.value()->loadRecords(*m_schema).value() : QVector<Record>();
}

void TestRecordTableModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column("number"));
    proxy.setFilterText(QStringLiteral("wo-0"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), m_model->rowCount());
    proxy.setFilterText(QStringLiteral("WO-0"));
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(m_model->setData(m_model->index(0, column("title")), QStringLiteral("Lobby")));
}

void TestRecordTableModel::editsArePersistedBeforeTheyAreAcknowledged()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = m_model->index(1, column("title"));
    QVERIFY(m_model->setData(cell, QStringLiteral("Drywall package")));
    QCOMPARE(changed.size(), 1);
    // Another connection sees the edit at once: it was committed before setData returned.
    const QVector<Record> onDisk = reload();
    QCOMPARE(onDisk.at(1).value(column("title")).toString(), QStringLiteral("Drywall package"));
    QCOMPARE(cell.data().toString(), QStringLiteral("Drywall package"));
}

void TestRecordTableModel::undoAndRedoArePersisted()
{
    const QModelIndex cell = m_model->index(0, column("retainage_percent"));
    QVERIFY(m_model->setData(cell, QStringLiteral("10.00")));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(reload().at(0).value(column("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("10.00"));
    m_undo->undo();
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("9.50"));
    QCOMPARE(reload().at(0).value(column("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("9.50"));
    m_undo->redo();
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("10.00"));
    QCOMPARE(reload().at(0).value(column("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("10.00"));
    // Writing the same value again is no edit at all.
    QVERIFY(m_model->setData(cell, QStringLiteral("10.00")));
    QCOMPARE(m_undo->count(), 1);
}

void TestRecordTableModel::unreadableInputIsKeptAndFlagged()
{
    const QModelIndex cell = m_model->index(2, column("contract_date"));
    QVERIFY(m_model->setData(cell, QStringLiteral("31/02/2026")));
    QCOMPARE(cell.data(RecordTableModel::UnreadableRole).toBool(), true);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("31/02/2026")));
    const Record stored = reload().at(2);
    QVERIFY(ValueCodec::isRaw(stored.value(column("contract_date"))));
    QCOMPARE(ValueCodec::toText(m_schema->field(column("contract_date")),
                                stored.value(column("contract_date"))),
             QStringLiteral("31/02/2026"));
}

void TestRecordTableModel::readOnlyFieldsRefuseEdits()
{
    // Every field flagged read-only in any schema is not editable in the table.
    for (const EntitySchema &schema : m_registry->schemas()) {
        RecordTableModel model(schema, nullptr);
        Record r(schema.fieldCount());
        model.setRecords({r});
        for (int c = 0; c < schema.fieldCount(); ++c) {
            const bool editable = model.flags(model.index(0, c)) & Qt::ItemIsEditable;
            QCOMPARE(editable, !schema.field(c).readOnly);
        }
    }
}

void TestRecordTableModel::sortsNumbersAsNumbers()
{
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.sort(column("retainage_percent"), Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order.append(proxy.index(r, column("retainage_percent")).data(Qt::EditRole).toString());
    QCOMPARE(order, QStringList({"9.50", "25", "100"}));
    // Descending, then back to the sheet's own order; edits still reach the right record.
    proxy.sort(column("retainage_percent"), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, column("number")).data().toString(), QStringLiteral("WO-002"));
    QVERIFY(proxy.setData(proxy.index(0, column("title")), QStringLiteral("Largest")));
    proxy.sort(-1);
    QStringList numbers;
    for (int r = 0; r < proxy.rowCount(); ++r)
        numbers.append(proxy.index(r, column("number")).data().toString());
    QCOMPARE(numbers, QStringList({"WO-010", "WO-002", "WO-100"}));
    QCOMPARE(reload().at(1).value(column("title")).toString(), QStringLiteral("Largest"));
}

void TestRecordTableModel::sortsDatesByDayWithEmptyLast()
{
    const int date = column("contract_date");
    QVERIFY(m_model->setData(m_model->index(0, date), QStringLiteral("2026-03-01")));
    QVERIFY(m_model->setData(m_model->index(1, date), QString()));
    QVERIFY(m_model->setData(m_model->index(2, date), QStringLiteral("2025-12-31")));
    const auto numbers = [this] {
        QStringList list;
        for (int r = 0; r < m_model->rowCount(); ++r)
            list.append(m_model->index(r, column("number")).data().toString());
        return list;
    };
    m_model->sort(date, Qt::AscendingOrder);
    QCOMPARE(numbers(), QStringList({"WO-100", "WO-010", "WO-002"}));
    // The empty cell stays last when the order turns, as it does for text and money.
    m_model->sort(date, Qt::DescendingOrder);
    QCOMPARE(numbers(), QStringList({"WO-010", "WO-100", "WO-002"}));
}

void TestRecordTableModel::sheetOrderIsFreeWhenNothingMoves()
{
    auto numbers = [this] {
        QStringList list;
        for (int r = 0; r < m_model->rowCount(); ++r)
            list.append(m_model->index(r, column("number")).data().toString());
        return list;
    };
    QSignalSpy layouts(m_model, &QAbstractItemModel::layoutChanged);
    // A sheet just loaded is in sheet order: "unsorted" moves nothing and tells no view.
    m_model->sort(-1);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(numbers(), QStringList({"WO-010", "WO-002", "WO-100"}));
    // Sorted by a column, "unsorted" puts the rows back in sheet order.
    m_model->sort(column("number"), Qt::DescendingOrder);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(numbers(), QStringList({"WO-100", "WO-010", "WO-002"}));
    m_model->sort(-1);
    QCOMPARE(layouts.count(), 2);
    QCOMPARE(numbers(), QStringList({"WO-010", "WO-002", "WO-100"}));
    QCOMPARE(m_model->rowOfRecord(m_model->records().at(2).id()), 2);
}

QTEST_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
