#include "pullcommand.h"

#include "entityschema.h"
#include "pullservice.h"
#include "vendorconnection.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

QString PullCommand::summary() const
{
    return PullCommand::tr("Read back what a vendor holds for a target and keep it in the "
                           "workspace for diff.");
}

int PullCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             PullCommand::tr("The workspace file (*.cdw)."),
                                             QStringLiteral("W"));
    const QCommandLineOption targetOption(
            QStringLiteral("target"), PullCommand::tr("The target to pull."), QStringLiteral("ID"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           PullCommand::tr("The connection profile."),
                                           QStringLiteral("NAME"));
    parser.addOptions({workspaceOption, targetOption, profileOption});
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
    const auto local = workspace->loadRecords(*schema);
    if (!local) {
        context.err << local.error() << Qt::endl;
        return UsageOrFileError;
    }
    const auto scope = PullService::scopeFor(*schema, *profile, local.value());
    if (!scope) {
        context.err << scope.error() << Qt::endl;
        return UsageOrFileError;
    }
    QNetworkAccessManager network;
    const auto engine = VendorConnection::signIn(*profile, &network);
    if (!engine) {
        context.err << engine.error() << Qt::endl;
        return UsageOrFileError;
    }
    PullService pull(*workspace, *schema, &network);
    ProtocolOptions options;
    options.apiRoot = profile->apiRoot;
    QEventLoop loop;
    bool saved = false;
    QObject::connect(&pull, &PullService::finished, &loop, [&](bool ok) {
        saved = ok;
        loop.quit();
    });
    if (!pull.start(scope.value(), engine.value(), profile->name, options)) {
        context.err << pull.error() << Qt::endl;
        return UsageOrFileError;
    }
    loop.exec();
    if (!saved) {
        context.err << PullCommand::tr("pull: %1").arg(pull.error()) << Qt::endl;
        return UsageOrFileError;
    }
    context.out << PullCommand::tr("%1: %n record(s) read from %2 through profile '%3' "
                                   "(HTTP requests: %4); kept as the snapshot of %5.",
                                   nullptr, int(pull.records().size()))
                           .arg(schema->id(), schema->vendorLabel(), profile->name)
                           .arg(pull.engine().attempts())
                           .arg(pull.snapshot().pulledAt.toString(Qt::ISODate))
                << Qt::endl;
    return Ok;
}
