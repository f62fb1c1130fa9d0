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

    // Shows only rows whose shown text contains `text` in any column (case ignored). The rows
    // are filtered again in one pass: Qt's own setFilterFixedString removes and inserts each
    // changed range in turn, which took minutes at 1,000,000 rows when most rows stay but
    // scattered ones go.
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }
    // Shows only rows with a validation issue (error or warning) when on.
    void setOnlyRowsWithIssues(bool only);
    bool onlyRowsWithIssues() const { return m_onlyIssues; }
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyIssues = false;
    QString m_text;
};
