#include "testkeychain.h"

#include "credentialstore.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

Result<QString> TestKeychain::read(const QString &key)
{
    CredentialJob *job = CredentialStore().read(key);
    std::optional<Result<QString>> result;
    QObject::connect(job, &CredentialJob::finished, job,
                     [&](const Result<QString> &read) { result = read; });
    job->start();
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 10000)
        QTest::qWait(10);
    delete job;
    return result ? *result : Result<QString>::failure(QStringLiteral("no answer"));
}
