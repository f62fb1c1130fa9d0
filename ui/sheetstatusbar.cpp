#include "sheetstatusbar.h"

#include "reconcileview.h"
#include "recordtablemodel.h"
#include "sheetview.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTime>

SheetStatusBar::SheetStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_counts(new QLabel(this))
    , m_saved(new QLabel(this))
    , m_issues(new QLabel(this))
{
    setObjectName(QStringLiteral("SheetStatusBar"));
    m_counts->setObjectName(QStringLiteral("CountsLabel"));
    m_saved->setObjectName(QStringLiteral("SaveStateLabel"));
    m_issues->setObjectName(QStringLiteral("IssuesLabel"));
    addWidget(m_counts, 1);
    addPermanentWidget(m_issues);
    addPermanentWidget(m_saved);
}

void SheetStatusBar::showSaved(bool justNow)
{
    m_saved->setText(
            justNow ? tr("All changes saved %1")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                    : tr("All changes saved"));
}

// Counted texts keep the translation context they had in MainWindow: their plural forms live
// in both translation files, English included, under that name.

void SheetStatusBar::showCounts(const SheetView *sheet, const ReconcileView *reconciliation)
{
    const RecordTableModel *model =
            sheet ? sheet->model() : (reconciliation ? reconciliation->sheet() : nullptr);
    if (!model) {
        m_counts->setText(tr("No workspace open"));
        m_issues->clear();
        return;
    }
    showIssues(*model);
    if (!sheet) {
        m_counts->setText(tr("Reconciliation: %1").arg(reconciliation->summaryText()));
        return;
    }
    const int total = model->rowCount();
    const int shown = sheet->visibleRowCount();
    const int selected = sheet->selectedRowCount();
    QString text = QCoreApplication::translate("MainWindow", "%n row(s)", nullptr, total);
    if (shown != total)
        text += QStringLiteral(" · ") +
                QCoreApplication::translate("MainWindow", "%n shown", nullptr, shown);
    text += QStringLiteral(" · ") +
            QCoreApplication::translate("MainWindow", "%n selected", nullptr, selected);
    m_counts->setText(text);
}

void SheetStatusBar::showIssues(const RecordTableModel &model)
{
    const SheetValidation &validation = model.validation();
    const int errors = validation.errorCount();
    const int warnings = validation.warningCount();
    if (errors == 0 && warnings == 0)
        m_issues->setText(tr("No issues"));
    else
        m_issues->setText(tr("%1 · %2").arg(
                QCoreApplication::translate("MainWindow", "%n error(s)", nullptr, errors),
                QCoreApplication::translate("MainWindow", "%n warning(s)", nullptr, warnings)));
    // Errors stop a push: red; warnings do not.
    m_issues->setStyleSheet(errors > 0 ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                                       : QString());
}
