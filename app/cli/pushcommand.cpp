#include "pushcommand.h"

#include "entityschema.h"
#include "pushservice.h"
#include "valuecodec.h"
#include "vendorconnection.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

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

int PushCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             PushCommand::tr("The workspace file (*.cdw)."),
                                             QStringLiteral("W"));
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
        return exitCode;
    auto connection = openConnection(parser.value(workspaceOption), parser.value(targetOption),
                                     parser.value(profileOption), context);
    if (!connection)
        return UsageOrFileError;
    const EntitySchema *schema = connection->schema;
    const ConnectionProfile *profile = &connection->profile;
    Workspace *workspace = connection->workspace.get();
    auto loaded = workspace->loadRecords(*schema);
    if (!loaded) {
        context.err << loaded.error() << Qt::endl;
        return UsageOrFileError;
    }
    QVector<Record> records = loaded.value();
    QHash<qint64, int> rowOf;
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
            return UsageOrFileError;
        }
        QVector<Record> chosen;
        for (int r : *rows)
            chosen.append(records.at(r - 1));
        records = chosen;
    }

    QNetworkAccessManager network;
    PushService push(*workspace, *schema, &network);
    ProtocolOptions options;
    options.apiRoot = profile->apiRoot;
    auto plan = push.plan(records, options);
    if (!plan) {
        context.err << plan.error() << Qt::endl;
        return UsageOrFileError;
    }
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
        return Ok;
    }

    QFile report(parser.value(reportOption));
    if (parser.isSet(reportOption) && !report.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        context.err << PushCommand::tr("Cannot write %1: %2")
                               .arg(report.fileName(), report.errorString())
                    << Qt::endl;
        return UsageOrFileError;
    }
    const int displayField = schema->indexOf(schema->displayPath());
    auto writeLine = [&](int row, const QString &key, const QString &action, const QString &outcome,
                         const QString &remoteId, int status, const QString &message) {
        context.out << QStringLiteral("row %1\t%2\t%3\t%4\t%5\t%6")
                               .arg(row)
                               .arg(key, action, outcome, remoteId, message)
                    << Qt::endl;
        if (!report.isOpen())
            return;
        QJsonObject o{
                {QStringLiteral("row"), row},           {QStringLiteral("key"), key},
                {QStringLiteral("action"), action},     {QStringLiteral("outcome"), outcome},
                {QStringLiteral("remoteId"), remoteId}, {QStringLiteral("httpStatus"), status},
                {QStringLiteral("message"), message}};
        report.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        report.flush();
    };
    int failed = 0;
    for (qint64 id : std::as_const(plan->blocked)) {
        const Record &r = loaded->at(rowOf.value(id) - 1);
        writeLine(rowOf.value(id),
                  displayField >= 0
                          ? ValueCodec::toText(schema->field(displayField), r.value(displayField))
                          : QString(),
                  QStringLiteral("skip"), QStringLiteral("skipped"), r.remoteId(), 0,
                  PushCommand::tr("not sent: the row has errors (validate shows them)"));
        ++failed;
    }
    if (plan->requests.isEmpty())
        return failed ? DataProblems : Ok;

    const auto engine = VendorConnection::signIn(*profile, &network);
    if (!engine) {
        context.err << engine.error() << Qt::endl;
        return UsageOrFileError;
    }
    QObject::connect(&push, &PushService::committed, &push,
                     [&](const QVector<SyncLogEntry> &entries) {
                         for (const SyncLogEntry &e : entries) {
                             failed += e.outcome == QLatin1String("failed");
                             writeLine(rowOf.value(e.recordId), e.rowKey, e.action, e.outcome,
                                       e.remoteId, e.httpStatus, e.message);
                         }
                     });
    QObject::connect(&push, &PushService::commitFailed, &push, [&](const QString &message) {
        context.err << message << Qt::endl;
        ++failed;
    });
    QEventLoop loop;
    QObject::connect(&push, &PushService::finished, &loop, &QEventLoop::quit);
    const Status started = push.start(plan.value(), engine.value(), profile->name);
    if (!started) {
        context.err << started.error() << Qt::endl;
        return UsageOrFileError;
    }
    loop.exec();
    context.err << PushCommand::tr("%1: %n row(s) failed or skipped.", nullptr, failed)
                           .arg(schema->id())
                << Qt::endl;
    return failed ? DataProblems : Ok;
}
