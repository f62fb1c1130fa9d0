// Reconciliation end to end through contractdesk-cli, for every target, against the vendor
// stand-ins in this process: import the demo rows, push them, pull and diff (nothing differs:
// no false difference from how a vendor writes numbers or dates), then change a value on the
// vendor's side, reformat another without changing it, add a record in the vendor's own
// screens, pull and diff again and find exactly those two entries and nothing else.

#include "clirunner.h"
#include "mockvendorserver.h"
#include "schemaregistry.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCliReconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushChangePullDiff_data();
    void pushChangePullDiff();
    void diffWithoutPullSaysSo();

private:
    QTemporaryDir m_dir; // before cli, which keeps its settings in it
    using Run = CliRunner::Run;
    CliRunner cli{QStringLiteral(CLI_EXE), m_dir.filePath(QStringLiteral("config"))};

    std::optional<SchemaRegistry> m_registry;
};

void TestCliReconcile::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

namespace {

QJsonValue at(const QJsonObject &object, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonValue v = object;
    for (const QString &part : parts)
        v = v.toObject().value(part);
    return v;
}

QString asText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

} // namespace

void TestCliReconcile::pushChangePullDiff_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("profile");
    QTest::addColumn<QString>("changed");      // a field changed at the vendor
    QTest::addColumn<QString>("reformatted");  // a field written differently, same value
    QTest::addColumn<QJsonValue>("sameValue"); // how
    QTest::addColumn<QJsonObject>("remoteOnly");

    const QStringList oauth = {QStringLiteral("--client-id"), QStringLiteral("cd-client")};
    const QStringList procore =
            oauth + QStringList{QStringLiteral("--company-id"), QStringLiteral("4264")};
    const QStringList primavera = {QStringLiteral("--username"), QStringLiteral("planner")};
    const QStringList intacct =
            oauth + QStringList{QStringLiteral("--username"), QStringLiteral("planner")};
    const qint64 project = 562949953421612;
    QTest::newRow("procore work order contracts")
            << QStringLiteral("procore.work_order_contract") << procore << QStringLiteral("title")
            << QStringLiteral("retainage_percent") << QJsonValue(QStringLiteral("10"))
            << QJsonObject{{QStringLiteral("number"), QStringLiteral("WO-9001")},
                           {QStringLiteral("title"), QStringLiteral("Made in Procore")},
                           {QStringLiteral("project_id"), project}};
    QTest::newRow("procore potential change orders")
            << QStringLiteral("procore.potential_change_order") << procore
            << QStringLiteral("title") << QStringLiteral("due_date")
            << QJsonValue(QJsonValue::Undefined)
            << QJsonObject{{QStringLiteral("number"), QStringLiteral("PCO-901")},
                           {QStringLiteral("title"), QStringLiteral("Made in Procore")},
                           {QStringLiteral("project_id"), project},
                           {QStringLiteral("contract_id"), 774120}};
    QTest::newRow("primavera commitments")
            << QStringLiteral("primavera.commitment") << primavera << QStringLiteral("name")
            << QStringLiteral("startDate")
            << QJsonValue(QStringLiteral("2026-03-02T01:00:00+01:00"))
            << QJsonObject{{QStringLiteral("itemCode"), QStringLiteral("CMT-901")},
                           {QStringLiteral("name"), QStringLiteral("Made in Primavera")},
                           {QStringLiteral("projectId"), 40021}};
    QTest::newRow("primavera change orders")
            << QStringLiteral("primavera.change_order") << primavera << QStringLiteral("name")
            << QStringLiteral("changeOrderCost.changeValue") << QJsonValue(42850)
            << QJsonObject{{QStringLiteral("itemCode"), QStringLiteral("CO-901")},
                           {QStringLiteral("name"), QStringLiteral("Made in Primavera")},
                           {QStringLiteral("projectId"), 40021}};
    QTest::newRow("intacct project contracts")
            << QStringLiteral("intacct.project_contract") << intacct << QStringLiteral("name")
            << QStringLiteral("summary.totalPrice") << QJsonValue(QStringLiteral("125000.00"))
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("NEW-01")},
                           {QStringLiteral("name"), QStringLiteral("Made in Intacct")},
                           {QStringLiteral("project"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("DIM - NWF")}}}};
}

void TestCliReconcile::pushChangePullDiff()
{
    QFETCH(QString, target);
    QFETCH(QStringList, profile);
    QFETCH(QString, changed);
    QFETCH(QString, reformatted);
    QFETCH(QJsonValue, sameValue);
    QFETCH(QJsonObject, remoteOnly);
    const EntitySchema &schema = *m_registry->find(target);
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    const QString workspace = m_dir.filePath(target + QStringLiteral(".cdw"));
    const QString name = QString(target).replace(QLatin1Char('.'), QLatin1Char('-'));
    QCOMPARE(
            cli({QStringLiteral("import"),
                 QStringLiteral(CD_SOURCE_DIR "/resources/demo/") + target + QStringLiteral(".csv"),
                 QStringLiteral("--target"), target, QStringLiteral("--workspace"), workspace})
                    .exitCode,
            0);
    Run run = cli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), name,
                              QStringLiteral("--vendor"), schema.vendor(),
                              QStringLiteral("--base-url"), server.baseUrl().toString(),
                              QStringLiteral("--secret-env"), QStringLiteral("CD_TEST_SECRET")} +
                          profile,
                  server.secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList where = {QStringLiteral("--workspace"), workspace, QStringLiteral("--target"),
                               target};
    const QStringList through = {QStringLiteral("--profile"), name};
    run = cli(QStringList{QStringLiteral("push")} + where + through);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const int pushed = server.createCount();
    QVERIFY(pushed >= 2);

    // Right after a push the vendor holds exactly the sheet.
    run = cli(QStringList{QStringLiteral("pull")} + where + through);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("%1 records read").arg(pushed)), qPrintable(run.out));
    const QStringList diff = QStringList{QStringLiteral("diff")} + where +
                             QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    run = cli(diff);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(), QJsonArray());

    // The vendor's side changes: one value, one value written differently, one new record.
    const MockVendorServer::Stored first = server.records().at(0);
    const QString display = schema.displayPath();
    const QString key = asText(at(first.fields, display));
    const QString before = asText(at(first.fields, changed));
    QVERIFY(server.setRemoteField(first.remoteId, changed,
                                  QStringLiteral("Changed at the vendor")));
    if (!sameValue.isUndefined())
        QVERIFY(server.setRemoteField(first.remoteId, reformatted, sameValue));
    server.addRemoteOnly(remoteOnly);

    run = cli(QStringList{QStringLiteral("pull")} + where + through);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    run = cli(diff);
    QCOMPARE(run.exitCode, 1);
    const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY2(entries.size() == 2, qPrintable(run.out));
    const QJsonObject differs = entries.at(0).toObject();
    QCOMPARE(differs.value(QStringLiteral("key")).toString(), key);
    QCOMPARE(differs.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
    QCOMPARE(differs.value(QStringLiteral("fields")).toArray(),
             (QJsonArray{QJsonObject{
                     {QStringLiteral("field"), changed},
                     {QStringLiteral("local"), before},
                     {QStringLiteral("remote"), QStringLiteral("Changed at the vendor")}}}));
    const QJsonObject only = entries.at(1).toObject();
    QCOMPARE(only.value(QStringLiteral("status")).toString(), QStringLiteral("remote_only"));
    QCOMPARE(only.value(QStringLiteral("key")).toString(), asText(at(remoteOnly, display)));
    QCOMPARE(only.value(QStringLiteral("fields")).toArray(), QJsonArray());

    // The text form says the same for people.
    run = cli(QStringList{QStringLiteral("diff")} + where);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("differs\t") + key), qPrintable(run.out));
    QVERIFY(run.out.contains(
            QStringLiteral("    %1: %2 | Changed at the vendor").arg(changed, before)));
    QVERIFY(run.err.contains(
            QStringLiteral("1 differ, 0 only in the sheet, 1 only at the vendor")));

    // And as files: a line per difference in CSV, a sheet per state in a workbook.
    const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
    const QString xlsx = m_dir.filePath(name + QStringLiteral(".xlsx"));
    QCOMPARE(cli(QStringList{QStringLiteral("diff")} + where +
                 QStringList{QStringLiteral("--out"), csv})
                     .exitCode,
             1);
    QCOMPARE(cli(QStringList{QStringLiteral("diff")} + where +
                 QStringList{QStringLiteral("--out"), xlsx})
                     .exitCode,
             1);
    QFile lines(csv);
    QVERIFY(lines.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = lines.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(1).startsWith(key.toUtf8() + ",differs,vendor id," + changed.toUtf8()),
             rows.at(1).constData());
    QVERIFY(QFileInfo(xlsx).size() > 0);
    QVERIFY2(server.violations().isEmpty(),
             qPrintable(server.violations().join(QLatin1Char('\n'))));
    QCOMPARE(server.createCount(), pushed);
}

void TestCliReconcile::diffWithoutPullSaysSo()
{
    const QString workspace = m_dir.filePath(QStringLiteral("never-pulled.cdw"));
    QCOMPARE(cli({QStringLiteral("import"),
                  QStringLiteral(CD_SOURCE_DIR "/resources/demo/procore.work_order_contract.csv"),
                  QStringLiteral("--target"), QStringLiteral("procore.work_order_contract"),
                  QStringLiteral("--workspace"), workspace})
                     .exitCode,
             0);
    const Run run =
            cli({QStringLiteral("diff"), QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--target"), QStringLiteral("procore.work_order_contract")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("run contractdesk-cli pull first")),
             qPrintable(run.err));
}

QTEST_MAIN(TestCliReconcile)
#include "tst_clireconcile.moc"
