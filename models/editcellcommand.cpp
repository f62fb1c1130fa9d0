#include "editcellcommand.h"

#include "recordtablemodel.h"

#include <QCoreApplication>

EditCellCommand::EditCellCommand(RecordTableModel *model, qint64 recordId, int field,
                                 QVariant before, QVariant after)
    : m_model(model)
    , m_recordId(recordId)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("EditCellCommand", "Edit %1")
                    .arg(model->schema().field(field).label));
}

void EditCellCommand::undo()
{
    apply(m_before);
}

void EditCellCommand::redo()
{
    if (m_applied) {
        m_applied = false; // done by the model before the push
        return;
    }
    apply(m_after);
}

void EditCellCommand::apply(const QVariant &value)
{
    const Status status = m_model->applyValue(m_recordId, m_field, value);
    if (!status)
        emit m_model->editFailed(status.error());
}
