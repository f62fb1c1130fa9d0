#include "killafteracks.h"

#include <QProcess>

#include <csignal>

namespace {

// Takes every whole "ack N" line off the front of `pending`; false on any other line.
bool takeAcks(QByteArray &pending, int &lastAck)
{
    qsizetype nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(nl);
        pending.remove(0, nl + 1);
        if (!line.startsWith("ack "))
            return false;
        lastAck = qMax(lastAck, line.mid(4).toInt());
    }
    return true;
}

} // namespace

Result<int> KillAfterAcks::run(const QString &program, const QStringList &arguments, int killAfter,
                               int ackTimeoutMs)
{
    QProcess child;
    child.start(program, arguments);
    if (!child.waitForStarted())
        return Result<int>::failure(QStringLiteral("the child did not start: ") +
                                    child.errorString());
    int lastAck = 0;
    QByteArray pending;
    while (lastAck < killAfter) {
        if (!child.waitForReadyRead(ackTimeoutMs)) {
            child.kill();
            child.waitForFinished();
            return Result<int>::failure(QStringLiteral("no ack from the child: ") +
                                        QString::fromUtf8(child.readAllStandardError()));
        }
        pending += child.readAllStandardOutput();
        if (!takeAcks(pending, lastAck)) {
            child.kill();
            child.waitForFinished();
            return Result<int>::failure(QStringLiteral("the child printed something else"));
        }
    }
    ::kill(pid_t(child.processId()), SIGKILL);
    if (!child.waitForFinished(10000) || child.exitStatus() != QProcess::CrashExit)
        return Result<int>::failure(QStringLiteral("the child did not die by the kill"));
    // Acks written before the kill but not read yet still count.
    pending += child.readAllStandardOutput();
    if (!pending.endsWith('\n'))
        pending += '\n';
    takeAcks(pending, lastAck);
    return lastAck;
}
