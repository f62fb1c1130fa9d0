#pragma once

#include <QString>
#include <QStringList>

// Writes a workspace file as an earlier ContractDesk wrote it: the tables of format `version`
// (1–3, from WorkspaceMigrations' own steps), the application id, and rows given as SQL, in the
// shape that format kept them (one JSON text a row). For upgrade tests.
class LegacyWorkspaceFile
{
public:
    // Empty on success, else what failed.
    static QString write(const QString &file, int version, const QStringList &statements);
};
