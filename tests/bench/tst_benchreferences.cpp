// QBENCHMARK of reference resolution: 100,000 sheet rows naming vendors by name, id, ERP code,
// near names and unknown names, resolved against 20,000 company vendors (the index is built in
// the timing too, as a resolve after a refresh builds it).

#include "referenceindex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

class BenchReferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolve();

private:
    QVector<ReferenceRecord> m_vendors;
    QStringList m_cells;
    int m_expectedExact = 0;
};

void BenchReferences::initTestCase()
{
    static const char *const trades[] = {"Concrete", "Steel",   "Electric", "Plumbing", "Roofing",
                                         "Drywall",  "Glazing", "Paving",   "Masonry",  "HVAC"};
    static const char *const forms[] = {"Inc.", "LLC", "Co.", "Ltd", "Corp."};
    QRandomGenerator random(20261202);
    for (int i = 0; i < 20000; ++i) {
        ReferenceRecord r;
        r.id = QString::number(562949953421312 + i);
        r.name = QStringLiteral("%1 %2 %3 %4")
                         .arg(QStringLiteral("Vendor%1")
                                      .arg(i * 7919 % 100003, 5, 36, QLatin1Char('0')),
                              QLatin1String(trades[i % 10]), QStringLiteral("Group%1").arg(i % 97),
                              QLatin1String(forms[i % 5]));
        r.originCode = QStringLiteral("V-%1").arg(i, 5, 10, QLatin1Char('0'));
        r.active = i % 50 != 0;
        m_vendors.append(r);
    }
    // 100,000 cells: 60% names as exported (other case and spacing), 15% ids, 15% ERP codes,
    // 5% near names (a letter dropped), 5% unknown names.
    for (int row = 0; row < 100000; ++row) {
        const int v = int(random.bounded(20000));
        const int kind = int(random.bounded(100));
        const ReferenceRecord &r = m_vendors.at(v);
        if (kind < 60)
            m_cells.append(r.name.toUpper().replace(QLatin1Char(' '), QStringLiteral("  ")));
        else if (kind < 75)
            m_cells.append(r.id);
        else if (kind < 90)
            m_cells.append(r.originCode);
        else if (kind < 95)
            m_cells.append(QString(r.name).remove(3, 1));
        else
            m_cells.append(QStringLiteral("Unknown Subcontractor %1").arg(row));
        if (kind < 90 && r.active)
            ++m_expectedExact;
    }
}

void BenchReferences::resolve()
{
    int exact = 0;
    QBENCHMARK
    {
        const ReferenceIndex index(m_vendors);
        QHash<QString, ReferenceResolution> seen; // each distinct value is resolved once
        exact = 0;
        for (const QString &cell : std::as_const(m_cells)) {
            auto it = seen.find(cell);
            if (it == seen.end())
                it = seen.insert(cell, index.resolve(cell));
            exact += it->outcome == ReferenceResolution::Outcome::Exact;
        }
    }
    QCOMPARE(exact, m_expectedExact);
}

QTEST_GUILESS_MAIN(BenchReferences)
#include "tst_benchreferences.moc"
