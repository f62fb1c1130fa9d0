#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Runs contractdesk-cli as a script would, while this process keeps serving its event loop (so
// the vendor stand-ins it hosts answer the CLI's requests). Each run gets its own settings
// folder (profiles live there), English messages, and optionally a secret in CD_TEST_SECRET.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1; // -1: it crashed or was killed after the timeout
        QString out;
        QString err;
    };

    CliRunner(QString executable, QString configDir)
        : m_executable(std::move(executable))
        , m_configDir(std::move(configDir))
    {}

    Run operator()(const QStringList &args, const QString &secret = QString()) const;

    // Variables set (or, with an empty value, removed) for every run on top of this process's.
    QHash<QString, QString> environment;

private:
    QString m_executable;
    QString m_configDir;
};
