#pragma once

#include "result.h"

class QSqlDatabase;

// Brings a workspace database from the version it was written with to the current format, one
// step at a time inside a transaction. Knows every format version the application ever wrote.
class WorkspaceMigrations
{
public:
    static Status migrate(QSqlDatabase &db, int fromVersion, int toVersion);
};
