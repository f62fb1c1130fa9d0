#pragma once

#include <QStatusBar>

class QLabel;
class RecordTableModel;
class ReconcileView;
class SheetView;

// The window's status bar: rows, shown and selected of the current sheet (or the current
// reconciliation's summary), its errors and warnings, and whether every change is saved.
// Messages (showMessage) pass over the counts as in any status bar.
class SheetStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SheetStatusBar(QWidget *parent = nullptr);

    QLabel *countsLabel() const { return m_counts; }
    // Counts of the sheet shown, or of the reconciliation shown; neither: no workspace.
    void showCounts(const SheetView *sheet, const ReconcileView *reconciliation);
    // "All changes saved", with the time of the last save when there was one.
    void showSaved(bool justNow);

private:
    void showIssues(const RecordTableModel &model);

    QLabel *m_counts;
    QLabel *m_saved;
    QLabel *m_issues;
};
