// A push from a real workspace file to a vendor stand-in: rows with errors stay home, rows
// without a key get one saved before anything is sent, and every settled request's results
// (remote ids, sync states, history) are in the file — read back through a second connection.

#include "mockvendorserver.h"
#include "pushservice.h"
#include "schemaregistry.h"
#include "translationloader.h"
#include "valuecodec.h"
#include "workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPushService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushCommitsEveryResultAndKeepsKeys();

private:
    std::optional<SchemaRegistry> m_registry;
    QTemporaryDir m_dir;
};

void TestPushService::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
    TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPushService::pushCommitsEveryResultAndKeepsKeys()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    const QString file = m_dir.filePath(QStringLiteral("push.cdw"));
    auto opened = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    Workspace &workspace = *opened.value();
    const int number = schema.indexOf(QStringLiteral("number"));
    const int project = schema.indexOf(QStringLiteral("project_id"));
    const int origin = schema.indexOf(QStringLiteral("origin_id"));
    const int title = schema.indexOf(QStringLiteral("title"));
    QVector<Record> records;
    for (int n = 0; n < 300; ++n) {
        Record r(schema.fieldCount());
        r.setValue(number, QStringLiteral("WO-%1").arg(n));
        r.setValue(title, n == 5 ? QStringLiteral("REFUSE") : QStringLiteral("Title %1").arg(n));
        if (n % 50 != 3)
            r.setValue(project, qint64(42)); // rows 3, 53, ...: no project, an error
        if (n % 2 == 0)
            r.setValue(origin, QStringLiteral("ERP-%1").arg(n));
        records.append(r);
    }
    QVERIFY(workspace.insertRecords(schema, records));

    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.refuseField = QStringLiteral("title");
    server.refuseValue = QStringLiteral("REFUSE");
    server.queueFaults({MockVendorServer::Fault::DropAfterCommit});
    QNetworkAccessManager network;
    PushService push(workspace, schema, &network);
    ProtocolOptions options;
    options.batchSize = 40;
    auto plan = push.plan(workspace.loadRecords(schema).value(), options);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->blocked.size(), 6);
    QCOMPARE(plan->creates, 294);
    QCOMPARE(plan->updates, 0);
    QCOMPARE(plan->requests.size(), 8); // 294 rows in batches of 40

    // The plan writes nothing: the keys it gave are saved when the push starts.
    int plannedKeys = 0;
    for (const Record &r : plan->keyed)
        plannedKeys += r.value(origin).toString().startsWith(QLatin1String("CD-"));
    QCOMPARE(plannedKeys, 144); // the 150 rows without one, less the 6 blocked
    const QVector<Record> unkeyed = workspace.loadRecords(schema).value();
    for (const Record &r : unkeyed)
        QVERIFY(!r.value(origin).toString().startsWith(QLatin1String("CD-")));

    SyncEngine::Settings settings;
    settings.baseUrl = server.baseUrl();
    settings.headers = {{"Authorization", "Bearer test-token"}, {"Procore-Company-Id", "4264"}};
    settings.backoffMs = 10;
    QVector<SyncLogEntry> log;
    connect(&push, &PushService::committed, this,
            [&](const QVector<SyncLogEntry> &entries) { log += entries; });
    QSignalSpy finished(&push, &PushService::finished);
    QVERIFY(push.start(plan.value(), settings, QStringLiteral("stand-in")));
    // The generated keys are in the file before anything was sent.
    QStringList keys;
    const QVector<Record> keyed = workspace.loadRecords(schema).value();
    for (const Record &r : keyed) {
        if (r.value(project).isValid())
            QVERIFY(!r.value(origin).toString().isEmpty());
        if (r.value(origin).toString().startsWith(QLatin1String("CD-")))
            keys.append(r.value(origin).toString());
    }
    QCOMPARE(keys.size(), 144);
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(finished.wait(60000));
    QVERIFY(server.violations().isEmpty());
    QCOMPARE(log.size(), 294);
    QCOMPARE(server.createCount(), 293);

    // Read back through another connection: every result is in the file.
    auto again = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    int synced = 0;
    int failed = 0;
    int never = 0;
    const QVector<Record> stored = again.value()->loadRecords(schema).value();
    for (const Record &r : stored) {
        switch (r.syncState()) {
        case SyncState::Synced:
            ++synced;
            QVERIFY(!r.remoteId().isEmpty());
            break;
        case SyncState::Failed:
            ++failed;
            QCOMPARE(r.value(title).toString(), QStringLiteral("REFUSE"));
            break;
        default:
            ++never;
            QVERIFY(!r.value(project).isValid()); // the blocked rows
        }
    }
    QCOMPARE(synced, 293);
    QCOMPARE(failed, 1);
    QCOMPARE(never, 6);
    const auto history = again.value()->syncHistory();
    QCOMPARE(history.size(), 294);
    int created = 0;
    for (const SyncLogEntry &e : history)
        created += e.outcome == QLatin1String("created");
    QCOMPARE(created, 293);

    // A second push updates (nothing is created) and keeps the same keys.
    auto replan = push.plan(again.value()->loadRecords(schema).value(), options);
    QVERIFY(replan);
    QCOMPARE(replan->updates, 293);
    QCOMPARE(replan->creates, 1); // the refused row, never created
    finished.clear();
    QVERIFY(push.start(replan.value(), settings, QStringLiteral("stand-in")));
    QVERIFY(finished.wait(60000));
    QCOMPARE(server.createCount(), 293);
    QStringList keysAfter;
    const QVector<Record> after = workspace.loadRecords(schema).value();
    for (const Record &r : after) {
        if (r.value(origin).toString().startsWith(QLatin1String("CD-")))
            keysAfter.append(r.value(origin).toString());
    }
    QCOMPARE(keysAfter, keys);
}

QTEST_MAIN(TestPushService)
#include "tst_pushservice.moc"
