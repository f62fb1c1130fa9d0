#pragma once

#include <QStringList>

// The list behind File > Recent workspaces, kept in the user's settings (paths and team
// workspace addresses only; no secrets ever go there).
class RecentFiles
{
public:
    static constexpr int kMaxEntries = 8;

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};
