#pragma once

#include <QUndoCommand>
#include <QVariant>

class RecordTableModel;

// One accepted cell edit. The model applies and persists the edit before pushing the command,
// so the first redo() only records it; undo and redo persist through the model.
class EditCellCommand : public QUndoCommand
{
public:
    EditCellCommand(RecordTableModel *model, qint64 recordId, int field, QVariant before,
                    QVariant after);

    void undo() override;
    void redo() override;

private:
    void apply(const QVariant &value);

    RecordTableModel *m_model;
    qint64 m_recordId;
    int m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_applied = true;
};
