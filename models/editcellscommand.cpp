#include "editcellscommand.h"

#include "recordtablemodel.h"

#include <QCoreApplication>

EditCellsCommand::EditCellsCommand(RecordTableModel *model, QVector<CellChange> changes,
                                   const QString &text)
    : m_model(model)
    , m_changes(std::move(changes))
{
    setText(text);
}

void EditCellsCommand::undo()
{
    const Status status = m_model->applyChanges(m_changes, RecordTableModel::Direction::Undo, true);
    if (status.isConflict())
        emit m_model->editConflicted(
                reversed(), QCoreApplication::translate("EditCellsCommand", "Undo %1").arg(text()));
    else if (!status)
        emit m_model->editFailed(status.error());
}

QVector<CellChange> EditCellsCommand::reversed() const
{
    QVector<CellChange> back;
    for (const CellChange &change : m_changes)
        back.append({change.recordId, change.field, change.after, change.before});
    return back;
}

void EditCellsCommand::redo()
{
    if (m_applied) {
        m_applied = false; // done by the model before the push
        return;
    }
    const Status status = m_model->applyChanges(m_changes, RecordTableModel::Direction::Redo, true);
    if (status.isConflict())
        emit m_model->editConflicted(
                m_changes, QCoreApplication::translate("EditCellsCommand", "Redo %1").arg(text()));
    else if (!status)
        emit m_model->editFailed(status.error());
}
