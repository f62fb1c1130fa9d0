#include "sqlitestatement.h"

#include <QStringEncoder>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql)
    : m_db(db)
{
    if (!m_db || sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement,
                                    nullptr) != SQLITE_OK) {
        m_statement = nullptr;
        m_failed = true;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (size_t(index) >= m_texts.size())
        m_texts.resize(size_t(index) + 1);
    QByteArray &buffer = m_texts[size_t(index)];
    if (buffer.size() < text.size() * 3)
        buffer.resize(text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_statement, index + 1, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindTextOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bindText(index, text);
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
    return !m_failed;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    sqlite3_reset(m_statement);
    return false;
}

void SqliteStatement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

SqliteStatement::Kind SqliteStatement::kind(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_NULL:
        return Kind::Null;
    case SQLITE_INTEGER:
        return Kind::Integer;
    default:
        return Kind::Text;
    }
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QByteArray();
    return QByteArray::fromRawData(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}
