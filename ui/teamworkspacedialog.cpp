#include "teamworkspacedialog.h"

#include "credentialstore.h"
#include "teamworkspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TeamWorkspaceDialog::TeamWorkspaceDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_error(new QLabel(this))
{
    const bool share = purpose == Purpose::Share;
    setObjectName(share ? QStringLiteral("ShareTeamWorkspaceDialog")
                        : QStringLiteral("OpenTeamWorkspaceDialog"));
    setWindowTitle(share ? tr("Share to Team Workspace") : tr("Open Team Workspace"));

    auto *intro = new QLabel(
            share ? tr("Copies this workspace — its rows, sync history, templates, pulls and "
                       "reference lists — into an empty database on your team's PostgreSQL "
                       "server and opens it there. Your colleagues then open the same address "
                       "with File ▸ Open Team Workspace.")
                  : tr("A team workspace lives on a PostgreSQL server: everyone who opens it "
                       "works on the same sheets and sees the others' changes as they are "
                       "made."),
            this);
    intro->setWordWrap(true);

    m_address->setObjectName(QStringLiteral("TeamAddressEdit"));
    m_address->setPlaceholderText(
            QStringLiteral("postgresql://anna@db.example.com:5432/contracts"));
    m_address->setToolTip(tr("postgresql://USER@HOST[:PORT]/DBNAME — without a password"));
    m_address->setMinimumWidth(420);
    m_password->setObjectName(QStringLiteral("TeamPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to use PGPASSWORD or ~/.pgpass"));
    m_remember->setObjectName(QStringLiteral("RememberPasswordBox"));
    m_remember->setToolTip(tr("Keep the password in the system keychain for this address, so "
                              "you need not type it again"));
    m_error->setObjectName(QStringLiteral("TeamAddressError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(share ? tr("&Share") : tr("&Open"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("TeamAcceptButton"));
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // An old complaint goes as soon as the person changes what it was about.
    connect(m_address, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        if (m_address->text().trimmed().isEmpty())
            return;
        const auto checked = TeamWorkspace::checkAddress(m_address->text());
        if (!checked)
            showError(checked.error());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

TeamWorkspaceDialog::~TeamWorkspaceDialog() = default;

bool TeamWorkspaceDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void TeamWorkspaceDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    // Tall enough for the whole message at the dialog's width; a clipped reason helps no one.
    layout()->activate();
    if (layout()->hasHeightForWidth())
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
}

void TeamWorkspaceDialog::accept()
{
    if (m_keychainRead)
        return; // already on its way
    const auto checked = TeamWorkspace::checkAddress(m_address->text());
    if (!checked) {
        showError(checked.error());
        m_address->setFocus();
        return;
    }
    m_error->hide();
    m_canonical = checked.value();
    if (!m_password->text().isEmpty()) {
        finishAccept(m_password->text());
        return;
    }
    // Nothing typed: the keychain's, if it holds one. The keychain may ask the person first,
    // so the dialog waits for it without blocking the window.
    m_accept->setEnabled(false);
    m_error->setText(tr("Looking for a saved password in the keychain…"));
    m_error->setStyleSheet(QString());
    m_error->show();
    m_keychainRead = CredentialStore().read(TeamWorkspace::keychainKey(m_canonical), this);
    connect(m_keychainRead, &CredentialJob::finished, this, [this](const Result<QString> &read) {
        m_keychainRead->deleteLater();
        m_keychainRead = nullptr;
        m_accept->setEnabled(true);
        m_error->hide();
        m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        // No keychain, or nothing kept there: libpq looks in PGPASSWORD and ~/.pgpass.
        finishAccept(read ? read.value() : QString());
    });
    m_keychainRead->start();
}

void TeamWorkspaceDialog::finishAccept(const QString &password)
{
    m_foundPassword = password;
    QDialog::accept();
}
