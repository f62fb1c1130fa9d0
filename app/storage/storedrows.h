#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

class SqliteStatement;

// Rows as SQLite gave them, copied out of the statement (per column an integer, UTF-8 bytes or
// NULL), so that another thread can turn them into records while the next rows are read.
class StoredRows
{
    enum class Kind : quint8 {
        Null,
        Integer,
        Text,
    };
    struct Cell
    {
        qint64 integer = 0; // the value, or for text the offset into m_bytes
        int size = 0;
        Kind kind = Kind::Null;
    };

public:
    explicit StoredRows(int columnCount = 0)
        : m_columns(columnCount)
    {}

    // Copies the statement's current row.
    void append(const SqliteStatement &statement);
    int rowCount() const { return m_columns ? int(m_cells.size() / size_t(m_columns)) : 0; }

    // One row, read like the statement it came from.
    class Row
    {
    public:
        Row(const StoredRows &rows, int row)
            : m_rows(rows)
            , m_first(size_t(row) * size_t(rows.m_columns))
        {}
        bool isNull(int column) const { return cell(column).kind == Kind::Null; }
        bool isInteger(int column) const { return cell(column).kind == Kind::Integer; }
        qint64 int64(int column) const;
        QString text(int column) const;
        QByteArray utf8(int column) const;

    private:
        const Cell &cell(int column) const { return m_rows.m_cells[m_first + size_t(column)]; }
        const StoredRows &m_rows;
        size_t m_first;
    };
    Row row(int index) const { return Row(*this, index); }

private:
    int m_columns = 0;
    std::vector<Cell> m_cells;
    QByteArray m_bytes;
};
