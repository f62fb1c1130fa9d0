#pragma once

#include <QSortFilterProxyModel>

// The log pane's view of the sync history: one outcome only (created, updated, failed,
// skipped) or all, and rows whose text contains what the user searches for.
class SyncLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SyncLogFilterModel(QObject *parent = nullptr);

    void setOutcome(const QString &outcome); // empty: every outcome
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_outcome;
    QString m_search;
};
