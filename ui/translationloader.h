#pragma once

#include <QLocale>

class QCoreApplication;

// Installs ContractDesk's and Qt's own translations for a locale (the system's by default).
// English is the source language and needs nothing.
class TranslationLoader
{
public:
    // True when ContractDesk's own translation for the locale was found and installed.
    static bool install(QCoreApplication &app, const QLocale &locale = QLocale());
};
