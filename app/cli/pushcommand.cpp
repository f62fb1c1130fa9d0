#include "pushcommand.h"

#include "entityschema.h"
#include "pushservice.h"
#include "signinjob.h"
#include "valuecodec.h"
#include "vendorconnection.h"
#include "workspacestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

// What a push needs while it runs on the application's event loop.
struct PushCommand::Run
{
    Connection connection;
    QVector<Record> loaded;
    QHash<qint64, int> rowOf;
    QNetworkAccessManager network;
    std::unique_ptr<PushService> push;
    std::optional<PushService::Plan> plan;
    QFile report;
    int displayField = -1;
    int failed = 0;
};

PushCommand::PushCommand() = default;
PushCommand::~PushCommand() = default;

QString PushCommand::summary() const
{
    return PushCommand::tr("Push a target's rows to a vendor and report every row's result.");
}

std::optional<QVector<int>> PushCommand::parseRows(const QString &spec, int rowCount)
{
    QVector<int> rows;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const int first = ends.value(0).toInt(&okFirst);
        const int last = ends.size() == 2 ? ends.value(1).toInt(&okLast) : first;
        if (!okFirst || (ends.size() == 2 && !okLast) || ends.size() > 2 || first < 1 ||
            last < first || last > rowCount)
            return std::nullopt;
        for (int r = first; r <= last; ++r)
            rows.append(r);
    }
    if (rows.isEmpty())
        return std::nullopt;
    return rows;
}

void PushCommand::start(const QStringList &arguments, CliContext &context,
                        std::function<void(int)> done)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption = workspaceLocationOption();
    const QCommandLineOption targetOption(
            QStringLiteral("target"), PushCommand::tr("The target to push."), QStringLiteral("ID"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           PushCommand::tr("The connection profile."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        PushCommand::tr("Rows to push, in sheet order: 1-20,25."),
                                        QStringLiteral("SPEC"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    PushCommand::tr("Show what would be sent; send nothing."));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          PushCommand::tr("Write one JSON line per row here."),
                                          QStringLiteral("FILE.jsonl"));
    parser.addOptions(
            {workspaceOption, targetOption, profileOption, rowsOption, dryRun, reportOption});
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return done(exitCode);
    auto connection = openConnection(parser.value(workspaceOption), parser.value(targetOption),
                                     parser.value(profileOption), context);
    if (!connection)
        return done(UsageOrFileError);
    m_run = std::make_unique<Run>();
    Run *run = m_run.get();
    run->connection = std::move(*connection);
    const EntitySchema *schema = run->connection.schema;
    const ConnectionProfile *profile = &run->connection.profile;
    WorkspaceStore *workspace = run->connection.workspace.get();
    auto loaded = workspace->loadRecords(*schema);
    if (!loaded) {
        context.err << loaded.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    run->loaded = loaded.value();
    QVector<Record> records = run->loaded;
    QHash<qint64, int> &rowOf = run->rowOf;
    for (int i = 0; i < records.size(); ++i)
        rowOf.insert(records.at(i).id(), i + 1);
    if (parser.isSet(rowsOption)) {
        const auto rows = parseRows(parser.value(rowsOption), int(records.size()));
        if (!rows) {
            context.err << PushCommand::tr("push: --rows '%1' is not a list of rows between 1 and "
                                           "%2 such as 1-20,25.")
                                   .arg(parser.value(rowsOption))
                                   .arg(records.size())
                        << Qt::endl;
            return done(UsageOrFileError);
        }
        QVector<Record> chosen;
        for (int r : *rows)
            chosen.append(records.at(r - 1));
        records = chosen;
    }

    run->push = std::make_unique<PushService>(*workspace, *schema, &run->network);
    PushService &push = *run->push;
    ProtocolOptions options;
    options.apiRoot = profile->apiRoot;
    const Status references = push.useReferences(*profile);
    if (!references) {
        context.err << references.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    auto planned = push.plan(records, options);
    if (!planned) {
        context.err << planned.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    run->plan = std::move(planned).value();
    const PushService::Plan *plan = &*run->plan;
    context.err << PushCommand::tr(
                           "%1: %2 to create, %3 to update, %4 blocked by errors; requests: %5.")
                           .arg(schema->id())
                           .arg(plan->creates)
                           .arg(plan->updates)
                           .arg(plan->blocked.size())
                           .arg(plan->requests.size())
                << Qt::endl;
    if (parser.isSet(dryRun)) {
        for (const VendorRequest &r : plan->requests) {
            context.out << r.requestLine() << Qt::endl
                        << QString::fromUtf8(QJsonDocument::fromJson(r.body).toJson()) << Qt::endl;
        }
        return done(Ok);
    }

    QFile &report = run->report;
    report.setFileName(parser.value(reportOption));
    if (parser.isSet(reportOption) && !report.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        context.err << PushCommand::tr("Cannot write %1: %2")
                               .arg(report.fileName(), report.errorString())
                    << Qt::endl;
        return done(UsageOrFileError);
    }
    run->displayField = schema->indexOf(schema->displayPath());
    const int displayField = run->displayField;
    auto writeLine = [run, &context](int row, const QString &key, const QString &action,
                                     const QString &outcome, const QString &remoteId, int status,
                                     const QString &message) {
        context.out << QStringLiteral("row %1\t%2\t%3\t%4\t%5\t%6")
                               .arg(row)
                               .arg(key, action, outcome, remoteId, message)
                    << Qt::endl;
        if (!run->report.isOpen())
            return;
        QJsonObject o{
                {QStringLiteral("row"), row},           {QStringLiteral("key"), key},
                {QStringLiteral("action"), action},     {QStringLiteral("outcome"), outcome},
                {QStringLiteral("remoteId"), remoteId}, {QStringLiteral("httpStatus"), status},
                {QStringLiteral("message"), message}};
        run->report.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        run->report.flush();
    };
    int &failed = run->failed;
    for (qint64 id : std::as_const(plan->blocked)) {
        const Record &r = run->loaded.at(rowOf.value(id) - 1);
        writeLine(rowOf.value(id),
                  displayField >= 0
                          ? ValueCodec::toText(schema->field(displayField), r.value(displayField))
                          : QString(),
                  QStringLiteral("skip"), QStringLiteral("skipped"), r.remoteId(), 0,
                  plan->unresolved.value(
                          id, PushCommand::tr("not sent: the row has errors (validate shows "
                                              "them)")));
        ++failed;
    }
    if (plan->requests.isEmpty())
        return done(failed ? DataProblems : Ok);

    QObject::connect(&push, &PushService::committed, &push,
                     [run, writeLine](const QVector<SyncLogEntry> &entries) {
                         for (const SyncLogEntry &e : entries) {
                             run->failed += e.outcome == QLatin1String("failed");
                             writeLine(run->rowOf.value(e.recordId), e.rowKey, e.action, e.outcome,
                                       e.remoteId, e.httpStatus, e.message);
                         }
                     });
    QObject::connect(&push, &PushService::commitFailed, &push,
                     [run, &context](const QString &message) {
                         context.err << message << Qt::endl;
                         ++run->failed;
                     });
    const QString target = schema->id();
    QObject::connect(&push, &PushService::finished, &push,
                     [run, &context, done, target](const JobOutcome &) {
                         context.err << PushCommand::tr("%1: %n row(s) failed or skipped.", nullptr,
                                                        run->failed)
                                                .arg(target)
                                     << Qt::endl;
                         done(run->failed ? DataProblems : Ok);
                     });
    SignInJob *signIn = VendorConnection::signInJob(*profile, &run->network, &push);
    const QString profileName = profile->name;
    QObject::connect(signIn, &SignInJob::finished, &push,
                     [run, signIn, &context, done,
                      profileName](const Result<Authenticator::SignedIn> &signedIn) {
                         signIn->deleteLater();
                         if (!signedIn) {
                             context.err << signedIn.error() << Qt::endl;
                             return done(UsageOrFileError);
                         }
                         const Status started =
                                 run->push->start(*run->plan,
                                                  VendorConnection::settings(
                                                          *signIn, signedIn.value(), &run->network),
                                                  profileName);
                         if (!started) {
                             context.err << started.error() << Qt::endl;
                             return done(UsageOrFileError);
                         }
                     });
    signIn->start();
}
