#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <memory>

class EntitySchema;
class QUndoStack;
class RecordTableModel;
class SchemaRegistry;
class SyncLogModel;
class Workspace;

// An open workspace as the GUI works with it: the file, one table model per target, the undo
// history of edits and the sync log. Widgets talk to this; it talks to storage.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<WorkspaceSession>>
    open(const QString &path, const SchemaRegistry &registry, bool create);
    // Creates (or opens) a workspace and fills every empty target with the demo rows.
    static Result<std::unique_ptr<WorkspaceSession>> openDemo(const QString &path,
                                                              const SchemaRegistry &registry);
    ~WorkspaceSession() override;

    const QString &path() const;
    Workspace &workspace() { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    SyncLogModel *syncLog() const { return m_syncLog; }
    const QVector<RecordTableModel *> &models() const { return m_models; }
    RecordTableModel *model(const QString &target) const;
    // Re-reads one target's rows from the file (after an import or a push saved through another
    // connection). The undo history stays: imports only add rows, a push only adds keys, vendor
    // ids and sync states, and every undo command names its records by id.
    Status reloadTarget(const QString &target);

signals:
    // An edit, undo or redo could not be written to the workspace file.
    void saveFailed(const QString &message);
    // Every accepted change is on disk.
    void saved();

private:
    WorkspaceSession(std::unique_ptr<Workspace> workspace, const SchemaRegistry &registry);
    Status load();

    std::unique_ptr<Workspace> m_workspace;
    const SchemaRegistry &m_registry;
    QUndoStack *m_undoStack;
    SyncLogModel *m_syncLog;
    QVector<RecordTableModel *> m_models;
};
