#include "guitestfixture.h"

#include "mainwindow.h"
#include "translationloader.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

Status GuiTestFixture::setUp(const QLocale &locale)
{
    if (!m_dir.isValid())
        return Status::failure(
                QStringLiteral("No temporary directory: %1").arg(m_dir.errorString()));
    // Never the tester's own settings: profiles and recent files go to the temporary directory.
    QCoreApplication::setOrganizationName(QStringLiteral("ContractDeskTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       filePath(QStringLiteral("settings")));
    // Typed dates and numbers read the same on every machine.
    QLocale::setDefault(locale);
    TranslationLoader::install(*qApp, locale);
    auto registry = SchemaRegistry::loadBuiltIn();
    if (!registry)
        return Status::failure(registry.error());
    m_registry = std::move(registry).value();
    return Status();
}

QString GuiTestFixture::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

Result<std::unique_ptr<MainWindow>> GuiTestFixture::createWindow(bool show)
{
    if (!m_registry)
        return Result<std::unique_ptr<MainWindow>>::failure(
                QStringLiteral("GuiTestFixture::setUp() was not called"));
    auto window = std::make_unique<MainWindow>(*m_registry, m_recent);
    if (show) {
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return Result<std::unique_ptr<MainWindow>>::failure(
                    QStringLiteral("The main window was never exposed"));
    }
    return Result<std::unique_ptr<MainWindow>>(std::move(window));
}

Result<std::unique_ptr<MainWindow>> GuiTestFixture::openDemoWindow(const QString &fileName)
{
    auto window = createWindow(true);
    if (!window)
        return window;
    const Status opened = window.value()->openDemoWorkspace(filePath(fileName));
    if (!opened)
        return Result<std::unique_ptr<MainWindow>>::failure(opened.error());
    return window;
}
