#pragma once

#include "entityschema.h"
#include "result.h"
#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <QVector>

// The set of targets the application knows, loaded from schema files. Created once by whoever
// needs it (the app, the CLI, a test) and passed down; not a singleton.
class SchemaRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SchemaRegistry)

public:
    // The schemas built into the application (resources/schemas).
    static Result<SchemaRegistry> loadBuiltIn();
    static Result<SchemaRegistry> loadDirectory(const QString &directory);

    const QVector<EntitySchema> &schemas() const { return m_schemas; }
    QStringList ids() const;
    // nullptr when there is no such target.
    const EntitySchema *find(const QString &id) const;

private:
    QVector<EntitySchema> m_schemas;
};
