#pragma once

#include <QWidget>

class IssueListModel;
class QLabel;
class QTableView;
class RecordTableModel;

// The issues dock: every issue of the current sheet with its row, field and message, and a
// summary line. Activating an issue (double-click, Enter) asks to show its cell.
class IssuesPane : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesPane(QWidget *parent = nullptr);

    void setSheet(RecordTableModel *sheet);

signals:
    void issueActivated(qint64 recordId, int field);

private:
    void updateSummary();

    IssueListModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};
