#include "recentfiles.h"

#include "teamworkspace.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kKey = QStringLiteral("recentWorkspaces");

// A file by its absolute path; a team workspace's address as it is (it never holds a password).
QString entryOf(const QString &location)
{
    return TeamWorkspace::isTeamAddress(location) ? location
                                                  : QFileInfo(location).absoluteFilePath();
}
} // namespace

QStringList RecentFiles::paths() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString entry = entryOf(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaxEntries)
        list.removeLast();
    QSettings().setValue(kKey, list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(entryOf(path));
    QSettings().setValue(kKey, list);
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}
