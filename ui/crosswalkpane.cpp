#include "crosswalkpane.h"

#include "entityschema.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CrosswalkPane::CrosswalkPane(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_forget(new QPushButton(tr("&Forget"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("CrosswalkPane"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("What you chose before. Every later import and resolve through this "
                        "profile applies these choices to the same value."));
    m_list->setObjectName(QStringLiteral("CrosswalkList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Field"), tr("In the sheet"), tr("Vendor record"), tr("Chosen")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->installEventFilter(this); // Delete forgets
    m_forget->setObjectName(QStringLiteral("ForgetChoiceButton"));
    m_forget->setAutoDefault(false);
    m_forget->setToolTip(tr("Forget this choice: the value is resolved afresh (Delete)"));
    m_export->setObjectName(QStringLiteral("ExportChoicesButton"));
    m_export->setAutoDefault(false);
    m_export->setToolTip(tr("Save the remembered choices as a CSV file"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &CrosswalkPane::updateButtons);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (const CrosswalkChoice *choice = current())
            emit forgetRequested(*choice);
    });
    connect(m_export, &QPushButton::clicked, this, &CrosswalkPane::exportRequested);
    updateButtons();
}

void CrosswalkPane::setChoices(const EntitySchema *schema, const QVector<CrosswalkChoice> &choices)
{
    const int row = m_list->currentIndex().row();
    m_choices = choices;
    m_list->clear();
    const QLocale locale;
    for (int i = 0; i < choices.size(); ++i) {
        const CrosswalkChoice &c = choices.at(i);
        const int field = schema ? schema->indexOf(c.field) : -1;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, field >= 0 ? schema->field(field).label : c.field);
        item->setText(1, c.value);
        item->setText(2, c.name.isEmpty() ? c.id : QStringLiteral("%1 · %2").arg(c.id, c.name));
        item->setText(3, locale.toString(c.chosenAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, i);
    }
    for (int column : {0, 1, 3})
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
                m_list->topLevelItem(qBound(0, row, m_list->topLevelItemCount() - 1)));
    updateButtons();
}

const CrosswalkChoice *CrosswalkPane::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    return i >= 0 && i < m_choices.size() ? &m_choices.at(i) : nullptr;
}

bool CrosswalkPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && current()) {
            emit forgetRequested(*current());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CrosswalkPane::updateButtons()
{
    m_forget->setEnabled(current() != nullptr);
    m_export->setEnabled(!m_choices.isEmpty());
}
