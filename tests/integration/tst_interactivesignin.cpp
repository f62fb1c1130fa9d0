// Interactive sign-in (authorization code with a loopback redirect) against a Procore stand-in:
// the browser step is a plain GET that follows the redirect back to this machine; the refresh
// token lands in the real keychain, and every later sign-in stores the next single-use one.

#include "authenticator.h"
#include "credentialstore.h"
#include "interactivesignin.h"
#include "mockvendorserver.h"
#include "schemaregistry.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

class TestInteractiveSignIn : public QObject
{
    Q_OBJECT

private slots:
    void signsInThenRefreshesWithSingleUseTokens();
};

void TestInteractiveSignIn::signsInThenRefreshesWithSingleUseTokens()
{
    const auto registry = SchemaRegistry::loadBuiltIn().value();
    MockVendorServer server(*registry.find(QStringLiteral("procore.work_order_contract")));
    QVERIFY(server.listen());
    ConnectionProfile profile =
            ConnectionProfile::withDefaults(QStringLiteral("user"), QStringLiteral("procore"));
    profile.baseUrl = server.baseUrl();
    profile.authUrl = server.baseUrl();
    profile.companyId = server.companyId;
    profile.clientId = server.clientId;
    profile.auth = QStringLiteral("oauth-authorization-code");

    QNetworkAccessManager network;
    QUrl opened;
    InteractiveSignIn signIn(&network, [&](const QUrl &url) {
        opened = url;
        QNetworkReply *browser = network.get(QNetworkRequest(url)); // follows the redirect
        QObject::connect(browser, &QNetworkReply::finished, browser, &QObject::deleteLater);
    });
    const Status done = signIn.run(profile, server.secret, 20000);
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(opened.path(), QStringLiteral("/oauth/authorize"));
    QCOMPARE(server.refreshToken, QStringLiteral("refresh-1"));
    auto stored = CredentialStore().read(InteractiveSignIn::refreshKey(profile.name));
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored.value(), QStringLiteral("refresh-1"));

    // Later runs sign in with the refresh token, and keep the next one at once.
    for (int n = 2; n <= 3; ++n) {
        const auto headers = Authenticator(&network).signIn(profile, server.secret);
        QVERIFY2(headers, qPrintable(headers.error()));
        QVERIFY(headers->contains({"Authorization", "Bearer " + server.token.toLatin1()}));
        QCOMPARE(CredentialStore().read(InteractiveSignIn::refreshKey(profile.name)).value(),
                 QStringLiteral("refresh-%1").arg(n));
    }
    // A used refresh token is refused: the stored one must be the newest.
    server.refreshToken = QStringLiteral("revoked");
    const auto refused = Authenticator(&network).signIn(profile, server.secret);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("refused the sign-in")));
}

QTEST_MAIN(TestInteractiveSignIn)
#include "tst_interactivesignin.moc"
