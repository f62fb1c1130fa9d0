// The sync engine against the in-process vendor stand-ins, over real HTTP on 127.0.0.1: 2,500
// rows per target through rate limits, server errors, dropped connections after the vendor
// committed, unreadable and slow answers. Every row ends in exactly one definite state, the
// vendor holds no row twice, and the requests never broke the seed's contract.

#include "decimal.h"
#include "mockvendorserver.h"
#include "schemaregistry.h"
#include "signinjob.h"
#include "syncengine.h"
#include "translationloader.h"
#include "vendorprotocol.h"

#include <QDate>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRowEndsOnceAndNothingIsDuplicated_data();
    void everyRowEndsOnceAndNothingIsDuplicated();
    void givesUpAfterTheLastAttemptSayingSo();
    void cancelStopsAndALaterPushDuplicatesNothing();
    void renewsTheTokenOnceAfterA401();
    void aSecondSignOutEndsWithSignInAgain();
    void pacesToTheVendorsRate();
    void renewsBeforeTheTokenExpires();
    void aFailedRenewalEndsTheRowsSayingWhy();
    void theEventLoopRunsDuringASlowRenewal();
    void cancelDuringARenewalAbortsIt();

private:
    // A Primavera profile of the stand-in: its token exchange is what a renewal calls.
    static ConnectionProfile profileOf(const MockVendorServer &server);
    QVector<Record> rows(const EntitySchema &schema, int count) const;
    SyncEngine::Settings settings(const EntitySchema &schema, const MockVendorServer &server) const;
    // Runs a push to the end; the results by record id, each row's count of results in `seen`.
    QHash<qint64, ItemResult> push(SyncEngine &engine, const VendorProtocol &protocol,
                                   const QVector<Record> &records,
                                   const SyncEngine::Settings &settings, QHash<qint64, int> &seen);

    std::optional<SchemaRegistry> m_registry;
};

void TestSyncEngine::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
    TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

QVector<Record> TestSyncEngine::rows(const EntitySchema &s, int count) const
{
    auto set = [&](Record &r, const char *path, const QVariant &v) {
        const int i = s.indexOf(QString::fromLatin1(path));
        if (i >= 0)
            r.setValue(i, v);
    };
    QVector<Record> out;
    for (int n = 0; n < count; ++n) {
        Record r(s.fieldCount());
        r.setId(n + 1);
        const QString name = n == 7 ? QStringLiteral("REFUSE") : QStringLiteral("Row %1").arg(n);
        // Half the rows bring their own key; the others have one generated before the push.
        if (n % 2 == 0)
            set(r, s.idempotencyPath().toLatin1().constData(), QStringLiteral("ERP-%1").arg(n));
        else
            r.setSyncKey(QStringLiteral("cd-%1").arg(n, 6, 10, QLatin1Char('0')));
        set(r, "project_id", qint64(562949953421612 + n % 3));
        set(r, "contract_id", qint64(77));
        set(r, "number", QStringLiteral("N-%1").arg(n));
        set(r, "title", name);
        set(r, "retainage_percent", QVariant::fromValue(*Decimal::fromString(u"10.00")));
        set(r, "contract_date", QDate(2026, 1, 1).addDays(n % 300));
        set(r, "name", name);
        set(r, "projectId", qint64(3001));
        set(r, "associatedAgreementCode", QStringLiteral("C-1"));
        set(r, "type", QStringLiteral("COMMITMENT"));
        set(r, "commitmentCost.originalValueCommitment",
            QVariant::fromValue(*Decimal::fromParts(123456789 + n, 2)));
        set(r, "project.id", QStringLiteral("P-100"));
        set(r, "customer.id", QStringLiteral("BTI"));
        set(r, "contractDate", QDate(2026, 4, 1));
        out.append(r);
    }
    return out;
}

SyncEngine::Settings TestSyncEngine::settings(const EntitySchema &schema,
                                              const MockVendorServer &server) const
{
    SyncEngine::Settings s;
    s.baseUrl = server.baseUrl();
    s.headers.append({"Authorization", "Bearer " + server.token.toLatin1()});
    if (schema.vendor() == QLatin1String("procore"))
        s.headers.append({"Procore-Company-Id", server.companyId.toLatin1()});
    s.maxConcurrent = 2;
    s.maxAttempts = 6;
    s.timeoutMs = 1000;
    s.backoffMs = 20;
    return s;
}

ConnectionProfile TestSyncEngine::profileOf(const MockVendorServer &server)
{
    ConnectionProfile p = ConnectionProfile::withDefaults(QStringLiteral("stand-in"),
                                                          QStringLiteral("primavera"));
    p.baseUrl = server.baseUrl();
    p.username = server.username;
    return p;
}

QHash<qint64, ItemResult> TestSyncEngine::push(SyncEngine &engine, const VendorProtocol &protocol,
                                               const QVector<Record> &records,
                                               const SyncEngine::Settings &settings,
                                               QHash<qint64, int> &seen)
{
    QHash<qint64, ItemResult> results;
    const auto connection = connect(&engine, &SyncEngine::batchDone, this,
                                    [&](const VendorRequest &, const QVector<ItemResult> &batch) {
                                        for (const ItemResult &r : batch) {
                                            ++seen[r.recordId];
                                            results.insert(r.recordId, r);
                                        }
                                    });
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.run(protocol, protocol.buildRequests(records), settings);
    if (finished.isEmpty())
        finished.wait(120000);
    disconnect(connection);
    return results;
}

void TestSyncEngine::everyRowEndsOnceAndNothingIsDuplicated_data()
{
    QTest::addColumn<QString>("target");
    for (const char *id :
         {"procore.work_order_contract", "procore.potential_change_order", "primavera.commitment",
          "primavera.change_order", "intacct.project_contract"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestSyncEngine::everyRowEndsOnceAndNothingIsDuplicated()
{
    QFETCH(QString, target);
    const EntitySchema &schema = *m_registry->find(target);
    constexpr int kRows = 2500;
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.refuseField = schema.vendor() == QLatin1String("procore") ? QStringLiteral("title")
                                                                     : QStringLiteral("name");
    server.refuseValue = QStringLiteral("REFUSE");
    server.slowMs = 1500;
    using F = MockVendorServer::Fault;
    server.queueFaults({F::RateLimited, F::ServerError, F::DropAfterCommit, F::Unavailable,
                        F::Malformed, F::Slow, F::DropAfterCommit});

    QNetworkAccessManager network;
    SyncEngine engine(&network);
    const auto protocol = VendorProtocol::forSchema(schema);
    QVector<Record> records = rows(schema, kRows);
    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, records, settings(schema, server), seen);

    QVERIFY2(server.violations().isEmpty(),
             qPrintable(server.violations().join(QLatin1Char('\n'))));
    QCOMPARE(results.size(), kRows);
    for (const Record &r : std::as_const(records)) {
        QCOMPARE(seen.value(r.id()), 1); // exactly one result per row
        const ItemResult &result = results.value(r.id());
        if (r.id() == 8) { // row 7: refused by the vendor
            QCOMPARE(result.outcome, ItemResult::Outcome::Failed);
            QVERIFY(!result.message.isEmpty());
            continue;
        }
        QVERIFY2(result.outcome == ItemResult::Outcome::Created ||
                         result.outcome == ItemResult::Outcome::Updated,
                 qPrintable(result.message));
        QVERIFY(!result.remoteId.isEmpty());
    }
    // No row held twice although requests were re-sent after the vendor had committed them.
    QCOMPARE(server.createCount(), kRows - 1);
    QCOMPARE(server.records().size(), kRows - 1);
    QVERIFY(engine.attempts() > int(protocol->buildRequests(records).size()));
    // Retry-After: 1 waits a second; Procore's X-Rate-Limit-Reset names the next whole second.
    const int asked = schema.vendor() == QLatin1String("procore") ? 250 : 1000;
    QVERIFY2(engine.throttledMs() >= asked, qPrintable(QString::number(engine.throttledMs())));

    // The next push of the same rows, with the vendor's ids written back, updates them all.
    for (Record &r : records)
        r.setRemoteId(results.value(r.id()).remoteId);
    seen.clear();
    const auto again = push(engine, *protocol, records, settings(schema, server), seen);
    QCOMPARE(again.size(), kRows);
    int updated = 0;
    for (const ItemResult &r : again)
        updated += r.outcome == ItemResult::Outcome::Updated;
    QCOMPARE(updated, kRows - 1);
    QCOMPARE(server.createCount(), kRows - 1);
    QVERIFY(server.violations().isEmpty());
}

void TestSyncEngine::givesUpAfterTheLastAttemptSayingSo()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.commitment"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.queueFaults(QVector<MockVendorServer::Fault>(10, MockVendorServer::Fault::ServerError));
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    const auto protocol = VendorProtocol::forSchema(schema);
    SyncEngine::Settings s = settings(schema, server);
    s.maxAttempts = 3;
    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, rows(schema, 5), s, seen);
    QCOMPARE(results.size(), 5);
    QCOMPARE(engine.attempts(), 3);
    for (const ItemResult &r : results) {
        QCOMPARE(r.outcome, ItemResult::Outcome::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("after 3 attempts")), qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("500")));
    }
    QCOMPARE(server.createCount(), 0);
}

void TestSyncEngine::cancelStopsAndALaterPushDuplicatesNothing()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.answerDelayMs = 50;
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    ProtocolOptions options;
    options.batchSize = 100;
    const auto protocol = VendorProtocol::forSchema(schema, options);
    const QVector<Record> records = rows(schema, 1000);
    int batches = 0;
    connect(&engine, &SyncEngine::batchDone, this, [&] {
        if (++batches == 2)
            engine.cancel();
    });
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.run(*protocol, protocol->buildRequests(records), settings(schema, server));
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<JobOutcome>().isCancelled());
    QTest::qWait(200); // nothing more arrives after a cancel
    QCOMPARE(batches, 2);
    QVERIFY(server.createCount() < 1000);

    // Pushing everything again creates each row once: the cancelled ones too.
    server.answerDelayMs = 0;
    QHash<qint64, int> seen;
    disconnect(&engine, &SyncEngine::batchDone, this, nullptr);
    const auto results = push(engine, *protocol, records, settings(schema, server), seen);
    QCOMPARE(results.size(), 1000);
    QCOMPARE(server.createCount(), 1000);
    QVERIFY(server.violations().isEmpty());
}

void TestSyncEngine::renewsTheTokenOnceAfterA401()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.commitment"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.expireTokenAfter = 2;
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    const auto protocol = VendorProtocol::forSchema(schema);
    SyncEngine::Settings s = settings(schema, server);
    const ConnectionProfile profile = profileOf(server);
    s.renew = [&](QObject *parent) {
        return new SignInJob(profile, server.secret, &network, parent);
    };
    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, rows(schema, 700), s, seen);
    QCOMPARE(results.size(), 700);
    QCOMPARE(server.signIns, 1);
    QCOMPARE(engine.renewals(), 1);
    for (const ItemResult &r : results) {
        if (r.recordId != 8)
            QVERIFY2(r.outcome == ItemResult::Outcome::Created, qPrintable(r.message));
    }
    QCOMPARE(server.createCount(), 700);
}

void TestSyncEngine::aSecondSignOutEndsWithSignInAgain()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.commitment"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.refuseEveryToken = true; // signing in works, every call is refused
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    const auto protocol = VendorProtocol::forSchema(schema);
    SyncEngine::Settings s = settings(schema, server);
    const ConnectionProfile profile = profileOf(server);
    s.renew = [&](QObject *parent) {
        return new SignInJob(profile, server.secret, &network, parent);
    };
    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, rows(schema, 250), s, seen);
    QCOMPARE(results.size(), 250);
    for (const ItemResult &r : results) {
        QCOMPARE(seen.value(r.recordId), 1);
        QCOMPARE(r.outcome, ItemResult::Outcome::Failed);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY2(r.message.contains(QStringLiteral("sign in again")), qPrintable(r.message));
    }
    QCOMPARE(server.signIns, 1); // once only
    QCOMPARE(server.createCount(), 0);
    // Signed out, the rest was not even sent: two requests, each re-sent once after the renewal.
    QVERIFY2(engine.attempts() <= 4, qPrintable(QString::number(engine.attempts())));
}

void TestSyncEngine::aFailedRenewalEndsTheRowsSayingWhy()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.commitment"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.expireTokenAfter = 0; // the first call meets a 401
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    const auto protocol = VendorProtocol::forSchema(schema);
    SyncEngine::Settings s = settings(schema, server);
    const ConnectionProfile profile = profileOf(server);
    s.renew = [&](QObject *parent) {
        return new SignInJob(profile, QStringLiteral("no longer the password"), &network, parent);
    };
    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, rows(schema, 250), s, seen);
    QCOMPARE(results.size(), 250);
    for (const ItemResult &r : results) {
        QCOMPARE(seen.value(r.recordId), 1);
        QCOMPARE(r.outcome, ItemResult::Outcome::Failed);
        QVERIFY2(r.message.startsWith(QStringLiteral("Signing in again failed:")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("refused the sign-in")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QStringLiteral("no longer the password")));
    }
    QCOMPARE(server.createCount(), 0);
    QCOMPARE(server.signIns, 0);
}

void TestSyncEngine::pacesToTheVendorsRate()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.change_order"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    ProtocolOptions options;
    options.batchSize = 1;
    const auto protocol = VendorProtocol::forSchema(schema, options);
    SyncEngine::Settings s = settings(schema, server);
    s.maxConcurrent = 4;
    s.maxPerSecond = 10;
    QElapsedTimer timer;
    timer.start();
    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, rows(schema, 30), s, seen);
    QCOMPARE(results.size(), 30);
    // 30 requests at 10 a second: the last ten cannot start before two seconds have passed.
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.requestCount(), 30);
}

void TestSyncEngine::renewsBeforeTheTokenExpires()
{
    // A token that expires during the push is renewed before it is refused: no 401 at all.
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.change_order"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    ProtocolOptions options;
    options.batchSize = 1;
    const auto protocol = VendorProtocol::forSchema(schema, options);
    SyncEngine::Settings s = settings(schema, server);
    s.maxConcurrent = 1; // nothing in flight with the old token when it is renewed
    s.maxPerSecond = 10;
    s.renewAt = QDateTime::currentDateTimeUtc().addMSecs(800);
    const ConnectionProfile profile = profileOf(server);
    int renewed = 0;
    s.renew = [&](QObject *parent) {
        ++renewed;
        server.token = QStringLiteral("token-%1").arg(renewed); // the old one stops working
        return new SignInJob(profile, server.secret, &network, parent);
    };
    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, rows(schema, 20), s, seen);
    QCOMPARE(results.size(), 20);
    for (const ItemResult &r : results)
        QVERIFY2(r.outcome != ItemResult::Outcome::Failed || r.recordId == 8,
                 qPrintable(r.message));
    QCOMPARE(renewed, 1); // the new token is valid for an hour
    QCOMPARE(engine.earlyRenewals(), 1);
    QCOMPARE(engine.renewals(), 0); // never needed the 401 path
    QCOMPARE(server.requestCount(), 20 + 1);
}

// Regression: a renewal used to wait for the vendor in a nested loop inside the engine. Now the
// engine waits for it without holding the event loop: a timer keeps firing meanwhile, and no
// request goes out until the new token is there.
void TestSyncEngine::theEventLoopRunsDuringASlowRenewal()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.change_order"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.signInDelayMs = 1500; // the token answer comes after 1.5 s
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    ProtocolOptions options;
    options.batchSize = 1;
    const auto protocol = VendorProtocol::forSchema(schema, options);
    SyncEngine::Settings s = settings(schema, server);
    s.maxConcurrent = 1; // nothing in flight when the renewal starts
    s.maxPerSecond = 10;
    s.renewAt = QDateTime::currentDateTimeUtc().addMSecs(300);
    const ConnectionProfile profile = profileOf(server);
    s.renew = [&](QObject *parent) {
        server.token = QStringLiteral("token-renewed"); // the old one stops working
        return new SignInJob(profile, server.secret, &network, parent);
    };
    int sentWhileWaiting = 0;
    int refused = 0;
    connect(&server, &MockVendorServer::requestSeen, this, [&](const QString &line) {
        if (line.contains(QLatin1String("/primediscovery/apitoken/request")))
            return;
        sentWhileWaiting += engine.isWaitingForSignIn();
        refused += line.contains(QLatin1String("-> 401"));
    });
    int ticksWhileWaiting = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this,
            [&] { ticksWhileWaiting += engine.isWaitingForSignIn(); });
    ticker.start(50);

    QHash<qint64, int> seen;
    const auto results = push(engine, *protocol, rows(schema, 20), s, seen);
    QCOMPARE(results.size(), 20);
    for (const ItemResult &r : results)
        QVERIFY2(r.outcome != ItemResult::Outcome::Failed || r.recordId == 8,
                 qPrintable(r.message));
    QCOMPARE(engine.earlyRenewals(), 1);
    QCOMPARE(server.signIns, 1);
    // The timer fired all through the renewal: the event loop was never held.
    QVERIFY2(ticksWhileWaiting >= 10, qPrintable(QString::number(ticksWhileWaiting)));
    QCOMPARE(sentWhileWaiting, 0);
    QCOMPARE(refused, 0); // never with the old token once it was renewed
    QVERIFY(server.violations().isEmpty());
}

void TestSyncEngine::cancelDuringARenewalAbortsIt()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.commitment"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.expireTokenAfter = 0; // the first call meets a 401
    server.signInDelayMs = 1500;
    QNetworkAccessManager network;
    SyncEngine engine(&network);
    const auto protocol = VendorProtocol::forSchema(schema);
    SyncEngine::Settings s = settings(schema, server);
    s.maxConcurrent = 1;
    const ConnectionProfile profile = profileOf(server);
    QPointer<SignInJob> renewal;
    s.renew = [&](QObject *parent) {
        renewal = new SignInJob(profile, server.secret, &network, parent);
        return renewal.data();
    };
    int batches = 0;
    connect(&engine, &SyncEngine::batchDone, this, [&] { ++batches; });
    int dataRequests = 0; // the sign-in's own request may still arrive after the cancel
    connect(&server, &MockVendorServer::requestSeen, this, [&](const QString &line) {
        dataRequests += !line.contains(QLatin1String("/primediscovery/apitoken/request"));
    });
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.run(*protocol, protocol->buildRequests(rows(schema, 250)), s);
    QTRY_VERIFY(engine.isWaitingForSignIn());
    QVERIFY(renewal && renewal->isRunning());
    const int requests = dataRequests;
    engine.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<JobOutcome>().isCancelled());
    QVERIFY(!engine.isWaitingForSignIn());
    QTRY_VERIFY(!renewal); // aborted and deleted
    QTest::qWait(1700);    // past the sign-in's answer: nothing more happens
    QCOMPARE(finished.size(), 1);
    QCOMPARE(batches, 0);
    QCOMPARE(dataRequests, requests);
    QCOMPARE(server.createCount(), 0);
}

QTEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
