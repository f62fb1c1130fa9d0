#include "rowscommand.h"

RowsCommand::RowsCommand(RecordTableModel *model, Kind kind, QVector<qint64> ids,
                         const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_kind(kind)
    , m_ids(std::move(ids))
{}

RowsCommand::RowsCommand(RecordTableModel *model, QVector<RecordTableModel::StoredRow> deleted,
                         const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_kind(Kind::Deleted)
    , m_stored(std::move(deleted))
{
    for (const auto &row : std::as_const(m_stored))
        m_ids.append(row.record.id());
}

void RowsCommand::take()
{
    const Status status = m_model->takeRecords(m_ids, m_stored);
    if (!status)
        emit m_model->editFailed(status.error());
}

void RowsCommand::putBack()
{
    const Status status = m_model->putBackRecords(m_stored);
    if (!status)
        emit m_model->editFailed(status.error());
}

void RowsCommand::undo()
{
    if (m_kind == Kind::Added)
        take();
    else
        putBack();
}

void RowsCommand::redo()
{
    if (m_applied) {
        m_applied = false; // done by the model before the push
        return;
    }
    if (m_kind == Kind::Added)
        putBack();
    else
        take();
}
