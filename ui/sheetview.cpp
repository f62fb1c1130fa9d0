#include "sheetview.h"

#include "clipboardpaste.h"
#include "recordfilterproxymodel.h"
#include "recordtablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

SheetView::SheetView(RecordTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RecordFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setPlaceholderText(tr("Filter rows (Ctrl+F)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter rows"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setMinimumWidth(90);
    m_table->setAccessibleName(model->schema().title());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);

    fitColumns();
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SheetView::fitColumns);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        emit countsChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SheetView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SheetView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SheetView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SheetView::countsChanged);
}

void SheetView::fitColumns()
{
    // Size columns by their header and the first rows only, so a 100,000-row sheet opens fast;
    // long texts stay readable without one column taking the screen.
    QHeaderView *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(50);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qBound(80, header->sectionSize(c) + 12, 320));
}

Status SheetView::pasteBlock(const QVector<QStringList> &block, int *cut)
{
    const QModelIndex start = m_table->currentIndex();
    if (!start.isValid())
        return Status::failure(tr("Click the cell where the pasted block should start."));
    QVector<ClipboardPaste::Target> targets;
    int outside = 0;
    for (int i = 0; i < block.size(); ++i) {
        const int row = start.row() + i;
        for (int j = 0; j < block.at(i).size(); ++j) {
            const int column = start.column() + j;
            if (row >= m_proxy->rowCount() || column >= m_proxy->columnCount()) {
                ++outside;
                continue;
            }
            const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, column));
            const Record &record = m_model->records().at(source.row());
            targets.append({record.id(), source.column(), record.value(source.column()),
                            block.at(i).at(j)});
        }
    }
    if (cut)
        *cut = outside;
    const QVector<CellChange> changes = ClipboardPaste::changes(m_model->schema(), targets);
    return m_model->setCells(changes, tr("Paste %n cell(s)", nullptr, int(changes.size())));
}

int SheetView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

int SheetView::selectedRowCount() const
{
    QSet<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.insert(index.row());
    return int(rows.size());
}
