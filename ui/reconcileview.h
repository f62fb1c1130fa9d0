#pragma once

#include "result.h"
#include "workspacesession.h"

#include <QList>
#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;
class ReconcileActions;
class ReconcileDetailPane;
class ReconcileFilterBar;
class ReconcileSession;
class ReconcileTableModel;
class RecordTableModel;
class WorkspaceSession;

// One target's reconciliation, in a tab beside its sheet: what the newest pull read from the
// vendor against the sheet's rows, field by field. Above, when and through which profile it
// was pulled and a count per state that doubles as its filter (ReconcileFilterBar); in the
// middle a line per row or record with the differing cells tinted; below, the current line side
// by side (ReconcileDetailPane). Every action (ReconcileActions) is one undo step on the
// session's stack, saved at once, and the view pairs again after every change of the sheet. The
// rules, actions and texts are ReconcileSession's; the view lays out, wires and keeps the
// current line.
class ReconcileView : public QWidget
{
    Q_OBJECT

public:
    ReconcileView(WorkspaceSession &session, RecordTableModel *sheet, QWidget *parent = nullptr);
    ~ReconcileView() override;

    RecordTableModel *sheet() const { return m_sheet; }
    QString target() const;
    // "Differs: 3 · Only in the sheet: 1 · …" for the status bar.
    QString summaryText() const;
    // The view's actions in menu order, for the window's Vendor menu.
    QList<QAction *> menuActions() const;

    // Reads the newest snapshot (of `profile`, or of any profile when empty) and what each row
    // last pushed, and pairs them with the sheet.
    Status reload(const QString &profile = QString());
    // Rows were pushed after the pull: the vendor's side shown may be out of date.
    void setStale(bool stale);
    // The sheet is right: the selected rows that differ or the vendor lacks go to the push
    // dialog, whose plan is the dry run.
    Status pushSheetRows();

signals:
    void pushRequested(const QString &target, const QVector<qint64> &recordIds);
    void pullRequested(const QString &target);
    void closeRequested();
    // A refusal or a result, for the status bar.
    void statusMessage(const QString &message);
    // The counts changed (after each pairing).
    void summaryChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void layOut();
    void setUpTable();
    void connectActions();
    void followTheSheet();
    void scheduleRecompute();
    void pairAgain(bool rereadPushed);
    void updateTitle();
    void updateColumns();
    void updateDetail();
    void updateActions();
    void fitColumns();
    void run(Status (ReconcileView::*action)());
    // The table's current line: its entry (an index into the model's entries), or -1.
    int currentEntry() const;
    // The entries of the selected lines (the current one when none is selected), in order.
    QVector<int> selectedEntries() const;
    // The field an action on "this cell" means: the detail's current field when the detail has
    // the focus, else the table's current column; -1 when neither is a field.
    int currentField() const;

    Status takeVendorValue();
    Status takeVendorRows();
    Status importVendorRecords();
    // Confirms an offered match, or asks which record (or row) an unmatched line is.
    Status linkCurrent();
    // Moves to the next (or previous) difference, wrapping; false when there is none.
    bool goToDifference(bool forward);
    void exportDialog();

    RecordTableModel *m_sheet;
    ReconcileSession *m_rec;
    ReconcileTableModel *m_model;
    bool m_stale = false;
    bool m_pushedOutOfDate = false;
    bool m_dirty = false; // the sheet changed while the view was hidden
    bool m_fitted = false;
    QTimer *m_recomputeTimer;

    ReconcileActions *m_actions;
    QLabel *m_title;
    QToolButton *m_pullButton;
    QToolButton *m_exportButton;
    ReconcileFilterBar *m_filters;
    QTableView *m_table;
    ReconcileDetailPane *m_detail;
};
