#pragma once

#include <QMetaType>
#include <QString>

// How a job or service ended. The one completion convention of ContractDesk's asynchronous work
// (sign-in, token renewal, keychain access, pushes, pulls, the dialogs that run them):
//
//  - Starting never blocks and never finishes inside the call: the work runs on the event loop
//    of whoever started it (the window's, or the CLI's QCoreApplication::exec()). Nothing in
//    the product runs a nested event loop.
//  - Each run ends with exactly one completion signal, `finished` (in a dialog, whose
//    QDialog::finished(int) is taken: pushFinished, pullFinished, actionFinished). Its
//    argument says how it ended:
//    `Result<T>` when the job produces a value its receiver needs (SignInJob: the headers;
//    CredentialJob: the secret), else a JobOutcome (SyncEngine, PushService, PullService,
//    InteractiveSignIn; in the window, PushDialog::pushFinished, PullDialog::pullFinished and
//    ProfilesDialog::actionFinished). contractdesk-cli's commands end the same way: start()
//    hands its exit code to a callback once, and the CLI's QCoreApplication::exec() returns it.
//  - Cancelling: a service whose run others watch (SyncEngine, PushService, PullService, the
//    dialogs) reports cancel() as finished(JobOutcome::cancelled()). A job that only its owner
//    holds (SignInJob, CredentialJob, InteractiveSignIn) is ended by the owner with abort() or by
//    deleting it, and then emits nothing: the owner already knows.
//  - A failure carries a message written for the person at the keyboard (never a secret).
class JobOutcome
{
public:
    enum class Kind {
        Completed,
        Cancelled,
        Failed
    };

    JobOutcome() = default;
    static JobOutcome completed() { return JobOutcome(Kind::Completed, QString()); }
    static JobOutcome cancelled() { return JobOutcome(Kind::Cancelled, QString()); }
    static JobOutcome failed(QString message)
    {
        return JobOutcome(Kind::Failed, std::move(message));
    }

    Kind kind() const { return m_kind; }
    bool isCompleted() const { return m_kind == Kind::Completed; }
    bool isCancelled() const { return m_kind == Kind::Cancelled; }
    bool isFailed() const { return m_kind == Kind::Failed; }
    // Failed: why, in words; empty otherwise.
    const QString &message() const { return m_message; }

private:
    JobOutcome(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    Kind m_kind = Kind::Completed;
    QString m_message;
};

Q_DECLARE_METATYPE(JobOutcome)
