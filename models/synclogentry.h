#pragma once

#include <QDateTime>
#include <QString>

// What the vendor did with one row in one push: a line of the log pane and of the workspace's
// sync history.
struct SyncLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString target;
    QString profile;
    qint64 recordId = 0;
    QString rowKey;
    QString action;  // create, update, skip
    QString outcome; // created, updated, failed, skipped
    QString remoteId;
    int httpStatus = 0;
    QString message;
};
