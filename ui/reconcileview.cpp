#include "reconcileview.h"

#include "entityschema.h"
#include "linkrecorddialog.h"
#include "reconciledetailmodel.h"
#include "reconcilesession.h"
#include "reconciletablemodel.h"
#include "recordtablemodel.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
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

#include <algorithm>

namespace {

// Pairing again at once keeps each action's result on screen before the next key press; a
// very large sheet waits for the burst of changes an action makes to end.
constexpr int kImmediateRecords = 20000;

constexpr ReconcileState kStates[] = {ReconcileState::Differs, ReconcileState::LocalOnly,
                                      ReconcileState::RemoteOnly, ReconcileState::Ambiguous,
                                      ReconcileState::Same};

QString filterColor(ReconcileState state)
{
    switch (state) {
    case ReconcileState::Same:
        return QStringLiteral("#dcfce7");
    case ReconcileState::Differs:
        return QStringLiteral("#fed7aa");
    case ReconcileState::LocalOnly:
        return QStringLiteral("#dbeafe");
    case ReconcileState::RemoteOnly:
        return QStringLiteral("#ede9fe");
    case ReconcileState::Ambiguous:
        return QStringLiteral("#fee2e2");
    }
    return QString();
}

} // namespace

ReconcileView::ReconcileView(WorkspaceSession &session, RecordTableModel *sheet, QWidget *parent)
    : QWidget(parent)
    , m_sheet(sheet)
    , m_rec(new ReconcileSession(session, sheet, this))
    , m_model(m_rec->model())
    , m_detailModel(new ReconcileDetailModel(m_model, this))
    , m_recomputeTimer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_pullButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_differingColumns(new QCheckBox(tr("Only &columns with differences"), this))
    , m_table(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detail(new QTableView(this))
{
    setObjectName(QStringLiteral("reconcile:") + sheet->schema().id());
    connect(m_rec, &ReconcileSession::message, this, &ReconcileView::statusMessage);
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, [this] { pairAgain(m_pushedOutOfDate); });

    m_title->setObjectName(QStringLiteral("ReconcileTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);

    createActions();
    layOut();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReconcileView::updateActions);
    connect(m_model, &ReconcileTableModel::reconciled, this, [this] {
        updateTitle();
        updateFilters();
        updateColumns();
        emit summaryChanged();
    });
    connect(m_detail->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReconcileView::updateActions);

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
    updateTitle();
    updateFilters();
    updateDetail();
    updateActions();
}

ReconcileView::~ReconcileView() = default;

void ReconcileView::layOut()
{
    const EntitySchema &schema = m_sheet->schema();
    m_pullButton->setToolTip(tr("Read what %1 holds now (Ctrl+Shift+L)").arg(schema.vendorLabel()));
    connect(m_pullButton, &QToolButton::clicked, this, [this] { emit pullRequested(target()); });
    m_exportButton->setDefaultAction(m_export);

    auto *titleBar = new QHBoxLayout;
    titleBar->addWidget(m_title, 1);
    titleBar->addWidget(m_pullButton);
    titleBar->addWidget(m_exportButton);

    QHBoxLayout *filterBar = makeFilterBar();

    auto *toolbar = new QToolBar(tr("Reconcile"), this);
    toolbar->setObjectName(QStringLiteral("ReconcileToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_takeValue);
    toolbar->addAction(m_takeRows);
    toolbar->addAction(m_push);
    toolbar->addSeparator();
    toolbar->addAction(m_import);
    toolbar->addAction(m_link);
    toolbar->addSeparator();
    toolbar->addAction(m_previous);
    toolbar->addAction(m_next);

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
    m_table->setAccessibleName(tr("Reconciliation of %1").arg(schema.title()));

    m_detailTitle->setObjectName(QStringLiteral("ReconcileDetailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::RichText);
    setUpDetail();

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(titleBar);
    layout->addLayout(filterBar);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);
}

QHBoxLayout *ReconcileView::makeFilterBar()
{
    // The counts per state are the filters: a look at the numbers, a click (or Alt+letter) to
    // see those lines.
    auto *filterBar = new QHBoxLayout;
    filterBar->setSpacing(6);
    for (const ReconcileState state : kStates) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(m_model->isStateShown(state));
        button->setObjectName(QStringLiteral("filter-") + ReconcileEntry::stateName(state));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, [this, state](bool on) {
            m_model->setStateShown(state, on);
            if (m_table->model()->rowCount() > 0 && !m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, ReconcileTableModel::KeyColumn));
            updateDetail();
            updateActions();
        });
        filterBar->addWidget(button);
        m_filters.append(button);
    }
    filterBar->addSpacing(12);
    m_differingColumns->setChecked(true);
    m_differingColumns->setToolTip(
            tr("Hide the fields that agree on every line; the detail below still lists them."));
    connect(m_differingColumns, &QCheckBox::toggled, this, &ReconcileView::updateColumns);
    filterBar->addWidget(m_differingColumns);
    filterBar->addStretch(1);
    return filterBar;
}

void ReconcileView::setUpDetail()
{
    m_detail->setObjectName(QStringLiteral("ReconcileDetail"));
    m_detail->setModel(m_detailModel);
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_detail->setSelectionMode(QAbstractItemView::SingleSelection);
    m_detail->setWordWrap(false);
    m_detail->verticalHeader()->hide();
    m_detail->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_detail->horizontalHeader()->setStretchLastSection(true);
    m_detail->setColumnWidth(ReconcileDetailModel::FieldColumn, 200);
    m_detail->setColumnWidth(ReconcileDetailModel::SheetColumn, 220);
    m_detail->setColumnWidth(ReconcileDetailModel::VendorColumn, 220);
    m_detail->setColumnWidth(ReconcileDetailModel::PushedColumn, 180);
    m_detail->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_detail->addAction(m_takeValue);
    m_detail->setAccessibleName(tr("The current line, field by field"));
}

bool ReconcileView::hasSnapshot() const
{
    return m_rec->hasSnapshot();
}

const PulledSnapshot &ReconcileView::snapshot() const
{
    return m_rec->snapshot();
}

QString ReconcileView::target() const
{
    return m_sheet->schema().id();
}

QToolButton *ReconcileView::filterButton(ReconcileState state) const
{
    for (int i = 0; i < m_filters.size(); ++i) {
        if (kStates[i] == state)
            return m_filters.at(i);
    }
    return nullptr;
}

void ReconcileView::createActions()
{
    const QString vendor = m_sheet->schema().vendorLabel();
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
                QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_takeValue =
            make(tr("Take %1's &Value").arg(vendor), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V),
                 tr("Put %1's value of the current field into the sheet").arg(vendor));
    connect(m_takeValue, &QAction::triggered, this,
            [this] { run([this] { return takeVendorValue(); }); });
    m_takeRows =
            make(tr("Take %1's &Rows").arg(vendor), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                 tr("Put %1's values of every differing field of the selected rows into the "
                    "sheet")
                         .arg(vendor));
    connect(m_takeRows, &QAction::triggered, this,
            [this] { run([this] { return takeVendorRows(); }); });
    m_push = make(tr("Sheet Is Right: &Push…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                  tr("Send the selected rows to %1 through the push dialog; its plan is the dry "
                     "run")
                          .arg(vendor));
    connect(m_push, &QAction::triggered, this, [this] { run([this] { return pushSheetRows(); }); });
    m_import = make(tr("&Import into Sheet"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I),
                    tr("Add the selected records only %1 holds to the sheet, with their %1 ids")
                            .arg(vendor));
    connect(m_import, &QAction::triggered, this,
            [this] { run([this] { return importVendorRecords(); }); });
    m_link = make(tr("&Link…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K),
                  tr("Pair an unmatched row with a %1 record by hand, or confirm an offered match")
                          .arg(vendor));
    connect(m_link, &QAction::triggered, this, [this] { run([this] { return linkCurrent(); }); });
    m_previous = make(tr("Previous Difference"), QKeySequence(Qt::SHIFT | Qt::Key_F7),
                      tr("Go to the previous difference"));
    connect(m_previous, &QAction::triggered, this, [this] {
        if (!goToDifference(false))
            emit statusMessage(tr("No differences to go to."));
    });
    m_next = make(tr("Next Difference"), QKeySequence(Qt::Key_F7), tr("Go to the next difference"));
    connect(m_next, &QAction::triggered, this, [this] {
        if (!goToDifference(true))
            emit statusMessage(tr("No differences to go to."));
    });
    m_export = make(tr("&Export Reconciliation…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
                    tr("Save the reconciliation as an Excel workbook or CSV"));
    m_export->setIconText(tr("Export…"));
    connect(m_export, &QAction::triggered, this, &ReconcileView::exportDialog);
    m_close = make(tr("&Close Reconciliation"), QKeySequence(Qt::CTRL | Qt::Key_W),
                   tr("Close this view; the pulled records stay in the workspace"));
    connect(m_close, &QAction::triggered, this, &ReconcileView::closeRequested);
}

QList<QAction *> ReconcileView::menuActions() const
{
    return {m_takeValue, m_takeRows, m_push,   m_import, m_link,
            m_next,      m_previous, m_export, m_close};
}

QString ReconcileView::shortcutText(const QAction *action) const
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

void ReconcileView::run(const std::function<Status()> &action)
{
    const Status status = action();
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
    if (!hasSnapshot())
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

void ReconcileView::recompute()
{
    m_recomputeTimer->stop();
    pairAgain(m_pushedOutOfDate);
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
    if (!hasSnapshot())
        return;
    // The current line by its name, so it stays current although the lines are rebuilt; when
    // it is gone (its difference settled) the line now in its place becomes current.
    const QModelIndex current = m_table->currentIndex();
    const ReconcileEntry *entry = currentEntry();
    const QString identity = entry ? m_model->identityOf(*entry) : QString();
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

QString ReconcileView::summaryText() const
{
    if (!hasSnapshot())
        return tr("Nothing pulled yet");
    const ReconcileSummary &s = m_model->summary();
    // Counts after labels, never "%n row(s)": every number reads right in every language.
    QStringList parts{tr("Differs: %1").arg(s.differs),
                      tr("Only in the sheet: %1").arg(s.localOnly),
                      tr("Only at the vendor: %1").arg(s.remoteOnly)};
    if (s.ambiguous > 0)
        parts.append(tr("Ambiguous: %1").arg(s.ambiguous));
    parts.append(tr("Same: %1").arg(s.same));
    return parts.join(QStringLiteral(" · "));
}

void ReconcileView::updateTitle()
{
    const EntitySchema &schema = m_sheet->schema();
    const QString vendor = schema.vendorLabel().toHtmlEscaped();
    m_pullButton->setText(hasSnapshot() ? tr("Pull Again…") : tr("Pull…"));
    if (!hasSnapshot()) {
        m_title->setText(tr("<b>%1</b><br>Nothing has been pulled from %2 for this sheet yet. "
                            "Pull (Ctrl+Shift+L) to see, field by field, what %2 holds against "
                            "the sheet.")
                                 .arg(schema.title().toHtmlEscaped(), vendor));
        return;
    }
    const QDateTime at = snapshot().pulledAt.toLocalTime();
    const QLocale locale;
    const QString when =
            QStringLiteral("%1, %2").arg(locale.toString(at.date(), QStringLiteral("d MMM yyyy")),
                                         locale.toString(at.time(), QLocale::ShortFormat));
    QString text =
            tr("<b>%1</b> — pulled on <b>%2</b> through profile <b>%3</b>. Rows in "
               "the sheet: %4 · records at %5: %6.")
                    .arg(schema.title().toHtmlEscaped(), when, snapshot().profile.toHtmlEscaped())
                    .arg(m_model->local().size())
                    .arg(vendor)
                    .arg(m_model->remote().size());
    const int offered = m_model->summary().offered;
    if (offered > 0)
        text += QStringLiteral("<br><span style='color:#92400e'>%1</span>")
                        .arg(tr("Matched only by number or name, waiting for your yes: %1. Link "
                                "(%2) confirms the current one.")
                                     .arg(offered)
                                     .arg(shortcutText(m_link)));
    if (m_stale)
        text += QStringLiteral("<br><span style='color:#b45309'>%1</span>")
                        .arg(tr("Rows were pushed after this pull: pull again to see what %1 "
                                "holds now.")
                                     .arg(vendor));
    m_title->setText(text);
}

void ReconcileView::updateFilters()
{
    const ReconcileSummary &s = m_model->summary();
    const QString vendor = m_sheet->schema().vendorLabel();
    for (int i = 0; i < m_filters.size(); ++i) {
        const ReconcileState state = kStates[i];
        QToolButton *button = m_filters.at(i);
        const int count = s.count(state);
        switch (state) {
        case ReconcileState::Differs:
            button->setText(tr("&Differs: %1").arg(count));
            button->setToolTip(
                    tr("Show the rows whose values differ from %1's (Alt+D)").arg(vendor));
            break;
        case ReconcileState::LocalOnly:
            button->setText(tr("Only in the &sheet: %1").arg(count));
            button->setToolTip(tr("Show the rows %1 has no record for (Alt+S)").arg(vendor));
            break;
        case ReconcileState::RemoteOnly:
            button->setText(tr("&Only at %1: %2").arg(vendor).arg(count));
            button->setToolTip(
                    tr("Show the %1 records no row of the sheet is (Alt+O)").arg(vendor));
            break;
        case ReconcileState::Ambiguous:
            button->setText(tr("&Ambiguous: %1").arg(count));
            button->setToolTip(
                    tr("Show the rows that fit more than one record: never guessed (Alt+A)"));
            break;
        case ReconcileState::Same:
            button->setText(tr("Sa&me: %1").arg(count));
            button->setToolTip(tr("Show the rows that agree with %1 too (Alt+M)").arg(vendor));
            break;
        }
        button->setEnabled(hasSnapshot());
        // Shown: bold on the state's tint; hidden: grey. A count of nothing stays quiet.
        button->setStyleSheet(
                QStringLiteral("QToolButton { border: 1px solid #d1d5db; border-radius: 4px; "
                               "padding: 3px 10px; color: #6b7280; background: #f9fafb; }"
                               "QToolButton:checked { border: 1px solid #374151; color: #111827; "
                               "background: %1; font-weight: %2; }")
                        .arg(count > 0 ? filterColor(state) : QStringLiteral("#f3f4f6"),
                             count > 0 ? QStringLiteral("bold") : QStringLiteral("normal")));
    }
    m_differingColumns->setEnabled(hasSnapshot());
}

void ReconcileView::updateColumns()
{
    const bool onlyDiffering = m_differingColumns->isChecked();
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

const ReconcileEntry *ReconcileView::currentEntry() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->entryAt(index.row());
}

QVector<int> ReconcileView::selectedEntries() const
{
    QVector<int> entries;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        entries.append(m_model->entryOfRow(index.row()));
    if (entries.isEmpty() && m_table->currentIndex().isValid())
        entries.append(m_model->entryOfRow(m_table->currentIndex().row()));
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    entries.removeAll(-1);
    return entries;
}

int ReconcileView::currentEntryIndex() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->entryOfRow(index.row()) : -1;
}

int ReconcileView::currentField() const
{
    if (m_detail->hasFocus() && m_detail->currentIndex().isValid())
        return m_detailModel->fieldAt(m_detail->currentIndex().row());
    return m_model->fieldOfColumn(m_table->currentIndex().column());
}

void ReconcileView::updateDetail()
{
    const ReconcileEntry *entry = currentEntry();
    m_detailModel->setEntry(entry);
    if (!entry) {
        m_detailTitle->setText(hasSnapshot() ? tr("Nothing to show with these filters.")
                                             : QString());
        return;
    }
    m_detailTitle->setText(detailHeadline(*entry));
    if (m_detailModel->rowCount() > 0)
        m_detail->selectionModel()->setCurrentIndex(m_detailModel->index(0, 0),
                                                    QItemSelectionModel::NoUpdate);
}

QString ReconcileView::detailHeadline(const ReconcileEntry &entry) const
{
    const EntitySchema &schema = m_sheet->schema();
    const QString vendor = schema.vendorLabel().toHtmlEscaped();
    const QString key = QStringLiteral("<b>%1</b>").arg(m_model->keyOf(entry).toHtmlEscaped());
    const Record *remote = m_model->remoteOf(entry);
    const bool offered = entry.basis == MatchBasis::MatchField && entry.remote >= 0;
    QString title;
    switch (entry.state) {
    case ReconcileState::Same:
        title = offered ? tr("%1 — the same in the sheet and at %2.").arg(key, vendor)
                        : tr("%1 — the same in the sheet and at %2 (%3).")
                                  .arg(key, vendor, m_model->matchText(entry).toHtmlEscaped());
        break;
    case ReconcileState::Differs: {
        QStringList labels;
        for (const int field : entry.differingFields)
            labels.append(schema.field(field).label.toHtmlEscaped());
        // An offer is explained on the line below.
        const QString match =
                offered ? QString()
                        : QStringLiteral(" (%1)").arg(m_model->matchText(entry).toHtmlEscaped());
        title = tr("%1 — differs in <b>%2</b>%3. Take %4's value (%5) or row (%6), or push "
                   "the sheet's (%7).")
                        .arg(key, labels.join(QStringLiteral(", ")), match, vendor,
                             shortcutText(m_takeValue), shortcutText(m_takeRows),
                             shortcutText(m_push));
        break;
    }
    case ReconcileState::LocalOnly:
        title = tr("%1 — only in the sheet: %2 has no record for it. Push it (%3), or link it "
                   "to the %2 record it is (%4).")
                        .arg(key, vendor, shortcutText(m_push), shortcutText(m_link));
        break;
    case ReconcileState::RemoteOnly:
        title = tr("%1 — only at %2 (id %3). Import it into the sheet (%4), or link the sheet's "
                   "row that is it (%5).")
                        .arg(key, vendor, remote ? remote->remoteId().toHtmlEscaped() : QString(),
                             shortcutText(m_import), shortcutText(m_link));
        break;
    case ReconcileState::Ambiguous: {
        QStringList ids;
        for (const int j : entry.candidates)
            ids.append(m_model->remote().at(j).remoteId().toHtmlEscaped());
        title = tr("%1 — ambiguous: %2. ContractDesk never guesses; link it to the right "
                   "record (%3). Candidates: %4.")
                        .arg(key, m_model->matchText(entry).toHtmlEscaped(), shortcutText(m_link),
                             ids.join(QStringLiteral(", ")));
        break;
    }
    }
    if (offered)
        title += QStringLiteral("<br><span style='color:#92400e'>%1</span>")
                         .arg(tr("Paired only because %1 is the same: if it is the same "
                                 "contract, confirm with Link (%2).")
                                      .arg(schema.field(entry.matchField).label.toHtmlEscaped(),
                                           shortcutText(m_link)));
    return title;
}

void ReconcileView::updateActions()
{
    const ReconcileEntry *entry = currentEntry();
    bool anyDiffers = false;
    bool anyPushable = false;
    bool anyRemoteOnly = false;
    for (const int e : selectedEntries()) {
        const ReconcileState state = m_model->entries().at(e).state;
        anyDiffers |= state == ReconcileState::Differs;
        anyPushable |= state == ReconcileState::Differs || state == ReconcileState::LocalOnly;
        anyRemoteOnly |= state == ReconcileState::RemoteOnly;
    }
    m_takeValue->setEnabled(entry && entry->state == ReconcileState::Differs);
    m_takeRows->setEnabled(anyDiffers);
    m_push->setEnabled(anyPushable);
    m_import->setEnabled(anyRemoteOnly);
    const bool offered = m_rec->isOffered(currentEntryIndex());
    m_link->setEnabled(entry && (offered || entry->state == ReconcileState::LocalOnly ||
                                 entry->state == ReconcileState::RemoteOnly ||
                                 entry->state == ReconcileState::Ambiguous));
    m_link->setText(offered ? tr("Confirm &Match") : tr("&Link…"));
    const int differing = m_model->summary().differs + m_model->summary().localOnly +
                          m_model->summary().remoteOnly + m_model->summary().ambiguous;
    m_next->setEnabled(differing > 0);
    m_previous->setEnabled(differing > 0);
    m_export->setEnabled(hasSnapshot());
}

Status ReconcileView::takeVendorValue()
{
    return m_rec->takeVendorValue(currentEntryIndex(), currentField(), shortcutText(m_next));
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
    const int entry = currentEntryIndex();
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

Status ReconcileView::linkRow(qint64 recordId, int remote)
{
    return m_rec->linkRow(recordId, remote);
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

Status ReconcileView::exportTo(const QString &path) const
{
    return m_rec->exportTo(path);
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
    const Status status = exportTo(path);
    emit statusMessage(status ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                              : status.error());
}
