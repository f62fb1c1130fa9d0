#pragma once

#include "cellchange.h"
#include "entityschema.h"
#include "record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QVector>

class QUndoStack;
class RecordStore;

// The rows of one target as a table: one column per schema field. Edits go through the undo
// stack and are persisted to the record store before setData() reports success.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // The typed value (qint64, Decimal, QDate, ...) for sorting and comparing.
        TypedValueRole = Qt::UserRole + 1,
        // True when the cell holds text that could not be read as the field's type.
        UnreadableRole,
        RecordIdRole,
    };

    RecordTableModel(const EntitySchema &schema, RecordStore *store, QObject *parent = nullptr);

    const EntitySchema &schema() const { return m_schema; }
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    void setRecords(QVector<Record> records);
    const QVector<Record> &records() const { return m_records; }
    int rowOfRecord(qint64 recordId) const { return m_rowById.value(recordId, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Orders the rows by one field's typed values (the view's order only; not saved). Column -1
    // restores the sheet's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    enum class Direction {
        Undo,
        Redo,
    };
    // Persists (one transaction) and shows the changes' `after` (Redo) or `before` (Undo)
    // values, without touching the undo stack; undo commands use this.
    Status applyChanges(const QVector<CellChange> &changes, Direction direction);
    // Applies and persists many cells as one undo step ("Paste", "Fill down").
    Status setCells(QVector<CellChange> changes, const QString &undoText);

signals:
    // An edit could not be saved; the value on screen is unchanged.
    void editFailed(const QString &message);

private:
    QString displayKey(const Record &record) const;

    const EntitySchema &m_schema;
    RecordStore *m_store;
    QUndoStack *m_undoStack = nullptr;
    QLocale m_locale;
    QVector<Record> m_records;
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_sheetOrder; // row of each record as loaded: "unsorted" restores it
    int m_displayField = -1;
};
