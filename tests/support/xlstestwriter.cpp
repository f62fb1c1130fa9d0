#include "xlstestwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

XlsTestWriter::XlsTestWriter()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!inPath.isEmpty())
        candidates.append(inPath);
    for (const QString &python : std::as_const(candidates)) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import xlwt")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit &&
            p.exitCode() == 0) {
            m_python = python;
            return;
        }
    }
    m_problem = QStringLiteral("python3 with xlwt (Debian: python3-xlwt) is needed to write .xls "
                               "files");
}

bool XlsTestWriter::write(const QString &path, const QByteArray &script) const
{
    if (m_python.isEmpty())
        return false;
    const QByteArray program = "import sys, datetime, xlwt\n"
                               "wb = xlwt.Workbook(encoding='utf-8')\n" +
                               script + "\nwb.save(sys.argv[1])\n";
    QProcess p;
    p.start(m_python, {QStringLiteral("-c"), QString::fromUtf8(program), path});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return false;
    }
    return true;
}
