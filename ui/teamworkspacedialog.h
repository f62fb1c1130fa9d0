#pragma once

#include <QDialog>
#include <QPointer>

class CredentialJob;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks where a team workspace lives (postgresql://USER@HOST[:PORT]/DBNAME) and, optionally,
// its password, for File ▸ Open Team Workspace and File ▸ Share to Team Workspace. An address
// that cannot be used is refused inline, the dialog stays. With the password left empty, the
// one kept in the keychain is read (without waiting) before the dialog accepts; none there:
// libpq's own (PGPASSWORD, ~/.pgpass). The password is never written anywhere but the
// keychain, and there only when the person asks and the workspace opened with it.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        Open,
        Share
    };

    explicit TeamWorkspaceDialog(Purpose purpose, QWidget *parent = nullptr);
    ~TeamWorkspaceDialog() override;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *acceptButton() const { return m_accept; }

    // After accepted(): the address in its canonical form, the password (typed, from the
    // keychain, or empty for libpq's own) and whether a typed one should be kept.
    const QString &address() const { return m_canonical; }
    const QString &password() const { return m_foundPassword; }
    bool rememberPassword() const;

public slots:
    void accept() override;

private:
    void showError(const QString &message);
    void finishAccept(const QString &password);

    QLineEdit *m_address;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_accept;
    QPointer<CredentialJob> m_keychainRead;
    QString m_canonical;
    QString m_foundPassword;
};
