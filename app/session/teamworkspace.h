#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class SchemaRegistry;
class WorkspaceSession;

// What the window needs to know about team workspaces before it opens one, kept out of the
// widgets (they never touch a store): whether an address is usable, whether the database
// already holds a ContractDesk workspace, and the copy of an open workspace to a server.
class TeamWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(TeamWorkspace)

public:
    // The address in its canonical form (what titles, recent lists and the keychain use), or
    // why it cannot be used. A file path is refused: this is for a server's address.
    static Result<QString> checkAddress(const QString &text);
    // Whether a recent-list entry or a location names a team workspace rather than a file.
    static bool isTeamAddress(const QString &text);
    // The keychain entry of a team workspace's password.
    static QString keychainKey(const QString &canonicalAddress)
    {
        return QStringLiteral("team:") + canonicalAddress;
    }
    // Whether the database at `address` already holds a team workspace; the window asks before
    // it sets up an empty one. Fails when the server cannot be reached or refuses the sign-in.
    static Result<bool> isInitialised(const QString &address, const QString &password);
    // Copies the whole workspace `session` shows (rows, sync state and history, templates,
    // snapshots, lists, choices) into the team workspace at `address`, set up there if the
    // database is empty. A team workspace that already holds anything is refused and left as
    // it was. Runs on the calling thread.
    static Status share(WorkspaceSession &session, const QString &address,
                        const SchemaRegistry &registry, const QString &password);
};
