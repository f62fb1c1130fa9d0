#include "reconcilefilterbar.h"

#include "reconciletablemodel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QToolButton>

// The strings keep the "ReconcileView" context they were translated in.

namespace {

constexpr ReconcileState kStates[] = {ReconcileState::Differs, ReconcileState::LocalOnly,
                                      ReconcileState::RemoteOnly, ReconcileState::Ambiguous,
                                      ReconcileState::Same};

QString stateColor(ReconcileState state)
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

// The button's label with its count (and Alt+letter), and what a click shows.
void describe(QToolButton *button, ReconcileState state, int count, const QString &vendor)
{
    switch (state) {
    case ReconcileState::Differs:
        button->setText(QCoreApplication::translate("ReconcileView", "&Differs: %1").arg(count));
        button->setToolTip(
                QCoreApplication::translate("ReconcileView",
                                            "Show the rows whose values differ from %1's (Alt+D)")
                        .arg(vendor));
        break;
    case ReconcileState::LocalOnly:
        button->setText(
                QCoreApplication::translate("ReconcileView", "Only in the &sheet: %1").arg(count));
        button->setToolTip(QCoreApplication::translate("ReconcileView",
                                                       "Show the rows %1 has no record for (Alt+S)")
                                   .arg(vendor));
        break;
    case ReconcileState::RemoteOnly:
        button->setText(QCoreApplication::translate("ReconcileView", "&Only at %1: %2")
                                .arg(vendor)
                                .arg(count));
        button->setToolTip(
                QCoreApplication::translate("ReconcileView",
                                            "Show the %1 records no row of the sheet is (Alt+O)")
                        .arg(vendor));
        break;
    case ReconcileState::Ambiguous:
        button->setText(QCoreApplication::translate("ReconcileView", "&Ambiguous: %1").arg(count));
        button->setToolTip(QCoreApplication::translate(
                "ReconcileView",
                "Show the rows that fit more than one record: never guessed (Alt+A)"));
        break;
    case ReconcileState::Same:
        button->setText(QCoreApplication::translate("ReconcileView", "Sa&me: %1").arg(count));
        button->setToolTip(QCoreApplication::translate(
                                   "ReconcileView", "Show the rows that agree with %1 too (Alt+M)")
                                   .arg(vendor));
        break;
    }
}

} // namespace

ReconcileFilterBar::ReconcileFilterBar(ReconcileTableModel *model, const QString &vendor,
                                       QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_vendor(vendor)
    , m_differingColumns(new QCheckBox(
              QCoreApplication::translate("ReconcileView", "Only &columns with differences"), this))
{
    setObjectName(QStringLiteral("ReconcileFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (const ReconcileState state : kStates) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(m_model->isStateShown(state));
        button->setObjectName(QStringLiteral("filter-") + ReconcileEntry::stateName(state));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, [this, state](bool on) {
            m_model->setStateShown(state, on);
            emit filterChanged();
        });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addSpacing(12);
    m_differingColumns->setObjectName(QStringLiteral("ReconcileDifferingColumns"));
    m_differingColumns->setChecked(true);
    m_differingColumns->setToolTip(QCoreApplication::translate(
            "ReconcileView",
            "Hide the fields that agree on every line; the detail below still lists them."));
    connect(m_differingColumns, &QCheckBox::toggled, this,
            &ReconcileFilterBar::onlyDifferingColumnsChanged);
    layout->addWidget(m_differingColumns);
    layout->addStretch(1);
}

bool ReconcileFilterBar::onlyDifferingColumns() const
{
    return m_differingColumns->isChecked();
}

void ReconcileFilterBar::updateCounts(bool hasSnapshot)
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        const ReconcileState state = kStates[i];
        QToolButton *button = m_buttons.at(i);
        const int count = m_model->summary().count(state);
        describe(button, state, count, m_vendor);
        button->setEnabled(hasSnapshot);
        // Shown: bold on the state's tint; hidden: grey. A count of nothing stays quiet.
        button->setStyleSheet(
                QStringLiteral("QToolButton { border: 1px solid #d1d5db; border-radius: 4px; "
                               "padding: 3px 10px; color: #6b7280; background: #f9fafb; }"
                               "QToolButton:checked { border: 1px solid #374151; color: #111827; "
                               "background: %1; font-weight: %2; }")
                        .arg(count > 0 ? stateColor(state) : QStringLiteral("#f3f4f6"),
                             count > 0 ? QStringLiteral("bold") : QStringLiteral("normal")));
    }
    m_differingColumns->setEnabled(hasSnapshot);
}
