// WorkspaceLocation: what a workspace's address means, and what is refused with which words.

#include "workspacelocation.h"

#include <QTest>

class TestWorkspaceLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePathsStayAsWritten_data();
    void filePathsStayAsWritten();
    void teamAddressesAreRead_data();
    void teamAddressesAreRead();
    void unusableAddressesAreRefused_data();
    void unusableAddressesAreRefused();
    void aPasswordIsNeverRepeated();
};

void TestWorkspaceLocation::filePathsStayAsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("relative") << QStringLiteral("jobs.cdw");
    QTest::newRow("absolute") << QStringLiteral("/home/anna/Month end/jobs.cdw");
    QTest::newRow("windows") << QStringLiteral("C:\\Users\\anna\\jobs.cdw");
    QTest::newRow("unc") << QStringLiteral("\\\\fileserver\\share\\jobs.cdw");
    QTest::newRow("no extension") << QStringLiteral("jobs");
    // Only the scheme at the start makes an address: a folder named like one is a path.
    QTest::newRow("scheme-like folder") << QStringLiteral("backup/postgresql://x.cdw");
    QTest::newRow("other scheme") << QStringLiteral("file:///home/anna/jobs.cdw");
}

void TestWorkspaceLocation::filePathsStayAsWritten()
{
    QFETCH(QString, text);
    const auto location = WorkspaceLocation::parse(text);
    QVERIFY2(location, qPrintable(location.error()));
    QVERIFY(!location->isTeam());
    QCOMPARE(location->filePath(), text);
    QCOMPARE(location->toString(), text);
    QVERIFY(location->host().isEmpty());
    QVERIFY(location->database().isEmpty());

    const WorkspaceLocation file = WorkspaceLocation::file(text);
    QVERIFY(!file.isTeam());
    QCOMPARE(file.filePath(), text);
}

void TestWorkspaceLocation::teamAddressesAreRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("default port") << QStringLiteral("postgresql://anna@db.example.com/contracts")
                                  << QStringLiteral("anna") << QStringLiteral("db.example.com")
                                  << 5432 << QStringLiteral("contracts") << QString()
                                  << QStringLiteral(
                                             "postgresql://anna@db.example.com:5432/contracts");
    QTest::newRow("port") << QStringLiteral("postgresql://anna@db.example.com:6543/contracts")
                          << QStringLiteral("anna") << QStringLiteral("db.example.com") << 6543
                          << QStringLiteral("contracts") << QString()
                          << QStringLiteral("postgresql://anna@db.example.com:6543/contracts");
    QTest::newRow("short scheme, upper case")
            << QStringLiteral("Postgres://anna@db.example.com/contracts") << QStringLiteral("anna")
            << QStringLiteral("db.example.com") << 5432 << QStringLiteral("contracts") << QString()
            << QStringLiteral("postgresql://anna@db.example.com:5432/contracts");
    QTest::newRow("spaces around")
            << QStringLiteral("  postgresql://anna@10.0.0.7/jobs\n") << QStringLiteral("anna")
            << QStringLiteral("10.0.0.7") << 5432 << QStringLiteral("jobs") << QString()
            << QStringLiteral("postgresql://anna@10.0.0.7:5432/jobs");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://anna@[::1]:5433/jobs")
                          << QStringLiteral("anna") << QStringLiteral("::1") << 5433
                          << QStringLiteral("jobs") << QString()
                          << QStringLiteral("postgresql://anna@[::1]:5433/jobs");
    QTest::newRow("sslmode require")
            << QStringLiteral("postgresql://anna@db.example.com/contracts?sslmode=require")
            << QStringLiteral("anna") << QStringLiteral("db.example.com") << 5432
            << QStringLiteral("contracts") << QStringLiteral("require")
            << QStringLiteral("postgresql://anna@db.example.com:5432/contracts?sslmode=require");
    QTest::newRow("sslmode verify-full, port")
            << QStringLiteral("postgresql://anna@db.example.com:5433/contracts?sslmode=verify-full")
            << QStringLiteral("anna") << QStringLiteral("db.example.com") << 5433
            << QStringLiteral("contracts") << QStringLiteral("verify-full")
            << QStringLiteral(
                       "postgresql://anna@db.example.com:5433/contracts?sslmode=verify-full");
    QTest::newRow("escaped user and database")
            << QStringLiteral("postgresql://anna%40acme@db.example.com/month%20end")
            << QStringLiteral("anna@acme") << QStringLiteral("db.example.com") << 5432
            << QStringLiteral("month end") << QString()
            << QStringLiteral("postgresql://anna%40acme@db.example.com:5432/month%20end");
}

void TestWorkspaceLocation::teamAddressesAreRead()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, sslMode);
    QFETCH(QString, canonical);

    const auto location = WorkspaceLocation::parse(text);
    QVERIFY2(location, qPrintable(location.error()));
    QVERIFY(location->isTeam());
    QCOMPARE(location->user(), user);
    QCOMPARE(location->host(), host);
    QCOMPARE(location->port(), port);
    QCOMPARE(location->database(), database);
    QCOMPARE(location->sslMode(), sslMode);
    QVERIFY(location->filePath().isEmpty());
    QCOMPARE(location->toString(), canonical);

    // The canonical form reads back to the same place: titles and recent lists reopen it.
    const auto again = WorkspaceLocation::parse(location->toString());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->toString(), canonical);
    QCOMPARE(again->user(), user);
    QCOMPARE(again->database(), database);
    QCOMPARE(again->port(), port);
}

void TestWorkspaceLocation::unusableAddressesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty") << QString() << QStringLiteral("No workspace was named");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("No workspace was named");
    QTest::newRow("no user") << QStringLiteral("postgresql://db.example.com/contracts")
                             << QStringLiteral("names no user");
    QTest::newRow("no host") << QStringLiteral("postgresql://anna@/contracts")
                             << QStringLiteral("names no server");
    QTest::newRow("nothing after the scheme")
            << QStringLiteral("postgresql://") << QStringLiteral("postgresql://USER@HOST");
    QTest::newRow("no database") << QStringLiteral("postgresql://anna@db.example.com")
                                 << QStringLiteral("names no database");
    QTest::newRow("empty database") << QStringLiteral("postgresql://anna@db.example.com:5432/")
                                    << QStringLiteral("names no database");
    QTest::newRow("database with a slash")
            << QStringLiteral("postgresql://anna@db.example.com/contracts/2026")
            << QStringLiteral("names no database");
    QTest::newRow("port not a number")
            << QStringLiteral("postgresql://anna@db.example.com:pg/contracts")
            << QStringLiteral("not a valid address");
    QTest::newRow("port too large")
            << QStringLiteral("postgresql://anna@db.example.com:70000/contracts")
            << QStringLiteral("postgresql://USER@HOST[:PORT]/DBNAME");
    QTest::newRow("unknown sslmode")
            << QStringLiteral("postgresql://anna@db.example.com/contracts?sslmode=yes")
            << QStringLiteral("sslmode=yes is not known; use one of disable, allow, prefer, "
                              "require, verify-ca, verify-full");
    QTest::newRow("other option")
            << QStringLiteral("postgresql://anna@db.example.com/contracts?connect_timeout=5")
            << QStringLiteral("The option connect_timeout");
}

void TestWorkspaceLocation::unusableAddressesAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto location = WorkspaceLocation::parse(text);
    QVERIFY2(!location, qPrintable(text));
    QVERIFY2(location.error().contains(says), qPrintable(location.error()));
}

void TestWorkspaceLocation::aPasswordIsNeverRepeated()
{
    for (const QString &text :
         {QStringLiteral("postgresql://anna:S3cret!x@db.example.com/contracts"),
          QStringLiteral(
                  "postgresql://anna:S3cret!x@db.example.com:5433/contracts?sslmode=require"),
          QStringLiteral("postgres://anna:S3cret!x@db.example.com/contracts")}) {
        const auto location = WorkspaceLocation::parse(text);
        QVERIFY2(!location, qPrintable(text));
        QVERIFY2(location.error().contains(QStringLiteral("contains a password")),
                 qPrintable(location.error()));
        QVERIFY2(location.error().contains(QStringLiteral("PGPASSWORD")),
                 qPrintable(location.error()));
        // Refused without repeating it: the message may end up in a log or a ticket.
        QVERIFY2(!location.error().contains(QStringLiteral("S3cret")),
                 qPrintable(location.error()));
    }
}

QTEST_GUILESS_MAIN(TestWorkspaceLocation)
#include "tst_workspacelocation.moc"
