#include "postgreschangefeed.h"

#include "logcategories.h"

#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

PostgresChangeFeed::PostgresChangeFeed(const QString &connectionTemplate, QString ownTag,
                                       Listener listener, QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("workspace-feed-") + QUuid::createUuid().toString())
    , m_ownTag(std::move(ownTag))
    , m_listener(std::move(listener))
{
    QSqlDatabase::cloneDatabase(connectionTemplate, m_connectionName);
    m_checkTimer.setInterval(kCheckIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &PostgresChangeFeed::check);
    m_checkTimer.start();
    connectAndSubscribe();
}

PostgresChangeFeed::~PostgresChangeFeed()
{
    m_checkTimer.stop();
    dropConnection();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PostgresChangeFeed::connectAndSubscribe()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.open()) {
        qCWarning(lcStorage).noquote()
                << "team workspace: cannot listen for changes:" << db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SET application_name = 'ContractDesk listener'")) ||
        !q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()) {
        db.close();
        return false;
    }
    m_backendPid = q.value(0).toInt();
    q.finish();
    QSqlDriver *driver = db.driver();
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                    &QSqlDriver::notification),
            this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) { onNotification(name, int(source), payload); });
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        qCWarning(lcStorage).noquote()
                << "team workspace: cannot listen for changes:" << driver->lastError().text();
        disconnect(driver, nullptr, this, nullptr);
        db.close();
        return false;
    }
    m_listening = true;
    return true;
}

void PostgresChangeFeed::dropConnection()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (QSqlDriver *driver = db.driver())
        disconnect(driver, nullptr, this, nullptr);
    if (db.isOpen()) {
        db.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        db.close();
    }
    m_listening = false;
    m_backendPid = 0;
}

void PostgresChangeFeed::check()
{
    if (m_listening) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT 1")) && q.next()) {
            q.finish();
            // The query may have read notifications off the socket into libpq's queue, where
            // no socket signal would announce them: let the driver look now.
            if (db.driver()->metaObject()->indexOfMethod("_q_handleNotification()") >= 0)
                QMetaObject::invokeMethod(db.driver(), "_q_handleNotification",
                                          Qt::QueuedConnection);
            return;
        }
        const QString why = q.lastError().text().trimmed();
        qCWarning(lcStorage).noquote()
                << "team workspace: the connection for changes was lost:"
                << (why.isEmpty() ? QStringLiteral("the server does not answer") : why);
        dropConnection();
    }
    if (connectAndSubscribe()) {
        qCInfo(lcStorage).noquote() << "team workspace: listening for changes again";
        // Whatever changed while we were away was not heard: re-read everything.
        m_pending.insert(QString(), std::nullopt);
        flush();
    }
}

void PostgresChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == int(QSqlDriver::SelfSource))
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString tag = colon < 0 ? QString() : text.left(colon);
    if (!m_ownTag.isEmpty() && tag == m_ownTag)
        return; // our own write
    // "target" (any row) or "target:1,2,3" (those rows; none after the colon: no row).
    const QString rest = colon < 0 ? text : text.mid(colon + 1);
    const qsizetype rowsAt = rest.indexOf(QLatin1Char(':'));
    const QString target = rowsAt < 0 ? rest : rest.left(rowsAt);
    auto it = m_pending.find(target);
    if (rowsAt < 0) {
        m_pending.insert(target, std::nullopt);
    } else {
        if (it == m_pending.end())
            it = m_pending.insert(target, QSet<qint64>());
        if (it->has_value()) {
            const auto ids =
                    QStringView(rest).mid(rowsAt + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QStringView id : ids)
                (*it)->insert(id.toLongLong());
        }
    }
    // A burst of writes (an import's batches, a push's results) is told once per target.
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &PostgresChangeFeed::flush, Qt::QueuedConnection);
    }
}

void PostgresChangeFeed::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty() || !m_listener)
        return;
    const auto pending = std::exchange(m_pending, {});
    if (pending.contains(QString())) {
        m_listener(QString(), std::nullopt);
        return;
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (!it->has_value()) {
            m_listener(it.key(), std::nullopt);
            continue;
        }
        QVector<qint64> rows((*it)->cbegin(), (*it)->cend());
        std::sort(rows.begin(), rows.end());
        m_listener(it.key(), rows);
    }
}
