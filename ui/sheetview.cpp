#include "sheetview.h"

#include "clipboardpaste.h"
#include "recorddraft.h"
#include "recordfilterproxymodel.h"
#include "recorditemdelegate.h"
#include "recordtablemodel.h"
#include "valuecodec.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

SheetView::SheetView(RecordTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RecordFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_onlyIssues(new QCheckBox(tr("Only rows with &issues"), this))
    , m_delegate(new RecordItemDelegate(model->schema(), this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    // Named for tests, which reach the widgets with findChild.
    m_filter->setObjectName(QStringLiteral("FilterEdit"));
    m_onlyIssues->setObjectName(QStringLiteral("OnlyIssuesBox"));
    m_table->setObjectName(QStringLiteral("SheetTable"));
    m_filter->setPlaceholderText(tr("Filter rows (Ctrl+F)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter rows"));

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_delegate->setSheet(model);
    m_onlyIssues->setToolTip(tr("Show only the rows the vendor would reject or that need a look"));
    // Start unsorted (sheet order, no indicator). Set the indicator before enabling sorting,
    // which sorts by it: Qt's default indicator is a real column, and sorting back to sheet
    // order after it made three sorts at open; now it is one, which finds the rows in order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
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
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_onlyIssues);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    connect(m_onlyIssues, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyRowsWithIssues(on);
        emit countsChanged();
        emit onlyIssuesToggled(on);
    });

    // Copy writes what the cells hold (the id of "8041 · Acme Concrete Inc."), as a
    // tab-separated block a spreadsheet or our own paste reads back.
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(selectedText()); });

    fitColumns();
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SheetView::fitColumns);
    // Names beside ids: widen the reference columns (never narrow what the user sized).
    connect(model, &RecordTableModel::referenceCheckChanged, this, [this] {
        QHeaderView *header = m_table->horizontalHeader();
        for (int c = 0; c < m_model->schema().fieldCount(); ++c) {
            if (m_model->schema().field(c).referenceList.isEmpty())
                continue;
            const int before = header->sectionSize(c);
            m_table->resizeColumnToContents(c);
            header->resizeSection(c,
                                  qBound(before, header->sectionSize(c) + 12, qMax(before, 320)));
        }
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        emit countsChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SheetView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SheetView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SheetView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SheetView::countsChanged);
}

QString SheetView::selectedText() const
{
    QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_table->currentIndex().isValid())
        cells.append(m_table->currentIndex());
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString text;
    int row = cells.isEmpty() ? -1 : cells.constFirst().row();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QModelIndex &cell = cells.at(i);
        if (i > 0)
            text += cell.row() != row ? QLatin1Char('\n') : QLatin1Char('\t');
        row = cell.row();
        text += cell.data(Qt::EditRole).toString();
    }
    return text;
}

void SheetView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool SheetView::onlyIssues() const
{
    return m_onlyIssues->isChecked();
}

void SheetView::setOnlyIssues(bool on)
{
    m_onlyIssues->setChecked(on);
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
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (block.size() == 1 && block.first().size() == 1 && selected.size() > 1) {
        // One value over a selection: every selected cell takes it, as in a spreadsheet.
        for (const QModelIndex &index : selected) {
            const QModelIndex source = m_proxy->mapToSource(index);
            const Record &record = m_model->records().at(source.row());
            targets.append({record.id(), source.column(), record.value(source.column()),
                            block.first().first()});
        }
        if (cut)
            *cut = 0;
        const QVector<CellChange> changes = ClipboardPaste::changes(m_model->schema(), targets);
        return m_model->setCells(changes, tr("Paste %n cell(s)", nullptr, int(changes.size())));
    }
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

QVector<qint64> SheetView::selectedRecordIds() const
{
    QVector<qint64> ids;
    QSet<int> seen;
    QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && m_table->currentIndex().isValid())
        selected.append(m_table->currentIndex());
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected)) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && !seen.contains(row)) {
            seen.insert(row);
            ids.append(m_model->records().at(row).id());
        }
    }
    return ids;
}

bool SheetView::showCell(qint64 recordId, int field)
{
    const int row = m_model->rowOfRecord(recordId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, qMax(0, field)));
    if (!index.isValid()) {
        // Hidden by the filter: clear it rather than fail to show the cell.
        m_filter->clear();
        m_onlyIssues->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, qMax(0, field)));
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

bool SheetView::goToIssue(bool forward)
{
    const int rows = m_proxy->rowCount();
    const int columns = m_proxy->columnCount();
    if (rows == 0 || m_model->validation().errorCount() + m_model->validation().warningCount() == 0)
        return false;
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() ? current.row() : (forward ? -1 : rows);
    int column = current.isValid() ? current.column() : (forward ? columns : -1);
    // Cells in reading order from the current one; each row's issue cells are found through
    // the row's issues, so rows without any are skipped at the cost of one look-up.
    for (int step = 0; step <= rows; ++step) {
        const int r = ((row % rows) + rows) % rows;
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        if (m_model->rowHasIssues(source)) {
            QVector<int> fields;
            for (const ValidationIssue &issue : m_model->rowIssues(source))
                fields.append(qMax(0, issue.field));
            std::sort(fields.begin(), fields.end());
            if (!forward)
                std::reverse(fields.begin(), fields.end());
            for (int f : std::as_const(fields)) {
                const bool after = step > 0 || (forward ? f > column : f < column);
                if (after) {
                    const QModelIndex target = m_proxy->index(r, f);
                    m_table->setCurrentIndex(target);
                    m_table->scrollTo(target);
                    return true;
                }
            }
        }
        row += forward ? 1 : -1;
        column = forward ? -1 : columns;
    }
    return false;
}

Status SheetView::fillDown()
{
    QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return Status::failure(tr("Select the cells to fill: the top one is copied down."));
    QMap<int, QModelIndexList> byColumn;
    for (const QModelIndex &index : std::as_const(selected))
        byColumn[index.column()].append(index);
    QVector<CellChange> changes;
    for (auto it = byColumn.begin(); it != byColumn.end(); ++it) {
        QModelIndexList cells = it.value();
        std::sort(cells.begin(), cells.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        QModelIndex top = cells.first();
        if (cells.size() == 1) {
            if (top.row() == 0)
                continue;
            cells = {top};
            top = m_proxy->index(top.row() - 1, top.column());
        } else {
            cells.removeFirst();
        }
        const QModelIndex sourceTop = m_proxy->mapToSource(top);
        const QVariant value = m_model->records().at(sourceTop.row()).value(sourceTop.column());
        for (const QModelIndex &cell : std::as_const(cells)) {
            const QModelIndex source = m_proxy->mapToSource(cell);
            const Record &record = m_model->records().at(source.row());
            changes.append({record.id(), source.column(), record.value(source.column()), value});
        }
    }
    return m_model->setCells(changes, tr("Fill down %n cell(s)", nullptr, int(changes.size())));
}

Status SheetView::addRow()
{
    QVector<Record> records = {Record(m_model->schema().fieldCount())};
    const Status status = m_model->addRecords(records, tr("Add row"));
    if (status)
        showCell(records.first().id(), 0);
    return status;
}

Status SheetView::duplicateSelectedRows()
{
    const QVector<qint64> ids = selectedRecordIds();
    if (ids.isEmpty())
        return Status::failure(tr("Select the rows to duplicate."));
    QVector<Record> copies;
    for (qint64 id : ids)
        copies.append(RecordDraft::copyOf(m_model->schema(),
                                          m_model->records().at(m_model->rowOfRecord(id))));
    const Status status =
            m_model->addRecords(copies, tr("Duplicate %n row(s)", nullptr, int(copies.size())));
    if (status)
        showCell(copies.first().id(), 0);
    return status;
}

Status SheetView::deleteSelectedRows()
{
    const QVector<qint64> ids = selectedRecordIds();
    if (ids.isEmpty())
        return Status::failure(tr("Select the rows to delete."));
    return m_model->deleteRecords(ids, tr("Delete %n row(s)", nullptr, int(ids.size())));
}

QModelIndexList SheetView::cellsInScope(Scope scope) const
{
    QModelIndexList cells;
    if (scope == Scope::Selection) {
        cells = m_table->selectionModel()->selectedIndexes();
    } else if (scope == Scope::Column) {
        const int column = qMax(0, m_table->currentIndex().column());
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            cells.append(m_proxy->index(r, column));
    } else {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            for (int c = 0; c < m_proxy->columnCount(); ++c)
                cells.append(m_proxy->index(r, c));
        }
    }
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    return cells;
}

bool SheetView::matches(const QModelIndex &index, const FindOptions &options) const
{
    // Both what the cell shows (1,250.00) and its plain value (1250.00) are searched.
    const Qt::CaseSensitivity cs = options.matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (int role : {int(Qt::DisplayRole), int(Qt::EditRole)}) {
        const QString text = index.data(role).toString();
        if (options.wholeCell ? text.compare(options.text, cs) == 0
                              : text.contains(options.text, cs))
            return true;
    }
    return false;
}

bool SheetView::findNext(const FindOptions &options)
{
    if (options.text.isEmpty())
        return false;
    const QModelIndexList cells = cellsInScope(options.scope);
    if (cells.isEmpty())
        return false;
    const QModelIndex current = m_table->currentIndex();
    qsizetype start = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QModelIndex &c = cells.at(i);
        if (current.isValid() && (c.row() > current.row() ||
                                  (c.row() == current.row() && c.column() > current.column()))) {
            start = i;
            break;
        }
    }
    for (qsizetype step = 0; step < cells.size(); ++step) {
        const QModelIndex &c = cells.at((start + step) % cells.size());
        if (matches(c, options)) {
            if (options.scope == Scope::Selection)
                m_table->selectionModel()->setCurrentIndex(c, QItemSelectionModel::NoUpdate);
            else
                m_table->setCurrentIndex(c);
            m_table->scrollTo(c);
            return true;
        }
    }
    return false;
}

Result<int> SheetView::replaceAll(const FindOptions &options, const QString &replacement)
{
    if (options.text.isEmpty())
        return Result<int>::failure(tr("Type the text to find."));
    const Qt::CaseSensitivity cs = options.matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QVector<ClipboardPaste::Target> targets;
    for (const QModelIndex &index : cellsInScope(options.scope)) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (m_model->schema().field(source.column()).readOnly)
            continue;
        const QString text = index.data(Qt::EditRole).toString();
        QString replaced;
        if (options.wholeCell) {
            if (text.compare(options.text, cs) != 0)
                continue;
            replaced = replacement;
        } else {
            if (!text.contains(options.text, cs))
                continue;
            replaced = text;
            replaced.replace(options.text, replacement, cs);
        }
        const Record &record = m_model->records().at(source.row());
        targets.append({record.id(), source.column(), record.value(source.column()), replaced});
    }
    const QVector<CellChange> changes = ClipboardPaste::changes(m_model->schema(), targets);
    const Status status =
            m_model->setCells(changes, tr("Replace in %n cell(s)", nullptr, int(changes.size())));
    if (!status)
        return Result<int>::failure(status.error());
    return int(changes.size());
}

QVector<qint64> SheetView::rowsToPush() const
{
    if (!m_table->selectionModel()->selectedIndexes().isEmpty())
        return selectedRecordIds();
    QVector<qint64> ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids.append(m_model->records().at(m_proxy->mapToSource(m_proxy->index(r, 0)).row()).id());
    return ids;
}
