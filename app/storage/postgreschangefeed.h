#pragma once

#include "workspacestore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

// Tells a team workspace's window what others changed. Every write to the workspace sends
// `pg_notify('contractdesk_changes', '<writer's tag>:<target>')` inside its transaction; this
// listens on a connection of its own (a connection inside a transaction receives nothing, so
// the store's own one cannot listen) and calls the listener with the target, from the event
// loop of the thread that made it. Changes carrying this store's own tag are its own and are
// not reported. Qt says nothing when a connection drops: a `SELECT 1` every two seconds finds
// out, the connection is opened again (retried every two seconds while the server is away),
// and once it is back the listener hears an empty target — re-read everything, as whatever
// changed meanwhile was not heard.
class PostgresChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kChannel = "contractdesk_changes";
    static constexpr int kCheckIntervalMs = 2000;

    using Listener = WorkspaceStore::ChangeListener;

    // `connectionTemplate` names an open connection whose settings (server, database, user,
    // password, options) the feed copies for its own.
    PostgresChangeFeed(const QString &connectionTemplate, QString ownTag, Listener listener,
                       QObject *parent = nullptr);
    ~PostgresChangeFeed() override;
    PostgresChangeFeed(const PostgresChangeFeed &) = delete;
    PostgresChangeFeed &operator=(const PostgresChangeFeed &) = delete;

    // Whether the listening connection is up (subscribed).
    bool isListening() const { return m_listening; }
    // The listening connection's server process id, for tests that cut it.
    int backendPid() const { return m_backendPid; }

private:
    bool connectAndSubscribe();
    void check();
    void onNotification(const QString &name, int source, const QVariant &payload);
    void flush();
    void dropConnection();

    QString m_connectionName;
    QString m_ownTag;
    Listener m_listener;
    QTimer m_checkTimer;
    // What was heard since the last flush, by target ("" = everything); std::nullopt: any row.
    QHash<QString, std::optional<QSet<qint64>>> m_pending;
    bool m_flushQueued = false;
    bool m_listening = false;
    int m_backendPid = 0;
};
