#pragma once

#include "joboutcome.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

struct ConnectionProfile;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

// Connection profiles in the window: list, add, edit, remove, and Test connection. The secret
// field writes to the system keychain only (left empty, the saved secret stays); nothing else
// holds it. Nothing waits: save, remove, test and the browser sign-in each start at once (false,
// with the reason shown, when they cannot), one at a time, and end with actionFinished().
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *vendorBox() const { return m_vendor; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *projectEdit() const { return m_project; }
    QLineEdit *clientEdit() const { return m_client; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *basicBox() const { return m_basic; }
    QLabel *statusLabel() const { return m_status; }

    bool save();
    bool remove();
    bool testConnection();
    // Interactive sign-in in the browser (Procore, Intacct users); the profile then signs in
    // with the refresh token it leaves in the keychain.
    bool signInInBrowser();
    // Saving, removing, testing or signing in is under way.
    bool isBusy() const { return m_busy; }

    // Closing cancels what is under way.
    void reject() override;

signals:
    // Once per action that started: Completed, or Failed with the reason (also in the status
    // label). The JobOutcome convention (joboutcome.h).
    void actionFinished(const JobOutcome &outcome);

public:
    // How the browser is opened (tests replace it).
    void setOpenBrowser(std::function<void(const QUrl &)> open) { m_openBrowser = std::move(open); }
    void newProfile();

private:
    void reload(const QString &select = QString());
    void show(const QString &name);
    // Saves the form (the secret first, to the keychain); then `next`, else the action ends.
    bool saveThen(std::function<void(const ConnectionProfile &)> next);
    void endAction(const JobOutcome &outcome);
    // Keeps `job` as the step under way (aborted by reject()).
    void track(QObject *job);

    QNetworkAccessManager *m_network; // owned by the dialog
    std::function<void(const QUrl &)> m_openBrowser;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_vendor;
    QLineEdit *m_baseUrl;
    QLineEdit *m_company;
    QLineEdit *m_project;
    QLineEdit *m_client;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QCheckBox *m_basic;
    QLabel *m_status;
    QPointer<QObject> m_step; // the job under way
    bool m_busy = false;
};
