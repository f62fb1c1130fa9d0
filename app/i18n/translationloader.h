#pragma once

#include <QLocale>

class QCoreApplication;

// Installs ContractDesk's and Qt's own translations for a locale (the system's by default).
// English is the source language; its file only holds plural forms ("1 row", "2 rows") and is
// the fallback for languages without a translation.
class TranslationLoader
{
public:
    // True when ContractDesk's own translation for the locale's language was installed.
    static bool install(QCoreApplication &app, const QLocale &locale = QLocale());
};
