#pragma once

#include "result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class SyncLogFilterModel;
class SyncLogModel;

// The log pane (a dock): every row's result of every push, newest last — filter by result,
// search, double-click (or Enter) to go to the row, retry the failed rows, export to CSV.
class SyncLogPane : public QWidget
{
    Q_OBJECT

public:
    explicit SyncLogPane(QWidget *parent = nullptr);

    void setLog(SyncLogModel *log);
    QTableView *view() const { return m_view; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *retryButton() const { return m_retry; }
    // The rows shown, as CSV (time, target, row, action, result, remote id, HTTP, message).
    QByteArray toCsv() const;

signals:
    void rowActivated(const QString &target, qint64 recordId);
    // The failed rows' latest results, per target.
    void retryRequested(const QString &target, const QVector<qint64> &recordIds);
    void exportRequested();

private:
    void retryFailed();

    SyncLogModel *m_log = nullptr;
    SyncLogFilterModel *m_filter;
    QComboBox *m_outcome;
    QLineEdit *m_search;
    QPushButton *m_retry;
    QPushButton *m_export;
    QTableView *m_view;
};
