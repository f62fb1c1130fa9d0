// workspace-edit-burst WORKSPACE TARGET
// Edits TARGET's rows round-robin as fast as it can through the same path as the table view
// (RecordTableModel::setData, which persists before it returns). Edit N writes "edit-N" into
// row N % rows, and after setData() returns true prints "ack N" on its own line, flushed.
// The crash test kills it with SIGKILL mid-burst and checks that no acknowledged edit is lost.

#include "entityschema.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: workspace-edit-burst WORKSPACE TARGET\n");
        return 2;
    }
    auto registry = SchemaRegistry::loadBuiltIn();
    const EntitySchema *schema = registry ? registry->find(args.at(2)) : nullptr;
    auto workspace = Workspace::open(args.at(1), Workspace::OpenMode::OpenExisting);
    if (!schema || !workspace) {
        std::fprintf(stderr, "cannot open\n");
        return 2;
    }
    auto records = workspace.value()->loadRecords(*schema);
    if (!records || records->isEmpty()) {
        std::fprintf(stderr, "no rows\n");
        return 2;
    }
    QUndoStack undo;
    RecordTableModel model(*schema, workspace.value().get());
    model.setUndoStack(&undo);
    model.setRecords(std::move(records).value());
    const int column = schema->indexOf(schema->displayPath());
    const int rows = model.rowCount();
    for (int n = 1; n <= 1000000; ++n) {
        const QModelIndex cell = model.index(n % rows, column);
        if (!model.setData(cell, QStringLiteral("edit-%1").arg(n))) {
            std::fprintf(stderr, "save failed\n");
            return 1;
        }
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
