#include "referencelistreader.h"

#include "entityschema.h"
#include "referenceprotocol.h"
#include "referenceresolver.h"
#include "signinjob.h"
#include "syncengine.h"
#include "vendorconnection.h"
#include "workspacestore.h"

#include <QSet>

#include <optional>

// What a reading holds while it runs on the event loop.
struct ReferenceListReader::State
{
    std::optional<ReferenceListRegistry> lists;
    SignInJob *signIn = nullptr;
    std::optional<SyncEngine::Settings> settings;
    QVector<QPair<QString, QString>> queue; // (list id, scope) still to read
    std::unique_ptr<ReferenceListPull> pull;
    std::unique_ptr<SyncEngine> engine;
    QVector<ReferenceRecord> read;
    bool cancelled = false;
    bool finished = false;
};

ReferenceListReader::ReferenceListReader(WorkspaceStore &workspace, const EntitySchema &schema,
                                         const ConnectionProfile &profile, QVector<Record> records,
                                         bool all, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
    , m_workspace(workspace)
    , m_schema(schema)
    , m_profile(profile)
    , m_records(std::move(records))
    , m_all(all)
    , m_network(network)
{}

ReferenceListReader::~ReferenceListReader()
{
    if (d->signIn)
        d->signIn->abort();
    if (d->engine)
        d->engine->cancel();
}

bool ReferenceListReader::anyFailed() const
{
    return std::any_of(m_results.cbegin(), m_results.cend(),
                       [](const ReferenceReadResult &r) { return !r.ok; });
}

QVector<QPair<QString, QString>> ReferenceListReader::unscopedToRead() const
{
    QSet<QString> kept;
    for (const KeptReferenceList &list : m_workspace.referenceListsOf(m_profile.name))
        if (list.scope.isEmpty())
            kept.insert(list.listId);
    QVector<QPair<QString, QString>> lists;
    for (int i = 0; i < m_schema.fieldCount(); ++i) {
        const FieldSpec &f = m_schema.field(i);
        if (f.referenceList.isEmpty() || !f.referenceScope.isEmpty())
            continue;
        const QPair<QString, QString> list{f.referenceList, QString()};
        if (!lists.contains(list) && (m_all || !kept.contains(f.referenceList)))
            lists.append(list);
    }
    return lists;
}

Result<QVector<QPair<QString, QString>>> ReferenceListReader::scopedToRead() const
{
    using Lists = QVector<QPair<QString, QString>>;
    auto resolver = ReferenceResolver::load(m_workspace, m_schema, m_profile);
    if (!resolver)
        return Result<Lists>::failure(resolver.error());
    const QVector<ReferenceEntry> entries = resolver.value().resolve(m_records);
    Lists lists;
    for (const ReferenceEntry &e : entries) {
        const FieldSpec &f = m_schema.field(e.fieldIndex);
        if (f.referenceScope.isEmpty() || e.scope.isEmpty() || e.scopeUnresolved)
            continue;
        if (!m_all && !e.listMissing)
            continue;
        const QPair<QString, QString> list{f.referenceList, e.scope};
        if (!lists.contains(list))
            lists.append(list);
    }
    return lists;
}

void ReferenceListReader::start()
{
    auto registry = ReferenceListRegistry::loadBuiltIn();
    if (!registry) {
        QMetaObject::invokeMethod(
                this, [this, why = registry.error()] { finish(JobOutcome::failed(why)); },
                Qt::QueuedConnection);
        return;
    }
    d->lists = std::move(registry.value());
    d->queue = unscopedToRead();
    // Lists scoped by others are known once those are kept.
    const auto thenScoped = [this] {
        if (d->cancelled)
            return finish(JobOutcome::cancelled());
        const auto scoped = scopedToRead();
        if (!scoped)
            return finish(JobOutcome::failed(scoped.error()));
        d->queue = scoped.value();
        if (d->queue.isEmpty())
            return finish(JobOutcome::completed());
        signInThen([this] { readQueue([this] { finish(JobOutcome::completed()); }); });
    };
    if (d->queue.isEmpty()) {
        QMetaObject::invokeMethod(this, thenScoped, Qt::QueuedConnection);
        return;
    }
    signInThen([this, thenScoped] { readQueue(thenScoped); });
}

void ReferenceListReader::cancel()
{
    if (d->finished || d->cancelled)
        return;
    d->cancelled = true;
    if (d->signIn) {
        // Nothing was read yet: the sign-in stops and the lists kept before stay.
        d->signIn->abort();
        d->signIn->deleteLater();
        d->signIn = nullptr;
        QMetaObject::invokeMethod(
                this, [this] { finish(JobOutcome::cancelled()); }, Qt::QueuedConnection);
        return;
    }
    if (d->engine)
        d->engine->cancel(); // its finished() fails the list in flight, then the queue stops
}

void ReferenceListReader::signInThen(const std::function<void()> &next)
{
    if (d->settings) {
        QMetaObject::invokeMethod(this, next, Qt::QueuedConnection);
        return;
    }
    emit progress(tr("Signing in to %1 through profile '%2'…")
                          .arg(m_schema.vendorLabel(), m_profile.name),
                  0);
    d->signIn = VendorConnection::signInJob(m_profile, m_network, this);
    connect(d->signIn, &SignInJob::finished, this,
            [this, next](const Result<Authenticator::SignedIn> &signedIn) {
                SignInJob *job = d->signIn;
                d->signIn = nullptr;
                if (!signedIn) {
                    job->deleteLater();
                    return finish(JobOutcome::failed(signedIn.error()));
                }
                // The job stays: renewals sign in again with its secret.
                d->settings = VendorConnection::settings(*job, signedIn.value(), m_network);
                next();
            });
    d->signIn->start();
}

void ReferenceListReader::readQueue(const std::function<void()> &next)
{
    if (d->cancelled)
        return finish(JobOutcome::cancelled());
    if (d->queue.isEmpty())
        return next();
    const auto [listId, scope] = d->queue.takeFirst();
    readOne(listId, scope, [this, next] {
        QMetaObject::invokeMethod(
                this, [this, next] { readQueue(next); }, Qt::QueuedConnection);
    });
}

void ReferenceListReader::failList(ReferenceReadResult result, const QString &why,
                                   const std::function<void()> &next)
{
    result.ok = false;
    result.error = why;
    m_results.append(result);
    emit listDone(result);
    next();
}

void ReferenceListReader::readOne(const QString &listId, const QString &scope,
                                  const std::function<void()> &next)
{
    ReferenceReadResult result;
    result.listId = listId;
    result.scope = scope;
    const ReferenceListSpec *spec = d->lists->find(listId);
    result.label = spec ? spec->label : listId;
    if (!spec)
        return failList(result, tr("no such reference list is defined"), next);
    const QString reading = scope.isEmpty() ? tr("Reading %1…").arg(result.label)
                                            : tr("Reading %1 (%2)…").arg(result.label, scope);
    emit progress(reading, 0);
    ReferenceScope referenceScope;
    referenceScope.companyId = m_profile.companyId.trimmed();
    referenceScope.scopeValue = scope;
    ProtocolOptions options;
    options.apiRoot = m_profile.apiRoot;
    d->pull = std::make_unique<ReferenceListPull>(m_schema, *spec, referenceScope, options);
    const auto first = d->pull->firstRequests();
    if (!first)
        return failList(result, first.error(), next);
    d->engine = std::make_unique<SyncEngine>(m_network);
    d->read.clear();
    connect(d->engine.get(), &SyncEngine::pageDone, this,
            [this, reading](const VendorRequest &, const PullPage &page) {
                d->read += page.references;
                emit progress(reading, int(d->read.size()));
            });
    connect(d->engine.get(), &SyncEngine::finished, this,
            [this, result, next](const JobOutcome &outcome) {
                d->engine.release()->deleteLater();
                if (!outcome.isCompleted())
                    return failList(result,
                                    outcome.isCancelled() ? tr("cancelled") : outcome.message(),
                                    next);
                keep(result, next);
            });
    d->engine->runPull(*d->pull, first.value(), *d->settings);
}

void ReferenceListReader::keep(ReferenceReadResult result, const std::function<void()> &next)
{
    // A record a shifting listing showed twice is kept once.
    QVector<ReferenceRecord> records;
    QSet<QString> seen;
    for (const ReferenceRecord &r : std::as_const(d->read))
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            records.append(r);
        }
    const QDateTime readAt = QDateTime::currentDateTimeUtc();
    const Status saved = m_workspace.saveReferenceList(result.listId, m_profile.name, result.scope,
                                                       records, readAt);
    if (!saved)
        return failList(result, saved.error(), next);
    result.ok = true;
    result.records = int(records.size());
    result.inactive = int(std::count_if(records.cbegin(), records.cend(),
                                        [](const ReferenceRecord &r) { return !r.active; }));
    result.readAt = readAt;
    m_results.append(result);
    emit listDone(result);
    next();
}

void ReferenceListReader::finish(const JobOutcome &outcome)
{
    if (d->finished)
        return;
    d->finished = true;
    emit finished(outcome);
}
