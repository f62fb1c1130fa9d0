#pragma once

#include "result.h"

#include <QStringList>

// The crash tests' child: it prints "ack N" after each write it has made durable. This starts
// it, reads acks until N reaches `killAfter`, kills it with SIGKILL, and returns the highest ack
// it printed (those written before the kill but not yet read included) — every write up to it
// must be in the file.
class KillAfterAcks
{
public:
    static Result<int> run(const QString &program, const QStringList &arguments, int killAfter,
                           int ackTimeoutMs);
};
