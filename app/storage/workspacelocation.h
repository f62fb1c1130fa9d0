#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// Where a workspace lives: a `.cdw` file for one person, or a team workspace on a PostgreSQL
// server named by a URI, `postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE]`. A URI never
// carries a password (it would end up in settings, titles and logs): the password comes from
// the keychain, PGPASSWORD or ~/.pgpass.
class WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)

public:
    static constexpr int kDefaultPort = 5432;

    // A text that starts with postgresql:// (or postgres://) is a team workspace; anything
    // else is a file path. A URI that cannot be used is refused with what to write instead.
    static Result<WorkspaceLocation> parse(const QString &text);
    static WorkspaceLocation file(const QString &path);

    bool isTeam() const { return m_team; }
    const QString &filePath() const { return m_path; }
    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }
    // libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); empty: libpq's
    // default, or PGSSLMODE.
    const QString &sslMode() const { return m_sslMode; }

    // The file's path, or the URI in its canonical form (port always written): what titles,
    // messages, recent lists and the keychain entry name.
    QString toString() const;

private:
    bool m_team = false;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = kDefaultPort;
    QString m_database;
    QString m_sslMode;
};
