#pragma once

#include "result.h"

#include <QModelIndexList>

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class RecordItemDelegate;
class QTableView;
class RecordFilterProxyModel;
class RecordTableModel;

// One target's sheet: a filter box above a sortable table whose row headers keep each row's
// key (contract number, source id, ...) in sight while scrolling sideways.
class SheetView : public QWidget
{
    Q_OBJECT

public:
    explicit SheetView(RecordTableModel *model, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    // Still read by tst_pushwindow and tst_reconcileview; other tests find it as "SheetTable".
    QTableView *table() const { return m_table; }
    // The selected cells as stored (ids, canonical numbers), rows by lines, cells by tabs.
    QString selectedText() const;
    int visibleRowCount() const;
    int selectedRowCount() const;
    // Ctrl+F: the cursor in the filter box, its text selected.
    void focusFilter();
    // The "Only rows with issues" box; the window's menu item mirrors it.
    bool onlyIssues() const;
    void setOnlyIssues(bool on);
    // Writes a block (rows of cells) from the current cell down and to the right, as one undo
    // step; a single value pasted over a selection fills every selected cell. Cells that fall
    // past the last row or column are counted in `cut`.
    Status pasteBlock(const QVector<QStringList> &block, int *cut = nullptr);

    // Moves to the next (or previous) cell with an issue, in the order shown, wrapping around.
    // False when the sheet has none.
    bool goToIssue(bool forward);
    // Selects a record's cell (a row hidden by the filter is shown first).
    bool showCell(qint64 recordId, int field);
    // Copies the top cell of each selected column into the selected cells below it; with one
    // cell selected, copies the cell above. One undo step.
    Status fillDown();
    // One empty row at the end of the sheet, selected for typing. One undo step.
    Status addRow();
    // Copies of the selected rows at the end of the sheet, without their vendor ids or sync
    // keys (a copy is a new record for the vendor). One undo step.
    Status duplicateSelectedRows();
    Status deleteSelectedRows();
    int selectedRecordCount() const { return int(selectedRecordIds().size()); }
    // The rows a push takes: the selected ones, else every row shown.
    QVector<qint64> rowsToPush() const;

    enum class Scope {
        Selection,
        Column,
        Sheet,
    };
    struct FindOptions
    {
        QString text;
        Scope scope = Scope::Sheet;
        bool matchCase = false;
        bool wholeCell = false;
    };
    // Selects the next cell after the current one whose text matches; false when none does.
    bool findNext(const FindOptions &options);
    // Replaces every match in the scope, as one undo step; the number of cells changed.
    Result<int> replaceAll(const FindOptions &options, const QString &replacement);

signals:
    void countsChanged();
    void onlyIssuesToggled(bool on);

private:
    void fitColumns();
    QVector<qint64> selectedRecordIds() const;
    QModelIndexList cellsInScope(Scope scope) const;
    bool matches(const QModelIndex &index, const FindOptions &options) const;

    RecordTableModel *m_model;
    RecordFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_onlyIssues;
    RecordItemDelegate *m_delegate;
    QTableView *m_table;
};
