// pushbench TARGET ROWS LATENCY_MS: pushes ROWS generated rows from a fresh workspace file to a
// stand-in that answers each request after LATENCY_MS, end to end with every result committed
// to the workspace, and prints the wall time. The figures in docs/PERFORMANCE.md come from it.

#include "pushservice.h"
#include "schemaregistry.h"
#include "standinthread.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: pushbench TARGET ROWS LATENCY_MS\n");
        return 2;
    }
    const auto registry = SchemaRegistry::loadBuiltIn().value();
    const EntitySchema *schema = registry.find(args.at(1));
    if (!schema)
        return 2;
    const int rows = args.at(2).toInt();
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("bench.cdw")),
                                     Workspace::OpenMode::CreateIfMissing);
    QVector<Record> records;
    auto set = [&](Record &r, const char *path, const QVariant &v) {
        const int i = schema->indexOf(QString::fromLatin1(path));
        if (i >= 0)
            r.setValue(i, v);
    };
    for (int n = 0; n < rows; ++n) {
        Record r(schema->fieldCount());
        set(r, "project_id", qint64(562949953421612));
        set(r, "contract_id", qint64(77));
        set(r, "number", QStringLiteral("N-%1").arg(n));
        set(r, "title", QStringLiteral("Row %1").arg(n));
        set(r, "name", QStringLiteral("Row %1").arg(n));
        set(r, "sourceId", QStringLiteral("S-%1").arg(n));
        set(r, "projectId", qint64(3001));
        set(r, "associatedAgreementCode", QStringLiteral("C-1"));
        set(r, "type", QStringLiteral("COMMITMENT"));
        set(r, "project.id", QStringLiteral("P-100"));
        set(r, "customer.id", QStringLiteral("BTI"));
        set(r, "contractDate", QDate(2026, 4, 1));
        records.append(r);
    }
    if (const Status inserted = workspace.value()->insertRecords(*schema, records); !inserted) {
        qCritical("%s", qUtf8Printable(inserted.error()));
        return 1;
    }

    StandinThread standin(
            *schema, [&](MockVendorServer &server) { server.answerDelayMs = args.at(3).toInt(); });
    const QUrl baseUrl = standin.baseUrl();
    QNetworkAccessManager network;
    PushService push(*workspace.value(), *schema, &network);
    SyncEngine::Settings settings;
    settings.baseUrl = baseUrl;
    settings.headers = {{"Authorization", "Bearer test-token"}, {"Procore-Company-Id", "4264"}};
    settings.maxConcurrent = schema->vendor() == QLatin1String("intacct") ? 2 : 4;
    int committed = 0;
    QObject::connect(&push, &PushService::committed, [&](const QVector<SyncLogEntry> &entries) {
        committed += int(entries.size());
    });
    QElapsedTimer timer;
    timer.start();
    auto plan = push.plan(workspace.value()->loadRecords(*schema).value());
    const qint64 planMs = timer.elapsed();
    QEventLoop loop;
    QObject::connect(&push, &PushService::finished, &loop, &QEventLoop::quit);
    if (!push.start(plan.value(), settings, QStringLiteral("bench")))
        return 1;
    loop.exec();
    const qint64 totalMs = timer.elapsed();
    int created = 0;
    standin.call([&](MockVendorServer &server) { created = server.createCount(); });
    std::printf("%s: %d rows, %lld requests, %d results committed, %d created at the stand-in; "
                "plan %lld ms, total %lld ms\n",
                qPrintable(schema->id()), rows, qint64(plan->requests.size()), committed, created,
                planMs, totalMs);
    return committed == rows && created == rows ? 0 : 1;
}
