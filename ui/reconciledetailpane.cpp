#include "reconciledetailpane.h"

#include "reconciledetailmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ReconcileDetailPane::ReconcileDetailPane(const ReconcileTableModel *lines, QAction *takeValue,
                                         QWidget *parent)
    : QWidget(parent)
    , m_model(new ReconcileDetailModel(lines, this))
    , m_title(new QLabel(this))
    , m_fields(new QTableView(this))
{
    m_title->setObjectName(QStringLiteral("ReconcileDetailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);

    m_fields->setObjectName(QStringLiteral("ReconcileDetail"));
    m_fields->setModel(m_model);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->setWordWrap(false);
    m_fields->verticalHeader()->hide();
    m_fields->verticalHeader()->setDefaultSectionSize(m_fields->fontMetrics().height() + 8);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setColumnWidth(ReconcileDetailModel::FieldColumn, 200);
    m_fields->setColumnWidth(ReconcileDetailModel::SheetColumn, 220);
    m_fields->setColumnWidth(ReconcileDetailModel::VendorColumn, 220);
    m_fields->setColumnWidth(ReconcileDetailModel::PushedColumn, 180);
    m_fields->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_fields->addAction(takeValue);
    m_fields->setAccessibleName(
            QCoreApplication::translate("ReconcileView", "The current line, field by field"));
    connect(m_fields->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReconcileDetailPane::currentFieldChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_fields, 1);
}

void ReconcileDetailPane::showEntry(const ReconcileEntry *entry, const QString &headline)
{
    m_model->setEntry(entry);
    m_title->setText(headline);
    if (entry && m_model->rowCount() > 0)
        m_fields->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                    QItemSelectionModel::NoUpdate);
}

int ReconcileDetailPane::focusedField() const
{
    if (m_fields->hasFocus() && m_fields->currentIndex().isValid())
        return m_model->fieldAt(m_fields->currentIndex().row());
    return -1;
}
