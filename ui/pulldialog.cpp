#include "pulldialog.h"

#include "profilestore.h"
#include "pullservice.h"
#include "recordtablemodel.h"
#include "signinjob.h"
#include "vendorconnection.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

PullDialog::PullDialog(WorkspaceSession &session, RecordTableModel &sheet, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_sheet(sheet)
    , m_profile(new QComboBox(this))
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_pull(new QPushButton(tr("&Pull"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("PullDialog"));
    const EntitySchema &schema = sheet.schema();
    setWindowTitle(tr("Pull from %1").arg(schema.title()));
    const auto settings = ProfileStore::userSettings();
    for (const ConnectionProfile &p : ProfileStore(*settings).all()) {
        if (p.vendor == schema.vendor())
            m_profile->addItem(QStringLiteral("%1 — %2").arg(p.name, p.baseUrl.toString()), p.name);
    }
    m_profile->setToolTip(tr("The %1 account to read from; its project says which records.")
                                  .arg(schema.vendorLabel()));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Reads every %1 record %2 holds for the profile's project and keeps it in "
                        "the workspace, to compare field by field with the sheet. Nothing is "
                        "changed at %2.")
                             .arg(schema.label(), schema.vendorLabel()));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v records read"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("PullStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pull->setDefault(true);
    m_pull->setToolTip(tr("Sign in and read (Enter)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_pull, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(buttons);
    resize(560, 240);

    connect(m_pull, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_pulling)
            cancel(); // Cancel while pulling; Close afterwards
        else
            reject();
    });
    if (m_profile->count() == 0) {
        m_status->setText(tr("No connection profile for %1 yet: add one in File ▸ Connection "
                             "Profiles (Ctrl+Alt+P) or with contractdesk-cli profile add.")
                                  .arg(schema.vendorLabel()));
        m_pull->setEnabled(false);
    }
}

PullDialog::~PullDialog()
{
    if (m_signIn)
        m_signIn->abort();
    if (m_service)
        m_service->cancel();
}

void PullDialog::setPulling(bool pulling)
{
    m_pulling = pulling;
    m_pull->setEnabled(!pulling);
    m_profile->setEnabled(!pulling);
    m_close->setText(pulling ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(pulling);
}

bool PullDialog::startPull()
{
    if (m_pulling)
        return false;
    const EntitySchema &schema = m_sheet.schema();
    const auto settings = ProfileStore::userSettings();
    const auto profile = ProfileStore(*settings).find(m_profile->currentData().toString());
    if (!profile) {
        m_status->setText(tr("Choose a connection profile first."));
        return false;
    }
    const auto scope = PullService::scopeFor(schema, *profile, m_sheet.records());
    if (!scope) {
        m_status->setText(scope.error());
        return false;
    }
    m_status->setText(tr("Signing in to %1…").arg(schema.vendorLabel()));
    setPulling(true);
    m_progress->setRange(0, 0);
    m_signIn = VendorConnection::signInJob(*profile, m_session.network(), this);
    const ConnectionProfile chosen = *profile;
    const QVector<PullScope> scopes = scope.value();
    connect(m_signIn, &SignInJob::finished, this,
            [this, chosen, scopes](const Result<Authenticator::SignedIn> &signedIn) {
                SignInJob *job = m_signIn;
                m_signIn = nullptr;
                job->deleteLater();
                if (!signedIn) {
                    finishPull(JobOutcome::failed(signedIn.error()));
                    return;
                }
                m_service = m_session.makePullService(m_sheet.schema());
                connect(m_service.get(), &PullService::progress, this,
                        [this](int read, int expected) {
                            // Busy until the vendor says how many it holds.
                            m_progress->setRange(0, qMax(expected, 0));
                            m_progress->setValue(read);
                            m_status->setText(
                                    expected >= 0
                                            ? tr("%1 of %2 records read…").arg(read).arg(expected)
                                            : tr("Records read: %1…").arg(read));
                        });
                connect(m_service.get(), &PullService::finished, this,
                        [this, name = chosen.name](const JobOutcome &outcome) {
                            if (outcome.isCompleted()) {
                                setPulling(false);
                                m_status->setText(tr("Records read and kept: %1.")
                                                          .arg(m_service->records().size()));
                                emit pullFinished(outcome);
                                emit pulled(m_sheet.schema().id(), name);
                                accept();
                                return;
                            }
                            finishPull(outcome);
                        });
                ProtocolOptions options;
                options.apiRoot = chosen.apiRoot;
                const auto engine =
                        VendorConnection::settings(*job, signedIn.value(), m_session.network());
                if (!m_service->start(scopes, engine, chosen.name, options))
                    finishPull(JobOutcome::failed(m_service->error()));
            });
    m_signIn->start();
    return true;
}

void PullDialog::finishPull(const JobOutcome &outcome)
{
    setPulling(false);
    m_status->setText(outcome.isCancelled()
                              ? tr("Cancelled. Nothing was kept; the last pull stays.")
                              : tr("The pull failed: %1\nNothing was kept; the last pull stays.")
                                        .arg(outcome.message()));
    emit pullFinished(outcome);
}

void PullDialog::cancel()
{
    if (m_signIn) {
        // Nothing was sent yet but the sign-in: it stops, and nothing is read.
        m_signIn->abort();
        m_signIn->deleteLater();
        m_signIn = nullptr;
        finishPull(JobOutcome::cancelled());
        return;
    }
    if (m_service && m_pulling) {
        m_status->setText(tr("Cancelling…"));
        m_service->cancel();
    }
}

void PullDialog::reject()
{
    cancel();
    QDialog::reject();
}
