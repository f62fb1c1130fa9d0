// A pull from a vendor stand-in into a real workspace file: every page read despite throttling,
// server errors and dropped connections; pages followed by Link when the vendor gives no total;
// and a pull that fails or is cancelled keeps nothing — a listing with a page missing would make
// records look absent at the vendor. Also what a push leaves for reconciliation: the values
// each row last pushed.

#include "legacyworkspacefile.h"
#include "mockvendorserver.h"
#include "pullservice.h"
#include "pushservice.h"
#include "schemaregistry.h"
#include "translationloader.h"
#include "valuecodec.h"
#include "workspace.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPullService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryPageThroughFaults_data();
    void readsEveryPageThroughFaults();
    void failedPullKeepsNothing();
    void cancelledPullKeepsNothing();
    void snapshotsAreKeptPerProfileAndPruned();
    void pushKeepsWhatItSent();
    void upgradesAFormat1Workspace();

private:
    const EntitySchema &procore() const
    {
        return *m_registry->find(QStringLiteral("procore.work_order_contract"));
    }
    SyncEngine::Settings settingsFor(const MockVendorServer &server) const;
    // Runs a pull to its end; true when the snapshot was saved.
    bool pull(PullService &service, const PullScope &scope, const SyncEngine::Settings &settings);

    std::optional<SchemaRegistry> m_registry;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
};

void TestPullService::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
    TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

SyncEngine::Settings TestPullService::settingsFor(const MockVendorServer &server) const
{
    SyncEngine::Settings s;
    s.baseUrl = server.baseUrl();
    s.headers = {{"Authorization", "Bearer " + server.token.toUtf8()},
                 {"Procore-Company-Id", server.companyId.toUtf8()}};
    s.backoffMs = 10;
    s.maxAttempts = 4;
    return s;
}

bool TestPullService::pull(PullService &service, const PullScope &scope,
                           const SyncEngine::Settings &settings)
{
    QSignalSpy finished(&service, &PullService::finished);
    if (!service.start({scope}, settings, QStringLiteral("stand-in")))
        return false;
    if (!finished.wait(30000))
        return false;
    return finished.first().first().value<JobOutcome>().isCompleted();
}

namespace {

void seed(MockVendorServer &server, int count)
{
    for (int n = 0; n < count; ++n)
        server.addRemoteOnly({{QStringLiteral("number"), QStringLiteral("WO-%1").arg(n)},
                              {QStringLiteral("title"), QStringLiteral("Title %1").arg(n)},
                              {QStringLiteral("retainage_percent"), QStringLiteral("5.0")},
                              {QStringLiteral("project_id"), 42}});
}

} // namespace

void TestPullService::readsEveryPageThroughFaults_data()
{
    QTest::addColumn<bool>("totals");
    QTest::addColumn<QVector<MockVendorServer::Fault>>("faults");
    using F = MockVendorServer::Fault;
    QTest::newRow("pages at once, through 429, 500 and a drop")
            << true << QVector<F>{F::RateLimited, F::None, F::ServerError, F::DropAfterCommit};
    QTest::newRow("pages by Link, through 503 and garbage")
            << false << QVector<F>{F::None, F::Unavailable, F::Malformed};
}

void TestPullService::readsEveryPageThroughFaults()
{
    QFETCH(bool, totals);
    QFETCH(QVector<MockVendorServer::Fault>, faults);
    const EntitySchema &schema = procore();
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("%1.cdw").arg(totals)),
                                     Workspace::OpenMode::CreateIfMissing);
    QVERIFY(workspace);
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.reportTotals = totals;
    server.retryAfterSeconds = 0;
    seed(server, 230);
    server.addRemoteOnly({{QStringLiteral("number"), QStringLiteral("OTHER")},
                          {QStringLiteral("project_id"), 7}}); // another project: not listed
    server.queueFaults(faults);
    PullService service(*workspace.value(), schema, &m_network);
    PullScope scope{QStringLiteral("42"), {}, 50};
    QVERIFY2(pull(service, scope, settingsFor(server)), qPrintable(service.error()));
    QCOMPARE(service.records().size(), 230);
    const int retried = int(faults.size() - faults.count(MockVendorServer::Fault::None));
    QCOMPARE(server.pullRequestCount(), 5 + retried); // five pages, the faulted ones sent twice
    QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(u'\n')));

    // The snapshot in the file: typed, in vendor id order, with ids and the asked project.
    Workspace::SnapshotInfo info;
    const QVector<Record> stored =
            workspace.value()->loadSnapshot(schema, QString(), &info).value();
    QCOMPARE(info.recordCount, 230);
    QCOMPARE(info.profile, QStringLiteral("stand-in"));
    QVERIFY(qAbs(info.pulledAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(stored.size(), 230);
    const int number = schema.indexOf(QStringLiteral("number"));
    const int project = schema.indexOf(QStringLiteral("project_id"));
    const int retainage = schema.indexOf(QStringLiteral("retainage_percent"));
    QCOMPARE(stored.first().value(number).toString(), QStringLiteral("WO-0"));
    QCOMPARE(stored.last().value(number).toString(), QStringLiteral("WO-229"));
    QCOMPARE(stored.first().remoteId(), server.records().first().remoteId);
    QCOMPARE(stored.first().value(project).toLongLong(), 42);
    QCOMPARE(ValueCodec::toText(schema.field(retainage), stored.first().value(retainage)),
             QStringLiteral("5.0"));
}

void TestPullService::failedPullKeepsNothing()
{
    const EntitySchema &schema = procore();
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("failed.cdw")),
                                     Workspace::OpenMode::CreateIfMissing);
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    seed(server, 120);
    using F = MockVendorServer::Fault;
    // The first page is fine; then one page fails four times in a row.
    server.queueFaults({F::None, F::ServerError, F::ServerError, F::ServerError, F::ServerError,
                        F::ServerError, F::ServerError, F::ServerError, F::ServerError});
    PullService service(*workspace.value(), schema, &m_network);
    QVERIFY(!pull(service, {QStringLiteral("42"), {}, 40}, settingsFor(server)));
    QVERIFY2(service.error().contains(QStringLiteral("could not be read after 4 attempts")),
             qPrintable(service.error()));
    QVERIFY(service.records().isEmpty());
    Workspace::SnapshotInfo info;
    QVERIFY(workspace.value()->loadSnapshot(schema, QString(), &info).value().isEmpty());
    QCOMPARE(info.id, 0);

    // A refusal (no company header) is not retried, and says what the vendor said.
    MockVendorServer strict(schema);
    QVERIFY(strict.listen());
    seed(strict, 10);
    PullService refused(*workspace.value(), schema, &m_network);
    SyncEngine::Settings wrong = settingsFor(strict);
    wrong.headers = {{"Authorization", "Bearer " + strict.token.toUtf8()}};
    QVERIFY(!pull(refused, {QStringLiteral("42"), {}, 40}, wrong));
    QVERIFY2(refused.error().contains(QStringLiteral("refused to list")),
             qPrintable(refused.error()));
    QCOMPARE(strict.pullRequestCount(), 1);
}

void TestPullService::cancelledPullKeepsNothing()
{
    const EntitySchema &schema = procore();
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("cancelled.cdw")),
                                     Workspace::OpenMode::CreateIfMissing);
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.answerDelayMs = 200;
    seed(server, 100);
    PullService service(*workspace.value(), schema, &m_network);
    QSignalSpy finished(&service, &PullService::finished);
    QVERIFY(service.start({{QStringLiteral("42"), {}, 10}}, settingsFor(server),
                          QStringLiteral("stand-in")));
    QSignalSpy progress(&service, &PullService::progress);
    QVERIFY(progress.wait(5000)); // the first page is in
    service.cancel();
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QVERIFY(finished.first().first().value<JobOutcome>().isCancelled());
    QVERIFY(service.error().isEmpty()); // cancelled, not failed
    Workspace::SnapshotInfo info;
    const auto kept = workspace.value()->loadSnapshot(schema, QString(), &info);
    QVERIFY(kept.ok() && kept.value().isEmpty()); // nothing was kept
    QCOMPARE(info.id, 0);
}

void TestPullService::snapshotsAreKeptPerProfileAndPruned()
{
    const EntitySchema &schema = procore();
    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("snapshots.cdw")),
                                  Workspace::OpenMode::CreateIfMissing);
    Workspace &workspace = *opened.value();
    const int number = schema.indexOf(QStringLiteral("number"));
    auto records = [&](int count) {
        QVector<Record> out;
        for (int n = 0; n < count; ++n) {
            Record r(schema.fieldCount());
            r.setRemoteId(QString::number(9000 + n));
            r.setSyncKey(QStringLiteral("K-%1").arg(n));
            r.setValue(number, QStringLiteral("WO-%1").arg(n));
            out.append(r);
        }
        return out;
    };
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 5; ++i)
        QVERIFY(workspace.saveSnapshot(schema, QStringLiteral("a"), records(i), t0.addSecs(i)));
    QVERIFY(workspace.saveSnapshot(schema, QStringLiteral("b"), records(7), t0.addSecs(10)));
    Workspace::SnapshotInfo info;
    QCOMPARE(workspace.loadSnapshot(schema, QStringLiteral("a"), &info).value().size(), 5);
    QCOMPARE(info.pulledAt, t0.addSecs(5));
    const QVector<Record> newest = workspace.loadSnapshot(schema, QString(), &info).value();
    QCOMPARE(info.profile, QStringLiteral("b"));
    QCOMPARE(newest.size(), 7);
    QCOMPARE(newest.at(6).remoteId(), QStringLiteral("9006"));
    QCOMPARE(newest.at(6).syncKey(), QStringLiteral("K-6"));
    QCOMPARE(newest.at(6).value(number).toString(), QStringLiteral("WO-6"));
    // Three of profile a's five are kept (the newest), and with them only their records.
    const QVector<Workspace::SnapshotInfo> kept = workspace.snapshots(schema);
    QCOMPARE(kept.size(), 4);
    QCOMPARE(kept.at(0).profile, QStringLiteral("b"));
    QCOMPARE(kept.at(1).recordCount, 5);
    QCOMPARE(kept.at(3).recordCount, 3);
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(workspace.path());
        QVERIFY(db.open());
        QSqlQuery q(QStringLiteral("SELECT count(*) FROM procore_work_order_contract_snapshot"),
                    db);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3 + 4 + 5 + 7);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

void TestPullService::pushKeepsWhatItSent()
{
    const EntitySchema &schema = procore();
    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("pushed.cdw")),
                                  Workspace::OpenMode::CreateIfMissing);
    Workspace &workspace = *opened.value();
    const int number = schema.indexOf(QStringLiteral("number"));
    const int title = schema.indexOf(QStringLiteral("title"));
    const int project = schema.indexOf(QStringLiteral("project_id"));
    QVector<Record> rows;
    for (int n = 0; n < 3; ++n) {
        Record r(schema.fieldCount());
        r.setValue(number, QStringLiteral("WO-%1").arg(n));
        r.setValue(title, n == 1 ? QStringLiteral("REFUSE") : QStringLiteral("Title %1").arg(n));
        r.setValue(project, qint64(42));
        rows.append(r);
    }
    QVERIFY(workspace.insertRecords(schema, rows));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.refuseField = QStringLiteral("title");
    server.refuseValue = QStringLiteral("REFUSE");
    PushService push(workspace, schema, &m_network);
    auto plan = push.plan(workspace.loadRecords(schema).value());
    QSignalSpy finished(&push, &PushService::finished);
    QVERIFY(push.start(plan.value(), settingsFor(server), QStringLiteral("stand-in")));
    QVERIFY(finished.wait(10000));
    // An edit after the push changes the row, not what was pushed.
    Record edited = workspace.loadRecords(schema).value().first();
    edited.setValue(title, QStringLiteral("Edited since"));
    QVERIFY(workspace.updateRecord(schema, edited));

    const QHash<qint64, Record> pushed = workspace.lastPushed(schema).value();
    QCOMPARE(pushed.size(), 2); // the refused row was never accepted
    QCOMPARE(pushed.value(edited.id()).value(title).toString(), QStringLiteral("Title 0"));
    QVERIFY(!pushed.value(edited.id())
                     .value(schema.indexOf(QStringLiteral("origin_id")))
                     .toString()
                     .isEmpty()); // with the key it was sent under
}

void TestPullService::upgradesAFormat1Workspace()
{
    // A workspace as the previous version wrote it: no snapshots, no pushed values.
    const EntitySchema &schema = procore();
    const QString path = m_dir.filePath(QStringLiteral("format1.cdw"));
    // Format 1's tables, with a row as it kept them: one JSON text.
    const QString written = LegacyWorkspaceFile::write(
            path, 1,
            {QStringLiteral("INSERT INTO records (target, position, data, sync_state, updated_at) "
                            "VALUES ('procore.work_order_contract', 1, '{\"number\":\"WO-1\"}', "
                            "0, '2025-06-01T00:00:00.000Z')")});
    QVERIFY2(written.isEmpty(), qPrintable(written));

    auto opened = Workspace::open(path, Workspace::OpenMode::OpenExisting);
    QVERIFY2(opened, qPrintable(opened.error()));
    Workspace &workspace = *opened.value();
    QCOMPARE(workspace.loadRecords(schema).value().size(), 1);
    QCOMPARE(workspace.loadRecords(schema)
                     .value()
                     .first()
                     .value(schema.indexOf(QStringLiteral("number")))
                     .toString(),
             QStringLiteral("WO-1"));
    Workspace::SnapshotInfo info;
    QVERIFY(workspace.loadSnapshot(schema, QString(), &info).value().isEmpty());
    QCOMPARE(info.id, 0);
    QVERIFY(workspace.lastPushed(schema).value().isEmpty());
    QVERIFY(workspace.saveSnapshot(schema, QStringLiteral("a"),
                                   QVector<Record>(2, Record(schema.fieldCount())),
                                   QDateTime::currentDateTimeUtc()));
    QCOMPARE(workspace.snapshots(schema).size(), 1);
}

QTEST_MAIN(TestPullService)
#include "tst_pullservice.moc"
