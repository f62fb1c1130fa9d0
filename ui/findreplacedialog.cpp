#include "findreplacedialog.h"

#include "sheetview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FindReplaceDialog::FindReplaceDialog(QWidget *parent)
    : QDialog(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeCell(new QCheckBox(tr("&Whole cell"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Find and Replace"));
    setObjectName(QStringLiteral("FindReplaceDialog"));
    m_scope->addItem(tr("Selected cells"), int(SheetView::Scope::Selection));
    m_scope->addItem(tr("Current column"), int(SheetView::Scope::Column));
    m_scope->addItem(tr("Whole sheet"), int(SheetView::Scope::Sheet));
    m_scope->setCurrentIndex(2);

    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_find);
    form->addRow(tr("Replace &with:"), m_replace);
    form->addRow(tr("&Look in:"), m_scope);
    form->addRow(QString(), m_matchCase);
    form->addRow(QString(), m_wholeCell);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *next = buttons->addButton(tr("Find &Next"), QDialogButtonBox::ActionRole);
    QPushButton *all = buttons->addButton(tr("Replace &All"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    next->setDefault(true);
    connect(next, &QPushButton::clicked, this, &FindReplaceDialog::findNext);
    connect(all, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
}

void FindReplaceDialog::setSheet(SheetView *sheet)
{
    m_sheet = sheet;
}

namespace {
SheetView::FindOptions optionsOf(const QLineEdit *find, const QComboBox *scope,
                                 const QCheckBox *matchCase, const QCheckBox *wholeCell)
{
    SheetView::FindOptions o;
    o.text = find->text();
    o.scope = SheetView::Scope(scope->currentData().toInt());
    o.matchCase = matchCase->isChecked();
    o.wholeCell = wholeCell->isChecked();
    return o;
}
} // namespace

void FindReplaceDialog::findNext()
{
    if (!m_sheet) {
        m_result->setText(tr("Open a sheet first."));
        return;
    }
    const bool found = m_sheet->findNext(optionsOf(m_find, m_scope, m_matchCase, m_wholeCell));
    m_result->setText(found ? QString() : tr("'%1' was not found.").arg(m_find->text()));
}

void FindReplaceDialog::replaceAll()
{
    if (!m_sheet) {
        m_result->setText(tr("Open a sheet first."));
        return;
    }
    const auto replaced = m_sheet->replaceAll(optionsOf(m_find, m_scope, m_matchCase, m_wholeCell),
                                              m_replace->text());
    if (!replaced)
        m_result->setText(replaced.error());
    else
        m_result->setText(tr("Replaced in %n cell(s). Undo (Ctrl+Z) takes it back.", nullptr,
                             replaced.value()));
}
