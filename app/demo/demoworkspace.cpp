#include "demoworkspace.h"

#include "csvreader.h"
#include "entityschema.h"
#include "recordimporter.h"
#include "schemaregistry.h"
#include "workspacestore.h"

#include <QCoreApplication>
#include <QFile>

Status DemoWorkspace::populate(WorkspaceStore &workspace, const SchemaRegistry &registry)
{
    for (const EntitySchema &schema : registry.schemas()) {
        const QString resource = QStringLiteral(":/demo/%1.csv").arg(schema.id());
        if (!QFile::exists(resource))
            continue;
        auto sheet = CsvReader().readFile(resource);
        if (!sheet)
            return Status::failure(sheet.error());
        auto outcome = RecordImporter(schema).import(sheet.value());
        if (outcome.hasErrors())
            return Status::failure(QCoreApplication::translate("DemoWorkspace",
                                                               "The demo rows of %1 are broken: %2")
                                           .arg(schema.id(), outcome.issues.first().toString()));
        const Status saved = workspace.insertRecords(
                schema, outcome.records, QStringLiteral("demo/%1.csv").arg(schema.id()));
        if (!saved)
            return saved;
    }
    return Status();
}
