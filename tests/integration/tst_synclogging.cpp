// What ContractDesk logs about a push, with every contractdesk.* category at debug level, against
// the in-process Procore stand-in: a real client-credentials sign-in, a server error retried, an
// expired token renewed after its 401. Every message is captured; the retry and the renewal are
// there, and the stand-in's secret and tokens (bearer or Basic) never are.

#include "connectionprofile.h"
#include "mockvendorserver.h"
#include "schemaregistry.h"
#include "signinjob.h"
#include "standinprofile.h"
#include "syncengine.h"
#include "vendorconnection.h"
#include "vendorprotocol.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>
#include <utility>

namespace {

QMutex capturedLock;
QStringList captured; // "category: message", every message while the handler is installed

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&capturedLock);
    captured.append(QString::fromLatin1(context.category ? context.category : "default") +
                    QStringLiteral(": ") + message);
}

} // namespace

class TestSyncLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aPushLogsRetriesAndRenewalsButNoSecret();

private:
    std::optional<SchemaRegistry> m_registry;
    QtMessageHandler m_testLog = nullptr; // QtTest's own, put back after each capture
};

void TestSyncLogging::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

void TestSyncLogging::cleanup()
{
    if (m_testLog)
        qInstallMessageHandler(std::exchange(m_testLog, nullptr));
    QLoggingCategory::setFilterRules(QString());
}

void TestSyncLogging::aPushLogsRetriesAndRenewalsButNoSecret()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    // Values no log line could hold by chance.
    server.secret = QStringLiteral("Sec-7f3a9c-never-logged");
    server.token = QStringLiteral("Tok-51d2e8-bearer");
    server.expireTokenAfter = 2; // the third request meets a 401, and a renewal

    ConnectionProfile profile =
            StandInProfile::make(server, QStringLiteral("stand-in"), QStringLiteral("procore"));

    {
        const QMutexLocker lock(&capturedLock);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("contractdesk.*=true"));
    m_testLog = qInstallMessageHandler(capture);

    QNetworkAccessManager network;
    SignInJob signIn(profile, server.secret, &network);
    std::optional<Result<Authenticator::SignedIn>> signedIn;
    connect(&signIn, &SignInJob::finished, this,
            [&](const Result<Authenticator::SignedIn> &result) { signedIn = result; });
    signIn.start();
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 10000);
    const Result<Authenticator::SignedIn> headers = *signedIn;
    QVERIFY2(headers, qPrintable(headers.error()));
    server.queueFaults({MockVendorServer::Fault::ServerError}); // the push's first request
    SyncEngine::Settings settings =
            VendorConnection::settings(profile, headers->headers, &network, server.secret);
    settings.backoffMs = 20;
    settings.maxConcurrent = 1; // one request at a time: the 401 meets one renewal

    QVector<Record> rows;
    for (int n = 0; n < 40; ++n) {
        Record r(schema.fieldCount());
        r.setId(n + 1);
        r.setValue(schema.indexOf(QStringLiteral("origin_id")), QStringLiteral("ERP-%1").arg(n));
        r.setValue(schema.indexOf(QStringLiteral("project_id")), qint64(562949953421612));
        r.setValue(schema.indexOf(QStringLiteral("number")), QStringLiteral("WO-%1").arg(n));
        r.setValue(schema.indexOf(QStringLiteral("title")), QStringLiteral("Row %1").arg(n));
        rows.append(r);
    }
    VendorProtocol::Options options;
    options.batchSize = 10;
    const auto protocol = VendorProtocol::forSchema(schema, options);
    QVERIFY(protocol);
    SyncEngine engine(&network);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.run(*protocol, protocol->buildRequests(rows), settings);
    QVERIFY(finished.wait(60000));
    qInstallMessageHandler(std::exchange(m_testLog, nullptr));

    QCOMPARE(engine.renewals(), 1);
    QVERIFY(engine.attempts() > 4); // four requests, one retried, one re-sent after renewal
    QCOMPARE(server.createCount(), 40);
    QVERIFY(server.violations().isEmpty());

    const QMutexLocker lock(&capturedLock);
    const QString all = captured.join(QLatin1Char('\n'));
    QVERIFY2(!all.isEmpty(), "nothing was logged");
    const QStringList secrets = {
            server.secret,
            server.token,
            QStringLiteral("Bearer"),
            QString::fromLatin1(QByteArray(server.secret.toUtf8()).toBase64()),
            QString::fromLatin1((QLatin1Char(':') + server.secret).toUtf8().toBase64()),
            QStringLiteral("client_secret"),
            QStringLiteral("Authorization"),
    };
    for (const QString &secret : secrets)
        QVERIFY2(!all.contains(secret), qPrintable(secret + QStringLiteral(" logged in:\n") + all));
    // The token the renewal handed out is the first one with a suffix: the check above covers
    // it, and this one proves it.
    QVERIFY(server.token.startsWith(QStringLiteral("Tok-51d2e8-bearer")));

    auto has = [&](const QString &category, const QString &text) {
        for (const QString &line : std::as_const(captured)) {
            if (line.startsWith(category + QLatin1Char(':')) && line.contains(text))
                return true;
        }
        return false;
    };
    QVERIFY2(has(QStringLiteral("contractdesk.sync"), QStringLiteral("retry: request")),
             qPrintable(all));
    QVERIFY2(has(QStringLiteral("contractdesk.sync"), QStringLiteral("HTTP 500")), qPrintable(all));
    QVERIFY2(has(QStringLiteral("contractdesk.auth"), QStringLiteral("token renewal")),
             qPrintable(all));
    QVERIFY2(has(QStringLiteral("contractdesk.auth"), QStringLiteral("signed in")),
             qPrintable(all));
    QVERIFY2(has(QStringLiteral("contractdesk.sync"), QStringLiteral("push finished")),
             qPrintable(all));
}

QTEST_MAIN(TestSyncLogging)
#include "tst_synclogging.moc"
