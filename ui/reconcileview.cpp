#include "reconcileview.h"

#include "entityschema.h"
#include "linkrecorddialog.h"
#include "reconcileactions.h"
#include "reconciledetailpane.h"
#include "reconcilefilterbar.h"
#include "reconcilesession.h"
#include "reconciletablemodel.h"
#include "recordtablemodel.h"
#include "workspacesession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Pairing again at once keeps each action's result on screen before the next key press; a
// very large sheet waits for the burst of changes an action makes to end.
constexpr int kImmediateRecords = 20000;

} // namespace

ReconcileView::ReconcileView(WorkspaceSession &session, RecordTableModel *sheet, QWidget *parent)
    : QWidget(parent)
    , m_sheet(sheet)
    , m_rec(new ReconcileSession(session, sheet, this))
    , m_model(m_rec->model())
    , m_recomputeTimer(new QTimer(this))
    , m_actions(new ReconcileActions(this, sheet->schema().vendorLabel()))
    , m_title(new QLabel(this))
    , m_pullButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_filters(new ReconcileFilterBar(m_model, sheet->schema().vendorLabel(), this))
    , m_table(new QTableView(this))
    , m_detail(new ReconcileDetailPane(m_model, m_actions->takeValue(), this))
{
    setObjectName(QStringLiteral("reconcile:") + sheet->schema().id());
    m_rec->setObjectName(QStringLiteral("ReconcileSession"));
    m_model->setObjectName(QStringLiteral("ReconcileTableModel"));
    connect(m_rec, &ReconcileSession::message, this, &ReconcileView::statusMessage);
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, [this] { pairAgain(m_pushedOutOfDate); });

    connectActions();
    layOut();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReconcileView::updateActions);
    connect(m_detail, &ReconcileDetailPane::currentFieldChanged, this,
            &ReconcileView::updateActions);
    connect(m_filters, &ReconcileFilterBar::filterChanged, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, ReconcileTableModel::KeyColumn));
        updateDetail();
        updateActions();
    });
    connect(m_filters, &ReconcileFilterBar::onlyDifferingColumnsChanged, this,
            &ReconcileView::updateColumns);
    connect(m_model, &ReconcileTableModel::reconciled, this, [this] {
        updateTitle();
        m_filters->updateCounts(m_rec->hasSnapshot());
        updateColumns();
        emit summaryChanged();
    });
    followTheSheet();
    updateTitle();
    m_filters->updateCounts(m_rec->hasSnapshot());
    updateDetail();
    updateActions();
}

ReconcileView::~ReconcileView() = default;

void ReconcileView::connectActions()
{
    connect(m_actions->takeValue(), &QAction::triggered, this,
            [this] { run(&ReconcileView::takeVendorValue); });
    connect(m_actions->takeRows(), &QAction::triggered, this,
            [this] { run(&ReconcileView::takeVendorRows); });
    connect(m_actions->push(), &QAction::triggered, this,
            [this] { run(&ReconcileView::pushSheetRows); });
    connect(m_actions->import(), &QAction::triggered, this,
            [this] { run(&ReconcileView::importVendorRecords); });
    connect(m_actions->link(), &QAction::triggered, this,
            [this] { run(&ReconcileView::linkCurrent); });
    connect(m_actions->previous(), &QAction::triggered, this, [this] {
        if (!goToDifference(false))
            emit statusMessage(tr("No differences to go to."));
    });
    connect(m_actions->next(), &QAction::triggered, this, [this] {
        if (!goToDifference(true))
            emit statusMessage(tr("No differences to go to."));
    });
    connect(m_actions->exportAll(), &QAction::triggered, this, &ReconcileView::exportDialog);
    connect(m_actions->close(), &QAction::triggered, this, &ReconcileView::closeRequested);
}

void ReconcileView::followTheSheet()
{
    // Every change of the sheet (an edit here or there, an undo, rows added or deleted, a
    // reload after a push) pairs again; a reload also re-reads what was last pushed.
    connect(m_sheet, &QAbstractItemModel::dataChanged, this, &ReconcileView::scheduleRecompute);
    connect(m_sheet, &QAbstractItemModel::rowsInserted, this, &ReconcileView::scheduleRecompute);
    connect(m_sheet, &QAbstractItemModel::rowsRemoved, this, &ReconcileView::scheduleRecompute);
    connect(m_sheet, &QAbstractItemModel::layoutChanged, this, &ReconcileView::scheduleRecompute);
    connect(m_sheet, &QAbstractItemModel::modelReset, this, [this] {
        m_pushedOutOfDate = true;
        scheduleRecompute();
    });
}

void ReconcileView::layOut()
{
    const EntitySchema &schema = m_sheet->schema();
    m_title->setObjectName(QStringLiteral("ReconcileTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_pullButton->setObjectName(QStringLiteral("ReconcilePullButton"));
    m_pullButton->setToolTip(tr("Read what %1 holds now (Ctrl+Shift+L)").arg(schema.vendorLabel()));
    connect(m_pullButton, &QToolButton::clicked, this, [this] { emit pullRequested(target()); });
    m_exportButton->setDefaultAction(m_actions->exportAll());

    auto *titleBar = new QHBoxLayout;
    titleBar->addWidget(m_title, 1);
    titleBar->addWidget(m_pullButton);
    titleBar->addWidget(m_exportButton);

    auto *toolbar = new QToolBar(tr("Reconcile"), this);
    toolbar->setObjectName(QStringLiteral("ReconcileToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_actions->takeValue(), m_actions->takeRows(), m_actions->push()});
    toolbar->addSeparator();
    toolbar->addActions({m_actions->import(), m_actions->link()});
    toolbar->addSeparator();
    toolbar->addActions({m_actions->previous(), m_actions->next()});

    setUpTable();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(titleBar);
    layout->addWidget(m_filters);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);
}

void ReconcileView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("ReconcileTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(menuActions());
    m_table->setAccessibleName(tr("Reconciliation of %1").arg(m_sheet->schema().title()));
}

QString ReconcileView::target() const
{
    return m_sheet->schema().id();
}

QList<QAction *> ReconcileView::menuActions() const
{
    return m_actions->menuActions();
}

QString ReconcileView::summaryText() const
{
    return m_rec->summaryText();
}

void ReconcileView::run(Status (ReconcileView::*action)())
{
    const Status status = (this->*action)();
    if (!status)
        emit statusMessage(status.error());
}

Status ReconcileView::reload(const QString &profile)
{
    const Status status = m_rec->reload(profile);
    if (!status)
        return status;
    m_stale = false;
    m_pushedOutOfDate = false;
    m_recomputeTimer->stop();
    m_dirty = false;
    if (!m_fitted && m_model->rowCount() > 0) {
        fitColumns();
        m_fitted = true;
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ReconcileTableModel::KeyColumn));
    updateDetail();
    updateActions();
    return Status();
}

void ReconcileView::scheduleRecompute()
{
    if (!m_rec->hasSnapshot())
        return;
    // Behind another tab it waits until it is shown: editing the sheet stays fast.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (m_sheet->rowCount() + m_model->remote().size() <= kImmediateRecords)
        pairAgain(m_pushedOutOfDate);
    else
        m_recomputeTimer->start();
}

void ReconcileView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        pairAgain(m_pushedOutOfDate);
}

void ReconcileView::pairAgain(bool rereadPushed)
{
    m_dirty = false;
    if (!m_rec->hasSnapshot())
        return;
    // The current line by its name, so it stays current although the lines are rebuilt; when
    // it is gone (its difference settled) the line now in its place becomes current.
    const QModelIndex current = m_table->currentIndex();
    const int entry = currentEntry();
    const QString identity =
            entry >= 0 ? m_model->identityOf(m_model->entries().at(entry)) : QString();
    m_rec->pairAgain(rereadPushed);
    if (rereadPushed)
        m_pushedOutOfDate = false;
    const int rows = m_model->rowCount();
    if (rows > 0 && current.isValid()) {
        int row = m_model->rowOfIdentity(identity);
        if (row < 0)
            row = qMin(current.row(), rows - 1);
        m_table->setCurrentIndex(m_model->index(row, current.column()));
    }
    updateDetail();
    updateActions();
}

void ReconcileView::setStale(bool stale)
{
    m_stale = stale;
    updateTitle();
}

void ReconcileView::updateTitle()
{
    m_pullButton->setText(m_rec->hasSnapshot() ? tr("Pull Again…") : tr("Pull…"));
    m_title->setText(m_rec->headingText(m_stale, ReconcileActions::keyText(m_actions->link())));
}

void ReconcileView::updateColumns()
{
    const bool onlyDiffering = m_filters->onlyDifferingColumns();
    for (int c = ReconcileTableModel::FirstFieldColumn; c < m_model->columnCount(); ++c) {
        const int field = m_model->fieldOfColumn(c);
        m_table->setColumnHidden(c, onlyDiffering && !m_model->fieldDiffers(field));
    }
}

void ReconcileView::fitColumns()
{
    // By the header and the first lines only, so a large reconciliation opens fast.
    QHeaderView *header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(50);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qBound(80, header->sectionSize(c) + 16, 340));
}

int ReconcileView::currentEntry() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->entryOfRow(index.row()) : -1;
}

QVector<int> ReconcileView::selectedEntries() const
{
    QVector<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    return m_rec->entriesOfRows(rows);
}

int ReconcileView::currentField() const
{
    const int field = m_detail->focusedField();
    return field >= 0 ? field : m_model->fieldOfColumn(m_table->currentIndex().column());
}

void ReconcileView::updateDetail()
{
    const int entry = currentEntry();
    if (entry < 0) {
        m_detail->showEntry(nullptr, m_rec->hasSnapshot()
                                             ? tr("Nothing to show with these filters.")
                                             : QString());
        return;
    }
    m_detail->showEntry(&m_model->entries().at(entry), m_rec->entryText(entry, m_actions->keys()));
}

void ReconcileView::updateActions()
{
    m_actions->apply(m_rec->actionState(currentEntry(), selectedEntries()));
}

Status ReconcileView::takeVendorValue()
{
    return m_rec->takeVendorValue(currentEntry(), currentField(),
                                  ReconcileActions::keyText(m_actions->next()));
}

Status ReconcileView::takeVendorRows()
{
    return m_rec->takeVendorRows(selectedEntries());
}

Status ReconcileView::pushSheetRows()
{
    const QVector<qint64> ids = m_rec->pushableRows(selectedEntries());
    if (ids.isEmpty())
        return Status::failure(tr("Select rows that differ or that only the sheet has first."));
    emit pushRequested(target(), ids);
    return Status();
}

Status ReconcileView::importVendorRecords()
{
    return m_rec->importVendorRecords(selectedEntries());
}

Status ReconcileView::linkCurrent()
{
    const int entry = currentEntry();
    if (m_rec->isOffered(entry))
        return m_rec->confirmOffer(entry);
    auto question = m_rec->linkQuestion(entry);
    if (!question)
        return Status::failure(question.error());
    const ReconcileSession::LinkQuestion q = std::move(question).value();
    QVector<LinkRecordDialog::Choice> choices;
    for (const ReconcileSession::LinkChoice &c : q.choices)
        choices.append({c.index, c.text, c.fits});
    auto *dialog = new LinkRecordDialog(q.title, q.intro, choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, q] {
        const int chosen = dialog->chosen();
        if (chosen < 0)
            return;
        const Status status = m_rec->answerLink(q, chosen);
        if (!status)
            emit statusMessage(status.error());
    });
    dialog->open();
    return Status();
}

bool ReconcileView::goToDifference(bool forward)
{
    const QModelIndex next = m_model->nextDifference(m_table->currentIndex(), forward);
    if (!next.isValid())
        return false;
    m_table->setCurrentIndex(next);
    m_table->scrollTo(next);
    return true;
}

void ReconcileView::exportDialog()
{
    const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(target() + QStringLiteral("-reconciliation.xlsx"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Reconciliation"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = m_rec->exportTo(path);
    emit statusMessage(status ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                              : status.error());
}
