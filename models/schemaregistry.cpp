#include "schemaregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// Fixed order: the one the tabs, the CLI's help and the docs show.
const char *const kBuiltInOrder[] = {
        "procore.work_order_contract", "procore.potential_change_order", "primavera.commitment",
        "primavera.change_order",      "intacct.project_contract",
};

Result<EntitySchema> loadFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Result<EntitySchema>::failure(
                SchemaRegistry::tr("Cannot read the schema file %1: %2")
                        .arg(fileName, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<EntitySchema>::failure(
                SchemaRegistry::tr("The schema file %1 is not valid JSON: %2 at %3")
                        .arg(fileName, error.errorString())
                        .arg(error.offset));
    return EntitySchema::fromJson(doc.object(), fileName);
}

} // namespace

Result<SchemaRegistry> SchemaRegistry::loadBuiltIn()
{
    SchemaRegistry registry;
    for (const char *id : kBuiltInOrder) {
        auto schema = loadFile(QStringLiteral(":/schemas/%1.json").arg(QLatin1String(id)));
        if (!schema)
            return Result<SchemaRegistry>::failure(schema.error());
        registry.m_schemas.append(std::move(schema).value());
    }
    return registry;
}

Result<SchemaRegistry> SchemaRegistry::loadDirectory(const QString &directory)
{
    SchemaRegistry registry;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto schema = loadFile(dir.filePath(name));
        if (!schema)
            return Result<SchemaRegistry>::failure(schema.error());
        registry.m_schemas.append(std::move(schema).value());
    }
    return registry;
}

QStringList SchemaRegistry::ids() const
{
    QStringList list;
    for (const EntitySchema &s : m_schemas)
        list.append(s.id());
    return list;
}

const EntitySchema *SchemaRegistry::find(const QString &id) const
{
    for (const EntitySchema &s : m_schemas) {
        if (s.id() == id)
            return &s;
    }
    return nullptr;
}
