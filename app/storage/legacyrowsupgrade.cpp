#include "legacyrowsupgrade.h"

#include "logcategories.h"
#include "rawtext.h"
#include "record.h"
#include "schemaregistry.h"
#include "sqlitestatement.h"
#include "targettable.h"
#include "valuecodec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Formats 1–3 kept a row as typed JSON keyed by field path (the shape `export --format json`
// writes); text that could not be read as its type was kept as {"raw": text}.
Record decodeJsonRow(const EntitySchema &schema, const QByteArray &data)
{
    Record record(schema.fieldCount());
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int index = schema.indexOf(it.key());
        if (index < 0)
            continue; // a field a later schema dropped
        if (it.value().isObject()) {
            record.setValue(index,
                            QVariant::fromValue(RawText{
                                    it.value().toObject().value(QLatin1String("raw")).toString()}));
        } else {
            record.setValue(index, ValueCodec::fromJson(schema.field(index), it.value()).value);
        }
    }
    return record;
}

bool tableExists(sqlite3 *db, const QByteArray &table)
{
    SqliteStatement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table +
                                  "'");
    const bool found = q.next();
    q.reset();
    return found;
}

// Rows and snapshot rows start alike in the old tables and the new: an id (the row's or the
// snapshot's), a position, the remote id and the sync key.
void copyLeadingColumns(const SqliteStatement &read, SqliteStatement &write)
{
    write.bindInt64(0, read.int64(0));
    write.bindInt64(1, read.int64(1));
    write.bindTextOrNull(2, read.text(2));
    write.bindTextOrNull(3, read.text(3));
}

Status failed(const SqliteStatement &statement)
{
    return Status::failure(statement.errorText());
}

Status moveRows(sqlite3 *db, const TargetTable &table)
{
    const EntitySchema &schema = table.schema();
    SqliteStatement read(db, "SELECT id, position, remote_id, sync_key, sync_state, import_id, "
                             "updated_at, data, pushed_data FROM records WHERE target = ?");
    SqliteStatement write(db, "INSERT INTO " + table.name(TargetTable::Kind::Rows) +
                                      " (_id, _position, _remote_id, _sync_key, _sync_state, "
                                      "_import_id, _updated_at, " +
                                      table.valueColumns() + ") VALUES (?, ?, ?, ?, ?, ?, ?, " +
                                      table.valuePlaceholders() + ")");
    SqliteStatement pushed(db, "INSERT INTO " + table.name(TargetTable::Kind::Pushed) +
                                       " (_record_id, _pushed_at, " + table.valueColumns() +
                                       ") VALUES (?, ?, " + table.valuePlaceholders() + ")");
    if (!read.isValid() || !write.isValid() || !pushed.isValid())
        return failed(read.isValid() ? (write.isValid() ? pushed : write) : read);
    const QString target = schema.id();
    read.bindText(0, target);
    int moved = 0;
    while (read.next()) {
        const Record record = decodeJsonRow(schema, read.utf8(7));
        const QString updatedAt = read.text(6);
        copyLeadingColumns(read, write);
        write.bindInt64(4, read.int64(4));
        if (read.isNull(5))
            write.bindNull(5);
        else
            write.bindInt64(5, read.int64(5));
        write.bindText(6, updatedAt);
        table.bindValues(write, 7, record);
        if (!write.exec())
            return failed(write);
        if (!read.isNull(8)) {
            const Record sent = decodeJsonRow(schema, read.utf8(8));
            pushed.bindInt64(0, read.int64(0));
            pushed.bindText(1, updatedAt);
            table.bindValues(pushed, 2, sent);
            if (!pushed.exec())
                return failed(pushed);
        }
        ++moved;
    }
    if (read.failed())
        return failed(read);
    SqliteStatement remove(db, "DELETE FROM records WHERE target = ?");
    remove.bindText(0, target);
    if (!remove.exec())
        return failed(remove);
    if (moved > 0)
        qCInfo(lcStorage).noquote() << "upgrade:" << moved << "rows of" << target << "typed";
    return Status();
}

Status moveSnapshots(sqlite3 *db, const TargetTable &table)
{
    const EntitySchema &schema = table.schema();
    SqliteStatement read(db, "SELECT r.snapshot_id, r.position, r.remote_id, r.sync_key, r.data "
                             "FROM snapshot_records r JOIN snapshots s ON s.id = r.snapshot_id "
                             "WHERE s.target = ?");
    SqliteStatement write(db, "INSERT INTO " + table.name(TargetTable::Kind::Snapshot) +
                                      " (_snapshot_id, _position, _remote_id, _sync_key, " +
                                      table.valueColumns() + ") VALUES (?, ?, ?, ?, " +
                                      table.valuePlaceholders() + ")");
    if (!read.isValid() || !write.isValid())
        return failed(read.isValid() ? write : read);
    const QString target = schema.id();
    read.bindText(0, target);
    while (read.next()) {
        const Record record = decodeJsonRow(schema, read.utf8(4));
        copyLeadingColumns(read, write);
        table.bindValues(write, 4, record);
        if (!write.exec())
            return failed(write);
    }
    if (read.failed())
        return failed(read);
    SqliteStatement remove(db, "DELETE FROM snapshot_records WHERE snapshot_id IN (SELECT id "
                               "FROM snapshots WHERE target = ?)");
    remove.bindText(0, target);
    return remove.exec() ? Status() : failed(remove);
}

// Drops an old table once no row is left in it; rows of unknown targets keep it.
Status dropIfEmpty(sqlite3 *db, const QByteArray &table)
{
    qint64 left = 0;
    {
        SqliteStatement count(db, "SELECT COUNT(*) FROM " + table);
        if (count.next())
            left = count.int64(0);
        count.reset();
        if (count.failed())
            return failed(count);
    }
    if (left > 0) {
        qCWarning(lcStorage).noquote() << "upgrade:" << left << "rows of targets no schema "
                                       << "describes stay in" << table;
        return Status();
    }
    SqliteStatement drop(db, "DROP TABLE " + table);
    return drop.exec() ? Status() : failed(drop);
}

} // namespace

Status LegacyRowsUpgrade::run(sqlite3 *db, const SchemaRegistry &schemas)
{
    const bool rows = tableExists(db, "records");
    const bool snapshotRows = tableExists(db, "snapshot_records");
    for (const EntitySchema &schema : schemas.schemas()) {
        const TargetTable table(schema);
        Status status = table.ensure(db);
        if (status && rows)
            status = moveRows(db, table);
        if (status && snapshotRows)
            status = moveSnapshots(db, table);
        if (!status)
            return status;
    }
    // Snapshot rows go first: nothing refers to the rows, but they refer to snapshots.
    Status status;
    if (snapshotRows)
        status = dropIfEmpty(db, "snapshot_records");
    if (status && rows)
        status = dropIfEmpty(db, "records");
    return status;
}
