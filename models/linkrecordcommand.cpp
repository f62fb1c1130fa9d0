#include "linkrecordcommand.h"

#include "recordtablemodel.h"

#include <QUndoStack>

Status LinkRecordCommand::link(RecordTableModel &model, QUndoStack *stack, qint64 recordId,
                               const Identity &linked, const QString &text)
{
    const int row = model.rowOfRecord(recordId);
    if (row < 0)
        return Status::failure(RecordTableModel::tr("The row no longer exists."));
    const Record &record = model.records().at(row);
    const Identity before{record.remoteId(), record.syncKey(), record.syncState()};
    const Status status =
            model.setIdentity(recordId, linked.remoteId, linked.syncKey, linked.state);
    if (!status)
        return status;
    if (stack)
        stack->push(new LinkRecordCommand(model, recordId, before, linked, text));
    return Status();
}

LinkRecordCommand::LinkRecordCommand(RecordTableModel &model, qint64 recordId, Identity before,
                                     Identity after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_recordId(recordId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void LinkRecordCommand::apply(const Identity &identity)
{
    const Status status =
            m_model.setIdentity(m_recordId, identity.remoteId, identity.syncKey, identity.state);
    if (!status)
        emit m_model.editFailed(status.error());
}

void LinkRecordCommand::undo()
{
    apply(m_before);
}

void LinkRecordCommand::redo()
{
    if (m_applied) {
        m_applied = false; // done before the push
        return;
    }
    apply(m_after);
}
