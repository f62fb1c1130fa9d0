#include "sheettabs.h"

#include "entityschema.h"
#include "reconcileview.h"
#include "recordtablemodel.h"
#include "sheetview.h"
#include "workspacesession.h"

#include <QLabel>
#include <QStyle>
#include <QTabBar>
#include <QToolButton>

SheetTabs::SheetTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("SheetTabs"));
    setDocumentMode(true);
    auto *placeholder = new QLabel(
            tr("Drop a spreadsheet here to import it, open a workspace (Ctrl+O), create one "
               "(Ctrl+N), or try the demo workspace (Ctrl+Shift+D)."),
            this);
    placeholder->setObjectName(QStringLiteral("WelcomePage"));
    placeholder->setAlignment(Qt::AlignCenter);
    addTab(placeholder, tr("Welcome"));
}

SheetTabs::~SheetTabs()
{
    closeAll();
}

void SheetTabs::closeAll()
{
    closeReconcileViews();
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
}

void SheetTabs::showSheets(WorkspaceSession &session)
{
    closeAll();
    for (RecordTableModel *model : session.models())
        addSheet(model);
}

void SheetTabs::addSheet(RecordTableModel *model)
{
    auto *sheet = new SheetView(model, this);
    // The target names the tab's page: how a target's sheet is found again.
    sheet->setObjectName(model->schema().id());
    connect(sheet, &SheetView::countsChanged, this, &SheetTabs::countsChanged);
    connect(model, &RecordTableModel::issuesChanged, this, &SheetTabs::countsChanged);
    connect(sheet, &SheetView::onlyIssuesToggled, this, [this, sheet](bool on) {
        if (sheet == currentSheet())
            emit onlyIssuesToggled(on);
    });
    connect(model, &RecordTableModel::editFailed, this, &SheetTabs::editFailed);
    addTab(sheet, model->schema().title());
    setTabToolTip(count() - 1, tr("%1 — %2 %3")
                                       .arg(model->schema().title(), model->schema().method(),
                                            model->schema().path()));
}

SheetView *SheetTabs::currentSheet() const
{
    return qobject_cast<SheetView *>(currentWidget());
}

ReconcileView *SheetTabs::currentReconciliation() const
{
    return qobject_cast<ReconcileView *>(currentWidget());
}

RecordTableModel *SheetTabs::currentModel() const
{
    if (const SheetView *sheet = currentSheet())
        return sheet->model();
    if (const ReconcileView *view = currentReconciliation())
        return view->sheet();
    return nullptr;
}

QString SheetTabs::currentTarget() const
{
    if (const SheetView *sheet = currentSheet())
        return sheet->model()->schema().id();
    if (const ReconcileView *view = currentReconciliation())
        return view->target();
    return QString();
}

bool SheetTabs::showSheet(const QString &target)
{
    for (int i = 0; i < count(); ++i) {
        if (qobject_cast<SheetView *>(widget(i)) && widget(i)->objectName() == target) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool SheetTabs::showRecord(const QString &target, qint64 recordId)
{
    return showSheet(target) && currentSheet()->showCell(recordId, 0);
}

ReconcileView *SheetTabs::reconcileView(const QString &target) const
{
    return m_reconcileViews.value(target);
}

ReconcileView *SheetTabs::openReconcileView(WorkspaceSession &session, RecordTableModel *model,
                                            bool *created)
{
    const QString target = model->schema().id();
    *created = !m_reconcileViews.contains(target);
    if (!*created)
        return m_reconcileViews.value(target);
    auto *view = new ReconcileView(session, model, this);
    m_reconcileViews.insert(target, view);
    connect(view, &ReconcileView::statusMessage, this,
            [this](const QString &message) { emit statusMessage(message, 10000); });
    connect(view, &ReconcileView::summaryChanged, this, &SheetTabs::countsChanged);
    connect(view, &ReconcileView::pullRequested, this, &SheetTabs::pullRequested);
    connect(view, &ReconcileView::closeRequested, this,
            [this, target] { closeReconcileView(target); });
    connect(view, &ReconcileView::pushRequested, this,
            [this, view](const QString &pushTarget, const QVector<qint64> &ids) {
                emit pushRequested(view, pushTarget, ids);
            });
    // Beside its sheet.
    int at = count();
    for (int i = 0; i < count(); ++i) {
        if (widget(i)->objectName() == target)
            at = i + 1;
    }
    const int index = insertTab(at, view, tr("Reconcile: %1").arg(model->schema().label()));
    setTabToolTip(index, tr("%1 against what %2 holds (Ctrl+Shift+R: to the sheet and back)")
                                 .arg(model->schema().title(), model->schema().vendorLabel()));
    addCloseButton(index, target);
    return view;
}

void SheetTabs::addCloseButton(int index, const QString &target)
{
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setIconSize(QSize(12, 12));
    close->setToolTip(tr("Close the reconciliation (Ctrl+W)"));
    close->setAccessibleName(tr("Close the reconciliation"));
    connect(close, &QToolButton::clicked, this, [this, target] { closeReconcileView(target); });
    tabBar()->setTabButton(index, QTabBar::RightSide, close);
}

void SheetTabs::closeReconcileView(const QString &target)
{
    ReconcileView *view = m_reconcileViews.take(target);
    if (!view)
        return;
    removeTab(indexOf(view));
    showRecord(target, 0);
    // Later: this may run inside one of the view's own actions.
    view->deleteLater();
}

void SheetTabs::closeReconcileViews()
{
    // Before the session they show goes.
    const auto views = m_reconcileViews.values();
    m_reconcileViews.clear();
    for (ReconcileView *view : views) {
        removeTab(indexOf(view));
        delete view;
    }
}
