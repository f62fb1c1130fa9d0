#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

class EntitySchema;
class Record;
class SqliteStatement;
struct sqlite3;

// The typed tables of one target, as its schema file describes it: the sheet's rows, what each
// row's last accepted push sent, and the rows of each pull snapshot. Every field is a column of
// its own type — integers and booleans as INTEGER; money as exact decimal text, dates and
// date-times as ISO text, everything else as text — named by the field's path, so the file
// reads in any SQLite tool. Text that could not be read as its field's type stays NULL in the
// field's column and is kept, word for word, in `_unreadable` (a JSON object by field path).
// The workspace's own columns start with '_' so that no field name can collide with them.
class TargetTable
{
public:
    enum class Kind {
        Rows,
        Pushed,
        Snapshot,
    };

    explicit TargetTable(const EntitySchema &schema);

    const EntitySchema &schema() const { return *m_schema; }
    // "procore_work_order_contract", "…_pushed", "…_snapshot".
    QByteArray name(Kind kind) const;
    static QByteArray baseName(const QString &targetId);
    // The table of this kind for a base name: the file's and the team workspace's tables are
    // named alike.
    static QByteArray name(const QByteArray &base, Kind kind);
    // A field's column (unquoted): its path, kept apart from the workspace's own '_' columns.
    static QString fieldColumn(const QString &path);

    // CREATE TABLE / INDEX statements for a table that does not exist yet.
    QVector<QByteArray> createStatements(Kind kind) const;
    // ALTER TABLE statements for the schema's fields the table lacks (a field added to the
    // schema file since), given the columns the table has.
    QVector<QByteArray> addColumnStatements(Kind kind, const QStringList &existing) const;

    // The field columns, quoted and comma-separated, then `_unreadable`: fieldCount() + 1 columns.
    const QByteArray &valueColumns() const { return m_valueColumns; }
    // "?, ?, …" for valueColumns().
    const QByteArray &valuePlaceholders() const { return m_valuePlaceholders; }
    // "col = ?, …" for valueColumns().
    const QByteArray &valueAssignments() const { return m_valueAssignments; }
    int valueColumnCount() const { return m_fieldCount + 1; }

    // Binds a record's values to parameters first … first + fieldCount (the last is
    // `_unreadable`). Texts are copied as they are bound.
    void bindValues(SqliteStatement &statement, int first, const Record &record) const;
    // Reads the values of the current row from columns first … first + fieldCount: of a
    // statement, or of a StoredRows::Row copied from one (the two are instantiated).
    template<typename Columns>
    void readValues(const Columns &row, int first, Record &record) const;

    // Creates the three tables if missing and adds the columns of fields they lack, inside
    // whatever transaction is open.
    Status ensure(sqlite3 *db) const;

    static QByteArray quoted(const QString &identifier);

private:
    QString columnName(int field) const;

    const EntitySchema *m_schema = nullptr;
    int m_fieldCount = 0;
    QByteArray m_base;
    QByteArray m_valueColumns;
    QByteArray m_valuePlaceholders;
    QByteArray m_valueAssignments;
};
