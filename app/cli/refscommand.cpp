#include "refscommand.h"

#include "entityschema.h"
#include "workspacestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

// --- refs ---

struct RefsCommand::Run
{
    Connection connection;
    QNetworkAccessManager network;
    std::unique_ptr<ReferenceListReader> reader;
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

std::unique_ptr<ReferenceListReader>
RefsCommand::makeReader(Connection &connection, QVector<Record> records, bool all,
                        QNetworkAccessManager *network, QTextStream &err, const QString &command)
{
    auto reader = std::make_unique<ReferenceListReader>(*connection.workspace, *connection.schema,
                                                        connection.profile, std::move(records), all,
                                                        network);
    // Each step once, not each page.
    QObject::connect(reader.get(), &ReferenceListReader::progress, reader.get(),
                     [&err, command](const QString &message, int recordsRead) {
                         if (recordsRead == 0)
                             err << QStringLiteral("%1: %2").arg(command, message) << Qt::endl;
                     });
    QObject::connect(reader.get(), &ReferenceListReader::listDone, reader.get(),
                     [&err, command](const ReferenceReadResult &r) {
                         if (r.ok)
                             return;
                         err << (r.scope.isEmpty()
                                         ? RefsCommand::tr("%1: %2 not read: %3")
                                                   .arg(command, r.label, r.error)
                                         : RefsCommand::tr("%1: %2 (%3) not read: %4")
                                                   .arg(command, r.label, r.scope, r.error))
                             << Qt::endl;
                     });
    return reader;
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
    const QCommandLineOption workspaceOption = workspaceLocationOption();
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
    WorkspaceStore &workspace = *run->connection.workspace;
    const auto local = workspace.loadRecords(*run->connection.schema);
    if (!local) {
        context.err << local.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    run->reader = makeReader(run->connection, local.value(), true, &run->network, context.err,
                             QStringLiteral("refs"));
    QObject::connect(run->reader.get(), &ReferenceListReader::finished, run->reader.get(),
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
