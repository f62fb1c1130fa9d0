#pragma once

#include "record.h"
#include "result.h"

#include <QString>
#include <QUndoCommand>

class QUndoStack;
class RecordTableModel;

// A sheet row linked by hand to a vendor record (or an offered match confirmed): the row takes
// the record's vendor id — and its sync key when the row has none — so it is matched by id from
// then on and a push updates that record instead of creating another. One undo step; undo puts
// the row's former identity back. Like EditCellsCommand, the change is applied and persisted
// before the push, so the first redo() only records it.
class LinkRecordCommand : public QUndoCommand
{
public:
    struct Identity
    {
        QString remoteId;
        QString syncKey;
        SyncState state = SyncState::NeverPushed;
    };

    // Links the row (persisted at once) and pushes the undo step onto `stack` (may be null).
    static Status link(RecordTableModel &model, QUndoStack *stack, qint64 recordId,
                       const Identity &linked, const QString &text);

    void undo() override;
    void redo() override;

private:
    LinkRecordCommand(RecordTableModel &model, qint64 recordId, Identity before, Identity after,
                      const QString &text);
    void apply(const Identity &identity);

    RecordTableModel &m_model;
    qint64 m_recordId;
    Identity m_before;
    Identity m_after;
    bool m_applied = true;
};
