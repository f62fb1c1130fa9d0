#include "connectionprofile.h"
#include "vendortraits.h"

#include <QTest>

class TestVendorTraits : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void unknownVendor();
    void environment_data();
    void environment();
    void loginHost_data();
    void loginHost();
    void rateLimitResetHeaders();
};

void TestVendorTraits::values_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QUrl>("loginUrl");
    QTest::addColumn<QString>("apiRoot");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("oauthPrefix");
    QTest::addColumn<QByteArray>("companyHeader");
    QTest::addColumn<int>("maxConcurrent");
    QTest::addColumn<int>("maxPerSecond");
    QTest::addColumn<QByteArray>("resetHeader");
    QTest::addColumn<bool>("companyWide");

    QTest::newRow("procore") << QStringLiteral("procore") << QStringLiteral("Procore")
                             << QUrl(QStringLiteral("https://api.procore.com"))
                             << QUrl(QStringLiteral("https://login.procore.com")) << QString()
                             << QStringLiteral("oauth-client-credentials")
                             << QStringLiteral("/oauth") << QByteArray("Procore-Company-Id") << 4
                             << 0 << QByteArray("X-Rate-Limit-Reset") << false;
    QTest::newRow("primavera") << QStringLiteral("primavera")
                               << QStringLiteral("Oracle Primavera Cloud") << QUrl() << QUrl()
                               << QStringLiteral("/primeapi/restapi")
                               << QStringLiteral("primavera-token") << QStringLiteral("/oauth2")
                               << QByteArray() << 4 << 55 << QByteArray() << false;
    QTest::newRow("intacct") << QStringLiteral("intacct") << QStringLiteral("Sage Intacct")
                             << QUrl(QStringLiteral("https://api.intacct.com/ia/api/v1")) << QUrl()
                             << QString() << QStringLiteral("oauth-client-credentials")
                             << QStringLiteral("/oauth2") << QByteArray() << 2 << 0 << QByteArray()
                             << true;
}

void TestVendorTraits::values()
{
    QFETCH(QString, vendor);
    const VendorTraits &t = VendorTraits::of(vendor);
    QVERIFY(t.isKnown());
    QCOMPARE(t.id, vendor);
    QTEST(t.displayName, "displayName");
    QTEST(t.defaultBaseUrl, "baseUrl");
    QTEST(t.defaultLoginUrl, "loginUrl");
    QTEST(t.defaultApiRoot, "apiRoot");
    QTEST(t.defaultAuth, "auth");
    QTEST(t.oauthPathPrefix, "oauthPrefix");
    QTEST(t.companyHeader, "companyHeader");
    QTEST(t.maxConcurrent, "maxConcurrent");
    QTEST(t.maxPerSecond, "maxPerSecond");
    QTEST(t.rateLimitResetHeader, "resetHeader");
    QTEST(t.readsCompanyWide, "companyWide");
    QVERIFY(VendorTraits::ids().contains(vendor));
    QCOMPARE(ConnectionProfile::vendorLabel(vendor), t.displayName);

    // A new profile starts from these values.
    const ConnectionProfile p = ConnectionProfile::withDefaults(QStringLiteral("p"), vendor);
    QTEST(p.baseUrl, "baseUrl");
    QTEST(p.authUrl, "loginUrl");
    QTEST(p.apiRoot, "apiRoot");
    QTEST(p.auth, "auth");
}

void TestVendorTraits::unknownVendor()
{
    const VendorTraits &t = VendorTraits::of(QStringLiteral("acme"));
    QVERIFY(!t.isKnown());
    QCOMPARE(t.maxConcurrent, 4);
    QCOMPARE(t.maxPerSecond, 0);
    QVERIFY(t.companyHeader.isEmpty());
    QVERIFY(t.defaultBaseUrl.isEmpty());
    QCOMPARE(ConnectionProfile::vendorLabel(QStringLiteral("acme")), QStringLiteral("acme"));
    QCOMPARE(VendorTraits::ids(),
             (QStringList{QStringLiteral("procore"), QStringLiteral("primavera"),
                          QStringLiteral("intacct")}));
}

void TestVendorTraits::environment_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<VendorTraits::Environment>("environment");
    using E = VendorTraits::Environment;
    const auto url = [](const char *s) { return QUrl(QString::fromLatin1(s)); };
    QTest::newRow("procore production") << url("https://api.procore.com") << E::Production;
    QTest::newRow("procore login") << url("https://login.procore.com") << E::Production;
    QTest::newRow("procore sandbox") << url("https://sandbox.procore.com") << E::Sandbox;
    QTest::newRow("procore login sandbox")
            << url("https://login-sandbox.procore.com") << E::Sandbox;
    QTest::newRow("procore monthly") << url("https://api-monthly.procore.com") << E::Sandbox;
    QTest::newRow("monthly elsewhere") << url("https://api-monthly.example.com") << E::Production;
    QTest::newRow("intacct production")
            << url("https://api.intacct.com/ia/api/v1") << E::Production;
    QTest::newRow("primavera tenant") << url("https://primavera.oraclecloud.com") << E::Production;
    QTest::newRow("any sandbox label") << url("https://acme-sandbox.oraclecloud.com") << E::Sandbox;
    QTest::newRow("upper case") << url("https://SANDBOX.procore.com") << E::Sandbox;
    QTest::newRow("localhost") << url("http://localhost:8080") << E::TestHost;
    QTest::newRow("127.0.0.1") << url("http://127.0.0.1:3000") << E::TestHost;
    QTest::newRow("127.5.6.7") << url("http://127.5.6.7") << E::TestHost;
    QTest::newRow("::1") << url("http://[::1]:8080") << E::TestHost;
    QTest::newRow("lan host") << url("http://192.168.1.10") << E::Production;
    QTest::newRow("no host") << QUrl() << E::Production;
}

void TestVendorTraits::environment()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(VendorTraits::Environment, environment);
    QCOMPARE(VendorTraits::environmentOf(baseUrl), environment);
    ConnectionProfile p;
    p.baseUrl = baseUrl;
    QCOMPARE(p.environment(), environment);
}

void TestVendorTraits::loginHost_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QUrl>("loginUrl");
    const auto url = [](const char *s) { return QUrl(QString::fromLatin1(s)); };
    QTest::newRow("procore production")
            << QStringLiteral("procore") << url("https://api.procore.com")
            << url("https://login.procore.com");
    QTest::newRow("procore sandbox")
            << QStringLiteral("procore") << url("https://sandbox.procore.com")
            << url("https://sandbox.procore.com");
    QTest::newRow("procore stand-in") << QStringLiteral("procore") << url("http://127.0.0.1:8080")
                                      << url("http://127.0.0.1:8080");
    QTest::newRow("intacct") << QStringLiteral("intacct")
                             << url("https://api.intacct.com/ia/api/v1") << QUrl();
    QTest::newRow("primavera") << QStringLiteral("primavera") << url("http://localhost:9000")
                               << QUrl();
}

void TestVendorTraits::loginHost()
{
    QFETCH(QString, vendor);
    QFETCH(QUrl, baseUrl);
    QTEST(VendorTraits::of(vendor).loginUrlFor(baseUrl), "loginUrl");
}

void TestVendorTraits::rateLimitResetHeaders()
{
    QCOMPARE(VendorTraits::rateLimitResetHeaders(), QByteArrayList{"X-Rate-Limit-Reset"});
}

QTEST_GUILESS_MAIN(TestVendorTraits)
#include "tst_vendortraits.moc"
