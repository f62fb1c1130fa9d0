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

void RecordFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidate();
}

void RecordFilterProxyModel::setOnlyRowsWithIssues(bool only)
{
    if (only == m_onlyIssues)
        return;
    m_onlyIssues = only;
    invalidateFilter();
}

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    QSortFilterProxyModel::setSourceModel(source);
    if (auto *records = qobject_cast<RecordTableModel *>(source)) {
        // A fixed row leaves the "only rows with issues" view when it is fixed.
        connect(records, &RecordTableModel::issuesChanged, this, [this] {
            if (m_onlyIssues)
                invalidateFilter();
        });
    }
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_onlyIssues) {
        const auto *records = qobject_cast<const RecordTableModel *>(sourceModel());
        if (records && !records->rowHasIssues(sourceRow))
            return false;
    }
    if (m_text.isEmpty())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const QAbstractItemModel *source = sourceModel();
    for (int c = 0; c < source->columnCount(sourceParent); ++c) {
        if (source->index(sourceRow, c, sourceParent)
                    .data(filterRole())
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
