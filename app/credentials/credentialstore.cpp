#include "credentialstore.h"

#include <qt6keychain/keychain.h>

CredentialJob::CredentialJob(QString service, Action action, QString key, QString secret,
                             QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_action(action)
    , m_key(std::move(key))
    , m_secret(std::move(secret))
{}

CredentialJob::~CredentialJob()
{
    abort();
}

void CredentialJob::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_action == Action::Read && m_known) {
        const QString known = *m_known;
        QMetaObject::invokeMethod(
                this, [this, known] { finish(known); }, Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (m_action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_secret);
        job = write;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(m_key);
    job->setAutoDelete(true); // it deletes itself once finished, whether anyone listens or not
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &CredentialJob::onKeychainFinished);
    // From the event loop, so that finished() never comes inside start().
    QMetaObject::invokeMethod(
            job, [job] { job->start(); }, Qt::QueuedConnection);
}

void CredentialJob::abort()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr); // the keychain job ends and deletes itself
    m_job = nullptr;
}

void CredentialJob::onKeychainFinished()
{
    QKeychain::Job *job = m_job;
    m_job = nullptr;
    if (!job || !m_running)
        return;
    const QKeychain::Error error = job->error();
    switch (m_action) {
    case Action::Read:
        if (error == QKeychain::NoError) {
            const QString text = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            if (text.isEmpty() && !m_missing.isEmpty())
                finish(Result<QString>::failure(m_missing));
            else
                finish(text);
        } else if (error == QKeychain::EntryNotFound && m_missing.isEmpty()) {
            finish(QString());
        } else {
            finish(Result<QString>::failure(
                    !m_missing.isEmpty()
                            ? m_missing
                            : CredentialStore::tr(
                                      "The secret cannot be read from the system keychain: %1")
                                      .arg(job->errorString())));
        }
        return;
    case Action::Write:
        finish(error == QKeychain::NoError
                       ? Result<QString>(QString())
                       : Result<QString>::failure(
                                 CredentialStore::tr(
                                         "The secret cannot be saved in the system keychain: %1")
                                         .arg(job->errorString())));
        return;
    case Action::Remove:
        finish(error == QKeychain::NoError || error == QKeychain::EntryNotFound
                       ? Result<QString>(QString())
                       : Result<QString>::failure(
                                 CredentialStore::tr("The secret cannot be removed from the "
                                                     "system keychain: %1")
                                         .arg(job->errorString())));
        return;
    }
}

void CredentialJob::finish(const Result<QString> &result)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(result);
}

CredentialJob *CredentialStore::write(const QString &key, const QString &secret,
                                      QObject *parent) const
{
    return new CredentialJob(m_service, CredentialJob::Action::Write, key, secret, parent);
}

CredentialJob *CredentialStore::read(const QString &key, QObject *parent) const
{
    return new CredentialJob(m_service, CredentialJob::Action::Read, key, QString(), parent);
}

CredentialJob *CredentialStore::remove(const QString &key, QObject *parent) const
{
    return new CredentialJob(m_service, CredentialJob::Action::Remove, key, QString(), parent);
}
