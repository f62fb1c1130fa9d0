#pragma once

#include "result.h"

#include <functional>

class QSqlDatabase;

// Brings a workspace database from the version it was written with to the current format, all
// steps inside ONE transaction. Knows every format version the application ever wrote; the
// step to format 4 (typed tables per target) needs the schema files and is passed in (and runs
// only for a file older than 4). Format 5 adds the push leases.
class WorkspaceMigrations
{
public:
    static Status migrate(QSqlDatabase &db, int fromVersion, int toVersion,
                          const std::function<Status()> &typedTables);
};
