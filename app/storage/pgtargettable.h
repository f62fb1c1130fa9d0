#pragma once

#include "targettable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

class EntitySchema;
class QSqlQuery;
class Record;

// The typed tables of one target in a team workspace (PostgreSQL), named and laid out like the
// file's (TargetTable): the sheet's rows, what each row's last accepted push sent, and the rows
// of each pull snapshot, in the `contractdesk` schema. Every field is a column of its own
// type — integers BIGINT, booleans BOOLEAN, money NUMERIC (exact, with the scale it was
// written with), dates DATE, date-times timestamptz, everything else TEXT. Text that could not
// be read as its field's type stays NULL in the field's column and is kept, word for word, in
// `_unreadable` (a JSON object by field path).
class PgTargetTable
{
public:
    explicit PgTargetTable(const EntitySchema &schema);

    using Kind = TargetTable::Kind;

    const EntitySchema &schema() const { return *m_schema; }
    // contractdesk."procore_work_order_contract", …_pushed, …_snapshot.
    QByteArray name(Kind kind) const;
    // The table's name without its schema, as the catalog spells it.
    QString plainName(Kind kind) const;

    // CREATE TABLE / INDEX statements for a table that does not exist yet.
    QVector<QByteArray> createStatements(Kind kind) const;
    // ALTER TABLE statements for the schema's fields the table lacks, given its columns.
    QVector<QByteArray> addColumnStatements(Kind kind, const QStringList &existing) const;

    // The field columns, quoted and comma-separated, then `_unreadable`.
    const QByteArray &valueColumns() const { return m_valueColumns; }
    // "col = ?, …" for valueColumns().
    const QByteArray &valueAssignments() const { return m_valueAssignments; }
    // "col = EXCLUDED.col, …" for valueColumns(), for an upsert.
    const QByteArray &valueUpserts() const { return m_valueUpserts; }
    int valueColumnCount() const { return m_fieldCount + 1; }

    // A record's values as they are bound: money as dot-decimal text, dates and date-times as
    // ISO text, unreadable text gathered into the last value. valueColumnCount() values.
    void appendValues(QVariantList &values, const Record &record) const;
    // Reads the values of the current row from columns first … first + fieldCount.
    void readValues(const QSqlQuery &query, int first, Record &record) const;

private:
    QString columnName(int field) const;

    const EntitySchema *m_schema = nullptr;
    int m_fieldCount = 0;
    QByteArray m_base;
    QByteArray m_valueColumns;
    QByteArray m_valueAssignments;
    QByteArray m_valueUpserts;
};
