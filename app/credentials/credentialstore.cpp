#include "credentialstore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

// Runs a keychain job to its end; the error text, or empty.
QString runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

} // namespace

Status CredentialStore::write(const QString &key, const QString &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    const QString error = runJob(job);
    if (!error.isEmpty())
        return Status::failure(
                tr("The secret cannot be saved in the system keychain: %1").arg(error));
    return Status();
}

Result<QString> CredentialStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    const QString error = runJob(job);
    if (!error.isEmpty())
        return Result<QString>::failure(
                tr("The secret cannot be read from the system keychain: %1").arg(error));
    return job.textData();
}

Status CredentialStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    const QString error = runJob(job);
    // Nothing stored under the key is what removing it wants.
    if (!error.isEmpty() && job.error() != QKeychain::EntryNotFound)
        return Status::failure(
                tr("The secret cannot be removed from the system keychain: %1").arg(error));
    return Status();
}
