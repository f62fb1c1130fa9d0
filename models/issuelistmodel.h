#pragma once

#include "validationissue.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QVector>

class RecordTableModel;

// Every issue of one sheet as a list (the issues pane): severity, the row's key, the field and
// the message. It follows the sheet's edits, rebuilding at most once per event-loop turn so a
// paste of many cells costs one rebuild.
class IssueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        RowColumn,
        FieldColumn,
        MessageColumn,
        ColumnCount,
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // ValidationIssue::Severity as int
        RecordIdRole,
        FieldRole, // the field index, -1 for the whole row
    };

    explicit IssueListModel(QObject *parent = nullptr);

    void setSheet(RecordTableModel *sheet);
    RecordTableModel *sheet() const { return m_sheet; }
    // Rebuilds now (tests and the first show call it; edits schedule it).
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        qint64 recordId = 0;
        int field = -1;
        ValidationIssue::Severity severity = ValidationIssue::Severity::Error;
        QString key;
        QString fieldLabel;
        QString message;
    };

    QPointer<RecordTableModel> m_sheet;
    QVector<Entry> m_entries;
    QTimer m_refreshTimer;
};
