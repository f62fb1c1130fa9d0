#pragma once

#include "cellchange.h"

#include <QUndoCommand>
#include <QVector>

class RecordTableModel;

// One accepted edit of one or many cells (a typed value, a pasted block). The model applies
// and persists the edit before pushing the command, so the first redo() only records it; undo
// and redo persist through the model, all cells in one transaction.
class EditCellsCommand : public QUndoCommand
{
public:
    EditCellsCommand(RecordTableModel *model, QVector<CellChange> changes, const QString &text);

    void undo() override;
    void redo() override;

private:
    // The changes the other way round: what an undo wants.
    QVector<CellChange> reversed() const;

    RecordTableModel *m_model;
    QVector<CellChange> m_changes;
    bool m_applied = true;
};
