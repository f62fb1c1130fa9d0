#pragma once

#include "recordtablemodel.h"

#include <QUndoCommand>
#include <QVector>

// Rows added to or deleted from a sheet, as one undo step. Like EditCellsCommand, the model has
// done and persisted the change before the push, so the first redo() only records it; undo and
// redo take the rows out or put them back (same ids, same places), persisted at once.
class RowsCommand : public QUndoCommand
{
public:
    enum class Kind {
        Added,
        Deleted,
    };
    // Rows just added (by id).
    RowsCommand(RecordTableModel *model, Kind kind, QVector<qint64> ids, const QString &text);
    // Rows just deleted, with what puts them back.
    RowsCommand(RecordTableModel *model, QVector<RecordTableModel::StoredRow> deleted,
                const QString &text);

    void undo() override;
    void redo() override;

private:
    void take();
    void putBack();

    RecordTableModel *m_model;
    Kind m_kind;
    QVector<qint64> m_ids;
    QVector<RecordTableModel::StoredRow> m_stored;
    bool m_applied = true;
};
