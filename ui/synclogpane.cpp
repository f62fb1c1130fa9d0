#include "synclogpane.h"

#include "csvwriter.h"
#include "synclogfiltermodel.h"
#include "synclogmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SyncLogPane::SyncLogPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new SyncLogFilterModel(this))
    , m_outcome(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_view(new QTableView(this))
{
    m_outcome->addItem(tr("All results"), QString());
    m_outcome->addItem(tr("Created"), QStringLiteral("created"));
    m_outcome->addItem(tr("Updated"), QStringLiteral("updated"));
    m_outcome->addItem(tr("Failed"), QStringLiteral("failed"));
    m_outcome->addItem(tr("Skipped"), QStringLiteral("skipped"));
    m_outcome->setAccessibleName(tr("Show results"));
    m_search->setPlaceholderText(tr("Search the log…"));
    m_search->setClearButtonEnabled(true);
    setObjectName(QStringLiteral("SyncLogPane"));
    m_view->setObjectName(QStringLiteral("SyncLogView"));
    m_view->setModel(m_filter);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_outcome);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_retry);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOutcome(m_outcome->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &SyncLogFilterModel::setSearch);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int row = m_filter->mapToSource(index).row();
        if (m_log && row >= 0 && row < m_log->entries().size())
            emit rowActivated(m_log->entries().at(row).target, m_log->entries().at(row).recordId);
    });
    connect(m_retry, &QPushButton::clicked, this, &SyncLogPane::retryFailed);
    connect(m_export, &QPushButton::clicked, this, &SyncLogPane::exportRequested);
}

void SyncLogPane::setLog(SyncLogModel *log)
{
    m_log = log;
    m_filter->setSourceModel(log);
}

void SyncLogPane::retryFailed()
{
    if (!m_log)
        return;
    // The latest result of each row decides: a row that failed and then went through is done.
    QHash<qint64, const SyncLogEntry *> latest;
    for (const SyncLogEntry &e : m_log->entries())
        latest.insert(e.recordId, &e);
    QString target;
    QVector<qint64> failed;
    for (const SyncLogEntry &e : m_log->entries()) {
        const SyncLogEntry *last = latest.value(e.recordId);
        if (last != &e || e.outcome != QLatin1String("failed"))
            continue;
        if (target.isEmpty())
            target = e.target;
        if (e.target == target)
            failed.append(e.recordId);
    }
    if (!failed.isEmpty())
        emit retryRequested(target, failed);
}

QByteArray SyncLogPane::toCsv() const
{
    CsvWriter csv;
    QStringList header;
    for (int c = 0; c < m_filter->columnCount(); ++c)
        header.append(m_filter->headerData(c, Qt::Horizontal).toString());
    csv.addRow(header);
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            cells.append(m_filter->index(r, c).data().toString());
        csv.addRow(cells);
    }
    return csv.bytes();
}
