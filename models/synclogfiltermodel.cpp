#include "synclogfiltermodel.h"

#include "synclogmodel.h"

SyncLogFilterModel::SyncLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void SyncLogFilterModel::setOutcome(const QString &outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

void SyncLogFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool SyncLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const auto *log = qobject_cast<const SyncLogModel *>(sourceModel());
    if (!log || sourceRow >= log->entries().size())
        return true;
    const SyncLogEntry &e = log->entries().at(sourceRow);
    if (!m_outcome.isEmpty() && e.outcome != m_outcome)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString &text : {e.rowKey, e.message, e.remoteId, e.target, e.profile}) {
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
