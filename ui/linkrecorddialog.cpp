#include "linkrecorddialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LinkRecordDialog::LinkRecordDialog(const QString &title, const QString &intro,
                                   const QVector<Choice> &choices, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("LinkRecordDialog"));
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("LinkFilter"));
    m_list->setObjectName(QStringLiteral("LinkChoices"));
    m_filter->setPlaceholderText(tr("Type to narrow the list…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_list->setAccessibleName(title);
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(
                choice.fits ? tr("%1 — fits by its key").arg(choice.text) : choice.text, m_list);
        item->setData(Qt::UserRole, choice.index);
        if (choice.fits) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    if (choices.isEmpty())
        layout->addWidget(
                new QLabel(tr("Nothing is left to link: every line has its partner."), this));
    layout->addWidget(buttons);
    resize(560, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_filter, &QLineEdit::textChanged, this, &LinkRecordDialog::applyFilter);
    // Arrows in the filter move through the list, so the hands stay on the keys.
    m_filter->installEventFilter(this);
    m_filter->setFocus();
}

int LinkRecordDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toInt() : -1;
}

void LinkRecordDialog::applyFilter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool shown = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
}

bool LinkRecordDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
