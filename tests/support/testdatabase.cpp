#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Runs one statement on the server's maintenance database through a connection of its own.
bool runOnServer(const QString &statement, QString *error)
{
    const QString connection = QStringLiteral("testdatabase-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(qEnvironmentVariable("PGHOST"));
        db.setPort(qEnvironmentVariableIntValue("PGPORT"));
        db.setUserName(qEnvironmentVariable("PGUSER"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

bool TestDatabase::required()
{
    return qEnvironmentVariable("CONTRACTDESK_TEST_POSTGRES") == QLatin1String("1");
}

std::unique_ptr<TestDatabase> TestDatabase::create(QString *whyNot)
{
    if (qEnvironmentVariable("PGHOST").isEmpty()) {
        *whyNot = QStringLiteral("no PostgreSQL test server (PGHOST is not set; the test command "
                                 "starts one through tests/tools/run-with-postgres.sh)");
        return nullptr;
    }
    const QString name = QStringLiteral("cdtest_") +
                         QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    QString error;
    if (!runOnServer(QStringLiteral("CREATE DATABASE ") + name, &error)) {
        *whyNot = QStringLiteral("cannot create a test database: ") + error;
        return nullptr;
    }
    return std::unique_ptr<TestDatabase>(new TestDatabase(name));
}

TestDatabase::TestDatabase(QString name)
    : m_name(std::move(name))
{}

TestDatabase::~TestDatabase()
{
    QString error;
    // WITH (FORCE): a connection a failed test left open must not keep the database.
    if (!runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error))
        qWarning("could not drop the test database %s: %s", qPrintable(m_name), qPrintable(error));
}

QString TestDatabase::uri() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"),
                 qEnvironmentVariable("PGPORT", QStringLiteral("5432")), m_name);
}
