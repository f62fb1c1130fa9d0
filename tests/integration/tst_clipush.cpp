// contractdesk-cli profile and push, as scripts use them, against a Procore stand-in in this
// process: the secret goes to the real system keychain (the suite runs under a throw-away
// gnome-keyring), sign-in by OAuth client credentials, a dry run that shows the exact payload
// and never a secret, then the push with its JSON-lines report and the results in the file.

#include "clirunner.h"
#include "mockvendorserver.h"
#include "schemaregistry.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCliPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profileThenPushThenPushAgain();
    void primaveraWithPlainBasic();
    void profileAddWithoutAKeychainReadsTheVariable();
    void verboseLogsToStderrAndNothingElseChanges();

private:
    QTemporaryDir m_dir; // before cli, which keeps its settings in it
    using Run = CliRunner::Run;
    CliRunner cli{QStringLiteral(CLI_EXE), m_dir.filePath(QStringLiteral("config"))};

    std::optional<SchemaRegistry> m_registry;
};

void TestCliPush::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

void TestCliPush::profileThenPushThenPushAgain()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    const QString base = server.baseUrl().toString();
    const QString workspace = m_dir.filePath(QStringLiteral("push.cdw"));
    const QString demo =
            QStringLiteral(CD_SOURCE_DIR "/resources/demo/procore.work_order_contract.csv");
    Run run = cli({QStringLiteral("import"), demo, QStringLiteral("--target"), schema.id(),
                   QStringLiteral("--workspace"), workspace});
    QCOMPARE(run.exitCode, 0);

    // The secret from the environment goes to the keychain, never into the settings.
    run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("stand-in"),
               QStringLiteral("--vendor"), QStringLiteral("procore"), QStringLiteral("--base-url"),
               base, QStringLiteral("--company-id"), server.companyId,
               QStringLiteral("--client-id"), server.clientId, QStringLiteral("--secret-env"),
               QStringLiteral("CD_TEST_SECRET")},
              server.secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(run.out.startsWith(QStringLiteral("stand-in\tprocore\t") + base));
    const QDir config(m_dir.filePath(QStringLiteral("config")));
    for (const QString &file : config.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(config.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(server.secret.toUtf8()));
    }
    QFile settings(config.filePath(QStringLiteral("ContractDesk/profiles.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(server.secret.toUtf8()));

    // Without the variable the secret comes from the keychain: the test signs in.
    run = cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("stand-in")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(server.signIns, 1);
    // A wrong secret in the variable wins over the keychain, and is refused in words.
    run = cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("stand-in")},
              QStringLiteral("wrong"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("refused the sign-in")), qPrintable(run.err));

    // The dry run shows each request and sends nothing.
    const QStringList push = {QStringLiteral("push"),
                              QStringLiteral("--workspace"),
                              workspace,
                              QStringLiteral("--target"),
                              schema.id(),
                              QStringLiteral("--profile"),
                              QStringLiteral("stand-in")};
    run = cli(push + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("PATCH /rest/v1.0/work_order_contracts/sync")));
    QVERIFY(run.out.contains(QStringLiteral("\"origin_id\": \"CD-")));
    QVERIFY(!run.out.contains(server.secret) && !run.err.contains(server.secret));
    QVERIFY2(run.err.contains(QStringLiteral("8 to create, 0 to update, 0 blocked")),
             qPrintable(run.err));
    QCOMPARE(server.createCount(), 0);

    // The push: a JSON line per row, every row created once.
    const QString report = m_dir.filePath(QStringLiteral("report.jsonl"));
    server.queueFaults({MockVendorServer::Fault::DropAfterCommit});
    run = cli(push + QStringList{QStringLiteral("--report"), report});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QFile lines(report);
    QVERIFY(lines.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = lines.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 8);
    for (const QByteArray &line : rows) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("created"));
        QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QVERIFY(!o.value(QStringLiteral("remoteId")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("row")).toInt() >= 1);
        QVERIFY(o.contains(QStringLiteral("httpStatus")) && o.contains(QStringLiteral("message")));
    }
    QCOMPARE(server.createCount(), 8);
    QVERIFY(server.violations().isEmpty());

    // The second push of rows 2-3 updates them.
    run = cli(push + QStringList{QStringLiteral("--rows"), QStringLiteral("2-3"),
                                 QStringLiteral("--report"), report});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(lines.seek(0));
    const QList<QByteArray> again = lines.readAll().trimmed().split('\n');
    QCOMPARE(again.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(again.first()).object().value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("updated")));
    QCOMPARE(server.createCount(), 8);
    auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting);
    QCOMPARE(ws.value()->syncHistory().size(), 10);

    run = cli(push + QStringList{QStringLiteral("--rows"), QStringLiteral("9-12")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("stand-in")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("stand-in")})
                     .exitCode,
             2);
}

void TestCliPush::primaveraWithPlainBasic()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.commitment"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.acceptBasic = true;
    const QString workspace = m_dir.filePath(QStringLiteral("basic.cdw"));
    const QString demo = QStringLiteral(CD_SOURCE_DIR "/resources/demo/primavera.commitment.csv");
    QCOMPARE(cli({QStringLiteral("import"), demo, QStringLiteral("--target"), schema.id(),
                  QStringLiteral("--workspace"), workspace})
                     .exitCode,
             0);
    Run run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("prime"),
                   QStringLiteral("--vendor"), QStringLiteral("primavera"),
                   QStringLiteral("--base-url"), server.baseUrl().toString(),
                   QStringLiteral("--username"), server.username, QStringLiteral("--auth"),
                   QStringLiteral("basic"), QStringLiteral("--secret-env"),
                   QStringLiteral("CD_TEST_SECRET")},
                  server.secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("push"), QStringLiteral("--workspace"), workspace,
               QStringLiteral("--target"), schema.id(), QStringLiteral("--profile"),
               QStringLiteral("prime")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(server.signIns, 0); // no token exchange: Basic on every call
    QVERIFY(server.createCount() > 0);
    QVERIFY(server.violations().isEmpty());
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x"),
                  QStringLiteral("--vendor"), QStringLiteral("procore"),
                  QStringLiteral("--base-url"), server.baseUrl().toString(),
                  QStringLiteral("--auth"), QStringLiteral("basic")})
                     .exitCode,
             2);
}

// A server or CI machine has no keychain: the profile is kept, the secret read from the variable
// at run time.
void TestCliPush::profileAddWithoutAKeychainReadsTheVariable()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    CliRunner headless{QStringLiteral(CLI_EXE), m_dir.filePath(QStringLiteral("headless"))};
    headless.environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                QStringLiteral("unix:path=") +
                                        m_dir.filePath(QStringLiteral("no-bus-here")));
    const QStringList add = {QStringLiteral("profile"),
                             QStringLiteral("add"),
                             QStringLiteral("ci"),
                             QStringLiteral("--vendor"),
                             QStringLiteral("procore"),
                             QStringLiteral("--base-url"),
                             server.baseUrl().toString(),
                             QStringLiteral("--company-id"),
                             server.companyId,
                             QStringLiteral("--client-id"),
                             server.clientId,
                             QStringLiteral("--secret-env"),
                             QStringLiteral("CD_TEST_SECRET")};
    Run run = headless(add, server.secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Saved profile 'ci'")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("environment variable CD_TEST_SECRET")),
             qPrintable(run.err));
    QVERIFY(run.err.endsWith(QLatin1Char('\n')));
    run = headless({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("ci")},
                   server.secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(server.signIns, 1);
    // Without the variable there is nowhere to read the secret from, and it says so.
    run = headless({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("ci")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

// --verbose, before or after the command, turns the contractdesk.* categories on to stderr: the
// retry of a push shows there, no secret or token does. Without it stderr has no log line.
void TestCliPush::verboseLogsToStderrAndNothingElseChanges()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.secret = QStringLiteral("Sec-verbose-b71c");
    server.token = QStringLiteral("Tok-verbose-4e09");
    const QString workspace = m_dir.filePath(QStringLiteral("verbose.cdw"));
    const QString demo =
            QStringLiteral(CD_SOURCE_DIR "/resources/demo/procore.work_order_contract.csv");
    QCOMPARE(cli({QStringLiteral("import"), demo, QStringLiteral("--target"), schema.id(),
                  QStringLiteral("--workspace"), workspace})
                     .exitCode,
             0);
    Run run =
            cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("verbose"),
                 QStringLiteral("--vendor"), QStringLiteral("procore"),
                 QStringLiteral("--base-url"), server.baseUrl().toString(),
                 QStringLiteral("--company-id"), server.companyId, QStringLiteral("--client-id"),
                 server.clientId, QStringLiteral("--secret-env"), QStringLiteral("CD_TEST_SECRET")},
                server.secret);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList push = {QStringLiteral("push"),
                              QStringLiteral("--workspace"),
                              workspace,
                              QStringLiteral("--target"),
                              schema.id(),
                              QStringLiteral("--profile"),
                              QStringLiteral("verbose")};

    // The sign-in goes through, the push's first request meets a 500.
    server.queueFaults({MockVendorServer::Fault::None, MockVendorServer::Fault::ServerError});
    const Run quiet = cli(push, server.secret);
    QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err + quiet.out));
    QVERIFY2(!quiet.err.contains(QStringLiteral("contractdesk.")), qPrintable(quiet.err));

    for (const QStringList &args : {QStringList{QStringLiteral("--verbose")} + push,
                                    push + QStringList{QStringLiteral("--verbose")}}) {
        server.queueFaults({MockVendorServer::Fault::None, MockVendorServer::Fault::ServerError});
        run = cli(args, server.secret);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.err.contains(QStringLiteral("contractdesk.sync")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("retry: request")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("contractdesk.auth")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("contractdesk.storage")), qPrintable(run.err));
        QVERIFY(!run.err.contains(server.secret) && !run.err.contains(server.token));
        QVERIFY(!run.err.contains(QStringLiteral("Bearer")));
        // The report on stdout is the same with or without the log.
        QVERIFY(!run.out.contains(QStringLiteral("contractdesk.")));
        QCOMPARE(run.out.count(QLatin1Char('\n')), quiet.out.count(QLatin1Char('\n')));
    }
    QCOMPARE(server.createCount(), 8);
}

QTEST_MAIN(TestCliPush)
#include "tst_clipush.moc"
