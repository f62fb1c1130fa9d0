#pragma once

#include <QHash>
#include <QTabWidget>
#include <QVector>

class RecordTableModel;
class ReconcileView;
class SheetView;
class WorkspaceSession;

// The window's centre: a welcome page until a workspace is open, then one tab per target
// sheet, and a target's reconciliation in a tab right of its sheet while it is open. It knows
// which sheet (or reconciliation) is current and finds a target's tab; what happens there is
// the window's, so the views' requests leave as signals.
class SheetTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit SheetTabs(QWidget *parent = nullptr);
    ~SheetTabs() override;

    // One sheet per target of the session, in the session's order; the previous sheets and
    // reconciliations are deleted first, as they show models about to go.
    void showSheets(WorkspaceSession &session);
    // Deletes every tab (the views before the session they show).
    void closeAll();

    SheetView *currentSheet() const;
    ReconcileView *currentReconciliation() const;
    // The sheet shown, directly or under its reconciliation; nullptr on the welcome page.
    RecordTableModel *currentModel() const;
    // The target of the tab shown (a sheet or its reconciliation); empty for none.
    QString currentTarget() const;
    // Shows a target's sheet; false when there is none.
    bool showSheet(const QString &target);
    // Shows a target's sheet and one of its rows.
    bool showRecord(const QString &target, qint64 recordId);

    ReconcileView *reconcileView(const QString &target) const;
    // The target's reconciliation, opened right of its sheet if it was not; `created` says
    // which. Not made current: the caller loads it first.
    ReconcileView *openReconcileView(WorkspaceSession &session, RecordTableModel *model,
                                     bool *created);
    void closeReconcileView(const QString &target);

signals:
    // Row, filter, selection or issue counts of a sheet, or a reconciliation's summary.
    void countsChanged();
    // The current sheet's "Only rows with issues" box.
    void onlyIssuesToggled(bool on);
    void editFailed(const QString &message);
    void statusMessage(const QString &message, int timeout);
    // A reconciliation's requests.
    void pullRequested(const QString &target);
    void pushRequested(ReconcileView *view, const QString &target, const QVector<qint64> &ids);

private:
    void addSheet(RecordTableModel *model);
    void closeReconcileViews();
    void addCloseButton(int index, const QString &target);

    QHash<QString, ReconcileView *> m_reconcileViews; // by target
};
