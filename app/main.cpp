// contractdesk: the desktop application.

#include "fileopenhandler.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "schemaregistry.h"
#include "teamworkspace.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ContractDesk"));
    QApplication::setOrganizationName(QStringLiteral("ContractDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CONTRACTDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/contractdesk.svg")));
    TranslationLoader::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "ContractDesk: push spreadsheets of contracts and change orders to your "
                    "vendor systems."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("files"),
            QApplication::translate("main",
                                    "Workspaces to open (*.cdw files, or team workspaces as "
                                    "postgresql://USER@HOST[:PORT]/DBNAME), or spreadsheets "
                                    "(.xlsx, .xls, .csv, .tsv) to import."),
            QStringLiteral("[files...]"));
    const QCommandLineOption demo(
            QStringLiteral("demo"),
            QApplication::translate("main", "Open (and create if missing) a demo workspace."),
            QStringLiteral("PATH"));
    const QCommandLineOption smokeTest(
            QStringLiteral("smoke-test"),
            QApplication::translate("main",
                                    "Show the window, then quit (for installers' checks)."));
    parser.addOption(demo);
    parser.addOption(smokeTest);
    parser.process(app);

    auto registry = SchemaRegistry::loadBuiltIn();
    if (!registry) {
        QMessageBox::critical(nullptr, QStringLiteral("ContractDesk"), registry.error());
        return 2;
    }
    RecentFiles recentFiles;
    std::vector<std::unique_ptr<MainWindow>> windows;
    auto newWindow = [&]() -> MainWindow & {
        windows.push_back(std::make_unique<MainWindow>(registry.value(), recentFiles));
        return *windows.back();
    };

    const bool smoke = parser.isSet(smokeTest);
    int failures = 0;
    auto report = [&](QWidget *parent, const Status &status) {
        if (status)
            return;
        ++failures;
        if (smoke)
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
        else
            QMessageBox::warning(parent, QStringLiteral("ContractDesk"), status.error());
    };
    if (parser.isSet(demo)) {
        MainWindow &w = newWindow();
        report(&w, w.openDemoWorkspace(parser.value(demo)));
    }
    QStringList spreadsheets;
    for (const QString &file : parser.positionalArguments()) {
        // A workspace: a .cdw file, or a team workspace's postgresql:// address.
        if (!file.endsWith(QLatin1String(".cdw"), Qt::CaseInsensitive) &&
            !TeamWorkspace::isTeamAddress(file)) {
            spreadsheets.append(file);
            continue;
        }
        MainWindow &w = newWindow();
        report(&w, w.openWorkspace(file));
    }
    if (windows.empty())
        newWindow();
    for (const auto &w : windows)
        w->show();
    MainWindow &first = *windows.front();
    app.installEventFilter(new FileOpenHandler(&first));
    // Spreadsheets given on the command line go through the import wizard, one after another.
    if (!spreadsheets.isEmpty() && !smoke)
        first.importFile(spreadsheets.first());

    if (smoke) {
        QTimer::singleShot(200, &app, [&app, failures] { app.exit(failures ? 1 : 0); });
    }
    return app.exec();
}
