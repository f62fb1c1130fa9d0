#include "profilesdialog.h"

#include "credentialstore.h"
#include "interactivesignin.h"
#include "profilesecret.h"
#include "profilestore.h"
#include "signinjob.h"
#include "vendortraits.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(QWidget *parent)
    : QDialog(parent)
    , m_network(WorkspaceSession::createNetwork(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_vendor(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_project(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_basic(new QCheckBox(tr("Plain &Basic credentials on every call (older Primavera "
                               "tenants)"),
                            this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ProfilesDialog"));
    setWindowTitle(tr("Connection Profiles"));
    m_vendor->addItem(QStringLiteral("Procore"), QStringLiteral("procore"));
    m_vendor->addItem(QStringLiteral("Oracle Primavera Cloud"), QStringLiteral("primavera"));
    m_vendor->addItem(QStringLiteral("Sage Intacct"), QStringLiteral("intacct"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(
            tr("Kept in the system keychain; leave empty to keep the saved one"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.procore.com"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Company id:"), m_company);
    form->addRow(tr("&Project id:"), m_project);
    form->addRow(tr("Client &id:"), m_client);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(QString(), m_basic);

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    auto *testButton = new QPushButton(tr("&Test Connection"), this);
    auto *browserButton = new QPushButton(tr("Sign In in &Browser…"), this);
    browserButton->setToolTip(tr("For Procore and Intacct users: sign in on the vendor's page; "
                                 "the profile then stays signed in."));
    m_openBrowser = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    connect(browserButton, &QPushButton::clicked, this, &ProfilesDialog::signInInBrowser);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {newButton, saveButton, removeButton, testButton, browserButton})
        actions->addWidget(b);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_status);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &ProfilesDialog::remove);
    connect(testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_list, &QListWidget::currentTextChanged, this, &ProfilesDialog::show);
    reload();
}

ProfilesDialog::~ProfilesDialog()
{
    delete m_step.data(); // its destructor aborts it: no answer comes back to a dialog gone
}

void ProfilesDialog::reject()
{
    if (m_step) {
        delete m_step.data();
        endAction(JobOutcome::cancelled());
    }
    QDialog::reject();
}

void ProfilesDialog::track(QObject *job)
{
    if (m_step && m_step != job)
        m_step->deleteLater(); // the step before, finished
    m_step = job;
}

void ProfilesDialog::endAction(const JobOutcome &outcome)
{
    if (!m_busy)
        return;
    m_busy = false;
    if (m_step)
        m_step->deleteLater();
    m_step = nullptr;
    emit actionFinished(outcome);
}

void ProfilesDialog::reload(const QString &select)
{
    m_list->clear();
    for (const ConnectionProfile &p : ProfileStore(*ProfileStore::userSettings()).all())
        m_list->addItem(p.name);
    const auto found = m_list->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
}

void ProfilesDialog::show(const QString &name)
{
    const auto p = ProfileStore(*ProfileStore::userSettings()).find(name);
    if (!p)
        return;
    m_name->setText(p->name);
    m_vendor->setCurrentIndex(qMax(0, m_vendor->findData(p->vendor)));
    m_baseUrl->setText(p->baseUrl.toString());
    m_company->setText(p->companyId);
    m_project->setText(p->projectId);
    m_client->setText(p->clientId);
    m_user->setText(p->username);
    m_secret->clear();
    m_basic->setChecked(p->auth == QLatin1String("basic"));
    m_status->clear();
}

void ProfilesDialog::newProfile()
{
    m_list->clearSelection();
    for (QLineEdit *e : {m_name, m_baseUrl, m_company, m_project, m_client, m_user, m_secret})
        e->clear();
    m_status->setText(tr("A new profile: fill in the fields and Save."));
    m_name->setFocus();
}

bool ProfilesDialog::save()
{
    return saveThen(nullptr);
}

bool ProfilesDialog::saveThen(std::function<void(const ConnectionProfile &)> next)
{
    if (m_busy)
        return false;
    const QString vendor = m_vendor->currentData().toString();
    ConnectionProfile p = ConnectionProfile::withDefaults(m_name->text().trimmed(), vendor);
    const auto existing = ProfileStore(*ProfileStore::userSettings()).find(p.name);
    if (existing && existing->vendor == vendor)
        p = *existing; // keep what the form does not show (API root, secret variable)
    if (!m_baseUrl->text().trimmed().isEmpty()) {
        p.baseUrl = QUrl(m_baseUrl->text().trimmed());
        // A sandbox or stand-in signs in where it answers (the vendor's login-host rule).
        if (const QUrl login = VendorTraits::of(vendor).loginUrlFor(p.baseUrl); !login.isEmpty())
            p.authUrl = login;
    }
    p.companyId = m_company->text().trimmed();
    p.projectId = m_project->text().trimmed();
    p.clientId = m_client->text().trimmed();
    p.username = m_user->text().trimmed();
    if (vendor == QLatin1String("primavera"))
        p.auth = m_basic->isChecked() ? QStringLiteral("basic") : QStringLiteral("primavera-token");
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    m_busy = true;
    auto commit = [this, p, next] {
        ProfileStore(*ProfileStore::userSettings()).save(p);
        reload(p.name);
        m_status->setText(tr("Saved profile '%1'.").arg(p.name));
        if (next)
            next(p);
        else
            endAction(JobOutcome::completed());
    };
    if (m_secret->text().isEmpty()) {
        // Nothing to wait for; the action still ends from the event loop.
        QMetaObject::invokeMethod(this, commit, Qt::QueuedConnection);
        return true;
    }
    CredentialJob *job =
            CredentialStore().write(CredentialStore::profileKey(p.name), m_secret->text(), this);
    track(job);
    connect(job, &CredentialJob::finished, this, [this, commit](const Result<QString> &saved) {
        if (!saved) {
            m_status->setText(saved.error());
            endAction(JobOutcome::failed(saved.error()));
            return;
        }
        m_secret->clear();
        commit();
    });
    job->start();
    return true;
}

bool ProfilesDialog::remove()
{
    if (m_busy)
        return false;
    const QString name = m_name->text().trimmed();
    if (!ProfileStore(*ProfileStore::userSettings()).remove(name))
        return false;
    reload();
    m_busy = true;
    CredentialJob *job = CredentialStore().remove(CredentialStore::profileKey(name), this);
    track(job);
    connect(job, &CredentialJob::finished, this, [this, name](const Result<QString> &forgotten) {
        if (!forgotten) {
            const QString message =
                    tr("Removed profile '%1', but not its secret. %2 Remove the entry '%3' "
                       "with your system's keychain tool.")
                            .arg(name, forgotten.error(), CredentialStore::profileKey(name));
            m_status->setText(message);
            endAction(JobOutcome::failed(message));
            return;
        }
        m_status->setText(tr("Removed profile '%1' and its secret.").arg(name));
        endAction(JobOutcome::completed());
    });
    job->start();
    return true;
}

bool ProfilesDialog::signInInBrowser()
{
    const QString vendor = m_vendor->currentData().toString();
    if (vendor == QLatin1String("primavera")) {
        m_status->setText(tr("Primavera signs in with a user name and password."));
        return false;
    }
    return saveThen([this](const ConnectionProfile &saved) {
        CredentialJob *read = ProfileSecret::read(saved, this);
        track(read);
        connect(read, &CredentialJob::finished, this, [this, saved](const Result<QString> &secret) {
            if (!secret) {
                m_status->setText(secret.error());
                endAction(JobOutcome::failed(secret.error()));
                return;
            }
            m_status->setText(tr("Sign in on the page that opened in your browser…"));
            auto *signIn =
                    new InteractiveSignIn(saved, secret.value(), m_network, m_openBrowser, this);
            track(signIn);
            connect(signIn, &InteractiveSignIn::finished, this,
                    [this, saved](const JobOutcome &outcome) {
                        if (!outcome.isCompleted()) {
                            m_status->setText(outcome.message());
                            endAction(outcome);
                            return;
                        }
                        ConnectionProfile profile = saved;
                        profile.auth = QStringLiteral("oauth-authorization-code");
                        ProfileStore(*ProfileStore::userSettings()).save(profile);
                        m_status->setText(
                                tr("Signed in: profile '%1' stays signed in.").arg(profile.name));
                        endAction(outcome);
                    });
            signIn->start();
        });
        read->start();
    });
}

bool ProfilesDialog::testConnection()
{
    if (m_busy)
        return false;
    const auto profile = ProfileStore(*ProfileStore::userSettings()).find(m_name->text().trimmed());
    if (!profile) {
        m_status->setText(tr("Save the profile first."));
        return false;
    }
    m_busy = true;
    auto *job = m_secret->text().isEmpty()
                        ? new SignInJob(*profile, m_network, this)
                        : new SignInJob(*profile, m_secret->text(), m_network, this);
    track(job);
    const QString host = profile->baseUrl.host();
    connect(job, &SignInJob::finished, this,
            [this, host](const Result<Authenticator::SignedIn> &signedIn) {
                if (!signedIn) {
                    m_status->setText(signedIn.error());
                    endAction(JobOutcome::failed(signedIn.error()));
                    return;
                }
                m_status->setText(tr("Connection works: signed in to %1.").arg(host));
                endAction(JobOutcome::completed());
            });
    job->start();
    return true;
}
