#include "pushplanmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

PushPlanModel::PushPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PushPlanModel::setPlan(const QVector<PushService::Plan::Item> &items,
                            const QHash<qint64, QString> &keys, const QString &vendor)
{
    beginResetModel();
    m_items = items;
    m_keys = keys;
    m_vendor = vendor;
    endResetModel();
}

void PushPlanModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_keys.clear();
    endResetModel();
}

int PushPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PushPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString PushPlanModel::actionText(PushService::Plan::Action action)
{
    switch (action) {
    case PushService::Plan::Action::Create:
        return tr("Create");
    case PushService::Plan::Action::Update:
        return tr("Update");
    case PushService::Plan::Action::Blocked:
        return tr("Blocked");
    }
    return QString();
}

QString PushPlanModel::detail(const PushService::Plan::Item &item) const
{
    switch (item.action) {
    case PushService::Plan::Action::Create:
        return tr("New in %1").arg(m_vendor);
    case PushService::Plan::Action::Update:
        return tr("Changes %1 id %2").arg(m_vendor, item.remoteId);
    case PushService::Plan::Action::Blocked:
        return item.reason.isEmpty() ? tr("Has errors: fix them first (F8 finds them)")
                                     : item.reason;
    }
    return QString();
}

QVariant PushPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PushService::Plan::Item &item = m_items.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Key:
            return m_keys.value(item.recordId, tr("(record %1)").arg(item.recordId));
        case Column::Action:
            return actionText(item.action);
        case Column::Detail:
            return detail(item);
        case Column::Count:
            break;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (item.action == PushService::Plan::Action::Blocked && column != Column::Key)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return QVariant();
    case Qt::FontRole:
        if (column == Column::Action) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case ActionRole:
        return int(item.action);
    case RecordIdRole:
        return item.recordId;
    default:
        return QVariant();
    }
}

QVariant PushPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Key:
        return tr("Row");
    case Column::Action:
        return tr("Action");
    case Column::Detail:
        return tr("Details");
    case Column::Count:
        break;
    }
    return QVariant();
}
