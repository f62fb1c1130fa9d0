// QBENCHMARKs of the table at 100,000 rows: sorting through the view's proxy.

#include "decimal.h"
#include "entityschema.h"
#include "recordfilterproxymodel.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"

#include <QDate>
#include <QTest>

class BenchTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortByColumn_data();
    void sortByColumn();

private:
    std::optional<SchemaRegistry> m_registry;
    QVector<Record> m_records;
};

void BenchTable::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
    const EntitySchema &s = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    for (int i = 0; i < 100000; ++i) {
        Record r(s.fieldCount());
        r.setId(i + 1);
        r.setValue(s.indexOf(QStringLiteral("number")),
                   QStringLiteral("WO-%1").arg((i * 7919) % 100000));
        r.setValue(s.indexOf(QStringLiteral("title")), QStringLiteral("Title %1").arg(i % 977));
        r.setValue(s.indexOf(QStringLiteral("retainage_percent")),
                   QVariant::fromValue(*Decimal::fromParts((i * 31) % 2001, 2)));
        r.setValue(s.indexOf(QStringLiteral("contract_date")), QDate(2026, 1, 1).addDays(i % 700));
        m_records.append(r);
    }
}

void BenchTable::sortByColumn_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("text (number)") << "number";
    QTest::newRow("decimal") << "retainage_percent";
    QTest::newRow("date") << "contract_date";
}

void BenchTable::sortByColumn()
{
    QFETCH(QString, field);
    const EntitySchema &s = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    RecordTableModel model(s, nullptr);
    model.setRecords(m_records);
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK
    {
        proxy.sort(s.indexOf(field), order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    QCOMPARE(proxy.rowCount(), 100000);
}

QTEST_APPLESS_MAIN(BenchTable)
#include "tst_benchtable.moc"
