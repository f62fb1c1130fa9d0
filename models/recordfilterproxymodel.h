#pragma once

#include <QSortFilterProxyModel>

// Sorts a RecordTableModel by typed value (numbers as numbers, dates as dates, empty last) and
// filters rows whose shown text contains the filter words.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
