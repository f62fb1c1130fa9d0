#pragma once

#include "reconcileentry.h"
#include "result.h"
#include "workspacesession.h"

#include <QList>
#include <QVector>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;
class ReconcileDetailModel;
class ReconcileSession;
class ReconcileTableModel;
class RecordTableModel;
class WorkspaceSession;

// One target's reconciliation, in a tab beside its sheet: what the newest pull read from the
// vendor against the sheet's rows, field by field. Above, when and through which profile it
// was pulled and a count per state that doubles as its filter; in the middle a line per row or
// record with the differing cells tinted; below, the current line side by side (sheet, vendor,
// last push, who changed it). Every action is one undo step on the session's stack, saved at
// once, and the view pairs again after every change of the sheet. The rules and actions are
// ReconcileSession's; the view holds the layout, the actions, shortcuts and text.
class ReconcileView : public QWidget
{
    Q_OBJECT

public:
    ReconcileView(WorkspaceSession &session, RecordTableModel *sheet, QWidget *parent = nullptr);
    ~ReconcileView() override;

    RecordTableModel *sheet() const { return m_sheet; }
    QString target() const;
    ReconcileSession *reconcileSession() const { return m_rec; }
    ReconcileTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableView *detail() const { return m_detail; }
    ReconcileDetailModel *detailModel() const { return m_detailModel; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QToolButton *filterButton(ReconcileState state) const;
    QCheckBox *differingColumnsBox() const { return m_differingColumns; }
    bool hasSnapshot() const;
    const PulledSnapshot &snapshot() const;
    // "3 differ · 1 only in the sheet · …" for the status bar.
    QString summaryText() const;

    QAction *takeValueAction() const { return m_takeValue; }
    QAction *takeRowsAction() const { return m_takeRows; }
    QAction *pushAction() const { return m_push; }
    QAction *importAction() const { return m_import; }
    QAction *linkAction() const { return m_link; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *exportAction() const { return m_export; }
    // The view's actions in menu order, for the window's Vendor menu.
    QList<QAction *> menuActions() const;

    // Reads the newest snapshot (of `profile`, or of any profile when empty) and what each row
    // last pushed, and pairs them with the sheet.
    Status reload(const QString &profile = QString());
    // Pairs again now, keeping the current line (the view does this after every change).
    void recompute();
    // Rows were pushed after the pull: the vendor's side shown may be out of date.
    void setStale(bool stale);

    // The vendor's value for the current differing cell (or the detail's current field).
    Status takeVendorValue();
    // The vendor's values for every differing field of the selected rows.
    Status takeVendorRows();
    // The sheet is right: the selected rows that differ or the vendor lacks go to the push
    // dialog, whose plan is the dry run.
    Status pushSheetRows();
    // The selected records only the vendor holds, as new rows with their vendor ids and keys.
    Status importVendorRecords();
    // Confirms an offered match, or asks which record (or row) an unmatched line is.
    Status linkCurrent();
    // Links a sheet row to a snapshot record: the row takes its vendor id (and its key when the
    // row has none). One undo step.
    Status linkRow(qint64 recordId, int remote);
    // Moves to the next (or previous) difference, wrapping; false when there is none.
    bool goToDifference(bool forward);
    // The whole reconciliation to .xlsx or .csv, by the extension.
    Status exportTo(const QString &path) const;
    void exportDialog();

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
    void createActions();
    void scheduleRecompute();
    void pairAgain(bool rereadPushed);
    void updateTitle();
    void updateFilters();
    void updateColumns();
    void updateDetail();
    void updateActions();
    void fitColumns();
    void run(const std::function<Status()> &action);
    const ReconcileEntry *currentEntry() const;
    // The entries of the selected lines (the current one when none is selected), in order.
    QVector<int> selectedEntries() const;
    // The field an action on "this cell" means: the detail's current field when the detail has
    // the focus, else the table's current column; -1 when neither is a field.
    int currentField() const;
    int currentEntryIndex() const;
    QString shortcutText(const QAction *action) const;
    QString detailHeadline(const ReconcileEntry &entry) const;
    void layOut();
    QHBoxLayout *makeFilterBar();
    void setUpDetail();

    RecordTableModel *m_sheet;
    ReconcileSession *m_rec;
    ReconcileTableModel *m_model;
    ReconcileDetailModel *m_detailModel;
    bool m_stale = false;
    bool m_pushedOutOfDate = false;
    bool m_dirty = false; // the sheet changed while the view was hidden
    bool m_fitted = false;
    QTimer *m_recomputeTimer;

    QLabel *m_title;
    QToolButton *m_pullButton;
    QToolButton *m_exportButton;
    QVector<QToolButton *> m_filters; // by ReconcileState
    QCheckBox *m_differingColumns;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QTableView *m_detail;

    QAction *m_takeValue = nullptr;
    QAction *m_takeRows = nullptr;
    QAction *m_push = nullptr;
    QAction *m_import = nullptr;
    QAction *m_link = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_export = nullptr;
    QAction *m_close = nullptr;
};
