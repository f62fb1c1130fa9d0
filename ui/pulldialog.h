#pragma once

#include "joboutcome.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class PullService;
class SignInJob;
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
    // Signing in or reading.
    bool isPulling() const { return m_pulling; }
    bool isSigningIn() const { return !m_signIn.isNull(); }

    // Starts signing in, then reading; returns at once. False with the reason shown when it
    // cannot start; a refused sign-in is shown when it answers (pullFinished: Failed).
    bool startPull();
    // Cancel while signing in or reading: nothing is kept.
    void cancel();
    // Esc, Close and the window's close button: a sign-in or pull under way is cancelled.
    void reject() override;

signals:
    // The snapshot is in the workspace (then the dialog closes itself).
    void pulled(const QString &target, const QString &profile);
    // Once per startPull() that returned true: Completed (the snapshot is kept), Cancelled, or
    // Failed with the reason (the sign-in or the pull). The JobOutcome convention
    // (joboutcome.h).
    void pullFinished(const JobOutcome &outcome);

private:
    void setPulling(bool pulling);
    void finishPull(const JobOutcome &outcome);

    WorkspaceSession &m_session;
    RecordTableModel &m_sheet;
    std::unique_ptr<PullService> m_service;
    QPointer<SignInJob> m_signIn;
    QComboBox *m_profile;
    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_pull;
    QPushButton *m_close;
    bool m_pulling = false;
};
