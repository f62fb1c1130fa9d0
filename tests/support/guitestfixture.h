#pragma once

#include "recentfiles.h"
#include "result.h"
#include "schemaregistry.h"

#include <QLocale>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class MainWindow;

// What every window test sets up in initTestCase, in one place: an organisation name of its
// own, user settings (profiles, recent files, templates) in an INI file in a temporary
// directory rather than the tester's, English text, the built-in schemas, and the recent-files
// list the window writes to. Hold one as a member; call setUp() from initTestCase().
class GuiTestFixture
{
public:
    // Fails when the built-in schemas do not load (the message says why).
    Status setUp(const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));

    const SchemaRegistry &registry() const { return *m_registry; }
    RecentFiles &recentFiles() { return m_recent; }
    // A file name in the test's temporary directory (removed with the fixture).
    QString filePath(const QString &name) const;

    // A new window on the fixture's schemas and recent files, shown and exposed when `show`.
    Result<std::unique_ptr<MainWindow>> createWindow(bool show = true);
    // A shown window with the demo workspace written to filePath(fileName) and open.
    Result<std::unique_ptr<MainWindow>> openDemoWindow(const QString &fileName);

private:
    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    RecentFiles m_recent;
};
