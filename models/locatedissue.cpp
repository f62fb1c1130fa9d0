#include "locatedissue.h"

#include <QCoreApplication>
#include <QStringList>

QString LocatedIssue::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where.append(file);
    if (!sheet.isEmpty())
        where.append(QCoreApplication::translate("LocatedIssue", "sheet %1").arg(sheet));
    if (row > 0)
        where.append(QCoreApplication::translate("LocatedIssue", "row %1").arg(row));
    if (column > 0) {
        QString col =
                QCoreApplication::translate("LocatedIssue", "column %1").arg(columnLetters(column));
        if (!columnName.isEmpty())
            col += QStringLiteral(" (%1)").arg(columnName);
        where.append(col);
    }
    const QString prefix = severity == Severity::Warning
                                   ? QCoreApplication::translate("LocatedIssue", "warning: ")
                                   : QString();
    if (where.isEmpty())
        return prefix + message;
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + prefix + message;
}

QString LocatedIssue::columnLetters(int column)
{
    QString letters;
    while (column > 0) {
        const int remainder = (column - 1) % 26;
        letters.prepend(QChar(QLatin1Char(char('A' + remainder))));
        column = (column - 1) / 26;
    }
    return letters;
}
