#include "storedrows.h"

#include "sqlitestatement.h"

void StoredRows::append(const SqliteStatement &statement)
{
    for (int c = 0; c < m_columns; ++c) {
        Cell cell;
        switch (statement.kind(c)) {
        case SqliteStatement::Kind::Null:
            cell.kind = Kind::Null;
            break;
        case SqliteStatement::Kind::Integer:
            cell.kind = Kind::Integer;
            cell.integer = statement.int64(c);
            break;
        case SqliteStatement::Kind::Text: {
            const QByteArray bytes = statement.utf8(c);
            cell.kind = Kind::Text;
            cell.integer = m_bytes.size();
            cell.size = int(bytes.size());
            m_bytes.append(bytes);
            break;
        }
        }
        m_cells.push_back(cell);
    }
}

qint64 StoredRows::Row::int64(int column) const
{
    const Cell &c = cell(column);
    // A number SQLite holds as text (a tool wrote it) reads as SQLite would read it.
    return c.kind == Kind::Integer ? c.integer : utf8(column).toLongLong();
}

QString StoredRows::Row::text(int column) const
{
    const Cell &c = cell(column);
    if (c.kind == Kind::Integer)
        return QString::number(c.integer);
    if (c.kind == Kind::Null)
        return QString();
    return QString::fromUtf8(m_rows.m_bytes.constData() + c.integer, c.size);
}

QByteArray StoredRows::Row::utf8(int column) const
{
    const Cell &c = cell(column);
    if (c.kind == Kind::Integer)
        return QByteArray::number(c.integer);
    if (c.kind == Kind::Null)
        return QByteArray();
    return QByteArray::fromRawData(m_rows.m_bytes.constData() + c.integer, c.size);
}
