// QBENCHMARK of reconciliation at 100,000 sheet rows against 100,000 Procore records: pairing
// and comparing every field of every pair.

#include "decimal.h"
#include "entityschema.h"
#include "reconciler.h"
#include "schemaregistry.h"

#include <QDate>
#include <QTest>

class BenchReconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reconcile();

private:
    const EntitySchema &schema() const
    {
        return *m_registry->find(QStringLiteral("procore.work_order_contract"));
    }

    std::optional<SchemaRegistry> m_registry;
    QVector<Record> m_local;
    QVector<Record> m_remote;
};

void BenchReconcile::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
    const EntitySchema &s = schema();
    auto field = [&](const char *path) { return s.indexOf(QString::fromLatin1(path)); };
    const int number = field("number");
    const int title = field("title");
    const int retainage = field("retainage_percent");
    const int originId = field("origin_id");
    const int idField = field("id");

    // The same contract as the sheet holds it and as Procore returns it: retainage "10" in the
    // sheet is "10.00" at Procore, dates are dates on both sides.
    auto contract = [&](int n, bool remote) {
        Record r(s.fieldCount());
        r.setValue(number, QStringLiteral("WO-%1").arg(n));
        r.setValue(title, QStringLiteral("Structural steel %1").arg(n % 977));
        r.setValue(field("vendor_id"), qint64(8000 + n % 50));
        r.setValue(field("status"), QStringLiteral("Approved"));
        r.setValue(field("accounting_method"), QStringLiteral("amount"));
        const qint64 percent = 5 + n % 6;
        r.setValue(retainage, QVariant::fromValue(remote ? *Decimal::fromParts(percent * 100, 2)
                                                         : Decimal::fromInteger(percent)));
        r.setValue(field("executed"), n % 2 == 0);
        r.setValue(field("private"), false);
        r.setValue(field("contract_date"), QDate(2026, 1, 1).addDays(n % 700));
        r.setValue(field("contract_start_date"), QDate(2026, 2, 1).addDays(n % 700));
        r.setValue(field("description"), QStringLiteral("Per drawings and specifications"));
        r.setValue(field("project_id"), qint64(562949953421612));
        return r;
    };

    // Per hundred rows: 90 paired by Procore id, 5 by origin_id only, 2 offered by number
    // (created in Procore's screens: no origin_id), 1 whose number two Procore records carry
    // (ambiguous), 1 never pushed and 1 pushed but deleted in Procore (local-only); per hundred
    // records, those and 1 made in Procore that the sheet lacks (remote-only).
    const int rows = 100000;
    m_local.reserve(rows);
    m_remote.reserve(rows);
    int matched = 0;
    for (int n = 0; n < rows; ++n) {
        const int kind = n % 100;
        const QString procoreId = QString::number(1000000 + n);
        const QString key = QStringLiteral("ERP-%1").arg(n);
        Record local = contract(n, false);
        local.setId(n + 1);
        Record remote = contract(n, true);
        remote.setRemoteId(procoreId);
        remote.setValue(idField, procoreId.toLongLong());
        if (kind < 95) {
            if (kind < 90)
                local.setRemoteId(procoreId);
            local.setValue(originId, key);
            remote.setSyncKey(key);
            remote.setValue(originId, key);
        } else if (kind == 97) {
            local.setValue(number, QStringLiteral("WO-TWICE-%1").arg(n));
            remote.setValue(number, QStringLiteral("WO-TWICE-%1").arg(n));
        } else if (kind == 98) {
            local.setValue(number, QStringLiteral("WO-NEW-%1").arg(n));
            local.setValue(title, QStringLiteral("New scope %1").arg(n));
            remote = m_remote.constLast(); // the second record numbered WO-TWICE-(n - 1)
            remote.setRemoteId(procoreId);
            remote.setValue(idField, procoreId.toLongLong());
        } else if (kind == 99) {
            local.setRemoteId(QString::number(9000000 + n));
            local.setValue(number, QStringLiteral("WO-GONE-%1").arg(n));
            local.setValue(title, QStringLiteral("Deleted scope %1").arg(n));
            remote.setValue(number, QStringLiteral("WO-PROCORE-%1").arg(n));
            remote.setValue(title, QStringLiteral("Procore only %1").arg(n));
        }
        if (kind < 97 && ++matched % 33 == 0) // 3 % of the pairs differ in one field
            remote.setValue(title, QStringLiteral("Renamed in Procore"));
        m_local.append(local);
        m_remote.append(remote);
    }
}

void BenchReconcile::reconcile()
{
    const Reconciler reconciler(schema());
    const Reconciler::Options options;
    QVector<ReconcileEntry> entries;
    QBENCHMARK
    {
        entries = reconciler.reconcile(m_local, m_remote, options);
    }
    const ReconcileSummary summary = Reconciler::summarize(entries);
    QCOMPARE(summary.ambiguous, 1000);
    QCOMPARE(summary.localOnly, 2000);
    QCOMPARE(summary.remoteOnly, 1000);
    QCOMPARE(summary.same + summary.differs, 97000);
    QCOMPARE(summary.offered, 2000);
    QVERIFY(summary.differs >= 2900 && summary.differs <= 3000);
}

QTEST_GUILESS_MAIN(BenchReconcile)
#include "tst_benchreconcile.moc"
