#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

bool installTranslator(QCoreApplication &app, const QLocale &locale, const QString &name,
                       const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool TranslationLoader::install(QCoreApplication &app, const QLocale &locale)
{
    const QString own = QStringLiteral("contractdesk");
    const QString directory = QStringLiteral(":/i18n");
    // Installed first, searched last: the English plural forms under every other language.
    installTranslator(app, QLocale(QLocale::English), own, directory);
    installTranslator(app, locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    return installTranslator(app, locale, own, directory);
}
