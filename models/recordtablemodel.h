#pragma once

#include "cellchange.h"
#include "entityschema.h"
#include "record.h"
#include "sheetvalidation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QVector>

#include <memory>

class QUndoStack;
class RecordStore;
class ReferenceCheck;
class ReferenceIndex;

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
        // The worst issue of the cell: a ValidationIssue::Severity as int, or null when none.
        IssueSeverityRole,
    };

    RecordTableModel(const EntitySchema &schema, RecordStore *store, QObject *parent = nullptr);

    const EntitySchema &schema() const { return m_schema; }
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    void setRecords(QVector<Record> records);
    // New rows with a reference check made for them: the sheet is validated once.
    void setRecords(QVector<Record> records, std::shared_ptr<ReferenceCheck> check);
    const QVector<Record> &records() const { return m_records; }
    int rowOfRecord(qint64 recordId) const { return m_rowById.value(recordId, -1); }

    // Validation of every row, kept current with each change.
    const SheetValidation &validation() const { return m_validation; }
    bool rowHasIssues(int row) const { return m_validation.hasIssues(m_records.at(row)); }
    QVector<ValidationIssue> rowIssues(int row) const
    {
        return m_validation.issues(m_records.at(row));
    }
    // Reference cells judged against the vendor's lists (issue 14): re-validates the whole
    // sheet once; from then on an edit re-checks its own record only. A resolved reference
    // shows "8041 · Acme Concrete Inc." while its EditRole stays the id as stored.
    void setReferenceCheck(std::shared_ptr<ReferenceCheck> check);
    ReferenceCheck *referenceCheck() const { return m_validation.referenceCheck(); }
    // The list the cell's value is chosen from, for its editor; nullptr when none is kept.
    const ReferenceIndex *referenceList(int row, int field) const;
    // The row header's sync badge: synced (green), changed since the push (blue), failed (red);
    // nothing for a row never pushed.
    static QVariant syncBadge(SyncState state);

    // Every issue, located as in a sheet exported in this order (row 1 the header, so the
    // first record is row 2), for the issues export.
    QVector<LocatedIssue> locatedIssues(const QString &fileName) const;
    // The row's key as the row header shows it (contract number, source id, ...).
    QString rowKey(int row) const { return displayKey(m_records.at(row)); }

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
    // values, without touching the undo stack; undo commands use this. With `expectCurrent`
    // (an undo or redo from the history) every cell must still hold the value the step left
    // (Undo: `after`, Redo: `before`): a cell someone else changed since is not reverted; the
    // step is refused as a conflict instead.
    Status applyChanges(const QVector<CellChange> &changes, Direction direction,
                        bool expectCurrent = false);
    // Applies and persists many cells as one undo step ("Paste", "Fill down").
    Status setCells(QVector<CellChange> changes, const QString &undoText);
    // A row's identity at its vendor (remote id, sync key, sync state), persisted at once; its
    // values stay. Without the undo stack: linking a row by hand (LinkRecordCommand) uses it.
    Status setIdentity(qint64 recordId, const QString &remoteId, const QString &syncKey,
                       SyncState state);

    // A row taken out of the sheet, with what puts it back where it was.
    struct StoredRow
    {
        Record record;
        qint64 position = 0;   // its place in the workspace's sheet order
        qint64 sheetOrder = 0; // its place in this model's unsorted order
    };
    // Adds rows at the end of the sheet (they get ids), persisted, as one undo step ("Add row",
    // "Duplicate rows"). The records' ids are set on return.
    Status addRecords(QVector<Record> &records, const QString &undoText);
    // Deletes rows by record id, persisted, as one undo step.
    Status deleteRecords(const QVector<qint64> &ids, const QString &undoText);
    // For undo commands: take rows out, or put them back, persisted, without the undo stack.
    Status takeRecords(const QVector<qint64> &ids, QVector<StoredRow> &taken);
    Status putBackRecords(const QVector<StoredRow> &rows);

    // Takes the rows as the store holds them now (someone else saved them): changed rows are
    // updated in place, new ones added at the end, removed ones taken out. The view's order,
    // selection and open editors elsewhere stay; the undo history stays. Gives the number of
    // rows that changed, were added or removed. With `only`, `stored` holds just those rows
    // (as re-read by id): a row of `only` missing from it was removed, the rest stay as they are.
    int mergeStored(QVector<Record> stored, const QVector<qint64> *only = nullptr);

signals:
    // An edit could not be saved; the value on screen is unchanged.
    void editFailed(const QString &message);
    // An edit (or an undo or redo) was not applied because someone else changed the same row
    // first: `wanted` holds, per cell, the value the person saw (`before`) and the one they
    // wanted (`after`). Nothing was written.
    void editConflicted(const QVector<CellChange> &wanted, const QString &undoText);
    // The sheet's issues may have changed (after a load or an edit).
    void issuesChanged();
    // A new reference check: reference cells may show names beside their ids now.
    void referenceCheckChanged();

private:
    QString displayKey(const Record &record) const;
    void showAdded(const QVector<Record> &records, const QVector<qint64> &sheetOrders);
    void rebuildRowIndex();
    void repaintUniqueColumns();

    const EntitySchema &m_schema;
    RecordStore *m_store;
    QUndoStack *m_undoStack = nullptr;
    QLocale m_locale;
    QVector<Record> m_records;
    SheetValidation m_validation;
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_sheetOrder; // row of each record as loaded: "unsorted" restores it
    qint64 m_nextSheetOrder = 0;
    int m_displayField = -1;
};
