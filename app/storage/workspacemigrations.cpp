#include "workspacemigrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Version 1: the first format.
const char *const kVersion1[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE records ("
        " id INTEGER PRIMARY KEY,"
        " target TEXT NOT NULL,"
        " position INTEGER NOT NULL,"
        " data TEXT NOT NULL,"
        " remote_id TEXT,"
        " sync_key TEXT,"
        " sync_state INTEGER NOT NULL DEFAULT 0,"
        " import_id INTEGER,"
        " updated_at TEXT NOT NULL)",
        "CREATE INDEX records_by_target ON records (target, position)",
        "CREATE TABLE imports ("
        " id INTEGER PRIMARY KEY,"
        " target TEXT NOT NULL,"
        " source TEXT NOT NULL,"
        " row_count INTEGER NOT NULL,"
        " imported_at TEXT NOT NULL)",
        "CREATE TABLE mapping_templates ("
        " id INTEGER PRIMARY KEY,"
        " target TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " header_signature TEXT NOT NULL,"
        " mapping TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (target, name))",
        "CREATE TABLE sync_history ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"
        " target TEXT NOT NULL,"
        " profile TEXT,"
        " record_id INTEGER,"
        " row_key TEXT,"
        " action TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " remote_id TEXT,"
        " http_status INTEGER,"
        " message TEXT)",
        "CREATE INDEX sync_history_by_record ON sync_history (record_id)",
};

// Version 2: reconciliation. What each row's last successful push sent, and the dated
// snapshots of what a vendor held when it was pulled.
const char *const kVersion2[] = {
        "ALTER TABLE records ADD COLUMN pushed_data TEXT",
        "CREATE TABLE snapshots ("
        " id INTEGER PRIMARY KEY,"
        " target TEXT NOT NULL,"
        " profile TEXT NOT NULL,"
        " pulled_at TEXT NOT NULL,"
        " record_count INTEGER NOT NULL)",
        "CREATE INDEX snapshots_by_target ON snapshots (target, profile, id)",
        "CREATE TABLE snapshot_records ("
        " snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " remote_id TEXT,"
        " sync_key TEXT,"
        " data TEXT NOT NULL)",
        "CREATE INDEX snapshot_records_by_snapshot ON snapshot_records (snapshot_id, position)",
};

// Version 3: references resolved against the vendor. The reference lists as last read from
// the vendor (per list id, profile and scope value, replaced whole on each refresh; ids are text,
// so a 64-bit id is kept exactly), and the crosswalk of a person's choices.
const char *const kVersion3[] = {
        "CREATE TABLE reference_lists ("
        " id INTEGER PRIMARY KEY,"
        " list_id TEXT NOT NULL,"
        " profile TEXT NOT NULL,"
        " scope TEXT NOT NULL DEFAULT '',"
        " read_at TEXT NOT NULL,"
        " record_count INTEGER NOT NULL,"
        " UNIQUE (list_id, profile, scope))",
        "CREATE TABLE reference_records ("
        " list INTEGER NOT NULL REFERENCES reference_lists (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " record_id TEXT NOT NULL CHECK (record_id <> ''),"
        " name TEXT NOT NULL,"
        " origin_id TEXT NOT NULL DEFAULT '',"
        " origin_code TEXT NOT NULL DEFAULT '',"
        " number TEXT NOT NULL DEFAULT '',"
        " aliases TEXT NOT NULL DEFAULT '[]',"
        " detail TEXT NOT NULL DEFAULT '',"
        " active INTEGER NOT NULL DEFAULT 1,"
        " UNIQUE (list, record_id))",
        "CREATE INDEX reference_records_by_list ON reference_records (list, position)",
        "CREATE TABLE crosswalk ("
        " id INTEGER PRIMARY KEY,"
        " target TEXT NOT NULL,"
        " profile TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " scope TEXT NOT NULL DEFAULT '',"
        " value TEXT NOT NULL,"
        " value_key TEXT NOT NULL,"
        " chosen_id TEXT NOT NULL CHECK (chosen_id <> ''),"
        " chosen_name TEXT NOT NULL DEFAULT '',"
        " chosen_at TEXT NOT NULL,"
        " UNIQUE (target, profile, field, scope, value_key))",
};

// Version 5: push leases. A push claims the rows it is about to send, so that two pushes of
// one workspace (the window and the command line on one desk) never send a row twice; a claim
// runs out at `expires_at` (UTC, ISO with milliseconds, so text order is time order) unless
// its push renews it.
const char *const kVersion5[] = {
        "CREATE TABLE push_claims ("
        " target TEXT NOT NULL,"
        " record_id INTEGER NOT NULL,"
        " holder_id TEXT NOT NULL,"
        " holder_name TEXT NOT NULL,"
        " expires_at TEXT NOT NULL,"
        " PRIMARY KEY (target, record_id))",
        "CREATE INDEX push_claims_by_holder ON push_claims (holder_id)",
};

struct Step
{
    int toVersion;
    const char *const *statements;
    int count;
};

const Step kSteps[] = {
        {1, kVersion1, int(std::size(kVersion1))},
        {2, kVersion2, int(std::size(kVersion2))},
        {3, kVersion3, int(std::size(kVersion3))},
        // 4 (typed tables per target) is built from the schema files: see migrate().
        {5, kVersion5, int(std::size(kVersion5))},
};

} // namespace

Status WorkspaceMigrations::migrate(QSqlDatabase &db, int fromVersion, int toVersion,
                                    const std::function<Status()> &typedTables)
{
    if (fromVersion >= toVersion)
        return Status();
    const auto refused = [&db](int version, const QString &error) {
        db.rollback();
        return Status::failure(QCoreApplication::translate("WorkspaceMigrations",
                                                           "Could not upgrade the workspace to "
                                                           "format %1: %2")
                                       .arg(version)
                                       .arg(error));
    };
    // Every step in ONE transaction: a crash or a failure leaves the file as it was.
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    QSqlQuery query(db);
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        // Version 4: each target's rows in typed tables of its own, built from the schema files.
        if (version == 4) {
            if (typedTables) {
                const Status typed = typedTables();
                if (!typed)
                    return refused(4, typed.error());
            }
            continue;
        }
        for (const Step &step : kSteps) {
            if (step.toVersion != version)
                continue;
            for (int i = 0; i < step.count; ++i) {
                if (!query.exec(QString::fromLatin1(step.statements[i])))
                    return refused(step.toVersion, query.lastError().text());
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)) || !db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Status::failure(error);
    }
    return Status();
}
