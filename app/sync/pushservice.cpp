#include "pushservice.h"

#include "authenticator.h"
#include "referenceresolver.h"
#include "sheetvalidation.h"
#include "valuecodec.h"
#include "workspacestore.h"

#include <QDateTime>
#include <QSet>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

PushService::PushService(WorkspaceStore &workspace, const EntitySchema &schema,
                         QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_schema(schema)
    , m_engine(network)
    , m_renewTimer(new QTimer(this))
{
    connect(&m_engine, &SyncEngine::batchDone, this, &PushService::onBatch);
    connect(&m_engine, &SyncEngine::progress, this, &PushService::progress);
    connect(&m_engine, &SyncEngine::finished, this, [this](const JobOutcome &outcome) {
        releaseClaims();
        emit finished(outcome);
    });
    connect(m_renewTimer, &QTimer::timeout, this, [this] {
        const Status renewed = m_workspace.renewClaims(m_holderId, m_lease);
        if (!renewed)
            emit commitFailed(
                    tr("The push could not renew its hold on its rows: %1").arg(renewed.error()));
    });
}

PushService::~PushService()
{
    releaseClaims();
}

namespace {

// Who holds a claim, in words another person reads: "anna on desk-3".
QString holderName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = PushService::tr("someone");
    return PushService::tr("%1 on %2").arg(user, QSysInfo::machineHostName());
}

} // namespace

void PushService::releaseClaims()
{
    m_renewTimer->stop();
    if (m_holderId.isEmpty())
        return;
    // A claim that cannot be given up lapses on its own when its lease runs out.
    const Status released = m_workspace.releaseClaims(std::exchange(m_holderId, QString()));
    Q_UNUSED(released)
}

QString PushService::newKey()
{
    return QStringLiteral("CD-") + QUuid::createUuid().toString(QUuid::Id128).left(16).toUpper();
}

Status PushService::useReferences(const ConnectionProfile &profile)
{
    auto resolver = ReferenceResolver::load(m_workspace, m_schema, profile);
    if (!resolver)
        return Status::failure(resolver.error());
    m_references = std::make_shared<ReferenceResolver>(std::move(resolver).value());
    m_referenceProfile = profile;
    return Status();
}

namespace {

QString unresolvedMessage(const ReferenceEntry &e, const QString &vendor, const QString &target,
                          const QString &profile)
{
    using Outcome = ReferenceResolution::Outcome;
    QString what;
    if (e.listMissing)
        what = PushService::tr("%1 '%2' cannot be checked: %3's list for it has not been read")
                       .arg(e.field, e.value, vendor);
    else if (e.scopeUnresolved)
        what = PushService::tr("%1 '%2' cannot be checked until the row's project is resolved")
                       .arg(e.field, e.value);
    else if (e.resolution.outcome == Outcome::Ambiguous)
        what = PushService::tr("%1 '%2' names more than one record at %3")
                       .arg(e.field, e.value, vendor);
    else if (e.resolution.outcome == Outcome::Suggested)
        what = PushService::tr("%1 '%2' is not at %3; near names wait for a choice")
                       .arg(e.field, e.value, vendor);
    else if (e.resolution.outcome == Outcome::Inactive)
        what = PushService::tr("%1 '%2' is inactive at %3").arg(e.field, e.value, vendor);
    else
        what = PushService::tr("%1 '%2' is not at %3").arg(e.field, e.value, vendor);
    return PushService::tr("not sent: %1; run contractdesk-cli resolve --workspace W --target %2 "
                           "--profile %3 (or Resolve References in the window)")
            .arg(what, target, profile);
}

} // namespace

Result<PushService::Plan> PushService::plan(const QVector<Record> &given,
                                            const ProtocolOptions &options)
{
    using R = Result<Plan>;
    m_protocol = VendorProtocol::forSchema(m_schema, options);
    if (!m_protocol)
        return R::failure(tr("ContractDesk cannot push to %1 yet.").arg(m_schema.vendorLabel()));
    Plan plan;
    // References, once the workspace keeps the vendor's lists: ids in place of names, and the
    // rows whose references do not resolve held back with why.
    QVector<Record> records = given;
    QSet<qint64> changed;
    if (m_references && m_references->lists().holdsVendor(m_schema.vendor())) {
        QHash<qint64, int> rowOf;
        for (int i = 0; i < records.size(); ++i)
            rowOf.insert(records.at(i).id(), i);
        for (const ReferenceEntry &e : m_references->resolve(records)) {
            if (!e.checked)
                continue;
            const FieldSpec &spec = m_schema.field(e.fieldIndex);
            if (!e.resolved()) {
                const QString message = unresolvedMessage(e, m_schema.vendorLabel(), m_schema.id(),
                                                          m_referenceProfile.name);
                for (const qint64 id : e.recordIds)
                    if (!plan.unresolved.contains(id))
                        plan.unresolved.insert(id, message);
                continue;
            }
            const ValueCodec::Parsed id = ValueCodec::fromText(spec, e.resolution.id);
            if (!id.problem.isEmpty() || ValueCodec::isRaw(id.value))
                continue; // an id the field cannot hold: validation says so
            for (const qint64 recordId : e.recordIds) {
                Record &row = records[rowOf.value(recordId)];
                if (!ValueCodec::identical(row.value(e.fieldIndex), id.value)) {
                    row.setValue(e.fieldIndex, id.value);
                    changed.insert(recordId);
                }
            }
        }
    }
    SheetValidation validation(m_schema);
    validation.reset(records);
    const int keyField = m_schema.indexOf(m_schema.idempotencyPath());
    for (const Record &record : std::as_const(records)) {
        const auto unresolved = plan.unresolved.constFind(record.id());
        if (unresolved != plan.unresolved.cend()) {
            plan.blocked.append(record.id());
            plan.items.append({record.id(), Plan::Action::Blocked, record.remoteId(), *unresolved});
            continue;
        }
        if (validation.hasErrors(record)) {
            plan.blocked.append(record.id());
            Plan::Item item{record.id(), Plan::Action::Blocked, record.remoteId(), QString()};
            for (const ValidationIssue &issue : validation.issues(record)) {
                if (issue.isError()) {
                    item.reason = issue.message;
                    break;
                }
            }
            plan.items.append(item);
            continue;
        }
        Record row = record;
        if (keyField >= 0 && ValueCodec::isEmpty(row.value(keyField))) {
            // Without a key a re-sent row could be created twice (Procore creates one for
            // every item that carries neither id nor origin_id): give it one, for good.
            const QString key = row.syncKey().isEmpty() ? newKey() : row.syncKey();
            row.setSyncKey(key);
            row.setValue(keyField, key);
            plan.keyed.append(row);
        } else if (changed.contains(row.id())) {
            plan.keyed.append(row);
        }
        (row.remoteId().isEmpty() ? plan.creates : plan.updates) += 1;
        plan.items.append({row.id(),
                           row.remoteId().isEmpty() ? Plan::Action::Create : Plan::Action::Update,
                           row.remoteId(), QString()});
        plan.rows.append(row);
    }
    plan.requests = m_protocol->buildRequests(plan.rows);
    return plan;
}

Status PushService::start(const Plan &plan, const SyncEngine::Settings &settings,
                          const QString &profile)
{
    releaseClaims();
    m_heldElsewhere.clear();
    m_profile = profile;
    // Claim the rows first: of two pushes of the same rows, each row goes with one of them.
    QVector<qint64> ids;
    ids.reserve(plan.rows.size());
    for (const Record &r : plan.rows)
        ids.append(r.id());
    const QString holderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto claim = m_workspace.claimRows(m_schema.id(), ids, {holderId, holderName()}, m_lease);
    if (!claim)
        return Status::failure(claim.error());
    m_holderId = holderId;
    m_heldElsewhere = claim->heldBy;
    const QSet<qint64> granted(claim->granted.cbegin(), claim->granted.cend());
    // A row changed since the plan (pushed or edited by someone else) would go as planned, not
    // as it is: stop, so the person plans again on what the workspace holds now.
    if (m_workspace.isShared() && !granted.isEmpty()) {
        auto stored = m_workspace.loadRecordsById(m_schema, claim->granted);
        if (!stored) {
            releaseClaims();
            return Status::failure(stored.error());
        }
        QHash<qint64, qint64> versions;
        for (const Record &r : std::as_const(stored.value()))
            versions.insert(r.id(), r.version());
        int moved = 0;
        for (const Record &r : plan.rows) {
            if (granted.contains(r.id()) && r.version() > 0 &&
                versions.value(r.id(), -1) != r.version())
                ++moved;
        }
        if (moved > 0) {
            releaseClaims();
            return Status::conflict(tr("%n row(s) changed since the push was planned (someone "
                                       "else pushed or edited them). Nothing was sent; plan the "
                                       "push again to send them as they are now.",
                                       nullptr, moved));
        }
    }
    QVector<Record> sending;
    QVector<Record> held;
    for (const Record &r : plan.rows)
        (granted.contains(r.id()) ? sending : held).append(r);
    QVector<Record> keyed;
    for (const Record &r : plan.keyed) {
        if (granted.contains(r.id()))
            keyed.append(r);
    }
    // The keys are on disk before any request can carry them.
    if (!keyed.isEmpty()) {
        const Status saved = m_workspace.updateRecords(m_schema, keyed);
        if (!saved) {
            releaseClaims();
            return saved;
        }
    }
    m_rows.clear();
    for (const Record &r : std::as_const(sending))
        m_rows.insert(r.id(), r);
    if (!held.isEmpty())
        reportHeld(held, m_heldElsewhere);
    m_renewTimer->start(std::max<qint64>(1000, qint64(m_lease.count()) * 1000 / 3));
    m_engine.run(*m_protocol, held.isEmpty() ? plan.requests : m_protocol->buildRequests(sending),
                 settings);
    return Status();
}

SyncLogEntry PushService::entryFor(const Record &row, const QDateTime &at) const
{
    const int displayField = m_schema.indexOf(m_schema.displayPath());
    SyncLogEntry e;
    e.at = at;
    e.target = m_schema.id();
    e.profile = m_profile;
    e.recordId = row.id();
    e.rowKey = displayField >= 0
                       ? ValueCodec::toText(m_schema.field(displayField), row.value(displayField))
                       : QString();
    e.action = row.remoteId().isEmpty() ? QStringLiteral("create") : QStringLiteral("update");
    e.remoteId = row.remoteId();
    return e;
}

void PushService::reportHeld(const QVector<Record> &held, const QHash<qint64, QString> &holders)
{
    QVector<SyncLogEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Record &row : held) {
        SyncLogEntry e = entryFor(row, now);
        e.outcome = QStringLiteral("skipped");
        e.message = tr("not sent: %1 is pushing this row right now").arg(holders.value(row.id()));
        entries.append(e);
    }
    const Status saved = m_workspace.appendSyncHistory(entries);
    if (!saved) {
        emit commitFailed(saved.error());
        return;
    }
    emit committed(entries);
}

void PushService::cancel()
{
    m_engine.cancel();
}

void PushService::onBatch(const VendorRequest &request, const QVector<ItemResult> &results)
{
    Q_UNUSED(request);
    QVector<Record> updated;
    QVector<SyncLogEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ItemResult &result : results) {
        auto it = m_rows.find(result.recordId);
        if (it == m_rows.end())
            continue;
        Record &row = it.value();
        // Before the result changes the row: its action is what was sent.
        SyncLogEntry e = entryFor(row, now);
        e.httpStatus = result.httpStatus;
        e.message = result.message;
        switch (result.outcome) {
        case ItemResult::Outcome::Created:
        case ItemResult::Outcome::Updated:
            if (!result.remoteId.isEmpty())
                row.setRemoteId(result.remoteId);
            row.setSyncState(SyncState::Synced);
            e.outcome = result.outcome == ItemResult::Outcome::Created ? QStringLiteral("created")
                                                                       : QStringLiteral("updated");
            break;
        case ItemResult::Outcome::Skipped:
            e.outcome = QStringLiteral("skipped");
            break;
        case ItemResult::Outcome::Failed:
        case ItemResult::Outcome::Unknown:
            row.setSyncState(SyncState::Failed);
            e.outcome = QStringLiteral("failed");
            break;
        }
        e.remoteId = row.remoteId();
        updated.append(row);
        entries.append(e);
    }
    const Status saved = m_workspace.commitSyncResults(m_schema, updated, entries);
    if (!saved) {
        emit commitFailed(saved.error());
        return;
    }
    emit committed(entries);
}
