#include "issuelistmodel.h"

#include "recordtablemodel.h"

#include <QBrush>
#include <QColor>

IssueListModel::IssueListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &IssueListModel::refresh);
}

void IssueListModel::setSheet(RecordTableModel *sheet)
{
    if (m_sheet)
        disconnect(m_sheet, nullptr, this, nullptr);
    m_sheet = sheet;
    if (m_sheet)
        connect(m_sheet, &RecordTableModel::issuesChanged, &m_refreshTimer,
                qOverload<>(&QTimer::start));
    refresh();
}

void IssueListModel::refresh()
{
    m_refreshTimer.stop();
    beginResetModel();
    m_entries.clear();
    if (m_sheet) {
        const EntitySchema &schema = m_sheet->schema();
        const int rows = m_sheet->rowCount();
        for (int row = 0; row < rows; ++row) {
            if (!m_sheet->rowHasIssues(row))
                continue;
            const qint64 id = m_sheet->records().at(row).id();
            const QString key = m_sheet->rowKey(row);
            for (const ValidationIssue &issue : m_sheet->rowIssues(row)) {
                m_entries.append(
                        {id, issue.field, issue.severity, key,
                         issue.field >= 0 ? schema.field(issue.field).label : tr("(whole row)"),
                         issue.message});
            }
        }
    }
    endResetModel();
}

int IssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IssueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry &e = m_entries.at(index.row());
    const bool error = e.severity == ValidationIssue::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return error ? tr("Error") : tr("Warning");
        case RowColumn:
            return e.key;
        case FieldColumn:
            return e.fieldLabel;
        case MessageColumn:
            return e.message;
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return e.message;
    case Qt::BackgroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xfe, 0xf3, 0xc7));
        return QVariant();
    case SeverityRole:
        return int(e.severity);
    case RecordIdRole:
        return e.recordId;
    case FieldRole:
        return e.field;
    default:
        return QVariant();
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RowColumn:
        return tr("Row");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("What is wrong");
    default:
        return QVariant();
    }
}
