#pragma once

#include "result.h"

class SchemaRegistry;
struct sqlite3;

// Moves the rows of a format 1–3 workspace into the typed tables of format 4: each target's
// rows (kept as one JSON text each), what each row's last push sent, and the pull snapshots.
// Runs inside the upgrade's transaction. Rows of a target no schema describes stay in the old
// tables, untouched.
class LegacyRowsUpgrade
{
public:
    static Status run(sqlite3 *db, const SchemaRegistry &schemas);
};
