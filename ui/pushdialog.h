#pragma once

#include "pushservice.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class RecordTableModel;
class WorkspaceSession;

// Push the selected rows (or all) of one sheet: pick a profile, read the dry run (how many are
// created, updated, blocked by errors; "View payload" shows each request exactly, never a
// secret), push with progress and Cancel. Results go to the sync log as each request settles,
// and the sheet is re-read at the end so vendor ids and sync badges show.
class PushDialog : public QDialog
{
    Q_OBJECT

public:
    PushDialog(WorkspaceSession &session, RecordTableModel &sheet, QVector<qint64> recordIds,
               QWidget *parent = nullptr);
    ~PushDialog() override;

    QComboBox *profileBox() const { return m_profile; }
    QLabel *planLabel() const { return m_plan; }
    QPlainTextEdit *payloadView() const { return m_payload; }
    QPushButton *pushButton() const { return m_push; }
    QLabel *resultLabel() const { return m_result; }
    bool isPushing() const { return m_pushing; }

    // Builds the plan for the chosen profile (the dry run); false with a message on failure.
    bool makePlan();
    void startPush();

signals:
    void pushFinished(bool cancelled);

private:
    void showPlan();

    WorkspaceSession &m_session;
    RecordTableModel &m_sheet;
    QVector<qint64> m_recordIds;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PushService> m_service;
    std::optional<PushService::Plan> m_planned;
    QComboBox *m_profile;
    QLabel *m_plan;
    QPlainTextEdit *m_payload;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_push;
    QPushButton *m_close;
    bool m_pushing = false;
    int m_failed = 0;
    int m_done = 0;
};
