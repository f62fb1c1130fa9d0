#include "clirunner.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

CliRunner::Run CliRunner::operator()(const QStringList &args, const QString &secret) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configDir);
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    if (secret.isEmpty())
        env.remove(QStringLiteral("CD_TEST_SECRET"));
    else
        env.insert(QStringLiteral("CD_TEST_SECRET"), secret);
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    p.start(m_executable, args);
    loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::FailedToStart
                    ? p.exitCode()
                    : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
