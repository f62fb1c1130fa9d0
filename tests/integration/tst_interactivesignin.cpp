// Interactive sign-in (authorization code with a loopback redirect) against a Procore stand-in:
// the browser step is a plain GET that follows the redirect back to this machine; the refresh
// token lands in the real keychain, and every later sign-in stores the next single-use one.
// Every step is a job on this event loop: nothing waits in a nested loop.

#include "credentialstore.h"
#include "interactivesignin.h"
#include "mockvendorserver.h"
#include "schemaregistry.h"
#include "signinjob.h"
#include "standinprofile.h"
#include "testkeychain.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <optional>

class TestInteractiveSignIn : public QObject
{
    Q_OBJECT

private slots:
    void signsInThenRefreshesWithSingleUseTokens();
    void abortingStopsListening();

private:
    // The stored text of a keychain entry (a failure when it cannot be read).
    static Result<QString> stored(const QString &key);
    static Result<Authenticator::SignedIn>
    signIn(const ConnectionProfile &profile, const QString &secret, QNetworkAccessManager *network);
};

Result<QString> TestInteractiveSignIn::stored(const QString &key)
{
    return TestKeychain::read(key);
}

Result<Authenticator::SignedIn> TestInteractiveSignIn::signIn(const ConnectionProfile &profile,
                                                              const QString &secret,
                                                              QNetworkAccessManager *network)
{
    SignInJob job(profile, secret, network);
    std::optional<Result<Authenticator::SignedIn>> result;
    QObject::connect(&job, &SignInJob::finished, &job,
                     [&](const Result<Authenticator::SignedIn> &done) { result = done; });
    job.start();
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 20000)
        QTest::qWait(10);
    return result ? *result : Result<Authenticator::SignedIn>::failure(QStringLiteral("no answer"));
}

void TestInteractiveSignIn::signsInThenRefreshesWithSingleUseTokens()
{
    const auto registry = SchemaRegistry::loadBuiltIn().value();
    MockVendorServer server(*registry.find(QStringLiteral("procore.work_order_contract")));
    QVERIFY(server.listen());
    ConnectionProfile profile =
            StandInProfile::make(server, QStringLiteral("user"), QStringLiteral("procore"));
    profile.auth = QStringLiteral("oauth-authorization-code");

    QNetworkAccessManager network;
    QUrl opened;
    InteractiveSignIn job(profile, server.secret, &network, [&](const QUrl &url) {
        opened = url;
        QNetworkReply *browser = network.get(QNetworkRequest(url)); // follows the redirect
        QObject::connect(browser, &QNetworkReply::finished, browser, &QObject::deleteLater);
    });
    QSignalSpy finished(&job, &InteractiveSignIn::finished);
    job.start();
    QVERIFY(finished.isEmpty()); // never inside start()
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<JobOutcome>();
    QVERIFY2(outcome.isCompleted(), qPrintable(outcome.message()));
    QCOMPARE(opened.path(), QStringLiteral("/oauth/authorize"));
    QCOMPARE(server.refreshToken, QStringLiteral("refresh-1"));
    const auto kept = stored(InteractiveSignIn::refreshKey(profile.name));
    QVERIFY2(kept, qPrintable(kept.error()));
    QCOMPARE(kept.value(), QStringLiteral("refresh-1"));

    // Later runs sign in with the refresh token, and keep the next one at once.
    for (int n = 2; n <= 3; ++n) {
        const auto signedIn = signIn(profile, server.secret, &network);
        QVERIFY2(signedIn, qPrintable(signedIn.error()));
        QVERIFY(signedIn->headers.contains({"Authorization", "Bearer " + server.token.toLatin1()}));
        QCOMPARE(stored(InteractiveSignIn::refreshKey(profile.name)).value(),
                 QStringLiteral("refresh-%1").arg(n));
    }
    // A used refresh token is refused: the stored one must be the newest.
    server.refreshToken = QStringLiteral("revoked");
    const auto refused = signIn(profile, server.secret, &network);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("refused the sign-in")));
}

void TestInteractiveSignIn::abortingStopsListening()
{
    ConnectionProfile profile =
            ConnectionProfile::withDefaults(QStringLiteral("user"), QStringLiteral("procore"));
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.authUrl = profile.baseUrl;
    profile.companyId = QStringLiteral("4264");
    profile.clientId = QStringLiteral("cd-client");
    QNetworkAccessManager network;
    QUrl opened;
    InteractiveSignIn job(profile, QStringLiteral("secret"), &network,
                          [&](const QUrl &url) { opened = url; });
    QSignalSpy finished(&job, &InteractiveSignIn::finished);
    job.start();
    QTRY_VERIFY(opened.isValid()); // the browser was asked; the user never answers
    QVERIFY(job.isRunning());
    job.abort();
    QVERIFY(!job.isRunning());
    // The loopback address no longer answers, and nothing is reported.
    const QUrl back(
            QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY(back.isValid() && back.port() > 0);
    QNetworkReply *late = network.get(QNetworkRequest(back));
    QSignalSpy answered(late, &QNetworkReply::finished);
    QVERIFY(answered.wait(5000));
    QVERIFY(late->error() != QNetworkReply::NoError);
    delete late;
    QCOMPARE(finished.size(), 0);
}

QTEST_MAIN(TestInteractiveSignIn)
#include "tst_interactivesignin.moc"
