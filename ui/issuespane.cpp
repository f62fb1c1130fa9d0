#include "issuespane.h"

#include "issuelistmodel.h"
#include "recordtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

IssuesPane::IssuesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new IssueListModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("IssuesPane"));
    m_view->setObjectName(QStringLiteral("IssuesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Issues"));
    m_summary->setObjectName(QStringLiteral("IssuesSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);

    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit issueActivated(index.data(IssueListModel::RecordIdRole).toLongLong(),
                                index.data(IssueListModel::FieldRole).toInt());
    };
    connect(m_view, &QAbstractItemView::activated, this, activate);
    connect(m_view, &QAbstractItemView::clicked, this, activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IssuesPane::updateSummary);
    updateSummary();
}

void IssuesPane::setSheet(RecordTableModel *sheet)
{
    m_model->setSheet(sheet);
    m_view->resizeColumnToContents(IssueListModel::SeverityColumn);
    m_view->setColumnWidth(IssueListModel::RowColumn, 140);
    m_view->setColumnWidth(IssueListModel::FieldColumn, 180);
}

void IssuesPane::updateSummary()
{
    const RecordTableModel *sheet = m_model->sheet();
    if (!sheet) {
        m_summary->setText(tr("No sheet open."));
        return;
    }
    const int errors = sheet->validation().errorCount();
    const int warnings = sheet->validation().warningCount();
    if (errors == 0 && warnings == 0) {
        m_summary->setText(tr("%1: no issues. Every row meets %2's rules.")
                                   .arg(sheet->schema().label(), sheet->schema().vendorLabel()));
        return;
    }
    m_summary->setText(tr("%1: %2 and %3. Errors block a push; warnings do not. "
                          "F8 goes to the next issue, Shift+F8 to the previous one.")
                               .arg(sheet->schema().label(), tr("%n error(s)", nullptr, errors),
                                    tr("%n warning(s)", nullptr, warnings)));
}
