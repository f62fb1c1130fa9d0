// Where a profile pushes: production, a sandbox or a test host, by its base URL.

#include "connectionprofile.h"

#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void environment_data();
    void environment();
    void vendorLabels();
};

using Environment = ConnectionProfile::Environment;
Q_DECLARE_METATYPE(ConnectionProfile::Environment)

void TestConnectionProfile::environment_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<Environment>("expected");
    const QString procore = QStringLiteral("procore");
    const QString primavera = QStringLiteral("primavera");
    const QString intacct = QStringLiteral("intacct");
    QTest::newRow("procore production")
            << procore << QStringLiteral("https://api.procore.com") << Environment::Production;
    QTest::newRow("procore sandbox")
            << procore << QStringLiteral("https://sandbox.procore.com") << Environment::Sandbox;
    QTest::newRow("procore monthly sandbox")
            << procore << QStringLiteral("https://api-monthly.procore.com") << Environment::Sandbox;
    QTest::newRow("stand-in on 127.0.0.1")
            << procore << QStringLiteral("http://127.0.0.1:8765") << Environment::TestHost;
    QTest::newRow("localhost") << intacct << QStringLiteral("http://LocalHost:9/ia/api/v1")
                               << Environment::TestHost;
    QTest::newRow("ipv6 loopback")
            << primavera << QStringLiteral("http://[::1]:8080") << Environment::TestHost;
    QTest::newRow("intacct production")
            << intacct << QStringLiteral("https://api.intacct.com/ia/api/v1")
            << Environment::Production;
    QTest::newRow("primavera production")
            << primavera << QStringLiteral("https://primavera.oraclecloud.com")
            << Environment::Production;
    QTest::newRow("a sandbox label anywhere")
            << primavera << QStringLiteral("https://acme-sandbox.oraclecloud.com")
            << Environment::Sandbox;
    // An unknown host is production: a push to it is confirmed, never assumed harmless.
    QTest::newRow("unknown host") << procore << QStringLiteral("https://procore.example.com")
                                  << Environment::Production;
    QTest::newRow("monthly outside procore")
            << intacct << QStringLiteral("https://monthly.example.com") << Environment::Production;
    QTest::newRow("127 inside a name is no loopback")
            << procore << QStringLiteral("https://127.example.com") << Environment::Production;
}

void TestConnectionProfile::environment()
{
    QFETCH(QString, vendor);
    QFETCH(QString, baseUrl);
    QFETCH(Environment, expected);
    ConnectionProfile profile = ConnectionProfile::withDefaults(QStringLiteral("p"), vendor);
    profile.baseUrl = QUrl(baseUrl);
    QCOMPARE(profile.environment(), expected);
    QCOMPARE(profile.isProduction(), expected == Environment::Production);
    QVERIFY(!ConnectionProfile::environmentName(expected).isEmpty());
}

void TestConnectionProfile::vendorLabels()
{
    QCOMPARE(ConnectionProfile::vendorLabel(QStringLiteral("procore")), QStringLiteral("Procore"));
    QCOMPARE(ConnectionProfile::vendorLabel(QStringLiteral("intacct")),
             QStringLiteral("Sage Intacct"));
    QCOMPARE(ConnectionProfile::vendorLabel(QStringLiteral("primavera")),
             QStringLiteral("Oracle Primavera Cloud"));
    // A new vendor's profile is production until its host says otherwise.
    for (const QString &vendor : ConnectionProfile::vendors()) {
        const ConnectionProfile p = ConnectionProfile::withDefaults(QStringLiteral("p"), vendor);
        if (!p.baseUrl.isEmpty())
            QVERIFY(p.isProduction());
    }
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
