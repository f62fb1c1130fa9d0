#pragma once

#include "result.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QLineEdit;
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
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    int visibleRowCount() const;
    int selectedRowCount() const;
    // Writes a block (rows of cells) from the current cell down and to the right, as one undo
    // step. Cells that fall past the last row or column are counted in `cut`.
    Status pasteBlock(const QVector<QStringList> &block, int *cut = nullptr);

signals:
    void countsChanged();

private:
    void fitColumns();

    RecordTableModel *m_model;
    RecordFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
};
