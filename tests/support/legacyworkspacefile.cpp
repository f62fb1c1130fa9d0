#include "legacyworkspacefile.h"

#include "workspace.h"
#include "workspacemigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString LegacyWorkspaceFile::write(const QString &file, int version, const QStringList &statements)
{
    const QString connection = QStringLiteral("legacy-") + file;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (!db.open()) {
            error = db.lastError().text();
        } else if (const Status made = WorkspaceMigrations::migrate(db, 0, version, {}); !made) {
            error = made.error();
        } else {
            QSqlQuery q(db);
            QStringList all = statements;
            all.prepend(
                    QStringLiteral("PRAGMA application_id = %1").arg(Workspace::kApplicationId));
            for (const QString &statement : std::as_const(all)) {
                if (!q.exec(statement)) {
                    error = statement + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}
