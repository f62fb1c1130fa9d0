#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement on the sqlite3 API itself. Qt 6.4's QSqlQuery costs about 2,000
// instructions per bound value; rows of a target are written and read through this instead,
// bound and read column by column, on the workspace's own connection.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // SQLite's own words for the last failure on this connection.
    QString errorText() const;

    // Parameters count from 0 here (SQLite counts from 1).
    void bindNull(int index);
    void bindInt64(int index, qint64 value);
    // Converted to UTF-8 into a buffer the statement keeps per parameter (SQLite's own
    // UTF-16 conversion costs more than Qt's).
    void bindText(int index, const QString &text);
    void bindTextOrNull(int index, const QString &text);

    // Runs a statement that returns no rows and makes it ready to bind again.
    bool exec();
    // Steps through the rows of a query: true while there is a row.
    bool next();
    bool failed() const { return m_failed; }
    void reset();

    // How SQLite holds a column's value: an integer, text (or another value read as text, such
    // as a number a tool wrote), or nothing. One look-up; isNull and isInteger are made of it.
    enum class Kind {
        Null,
        Integer,
        Text,
    };
    Kind kind(int column) const;
    bool isNull(int column) const { return kind(column) == Kind::Null; }
    bool isInteger(int column) const { return kind(column) == Kind::Integer; }
    qint64 int64(int column) const;
    QString text(int column) const;
    // The text as SQLite holds it (UTF-8), valid until the next step.
    QByteArray utf8(int column) const;

    qint64 lastInsertId() const;
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    std::vector<QByteArray> m_texts;
};
