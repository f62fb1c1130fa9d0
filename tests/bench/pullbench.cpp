// pullbench TARGET RECORDS LATENCY_MS: a stand-in holding RECORDS records answers each listing
// request after LATENCY_MS; the pull reads them all back through the sync engine (paged, pages
// fetched concurrently once the first tells the total) and stores the snapshot in a fresh
// workspace file. Prints the wall time; the figures in docs/PERFORMANCE.md come from it.

#include "pullservice.h"
#include "schemaregistry.h"
#include "standinthread.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: pullbench TARGET RECORDS LATENCY_MS\n");
        return 2;
    }
    const auto registry = SchemaRegistry::loadBuiltIn().value();
    const EntitySchema *schema = registry.find(args.at(1));
    if (!schema)
        return 2;
    const int count = args.at(2).toInt();
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("bench.cdw")),
                                     Workspace::OpenMode::CreateIfMissing);

    const qint64 project = schema->vendor() == QLatin1String("primavera") ? 3001 : 562949953421612;
    StandinThread standin(*schema, [&](MockVendorServer &server) {
        server.answerDelayMs = args.at(3).toInt();
        for (int n = 0; n < count; ++n) {
            QJsonObject o{{QStringLiteral("number"), QStringLiteral("N-%1").arg(n)},
                          {QStringLiteral("title"), QStringLiteral("Row %1").arg(n)},
                          {QStringLiteral("name"), QStringLiteral("Row %1").arg(n)},
                          {QStringLiteral("itemCode"), QStringLiteral("C-%1").arg(n)},
                          {QStringLiteral("origin_id"), QStringLiteral("ERP-%1").arg(n)},
                          {QStringLiteral("retainage_percent"), QStringLiteral("10.0")},
                          {QStringLiteral("status"), QStringLiteral("Approved")},
                          {QStringLiteral("project_id"), project},
                          {QStringLiteral("projectId"), project}};
            server.addRemoteOnly(o);
        }
    });
    const QUrl baseUrl = standin.baseUrl();
    QNetworkAccessManager network;
    PullService pull(*workspace.value(), *schema, &network);
    SyncEngine::Settings settings;
    settings.baseUrl = baseUrl;
    settings.headers = {{"Authorization", "Bearer test-token"}, {"Procore-Company-Id", "4264"}};
    settings.maxConcurrent = schema->vendor() == QLatin1String("intacct") ? 2 : 4;
    PullScope scope;
    scope.projectId = QString::number(project);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    bool saved = false;
    QObject::connect(&pull, &PullService::finished, &loop, [&](const JobOutcome &outcome) {
        saved = outcome.isCompleted();
        loop.quit();
    });
    if (!pull.start({scope}, settings, QStringLiteral("bench"))) {
        std::fprintf(stderr, "%s\n", qPrintable(pull.error()));
        return 1;
    }
    loop.exec();
    const qint64 totalMs = timer.elapsed();
    int requests = 0;
    standin.call([&](MockVendorServer &server) { requests = server.pullRequestCount(); });
    if (!saved)
        std::fprintf(stderr, "%s\n", qPrintable(pull.error()));
    std::printf("%s: %d records held, %lld read and saved in %d requests; total %lld ms\n",
                qPrintable(schema->id()), count, qint64(pull.records().size()), requests, totalMs);
    return saved && pull.records().size() == count ? 0 : 1;
}
