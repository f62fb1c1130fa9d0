#include "synclogmodel.h"

#include <QBrush>
#include <QColor>

SyncLogModel::SyncLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SyncLogModel::setEntries(QVector<SyncLogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void SyncLogModel::appendEntries(const QVector<SyncLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SyncLogEntry &e = m_entries.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Time:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Column::Target:
            return e.target;
        case Column::Row:
            return e.rowKey;
        case Column::Action:
            return e.action;
        case Column::Result:
            return e.outcome;
        case Column::RemoteId:
            return e.remoteId;
        case Column::HttpStatus:
            return e.httpStatus ? QVariant(e.httpStatus) : QVariant();
        case Column::Message:
            return e.message;
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ForegroundRole && column == Column::Result &&
        e.outcome == QLatin1String("failed"))
        return QBrush(QColor(0xb9, 0x1c, 0x1c));
    return QVariant();
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Target:
        return tr("Target");
    case Column::Row:
        return tr("Row");
    case Column::Action:
        return tr("Action");
    case Column::Result:
        return tr("Result");
    case Column::RemoteId:
        return tr("Remote ID");
    case Column::HttpStatus:
        return tr("HTTP");
    case Column::Message:
        return tr("Message");
    case Column::Count:
        break;
    }
    return QVariant();
}
