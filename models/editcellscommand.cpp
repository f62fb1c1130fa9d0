#include "editcellscommand.h"

#include "recordtablemodel.h"

EditCellsCommand::EditCellsCommand(RecordTableModel *model, QVector<CellChange> changes,
                                   const QString &text)
    : m_model(model)
    , m_changes(std::move(changes))
{
    setText(text);
}

void EditCellsCommand::undo()
{
    const Status status = m_model->applyChanges(m_changes, RecordTableModel::Direction::Undo);
    if (!status)
        emit m_model->editFailed(status.error());
}

void EditCellsCommand::redo()
{
    if (m_applied) {
        m_applied = false; // done by the model before the push
        return;
    }
    const Status status = m_model->applyChanges(m_changes, RecordTableModel::Direction::Redo);
    if (!status)
        emit m_model->editFailed(status.error());
}
