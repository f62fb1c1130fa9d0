#pragma once

#include "pushservice.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class PushPlanModel;
class QComboBox;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class RecordTableModel;
class SignInJob;
class WorkspaceSession;

// Push the selected rows (or all) of one sheet: pick a profile (its badge says production,
// sandbox or test host), read the dry run — a table of every row: create, update, or blocked
// and why; the "Exact requests" tab shows each request exactly, never a secret — push with
// progress and Cancel. A push to a production profile is confirmed first (default: No). Results go
// to the sync log as each request settles, and the sheet is re-read at the end so vendor ids and
// sync badges show.
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
    bool isSigningIn() const;

    // Chooses a profile by name (the window's current one); false when the list lacks it.
    bool selectProfile(const QString &name);
    // Builds the plan for the chosen profile (the dry run); false with a message on failure.
    bool makePlan();
    // Pushes the plan; to a production profile only after the confirmation is answered Yes.
    void startPush();

    // Esc, Close and the window's close button: a sign-in under way is cancelled (nothing is
    // pushed).
    void reject() override;

signals:
    // Once per push that began (the sign-in started): Completed (rows may have failed: the
    // result label and the sync log say which), Cancelled (Cancel while pushing, or the dialog
    // closed while signing in), or Failed with the reason (the sign-in, or saving the keys).
    // The JobOutcome convention (joboutcome.h).
    void pushFinished(const JobOutcome &outcome);

private:
    void setSigningIn(bool signingIn);
    void pushSignedIn(const SyncEngine::Settings &engine, const QString &profile);
    void showPlan();
    void confirmProduction(const QString &profile, const QString &vendor);
    void beginPush();

    WorkspaceSession &m_session;
    RecordTableModel &m_sheet;
    QVector<qint64> m_recordIds;
    std::unique_ptr<PushService> m_service;
    std::optional<PushService::Plan> m_planned;
    QComboBox *m_profile;
    QLabel *m_environment;
    QLabel *m_plan;
    PushPlanModel *m_planModel;
    QTableView *m_planTable;
    QTabWidget *m_views;
    QPlainTextEdit *m_payload;
    QPointer<QMessageBox> m_confirmation;
    QPointer<SignInJob> m_signIn;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_push;
    QPushButton *m_close;
    bool m_pushing = false;
    int m_failed = 0;
    int m_done = 0;
};
