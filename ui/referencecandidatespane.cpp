#include "referencecandidatespane.h"

#include "referenceresolver.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;
} // namespace

ReferenceCandidatesPane::ReferenceCandidatesPane(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_candidates(new QTreeWidget(this))
    , m_search(new QLineEdit(this))
    , m_use(new QPushButton(tr("&Use this"), this))
{
    setObjectName(QStringLiteral("ReferenceCandidatesPane"));
    m_heading->setObjectName(QStringLiteral("CandidatesHeading"));
    m_heading->setWordWrap(true);
    m_candidates->setObjectName(QStringLiteral("CandidatesList"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(true);
    m_candidates->setAllColumnsShowFocus(true);
    m_candidates->setHeaderLabels(
            {tr("Name"), tr("Id"), tr("ERP code"), tr("Where"), tr("Status"), tr("Match")});
    m_candidates->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_candidates->header()->setStretchLastSection(false);
    m_search->setObjectName(QStringLiteral("CandidateSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search the whole list by name, ERP code or id"));
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    m_use->setObjectName(QStringLiteral("UseCandidateButton"));
    m_use->setAutoDefault(false); // Enter in the list uses; the dialog has no default
    m_use->setToolTip(tr("Write this record's id into every row with this value (Enter)"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_use);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_candidates, 1);
    layout->addLayout(searchRow);

    connect(m_search, &QLineEdit::textChanged, this, &ReferenceCandidatesPane::search);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this,
            &ReferenceCandidatesPane::updateUse);
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this] { useCurrent(); });
    connect(m_use, &QPushButton::clicked, this, [this] { useCurrent(); });
    setEntry(nullptr, nullptr);
}

void ReferenceCandidatesPane::setEntry(const ReferenceResolver *resolver,
                                       const ReferenceEntry *entry)
{
    m_resolver = entry ? resolver : nullptr;
    m_field = entry ? entry->field : QString();
    m_scope = entry ? entry->scope : QString();
    m_suggested = entry ? entry->resolution.candidates : QVector<ReferenceResolution::Candidate>();
    m_search->setEnabled(m_resolver != nullptr);
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    if (!entry)
        m_heading->setText(tr("Select a value above to see the records it could mean."));
    else if (m_suggested.isEmpty())
        m_heading->setText(tr("No suggestions for “%1”: search the list below.").arg(entry->value));
    else
        m_heading->setText(tr("Records “%1” could mean:").arg(entry->value));
    showCandidates(m_suggested, false);
}

void ReferenceCandidatesPane::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_resolver) {
        showCandidates(m_suggested, false);
        return;
    }
    showCandidates(m_resolver->search(m_field, m_scope, text), true);
}

void ReferenceCandidatesPane::showCandidates(
        const QVector<ReferenceResolution::Candidate> &candidates, bool searched)
{
    m_candidates->clear();
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (const ReferenceResolution::Candidate &c : candidates) {
        const ReferenceRecord *record =
                m_resolver ? m_resolver->record(m_field, m_scope, c.id) : nullptr;
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(NameColumn, c.name);
        item->setText(IdColumn, c.id);
        item->setText(CodeColumn, record ? record->originCode : QString());
        item->setText(DetailColumn, c.detail);
        item->setText(ActiveColumn, c.active ? tr("active") : tr("inactive"));
        // A search finds by text, not by nearness: no score to show.
        item->setText(ScoreColumn,
                      searched ? QString() : QStringLiteral("%1 %").arg(qRound(c.score * 100)));
        item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(NameColumn, IdRole, c.id);
        item->setData(NameColumn, ActiveRole, c.active);
        if (!c.active) {
            const QString why = tr("Inactive at the vendor: it cannot be chosen. Reactivate it "
                                   "there and refresh the lists, or choose an active record.");
            for (int column = 0; column < ColumnCount; ++column) {
                item->setForeground(column, grey);
                item->setToolTip(column, why);
            }
        }
    }
    if (searched && candidates.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_candidates, {tr("Nothing in the list matches.")});
        none->setFlags(Qt::NoItemFlags);
    }
    for (int column = 1; column < ColumnCount; ++column)
        m_candidates->resizeColumnToContents(column);
    if (m_candidates->topLevelItemCount() > 0 &&
        (m_candidates->topLevelItem(0)->flags() & Qt::ItemIsEnabled))
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
    updateUse();
}

void ReferenceCandidatesPane::updateUse()
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    const bool active = item && item->data(NameColumn, ActiveRole).toBool();
    m_use->setEnabled(active);
}

bool ReferenceCandidatesPane::useCurrent()
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item || !item->data(NameColumn, ActiveRole).toBool())
        return false;
    emit chosen(item->data(NameColumn, IdRole).toString());
    return true;
}
