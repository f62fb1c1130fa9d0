#include "recordtablemodel.h"

#include "editcellcommand.h"
#include "rawtext.h"
#include "recordstore.h"
#include "valuecodec.h"

#include <QBrush>
#include <QColor>
#include <QUndoStack>

RecordTableModel::RecordTableModel(const EntitySchema &schema, RecordStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_schema(schema)
    , m_store(store)
    , m_displayField(schema.indexOf(schema.displayPath()))
{}

void RecordTableModel::setRecords(QVector<Record> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_rowById.clear();
    m_rowById.reserve(m_records.size());
    for (int row = 0; row < m_records.size(); ++row)
        m_rowById.insert(m_records.at(row).id(), row);
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_schema.fieldCount();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Record &record = m_records.at(index.row());
    const FieldSpec &field = m_schema.field(index.column());
    const QVariant &value = record.value(index.column());
    const bool unreadable = ValueCodec::isRaw(value);
    switch (role) {
    case Qt::DisplayRole:
        if (field.type == FieldType::Boolean && !unreadable)
            return QVariant();
        return ValueCodec::toDisplay(field, value, m_locale);
    case Qt::EditRole:
        return ValueCodec::toText(field, value);
    case Qt::CheckStateRole:
        if (field.type == FieldType::Boolean && !unreadable)
            return value.isValid() && value.toBool() ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Decimal || field.type == FieldType::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (unreadable) {
            return tr("'%1' cannot be read as %2. Type a valid value to fix it.")
                    .arg(value.value<RawText>().text, FieldSpec::typeName(field.type));
        }
        return QVariant();
    case Qt::BackgroundRole:
        if (unreadable)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (field.readOnly)
            return QBrush(QColor(0xf3, 0xf4, 0xf6));
        return QVariant();
    case TypedValueRole:
        return value;
    case UnreadableRole:
        return unreadable;
    case RecordIdRole:
        return record.id();
    default:
        return QVariant();
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_records.size())
            return QVariant();
        if (role == Qt::DisplayRole)
            return displayKey(m_records.at(section));
        return QVariant();
    }
    if (section < 0 || section >= m_schema.fieldCount())
        return QVariant();
    const FieldSpec &field = m_schema.field(section);
    switch (role) {
    case Qt::DisplayRole:
        return field.required ? field.label + QStringLiteral(" *") : field.label;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> <code>%2</code><br>%3")
                              .arg(field.label.toHtmlEscaped(), field.path.toHtmlEscaped(),
                                   field.description.toHtmlEscaped());
        if (field.required)
            tip += QStringLiteral("<br>") + tr("Required.");
        if (field.readOnly)
            tip += QStringLiteral("<br>") + tr("Filled in by the vendor; never sent.");
        return tip;
    }
    default:
        return QVariant();
    }
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const FieldSpec &field = m_schema.field(index.column());
    if (field.readOnly)
        return f;
    if (field.type == FieldType::Boolean)
        f |= Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &input, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const FieldSpec &field = m_schema.field(index.column());
    if (field.readOnly)
        return false;
    QVariant value;
    if (role == Qt::CheckStateRole && field.type == FieldType::Boolean) {
        value = input.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        value = ValueCodec::fromText(field, input.toString()).value;
    } else {
        return false;
    }
    const Record &record = m_records.at(index.row());
    const QVariant before = record.value(index.column());
    if (ValueCodec::identical(before, value))
        return true;
    const qint64 recordId = record.id();
    const Status status = applyValue(recordId, index.column(), value);
    if (!status) {
        emit editFailed(status.error());
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(new EditCellCommand(this, recordId, index.column(), before, value));
    return true;
}

Status RecordTableModel::applyValue(qint64 recordId, int field, const QVariant &value)
{
    const int row = rowOfRecord(recordId);
    if (row < 0)
        return Status::failure(tr("The row no longer exists."));
    Record changed = m_records.at(row);
    changed.setValue(field, value);
    if (changed.syncState() == SyncState::Synced)
        changed.setSyncState(SyncState::ChangedSincePush);
    if (m_store) {
        const Status saved = m_store->updateRecord(m_schema, changed);
        if (!saved)
            return saved;
    }
    m_records[row] = std::move(changed);
    emit dataChanged(index(row, field), index(row, field));
    if (field == m_displayField)
        emit headerDataChanged(Qt::Vertical, row, row);
    return Status();
}

QString RecordTableModel::displayKey(const Record &record) const
{
    if (m_displayField >= 0) {
        const QString text =
                ValueCodec::toText(m_schema.field(m_displayField), record.value(m_displayField));
        if (!text.isEmpty())
            return text;
    }
    return tr("(row %1)").arg(rowOfRecord(record.id()) + 1);
}
