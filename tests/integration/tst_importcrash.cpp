// Kills a process with SIGKILL while it imports again and again through the streamed path (rows
// written on a second thread while the next are made), and proves that every import is whole or
// absent: the workspace holds imports 1 … the last acknowledged one (or the one after it, if it
// committed before the kill), each with all its rows, in order, and nothing of a cut import.
// The child is this program run with --import-burst WORKSPACE: import N saves 2,000 + N % 7
// rows named "N/i", handed over in batches of 300, then prints "ack N", flushed.

#include "killafteracks.h"
#include "schemaregistry.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

const QString kTarget = QStringLiteral("procore.work_order_contract");

int rowsOf(int import)
{
    return 2000 + import % 7;
}

int importBurst(const QString &file)
{
    auto registry = SchemaRegistry::loadBuiltIn();
    if (!registry)
        return 2;
    const EntitySchema &schema = *registry.value().find(kTarget);
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, registry.value());
    if (!ws) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(ws.error()));
        return 2;
    }
    const int number = schema.indexOf(QStringLiteral("number"));
    for (int n = 1; n <= 100000; ++n) {
        const auto saved = ws.value()->insertStreamed(
                schema, QStringLiteral("burst-%1.csv").arg(n), [&](const RecordSink &sink) {
                    QVector<Record> batch;
                    for (int i = 0; i < rowsOf(n); ++i) {
                        Record r(schema.fieldCount());
                        r.setValue(number, QStringLiteral("%1/%2").arg(n).arg(i));
                        batch.append(r);
                        if (batch.size() == 300)
                            sink(std::exchange(batch, {}));
                    }
                    sink(std::move(batch));
                    return Status();
                });
        if (!saved) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(saved.error()));
            return 1;
        }
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void importIsWholeOrAbsentAfterSigkill_data();
    void importIsWholeOrAbsentAfterSigkill();
};

void TestImportCrash::importIsWholeOrAbsentAfterSigkill_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("first") << 1;
    QTest::newRow("early") << 3;
    QTest::newRow("later") << 8;
}

void TestImportCrash::importIsWholeOrAbsentAfterSigkill()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a POSIX signal");
#else
    QFETCH(int, killAfter);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("imports.cdw"));
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    const EntitySchema &schema = *registry.value().find(kTarget);
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, registry.value());
        QVERIFY(ws);
    }
    const Result<int> acked =
            KillAfterAcks::run(QCoreApplication::applicationFilePath(),
                               {QStringLiteral("--import-burst"), file}, killAfter, 60000);
    QVERIFY2(acked, qPrintable(acked.error()));
    const int lastAck = acked.value();

    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, registry.value());
    QVERIFY2(ws, qPrintable(ws.error()));
    const auto rows = ws.value()->loadRecords(schema);
    QVERIFY2(rows, qPrintable(rows.error()));
    const int number = schema.indexOf(QStringLiteral("number"));
    // Imports 1 … kept, each whole and in order.
    int expected = 0;
    int kept = 0;
    for (int n = 1; expected < rows->size(); ++n) {
        for (int i = 0; i < rowsOf(n); ++i, ++expected) {
            QVERIFY2(expected < rows->size(),
                     qPrintable(QStringLiteral("import %1 cut at row %2").arg(n).arg(i)));
            QCOMPARE(rows->at(expected).value(number).toString(),
                     QStringLiteral("%1/%2").arg(n).arg(i));
        }
        kept = n;
    }
    QVERIFY2(kept == lastAck || kept == lastAck + 1,
             qPrintable(QStringLiteral("%1 imports kept, last ack %2").arg(kept).arg(lastAck)));
#endif
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--import-burst") == 0) {
        QCoreApplication app(argc, argv);
        return importBurst(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestImportCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_importcrash.moc"
