#include "recordfilterproxymodel.h"

#include "recordtablemodel.h"
#include "valuecodec.h"

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(RecordTableModel::TypedValueRole);
}

void RecordFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    auto *records = qobject_cast<RecordTableModel *>(sourceModel());
    if (!records) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(-1); // keep the source's order
    records->sort(column, order);
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return ValueCodec::compare(left.data(RecordTableModel::TypedValueRole),
                               right.data(RecordTableModel::TypedValueRole)) < 0;
}
