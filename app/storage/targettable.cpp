#include "targettable.h"

#include "entityschema.h"
#include "rawtext.h"
#include "record.h"
#include "sqlitestatement.h"
#include "storedrows.h"
#include "valuecodec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

const char *columnType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return "INTEGER";
    default:
        // TEXT affinity keeps "10.50" as written: NUMERIC would turn money into a double.
        return "TEXT";
    }
}

} // namespace

TargetTable::TargetTable(const EntitySchema &schema)
    : m_schema(&schema)
    , m_fieldCount(schema.fieldCount())
    , m_base(baseName(schema.id()))
{
    for (int i = 0; i < m_fieldCount; ++i) {
        m_valueColumns += quoted(columnName(i)) + ", ";
        m_valuePlaceholders += "?, ";
        m_valueAssignments += quoted(columnName(i)) + " = ?, ";
    }
    m_valueColumns += "_unreadable";
    m_valuePlaceholders += "?";
    m_valueAssignments += "_unreadable = ?";
}

QByteArray TargetTable::baseName(const QString &targetId)
{
    QByteArray name = targetId.toLatin1();
    for (char &c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '_';
        if (!plain)
            c = '_';
    }
    return name;
}

QByteArray TargetTable::name(Kind kind) const
{
    return name(m_base, kind);
}

QByteArray TargetTable::name(const QByteArray &base, Kind kind)
{
    switch (kind) {
    case Kind::Rows:
        return base;
    case Kind::Pushed:
        return base + "_pushed";
    case Kind::Snapshot:
        return base + "_snapshot";
    }
    return base;
}

QByteArray TargetTable::quoted(const QString &identifier)
{
    QString text = identifier;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + text.toUtf8() + '"';
}

QString TargetTable::fieldColumn(const QString &path)
{
    // A field path starting with '_' would meet the workspace's own columns.
    return path.startsWith(QLatin1Char('_')) ? QStringLiteral("field") + path : path;
}

QString TargetTable::columnName(int field) const
{
    return fieldColumn(m_schema->field(field).path);
}

QVector<QByteArray> TargetTable::createStatements(Kind kind) const
{
    QByteArray columns;
    for (int i = 0; i < m_fieldCount; ++i)
        columns += ", " + quoted(columnName(i)) + ' ' + columnType(m_schema->field(i).type);
    columns += ", _unreadable TEXT";
    const QByteArray table = name(kind);
    switch (kind) {
    case Kind::Rows:
        return {"CREATE TABLE " + table +
                        " (_id INTEGER PRIMARY KEY, _position INTEGER NOT NULL, _remote_id TEXT, "
                        "_sync_key TEXT, _sync_state INTEGER NOT NULL DEFAULT 0, _version "
                        "INTEGER NOT NULL DEFAULT 1, _import_id INTEGER, _updated_at TEXT NOT "
                        "NULL" +
                        columns + ")",
                "CREATE INDEX " + table + "_by_position ON " + table + " (_position, _id)"};
    case Kind::Pushed:
        // Kept by row id, also while the row is deleted: undoing the delete brings it back.
        return {"CREATE TABLE " + table +
                " (_record_id INTEGER PRIMARY KEY, _pushed_at TEXT NOT NULL" + columns + ")"};
    case Kind::Snapshot:
        return {"CREATE TABLE " + table +
                        " (_snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE "
                        "CASCADE, _position INTEGER NOT NULL, _remote_id TEXT, _sync_key TEXT" +
                        columns + ")",
                "CREATE INDEX " + table + "_by_snapshot ON " + table +
                        " (_snapshot_id, _position)"};
    }
    return {};
}

QVector<QByteArray> TargetTable::addColumnStatements(Kind kind, const QStringList &existing) const
{
    QVector<QByteArray> statements;
    for (int i = 0; i < m_fieldCount; ++i) {
        if (existing.contains(columnName(i)))
            continue;
        statements.append("ALTER TABLE " + name(kind) + " ADD COLUMN " + quoted(columnName(i)) +
                          ' ' + columnType(m_schema->field(i).type));
    }
    return statements;
}

void TargetTable::bindValues(SqliteStatement &statement, int first, const Record &record) const
{
    QJsonObject unreadable;
    for (int i = 0; i < m_fieldCount; ++i) {
        const int parameter = first + i;
        const QVariant &value = record.value(i);
        const FieldSpec &field = m_schema->field(i);
        if (!value.isValid()) {
            statement.bindNull(parameter);
            continue;
        }
        if (ValueCodec::isRaw(value)) {
            unreadable.insert(field.path, value.value<RawText>().text);
            statement.bindNull(parameter);
            continue;
        }
        switch (field.type) {
        case FieldType::Integer:
            statement.bindInt64(parameter, value.toLongLong());
            break;
        case FieldType::Boolean:
            statement.bindInt64(parameter, value.toBool() ? 1 : 0);
            break;
        case FieldType::String:
        case FieldType::Enum:
        case FieldType::Reference:
            if (value.userType() == QMetaType::QString) {
                // Read in place: no copy of the text on the way to its UTF-8 buffer.
                statement.bindTextOrNull(parameter,
                                         *static_cast<const QString *>(value.constData()));
                break;
            }
            Q_FALLTHROUGH();
        default:
            statement.bindTextOrNull(parameter, ValueCodec::toText(field, value));
            break;
        }
    }
    const int last = first + m_fieldCount;
    if (unreadable.isEmpty()) {
        statement.bindNull(last);
    } else {
        statement.bindText(
                last, QString::fromUtf8(QJsonDocument(unreadable).toJson(QJsonDocument::Compact)));
    }
}

template<typename Columns>
void TargetTable::readValues(const Columns &statement, int first, Record &record) const
{
    for (int i = 0; i < m_fieldCount; ++i) {
        const int column = first + i;
        if (statement.isNull(column))
            continue;
        const FieldSpec &field = m_schema->field(i);
        switch (field.type) {
        case FieldType::Integer:
            if (statement.isInteger(column)) {
                const qint64 value = statement.int64(column);
                if (field.integerWidth == 64 || (value >= std::numeric_limits<qint32>::min() &&
                                                 value <= std::numeric_limits<qint32>::max())) {
                    record.setValue(i, QVariant::fromValue<qint64>(value));
                    break;
                }
            }
            // Too wide for a 32-bit field, or text a tool wrote: read by the field's rules.
            record.setValue(i, ValueCodec::fromText(field, statement.text(column)).value);
            break;
        case FieldType::Boolean:
            if (statement.isInteger(column)) {
                record.setValue(i, statement.int64(column) != 0);
                break;
            }
            record.setValue(i, ValueCodec::fromText(field, statement.text(column)).value);
            break;
        case FieldType::String:
        case FieldType::Reference: {
            QString text = statement.text(column);
            if (!text.isEmpty())
                record.setValue(i, std::move(text));
            break;
        }
        default:
            // Decimal, date, date-time, enum: read back by the field's own rules, so a value a
            // tool wrote that is not of the field's type shows as unreadable, never guessed.
            record.setValue(i, ValueCodec::fromText(field, statement.text(column)).value);
            break;
        }
    }
    const int last = first + m_fieldCount;
    if (statement.isNull(last))
        return;
    const QJsonObject unreadable = QJsonDocument::fromJson(statement.utf8(last)).object();
    for (auto it = unreadable.begin(); it != unreadable.end(); ++it) {
        const int index = m_schema->indexOf(it.key());
        if (index >= 0)
            record.setValue(index, QVariant::fromValue(RawText{it.value().toString()}));
    }
}

template void TargetTable::readValues(const SqliteStatement &, int, Record &) const;
template void TargetTable::readValues(const StoredRows::Row &, int, Record &) const;

Status TargetTable::ensure(sqlite3 *db) const
{
    for (Kind kind : {Kind::Rows, Kind::Pushed, Kind::Snapshot}) {
        QStringList existing;
        {
            SqliteStatement columns(db, "SELECT name FROM pragma_table_info('" + name(kind) + "')");
            while (columns.next())
                existing.append(columns.text(0));
            if (columns.failed())
                return Status::failure(columns.errorText());
        }
        const QVector<QByteArray> statements =
                existing.isEmpty() ? createStatements(kind) : addColumnStatements(kind, existing);
        for (const QByteArray &sql : statements) {
            SqliteStatement statement(db, sql);
            if (!statement.exec())
                return Status::failure(statement.errorText());
        }
    }
    return Status();
}
