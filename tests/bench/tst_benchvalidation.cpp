// QBENCHMARKs of validation at 100,000 rows: a full pass (on load) and one edit's re-check.

#include "decimal.h"
#include "entityschema.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "sheetvalidation.h"

#include <QDate>
#include <QTest>

class BenchValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullPass();
    void oneEdit();
    void oneEditThroughTheModel();

private:
    const EntitySchema &schema() const
    {
        return *m_registry->find(QStringLiteral("procore.work_order_contract"));
    }

    std::optional<SchemaRegistry> m_registry;
    QVector<Record> m_records;
};

void BenchValidation::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
    const EntitySchema &s = schema();
    auto field = [&](const char *path) { return s.indexOf(QString::fromLatin1(path)); };
    // The eleven columns of the import benchmark; one row in a hundred with a problem.
    for (int i = 0; i < 100000; ++i) {
        Record r(s.fieldCount());
        r.setId(i + 1);
        r.setValue(field("number"), QStringLiteral("WO-%1").arg(i % 99 == 0 ? 7 : i));
        r.setValue(field("title"), QStringLiteral("Structural steel %1").arg(i % 977));
        r.setValue(field("vendor_id"), qint64(8000 + i % 50));
        r.setValue(field("status"),
                   i % 101 == 0 ? QStringLiteral("Nearly") : QStringLiteral("Approved"));
        r.setValue(field("contract_date"), QDate(2026, 1, 1).addDays(i % 700));
        r.setValue(field("contract_start_date"), QDate(2026, 2, 1).addDays(i % 700));
        r.setValue(field("retainage_percent"),
                   QVariant::fromValue(*Decimal::fromParts((i * 31) % 2001, 2)));
        r.setValue(field("executed"), i % 2 == 0);
        r.setValue(field("description"), QStringLiteral("Per drawings and specifications"));
        r.setValue(field("origin_id"), QStringLiteral("ERP-%1").arg(i));
        if (i % 103 != 0)
            r.setValue(field("project_id"), qint64(562949953421612));
        m_records.append(r);
    }
}

void BenchValidation::fullPass()
{
    SheetValidation validation(schema());
    QBENCHMARK
    {
        validation.reset(m_records);
    }
    QVERIFY(validation.errorCount() > 0);
}

void BenchValidation::oneEdit()
{
    SheetValidation validation(schema());
    validation.reset(m_records);
    const int number = schema().indexOf(QStringLiteral("number"));
    Record before = m_records.at(500);
    Record after = before;
    after.setValue(number, QStringLiteral("WO-7")); // now a duplicate, then not again
    QBENCHMARK
    {
        validation.update(before, after);
        std::swap(before, after);
    }
    QVERIFY(validation.errorCount() > 0);
}

void BenchValidation::oneEditThroughTheModel()
{
    // What a typed cell costs the table: convert, re-check, signal (no store, no view).
    RecordTableModel model(schema(), nullptr);
    model.setRecords(m_records);
    const QModelIndex cell = model.index(500, schema().indexOf(QStringLiteral("number")));
    const QString values[] = {QStringLiteral("WO-7"), QStringLiteral("WO-500")};
    int i = 0;
    QBENCHMARK
    {
        model.setData(cell, values[i++ % 2]);
    }
    QVERIFY(model.validation().errorCount() > 0);
}

QTEST_MAIN(BenchValidation)
#include "tst_benchvalidation.moc"
