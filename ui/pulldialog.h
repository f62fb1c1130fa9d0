#pragma once

#include <QDialog>

#include <memory>

class PullService;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class RecordTableModel;
class WorkspaceSession;

// Pull one target from its vendor: pick a profile of that vendor, read every record it holds
// for the profile's project with progress and Cancel, and keep it as the workspace's newest
// snapshot for reconciliation. Nothing is written at the vendor; a failed or cancelled pull
// keeps nothing and says why in words.
class PullDialog : public QDialog
{
    Q_OBJECT

public:
    PullDialog(WorkspaceSession &session, RecordTableModel &sheet, QWidget *parent = nullptr);
    ~PullDialog() override;

    QComboBox *profileBox() const { return m_profile; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *closeButton() const { return m_close; }
    bool isPulling() const { return m_pulling; }

    // Signs in and starts reading; false with the reason shown when it cannot start.
    bool startPull();
    void cancel();

signals:
    // The snapshot is in the workspace (then the dialog closes itself).
    void pulled(const QString &target, const QString &profile);
    // saved false: failed or cancelled; the status label says which.
    void pullFinished(bool saved);

private:
    void setPulling(bool pulling);

    WorkspaceSession &m_session;
    RecordTableModel &m_sheet;
    std::unique_ptr<PullService> m_service;
    QComboBox *m_profile;
    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_pull;
    QPushButton *m_close;
    bool m_pulling = false;
};
