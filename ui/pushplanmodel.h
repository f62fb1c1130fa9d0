#pragma once

#include "pushservice.h"

#include <QAbstractTableModel>
#include <QHash>

// The push plan as a table: a row per record given — its key, what the push does with it
// (create, update, blocked) and the detail (the vendor id updated, or why a row is blocked).
// Read-only; built from PushService::Plan, so it shows the dry run exactly.
class PushPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Key,
        Action,
        Detail,
        Count
    };
    enum Role {
        ActionRole = Qt::UserRole + 1,
        RecordIdRole
    };

    explicit PushPlanModel(QObject *parent = nullptr);

    // `keys`: each record's key as the sheet shows it (by record id); `vendor` names the
    // vendor in the detail ("Procore id 4711").
    void setPlan(const QVector<PushService::Plan::Item> &items, const QHash<qint64, QString> &keys,
                 const QString &vendor);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString actionText(PushService::Plan::Action action);

private:
    QString detail(const PushService::Plan::Item &item) const;

    QVector<PushService::Plan::Item> m_items;
    QHash<qint64, QString> m_keys;
    QString m_vendor;
};
