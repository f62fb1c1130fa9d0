#include "pullcommand.h"

#include "entityschema.h"
#include "pullservice.h"
#include "signinjob.h"
#include "vendorconnection.h"
#include "workspacestore.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

// What a pull needs while it runs on the application's event loop.
struct PullCommand::Run
{
    Connection connection;
    QNetworkAccessManager network;
    std::unique_ptr<PullService> pull;
};

PullCommand::PullCommand() = default;
PullCommand::~PullCommand() = default;

QString PullCommand::summary() const
{
    return PullCommand::tr("Read back what a vendor holds for a target and keep it in the "
                           "workspace for diff.");
}

void PullCommand::start(const QStringList &arguments, CliContext &context,
                        std::function<void(int)> done)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption = workspaceLocationOption();
    const QCommandLineOption targetOption(
            QStringLiteral("target"), PullCommand::tr("The target to pull."), QStringLiteral("ID"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           PullCommand::tr("The connection profile."),
                                           QStringLiteral("NAME"));
    parser.addOptions({workspaceOption, targetOption, profileOption});
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
    const ConnectionProfile profile = run->connection.profile;
    WorkspaceStore *workspace = run->connection.workspace.get();
    const auto local = workspace->loadRecords(*schema);
    if (!local) {
        context.err << local.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    const auto scope = PullService::scopeFor(*schema, profile, local.value());
    if (!scope) {
        context.err << scope.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    run->pull = std::make_unique<PullService>(*workspace, *schema, &run->network);
    PullService &pull = *run->pull;
    QObject::connect(
            &pull, &PullService::finished, &pull,
            [run, schema, profile, &context, done](const JobOutcome &outcome) {
                if (!outcome.isCompleted()) {
                    context.err << PullCommand::tr("pull: %1").arg(run->pull->error()) << Qt::endl;
                    return done(UsageOrFileError);
                }
                context.out << PullCommand::tr("%1: %n record(s) read from %2 through profile "
                                               "'%3' (HTTP requests: %4); kept as the snapshot "
                                               "of %5.",
                                               nullptr, int(run->pull->records().size()))
                                       .arg(schema->id(), schema->vendorLabel(), profile.name)
                                       .arg(run->pull->engine().attempts())
                                       .arg(run->pull->snapshot().pulledAt.toString(Qt::ISODate))
                            << Qt::endl;
                done(Ok);
            });
    SignInJob *signIn = VendorConnection::signInJob(profile, &run->network, &pull);
    const QVector<PullScope> scopes = scope.value();
    QObject::connect(signIn, &SignInJob::finished, &pull,
                     [run, signIn, scopes, profile, &context,
                      done](const Result<Authenticator::SignedIn> &signedIn) {
                         signIn->deleteLater();
                         if (!signedIn) {
                             context.err << signedIn.error() << Qt::endl;
                             return done(UsageOrFileError);
                         }
                         ProtocolOptions options;
                         options.apiRoot = profile.apiRoot;
                         if (!run->pull->start(scopes,
                                               VendorConnection::settings(*signIn, signedIn.value(),
                                                                          &run->network),
                                               profile.name, options)) {
                             context.err << run->pull->error() << Qt::endl;
                             return done(UsageOrFileError);
                         }
                     });
    signIn->start();
}
