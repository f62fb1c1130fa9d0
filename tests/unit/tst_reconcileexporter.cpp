// A reconciliation written for scripts and people: the diff JSON contract, the text lines, the
// CSV (a line per differing field, with what was last pushed) and the workbook (a sheet per
// state, each field as sheet | vendor columns).

#include "reconcileexporter.h"
#include "reconciler.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "xlsxreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestReconcileExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEveryFormat();

private:
    std::optional<SchemaRegistry> m_registry;
    QTemporaryDir m_dir;
};

void TestReconcileExporter::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

void TestReconcileExporter::writesEveryFormat()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    auto set = [&](Record &r, const char *path, const QString &text) {
        const int f = schema.indexOf(QString::fromLatin1(path));
        r.setValue(f, ValueCodec::fromText(schema.field(f), text).value);
    };
    auto row = [&](qint64 id, const QString &number, const QString &title,
                   const QString &remoteId) {
        Record r(schema.fieldCount());
        r.setId(id);
        r.setRemoteId(remoteId);
        set(r, "number", number);
        set(r, "title", title);
        set(r, "retainage_percent", QStringLiteral("10.00"));
        return r;
    };
    const QVector<Record> local = {
            row(1, QStringLiteral("WO-1"), QStringLiteral("Steel"), QStringLiteral("501")),
            row(2, QStringLiteral("WO-2"), QStringLiteral("Glass"), QStringLiteral("502")),
            row(3, QStringLiteral("WO-3"), QStringLiteral("Paint"), {})};
    QVector<Record> remote = {
            row(0, QStringLiteral("WO-1"), QStringLiteral("Steel frame"), QStringLiteral("501")),
            row(0, QStringLiteral("WO-2"), QStringLiteral("Glass"), QStringLiteral("502")),
            row(0, QStringLiteral("WO-9"), QStringLiteral("Roof"), QStringLiteral("509"))};
    set(remote[1], "retainage_percent", QStringLiteral("10")); // the same number
    QHash<qint64, Record> pushed;
    pushed.insert(1, row(1, QStringLiteral("WO-1"), QStringLiteral("Steel"), {}));
    const QVector<ReconcileEntry> entries =
            Reconciler(schema).reconcile(local, remote, Reconciler::Options());
    const ReconcileExporter exporter(schema, local, remote, entries, pushed);

    const QJsonArray json = QJsonDocument::fromJson(exporter.toJson()).array();
    QCOMPARE(json.size(), 3); // WO-2 is the same: not reported
    const QJsonObject differs = json.at(0).toObject();
    QCOMPARE(differs.value(QStringLiteral("key")).toString(), QStringLiteral("WO-1"));
    QCOMPARE(differs.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
    QCOMPARE(differs.value(QStringLiteral("fields")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("title")},
                                     {QStringLiteral("local"), QStringLiteral("Steel")},
                                     {QStringLiteral("remote"), QStringLiteral("Steel frame")}}}));
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("local_only"));
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("WO-3"));
    QCOMPARE(json.at(2).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("remote_only"));
    QCOMPARE(json.at(2).toObject().value(QStringLiteral("remoteId")).toString(),
             QStringLiteral("509"));

    QCOMPARE(exporter.toText(),
             QStringLiteral("differs\tWO-1\tvendor id\n    title: Steel | Steel frame\n"
                            "local_only\tWO-3\nremote_only\tWO-9\n"));

    const QList<QByteArray> csv = exporter.toCsv().split('\n');
    QCOMPARE(csv.at(0).trimmed(),
             QByteArray("Key,Status,Matched by,Field,In the sheet,At the vendor,Last pushed"));
    QCOMPARE(csv.at(1).trimmed(),
             QByteArray("WO-1,differs,vendor id,title,Steel,Steel frame,Steel"));
    QCOMPARE(csv.at(2).trimmed(), QByteArray("WO-3,local_only,,,,,"));
    QCOMPARE(csv.at(3).trimmed(), QByteArray("WO-9,remote_only,,,,,"));

    const QString path = m_dir.filePath(QStringLiteral("reconcile.xlsx"));
    QVERIFY(exporter.toXlsx(path));
    const auto sheets = XlsxReader().sheets(path);
    QVERIFY(sheets);
    QStringList names;
    for (const auto &s : sheets.value())
        names.append(s.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Differs"), QStringLiteral("Only in the sheet"),
                                 QStringLiteral("Only at the vendor"), QStringLiteral("Ambiguous"),
                                 QStringLiteral("Same")}));
    const auto differsSheet = XlsxReader().readSheet(path, QStringLiteral("Differs"));
    QVERIFY2(differsSheet, qPrintable(differsSheet.error()));
    QCOMPARE(differsSheet->rows.size(), 2);
    const QStringList header = differsSheet->rows.at(0);
    const int sheetTitle = int(header.indexOf(QStringLiteral("title (sheet)")));
    QVERIFY(sheetTitle > 0);
    QCOMPARE(header.at(sheetTitle + 1), QStringLiteral("title (vendor)"));
    QCOMPARE(differsSheet->rows.at(1).at(0), QStringLiteral("WO-1"));
    QCOMPARE(differsSheet->rows.at(1).at(sheetTitle), QStringLiteral("Steel"));
    QCOMPARE(differsSheet->rows.at(1).at(sheetTitle + 1), QStringLiteral("Steel frame"));
    const auto same = XlsxReader().readSheet(path, QStringLiteral("Same"));
    QCOMPARE(same->rows.size(), 2);
    QCOMPARE(same->rows.at(1).at(0), QStringLiteral("WO-2"));
    QVERIFY(!header.contains(QStringLiteral("id (sheet)"))); // the vendor's id is not compared
}

QTEST_GUILESS_MAIN(TestReconcileExporter)
#include "tst_reconcileexporter.moc"
