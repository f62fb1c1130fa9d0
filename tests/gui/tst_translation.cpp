// Starts the main window in German and sees translated menus.

#include "mainwindow.h"
#include "recentfiles.h"
#include "schemaregistry.h"
#include "translationloader.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    void germanMenus();
};

void TestTranslation::germanMenus()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QVERIFY(TranslationLoader::install(*qApp, german));
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    RecentFiles recent;
    MainWindow w(registry.value(), recent);
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles.append(a->text());
    QCOMPARE(titles, QStringList({"&Datei", "&Bearbeiten", "&Ansicht", "A&nbieter", "&Hilfe"}));
    QMenu *file = w.menuBar()->findChild<QMenu *>(QStringLiteral("FileMenu"));
    QVERIFY(file);
    QStringList items;
    for (QAction *a : file->actions()) {
        if (!a->isSeparator())
            items.append(a->text());
    }
    QVERIFY2(items.contains(QStringLiteral("Arbeitsbereich &öffnen…")),
             qPrintable(items.join(QLatin1Char('|'))));
    QVERIFY(items.contains(QStringLiteral("&Beenden")));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
