#pragma once

#include "synclogentry.h"

#include <QAbstractTableModel>
#include <QVector>

// The sync history as a table, newest last; the log pane's model.
class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Time,
        Target,
        Row,
        Action,
        Result,
        RemoteId,
        HttpStatus,
        Message,
        Count
    };

    explicit SyncLogModel(QObject *parent = nullptr);

    void setEntries(QVector<SyncLogEntry> entries);
    // Appends many at once so that a view repaints once per batch, not once per row.
    void appendEntries(const QVector<SyncLogEntry> &entries);
    const QVector<SyncLogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<SyncLogEntry> m_entries;
};
