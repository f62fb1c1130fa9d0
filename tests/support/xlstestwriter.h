#pragma once

#include <QByteArray>
#include <QString>

// Real Excel 97-2003 (.xls) files for tests, written by Python's xlwt (Debian: python3-xlwt) —
// another program's writer, as the files users bring are. Debian's xlwt lives in the system
// python; a pyenv or venv python3 first in PATH may not see it, so /usr/bin/python3 is tried first.
class XlsTestWriter
{
public:
    XlsTestWriter();

    // Why .xls files cannot be written here; empty when they can.
    QString unavailable() const { return m_python.isEmpty() ? m_problem : QString(); }
    // Runs `script` with `wb` (an xlwt.Workbook(encoding='utf-8')) to fill and saves it to path.
    bool write(const QString &path, const QByteArray &script) const;

private:
    QString m_python;
    QString m_problem;
};
