#include "refscommand.h"

#include "entityschema.h"
#include "referenceprotocol.h"
#include "referenceresolver.h"
#include "signinjob.h"
#include "syncengine.h"
#include "vendorconnection.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

// What a reading holds while it runs on the event loop.
struct CliReferenceReader::State
{
    std::optional<ReferenceListRegistry> lists;
    QNetworkAccessManager network;
    SignInJob *signIn = nullptr;
    std::optional<SyncEngine::Settings> settings;
    QVector<QPair<QString, QString>> queue; // (list id, scope) still to read
    std::unique_ptr<ReferenceListPull> pull;
    std::unique_ptr<SyncEngine> engine;
    QVector<ReferenceRecord> read;
    bool finished = false;
};

CliReferenceReader::CliReferenceReader(Workspace &workspace, const EntitySchema &schema,
                                       const ConnectionProfile &profile, QVector<Record> records,
                                       bool all, QTextStream &err, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
    , m_workspace(workspace)
    , m_schema(schema)
    , m_profile(profile)
    , m_records(std::move(records))
    , m_all(all)
    , m_err(err)
{}

CliReferenceReader::~CliReferenceReader()
{
    if (d->signIn)
        d->signIn->abort();
}

bool CliReferenceReader::anyFailed() const
{
    return std::any_of(m_results.cbegin(), m_results.cend(),
                       [](const ReferenceReadResult &r) { return !r.ok; });
}

Result<ReferenceResolver> CliReferenceReader::resolverFor(Workspace &workspace,
                                                          const EntitySchema &schema,
                                                          const ConnectionProfile &profile)
{
    auto resolver = ReferenceResolver::load(workspace, schema, profile.name);
    if (!resolver)
        return resolver;
    const QString project = profile.projectId.trimmed();
    if (!project.isEmpty()) {
        for (int i = 0; i < schema.fieldCount(); ++i) {
            const QString &scope = schema.field(i).referenceScope;
            if (!scope.isEmpty())
                resolver.value().setDefaultScope(scope, project);
        }
    }
    return resolver;
}

QVector<QPair<QString, QString>> CliReferenceReader::unscopedToRead() const
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

Result<QVector<QPair<QString, QString>>> CliReferenceReader::scopedToRead() const
{
    using Lists = QVector<QPair<QString, QString>>;
    auto resolver = resolverFor(m_workspace, m_schema, m_profile);
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

void CliReferenceReader::start()
{
    auto registry = ReferenceListRegistry::loadBuiltIn();
    if (!registry) {
        m_error = registry.error();
        QMetaObject::invokeMethod(
                this, [this] { finish(JobOutcome::failed(m_error)); }, Qt::QueuedConnection);
        return;
    }
    d->lists = std::move(registry.value());
    d->queue = unscopedToRead();
    // Lists scoped by others are known once those are kept.
    const auto thenScoped = [this] {
        const auto scoped = scopedToRead();
        if (!scoped) {
            m_error = scoped.error();
            return finish(JobOutcome::failed(m_error));
        }
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

void CliReferenceReader::signInThen(const std::function<void()> &next)
{
    if (d->settings) {
        QMetaObject::invokeMethod(this, next, Qt::QueuedConnection);
        return;
    }
    m_err << tr("refs: signing in to %1 through profile '%2'…")
                     .arg(m_schema.vendorLabel(), m_profile.name)
          << Qt::endl;
    d->signIn = VendorConnection::signInJob(m_profile, &d->network, this);
    connect(d->signIn, &SignInJob::finished, this,
            [this, next](const Result<Authenticator::SignedIn> &signedIn) {
                SignInJob *job = d->signIn;
                if (!signedIn) {
                    d->signIn = nullptr;
                    job->deleteLater();
                    m_error = signedIn.error();
                    return finish(JobOutcome::failed(m_error));
                }
                // The job stays: renewals sign in again with its secret.
                d->settings = VendorConnection::settings(*job, signedIn.value(), &d->network);
                d->signIn = nullptr;
                next();
            });
    d->signIn->start();
}

void CliReferenceReader::readQueue(const std::function<void()> &next)
{
    if (d->queue.isEmpty())
        return next();
    const auto [listId, scope] = d->queue.takeFirst();
    readOne(listId, scope, [this, next] {
        QMetaObject::invokeMethod(
                this, [this, next] { readQueue(next); }, Qt::QueuedConnection);
    });
}

void CliReferenceReader::readOne(const QString &listId, const QString &scope,
                                 const std::function<void()> &next)
{
    ReferenceReadResult result;
    result.listId = listId;
    result.scope = scope;
    const ReferenceListSpec *spec = d->lists->find(listId);
    result.label = spec ? spec->label : listId;
    const auto failed = [this, next](ReferenceReadResult r, const QString &why) {
        r.ok = false;
        r.error = why;
        m_err << (r.scope.isEmpty() ? tr("refs: %1 not read: %2").arg(r.label, why)
                                    : tr("refs: %1 (%2) not read: %3").arg(r.label, r.scope, why))
              << Qt::endl;
        m_results.append(r);
        next();
    };
    if (!spec)
        return failed(result, tr("no such reference list is defined"));
    m_err << (scope.isEmpty() ? tr("refs: reading %1…").arg(result.label)
                              : tr("refs: reading %1 (%2)…").arg(result.label, scope))
          << Qt::endl;
    ReferenceScope referenceScope;
    referenceScope.companyId = m_profile.companyId.trimmed();
    referenceScope.scopeValue = scope;
    ProtocolOptions options;
    options.apiRoot = m_profile.apiRoot;
    d->pull = std::make_unique<ReferenceListPull>(m_schema, *spec, referenceScope, options);
    const auto first = d->pull->firstRequests();
    if (!first)
        return failed(result, first.error());
    d->engine = std::make_unique<SyncEngine>(&d->network);
    d->read.clear();
    connect(d->engine.get(), &SyncEngine::pageDone, this,
            [this](const VendorRequest &, const PullPage &page) { d->read += page.references; });
    connect(d->engine.get(), &SyncEngine::finished, this,
            [this, result, failed, next](const JobOutcome &outcome) mutable {
                d->engine.release()->deleteLater();
                if (!outcome.isCompleted())
                    return failed(result,
                                  outcome.isCancelled() ? tr("cancelled") : outcome.message());
                // A record a shifting listing showed twice is kept once.
                QVector<ReferenceRecord> records;
                QSet<QString> seen;
                for (const ReferenceRecord &r : std::as_const(d->read))
                    if (!seen.contains(r.id)) {
                        seen.insert(r.id);
                        records.append(r);
                    }
                const QDateTime readAt = QDateTime::currentDateTimeUtc();
                const Status saved = m_workspace.saveReferenceList(result.listId, m_profile.name,
                                                                   result.scope, records, readAt);
                if (!saved)
                    return failed(result, saved.error());
                result.ok = true;
                result.records = int(records.size());
                result.inactive =
                        int(std::count_if(records.cbegin(), records.cend(),
                                          [](const ReferenceRecord &r) { return !r.active; }));
                result.readAt = readAt;
                m_results.append(result);
                next();
            });
    d->engine->runPull(*d->pull, first.value(), *d->settings);
}

void CliReferenceReader::finish(const JobOutcome &outcome)
{
    if (d->finished)
        return;
    d->finished = true;
    emit finished(outcome);
}

// --- refs ---

struct RefsCommand::Run
{
    Connection connection;
    std::unique_ptr<CliReferenceReader> reader;
};

RefsCommand::RefsCommand() = default;
RefsCommand::~RefsCommand() = default;

QString RefsCommand::summary() const
{
    return RefsCommand::tr("Read the vendor's lists a target's references point to (vendors, "
                           "customers, projects) and keep them in the workspace.");
}

void RefsCommand::printText(QTextStream &out, const QVector<ReferenceReadResult> &results)
{
    for (const ReferenceReadResult &r : results) {
        const QString what = r.scope.isEmpty()
                                     ? r.label
                                     : RefsCommand::tr("%1 (scope %2)").arg(r.label, r.scope);
        if (!r.ok) {
            out << RefsCommand::tr("%1: not read (%2); the list kept before stays.")
                            .arg(what, r.error)
                << Qt::endl;
            continue;
        }
        out << RefsCommand::tr("%1: %2 read (%3 inactive) at %4")
                        .arg(what)
                        .arg(r.records)
                        .arg(r.inactive)
                        .arg(r.readAt.toString(Qt::ISODate))
            << Qt::endl;
    }
}

QByteArray RefsCommand::toJson(const QVector<ReferenceReadResult> &results)
{
    QJsonArray array;
    for (const ReferenceReadResult &r : results) {
        QJsonObject o{
                {QStringLiteral("list"), r.listId},
                {QStringLiteral("label"), r.label},
                {QStringLiteral("scope"),
                 r.scope.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.scope)},
                {QStringLiteral("status"),
                 r.ok ? QStringLiteral("read") : QStringLiteral("failed")},
                {QStringLiteral("records"), r.records},
                {QStringLiteral("inactive"), r.inactive},
                {QStringLiteral("readAt"),
                 r.ok ? QJsonValue(r.readAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("error"),
                 r.ok ? QJsonValue(QJsonValue::Null) : QJsonValue(r.error)},
        };
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void RefsCommand::start(const QStringList &arguments, CliContext &context,
                        std::function<void(int)> done)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             RefsCommand::tr("The workspace file (*.cdw)."),
                                             QStringLiteral("W"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          RefsCommand::tr("The target whose references to read."),
                                          QStringLiteral("ID"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           RefsCommand::tr("The connection profile."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          RefsCommand::tr("Output format: text or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({workspaceOption, targetOption, profileOption, formatOption});
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return done(exitCode);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        context.err << RefsCommand::tr("refs: --format is text or json, not '%1'.").arg(format)
                    << Qt::endl;
        return done(UsageOrFileError);
    }
    auto connection = openConnection(parser.value(workspaceOption), parser.value(targetOption),
                                     parser.value(profileOption), context);
    if (!connection)
        return done(UsageOrFileError);
    m_run = std::make_unique<Run>();
    Run *run = m_run.get();
    run->connection = std::move(*connection);
    Workspace &workspace = *run->connection.workspace;
    const auto local = workspace.loadRecords(*run->connection.schema);
    if (!local) {
        context.err << local.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    run->reader = std::make_unique<CliReferenceReader>(workspace, *run->connection.schema,
                                                       run->connection.profile, local.value(), true,
                                                       context.err);
    QObject::connect(run->reader.get(), &CliReferenceReader::finished, run->reader.get(),
                     [run, format, &context, done](const JobOutcome &outcome) {
                         if (!outcome.isCompleted()) {
                             context.err << RefsCommand::tr("refs: %1").arg(outcome.message())
                                         << Qt::endl;
                             return done(UsageOrFileError);
                         }
                         const auto &results = run->reader->results();
                         if (format == QLatin1String("json"))
                             context.out << toJson(results);
                         else
                             printText(context.out, results);
                         context.out.flush();
                         done(run->reader->anyFailed() ? DataProblems : Ok);
                     });
    run->reader->start();
}
