#include "pushdialog.h"

#include "profilebadge.h"
#include "profilestore.h"
#include "pushplanmodel.h"
#include "recordtablemodel.h"
#include "signinjob.h"
#include "synclogmodel.h"
#include "vendorconnection.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

PushDialog::PushDialog(WorkspaceSession &session, RecordTableModel &sheet,
                       QVector<qint64> recordIds, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_sheet(sheet)
    , m_recordIds(std::move(recordIds))
    , m_profile(new QComboBox(this))
    , m_environment(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_planModel(new PushPlanModel(this))
    , m_planTable(new QTableView(this))
    , m_views(new QTabWidget(this))
    , m_payload(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_push(new QPushButton(tr("&Push"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("PushDialog"));
    setWindowTitle(tr("Push to %1").arg(sheet.schema().title()));
    const auto settings = ProfileStore::userSettings();
    for (const ConnectionProfile &p : ProfileStore(*settings).all()) {
        if (p.vendor == sheet.schema().vendor())
            m_profile->addItem(QStringLiteral("%1 — %2").arg(p.name, p.baseUrl.toString()), p.name);
    }
    m_profile->setObjectName(QStringLiteral("PushProfileBox"));
    m_environment->setObjectName(QStringLiteral("PushEnvironmentLabel"));
    m_environment->setVisible(false);
    m_plan->setObjectName(QStringLiteral("PushPlanLabel"));
    m_plan->setWordWrap(true);
    m_planTable->setObjectName(QStringLiteral("PushPlanTable"));
    m_planTable->setModel(m_planModel);
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->setWordWrap(false);
    m_planTable->verticalHeader()->setVisible(false);
    m_planTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->setAccessibleName(tr("What the push does with each row"));
    m_payload->setObjectName(QStringLiteral("PushPayloadView"));
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setPlaceholderText(tr("The exact requests appear here."));
    m_payload->setAccessibleName(tr("Payload"));
    m_progress->setVisible(false);
    m_result->setWordWrap(true);
    m_push->setDefault(true);

    m_views->setObjectName(QStringLiteral("PushViews"));
    m_views->addTab(m_planTable, tr("Pla&n"));
    m_views->addTab(m_payload, tr("E&xact Requests (JSON)"));
    m_views->setTabToolTip(1, tr("Every request exactly as it will be sent, never a secret"));

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(m_environment);
    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), profileRow);
    static_cast<QLabel *>(form->labelForField(profileRow))->setBuddy(m_profile);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_push, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plan);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { makePlan(); });
    connect(m_push, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_pushing && m_service)
            m_service->cancel(); // Cancel while pushing; Close afterwards
        else
            reject();
    });
    if (m_profile->count() == 0) {
        m_plan->setText(tr("No connection profile for %1 yet: add one in File ▸ Connection "
                           "Profiles (Ctrl+Alt+P) or with contractdesk-cli profile add.")
                                .arg(sheet.schema().vendorLabel()));
        m_push->setEnabled(false);
    } else {
        makePlan();
    }
}

PushDialog::~PushDialog()
{
    if (m_signIn)
        m_signIn->abort();
    if (m_service)
        m_service->cancel();
}

bool PushDialog::isSigningIn() const
{
    return !m_signIn.isNull();
}

bool PushDialog::selectProfile(const QString &name)
{
    const int index = m_profile->findData(name);
    if (index < 0)
        return false;
    m_profile->setCurrentIndex(index);
    return true;
}

bool PushDialog::makePlan()
{
    const auto settings = ProfileStore::userSettings();
    const auto profile = ProfileStore(*settings).find(m_profile->currentData().toString());
    if (!profile) {
        ProfileBadge::clear(m_environment);
        return false;
    }
    ProfileBadge::show(m_environment, *profile);
    QVector<Record> rows;
    for (qint64 id : std::as_const(m_recordIds)) {
        const int row = m_sheet.rowOfRecord(id);
        if (row >= 0)
            rows.append(m_sheet.records().at(row));
    }
    m_service = m_session.makePushService(m_sheet.schema());
    ProtocolOptions options;
    options.apiRoot = profile->apiRoot;
    // The same reference rule as contractdesk-cli push: with the vendor's lists kept, a row
    // whose reference does not resolve is blocked and the others go with the vendor's ids.
    if (const Status references = m_service->useReferences(*profile); !references) {
        m_plan->setText(references.error());
        m_planModel->clear();
        m_push->setEnabled(false);
        return false;
    }
    auto plan = m_service->plan(rows, options);
    if (!plan) {
        m_plan->setText(plan.error());
        m_planModel->clear();
        m_push->setEnabled(false);
        return false;
    }
    m_planned = std::move(plan).value();
    showPlan();
    return true;
}

void PushDialog::showPlan()
{
    const PushService::Plan &plan = *m_planned;
    QString text = tr("%n row(s) to create", nullptr, plan.creates) + QStringLiteral(", ") +
                   tr("%n to update", nullptr, plan.updates);
    if (!plan.blocked.isEmpty())
        text += QStringLiteral(", ") + tr("%n blocked by errors (fix them first: F8 finds them)",
                                          nullptr, int(plan.blocked.size()));
    text += QStringLiteral(". ") + tr("%n request(s).", nullptr, int(plan.requests.size()));
    m_plan->setText(text);
    QHash<qint64, QString> keys;
    for (const PushService::Plan::Item &item : plan.items) {
        const int row = m_sheet.rowOfRecord(item.recordId);
        if (row >= 0)
            keys.insert(item.recordId, m_sheet.rowKey(row));
    }
    m_planModel->setPlan(plan.items, keys, m_sheet.schema().vendorLabel());
    m_planTable->resizeColumnsToContents();
    QString payload;
    for (const VendorRequest &r : plan.requests) {
        payload += r.requestLine() + QLatin1Char('\n') +
                   QString::fromUtf8(QJsonDocument::fromJson(r.body).toJson()) + QLatin1Char('\n');
        if (payload.size() > 2000000) {
            payload += tr("… (the rest is left out here)");
            break;
        }
    }
    m_payload->setPlainText(payload);
    m_push->setEnabled(!plan.requests.isEmpty());
}

void PushDialog::startPush()
{
    if (!m_planned || !m_service || m_pushing || m_confirmation || m_signIn)
        return;
    const auto settings = ProfileStore::userSettings();
    const auto profile = ProfileStore(*settings).find(m_profile->currentData().toString());
    if (!profile)
        return;
    if (profile->isProduction()) {
        confirmProduction(profile->name, ConnectionProfile::vendorLabel(profile->vendor));
        return;
    }
    beginPush();
}

void PushDialog::confirmProduction(const QString &profile, const QString &vendor)
{
    const int count = int(m_planned->rows.size());
    m_confirmation = new QMessageBox(
            QMessageBox::Warning, tr("Push to Production?"),
            tr("Push %n row(s) to %1, the live %2 account?", nullptr, count).arg(profile, vendor),
            QMessageBox::Yes | QMessageBox::No, this);
    m_confirmation->setObjectName(QStringLiteral("PushConfirmation"));
    m_confirmation->setInformativeText(
            tr("This is a production profile: the vendor keeps what is sent. Choose No to check "
               "the plan again or to push to a sandbox first."));
    m_confirmation->setDefaultButton(QMessageBox::No);
    m_confirmation->setEscapeButton(QMessageBox::No);
    m_confirmation->button(QMessageBox::Yes)->setText(tr("&Push %n Row(s)", nullptr, count));
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::finished, this, [this, box = m_confirmation.data()] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes) {
            beginPush();
            return;
        }
        m_result->setText(tr("Nothing was pushed."));
    });
    m_confirmation->open();
}

void PushDialog::beginPush()
{
    if (!m_planned || !m_service || m_pushing)
        return;
    const auto settings = ProfileStore::userSettings();
    const auto profile = ProfileStore(*settings).find(m_profile->currentData().toString());
    if (!profile)
        return;
    m_signIn = VendorConnection::signInJob(*profile, m_session.network(), this);
    const QString profileName = profile->name;
    connect(m_signIn, &SignInJob::finished, this,
            [this, profileName](const Result<Authenticator::SignedIn> &signedIn) {
                SignInJob *finishedJob = m_signIn;
                m_signIn = nullptr;
                finishedJob->deleteLater();
                setSigningIn(false);
                if (!signedIn) {
                    m_result->setText(signedIn.error());
                    emit pushFinished(JobOutcome::failed(signedIn.error()));
                    return;
                }
                pushSignedIn(VendorConnection::settings(*finishedJob, signedIn.value(),
                                                        m_session.network()),
                             profileName);
            });
    setSigningIn(true);
    m_signIn->start();
}

void PushDialog::setSigningIn(bool signingIn)
{
    m_push->setEnabled(!signingIn);
    m_profile->setEnabled(!signingIn);
    if (signingIn)
        m_result->setText(tr("Signing in…"));
}

void PushDialog::reject()
{
    if (m_signIn) {
        m_signIn->abort();
        m_signIn->deleteLater();
        m_signIn = nullptr;
        setSigningIn(false);
        m_result->setText(tr("Nothing was pushed."));
        emit pushFinished(JobOutcome::cancelled());
    }
    QDialog::reject();
}

void PushDialog::pushSignedIn(const SyncEngine::Settings &engine, const QString &profile)
{
    if (!m_planned || !m_service || m_pushing)
        return;
    m_pushing = true;
    m_failed = 0;
    m_done = 0;
    m_push->setEnabled(false);
    m_profile->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_progress->setVisible(true);
    m_progress->setRange(0, int(m_planned->requests.size()));
    m_progress->setValue(0);
    connect(m_service.get(), &PushService::progress, m_progress, &QProgressBar::setValue);
    connect(m_service.get(), &PushService::committed, this,
            [this](const QVector<SyncLogEntry> &entries) {
                // The log pane appends a request's rows at once, never a row at a time.
                m_session.syncLog()->appendEntries(entries);
                for (const SyncLogEntry &e : entries) {
                    ++m_done;
                    m_failed += e.outcome == QLatin1String("failed");
                }
                m_result->setText(tr("%1 of %2 rows answered, %3 failed.")
                                          .arg(m_done)
                                          .arg(m_planned->rows.size())
                                          .arg(m_failed));
            });
    connect(m_service.get(), &PushService::commitFailed, this,
            [this](const QString &message) { m_result->setText(message); });
    connect(m_service.get(), &PushService::finished, this, [this](const JobOutcome &outcome) {
        const bool cancelled = outcome.isCancelled();
        m_pushing = false;
        m_close->setText(tr("Close"));
        const QString summary =
                (cancelled ? tr("Cancelled. ") : QString()) +
                tr("%1 of %2 rows answered, %3 failed. The sync log has every row's result.")
                        .arg(m_done)
                        .arg(m_planned->rows.size())
                        .arg(m_failed);
        const Status reloaded = m_session.reloadTarget(m_sheet.schema().id());
        m_result->setText(reloaded ? summary : reloaded.error() + QLatin1Char(' ') + summary);
        emit pushFinished(outcome);
    });
    const Status started = m_service->start(*m_planned, engine, profile);
    if (!started) {
        m_pushing = false;
        m_push->setEnabled(true);
        m_profile->setEnabled(true);
        m_close->setText(tr("Close"));
        m_progress->setVisible(false);
        m_result->setText(started.error());
        emit pushFinished(JobOutcome::failed(started.error()));
        return;
    }
    // The new keys are saved: show them in the sheet before the first answer arrives.
    const Status shown = m_session.reloadTarget(m_sheet.schema().id());
    if (!shown)
        m_result->setText(shown.error());
}
