#pragma once

#include <QSortFilterProxyModel>

// Filters a RecordTableModel's rows by the text they show, and sorts by typed value (numbers as
// numbers, dates as dates, empty last). Sorting is handed to the source model, which orders its
// rows once with typed keys: far faster on 100,000 rows than comparing through the proxy.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows only rows with a validation issue (error or warning) when on.
    void setOnlyRowsWithIssues(bool only);
    bool onlyRowsWithIssues() const { return m_onlyIssues; }
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyIssues = false;
};
