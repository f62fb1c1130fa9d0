// Kills a process with SIGKILL while it refreshes a reference list again and again, and proves
// that the workspace then holds one whole list: the last acknowledged read or the one after it,
// never a mix of two reads or a list cut short. The child is this program run with
// --refresh-burst WORKSPACE: read N keeps a list of 1,000 + N % 7 records, each named "N/i",
// read at N seconds past the epoch, and then prints "ack N" on its own line, flushed.

#include "killafteracks.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

namespace {

const QString kList = QStringLiteral("procore.vendors");
const QString kProfile = QStringLiteral("crash");

int expectedCount(int read)
{
    return 1000 + read % 7;
}

int refreshBurst(const QString &file)
{
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    if (!ws) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(ws.error()));
        return 2;
    }
    for (int n = 1; n <= 1000000; ++n) {
        QVector<ReferenceRecord> records(expectedCount(n));
        for (int i = 0; i < records.size(); ++i) {
            records[i].id = QString::number(Q_INT64_C(9007199254740993) + i);
            records[i].name = QStringLiteral("%1/%2").arg(n).arg(i);
            records[i].aliases = {QStringLiteral(u"Lauf %1").arg(n)};
        }
        const Status saved = ws.value()->saveReferenceList(
                kList, kProfile, QString(), records, QDateTime::fromSecsSinceEpoch(n, Qt::UTC));
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error()));
            return 1;
        }
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestReferenceCrash : public QObject
{
    Q_OBJECT

private slots:
    void refreshIsWholeAfterSigkill_data();
    void refreshIsWholeAfterSigkill();
};

void TestReferenceCrash::refreshIsWholeAfterSigkill_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("first") << 1;
    QTest::newRow("early") << 4;
    QTest::newRow("later") << 15;
}

void TestReferenceCrash::refreshIsWholeAfterSigkill()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a POSIX signal");
#else
    QFETCH(int, killAfter);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("refs.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
    }
    const Result<int> acked =
            KillAfterAcks::run(QCoreApplication::applicationFilePath(),
                               {QStringLiteral("--refresh-burst"), file}, killAfter, 20000);
    QVERIFY2(acked, qPrintable(acked.error()));
    const int lastAck = acked.value();

    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY2(ws, qPrintable(ws.error()));
    const auto loaded = ws.value()->loadReferenceList(kList, kProfile, QString());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(loaded.value().has_value());
    const KeptReferenceList &list = *loaded.value();
    const int read = int(list.readAt.toSecsSinceEpoch());
    // The last acknowledged read, or the next one if it committed before the kill.
    QVERIFY2(read == lastAck || read == lastAck + 1,
             qPrintable(QStringLiteral("read %1 kept, last ack %2").arg(read).arg(lastAck)));
    QCOMPARE(list.recordCount, expectedCount(read));
    QCOMPARE(list.records.size(), expectedCount(read));
    for (int i = 0; i < list.records.size(); ++i) {
        const ReferenceRecord &r = list.records.at(i);
        QCOMPARE(r.name, QStringLiteral("%1/%2").arg(read).arg(i));
        QCOMPARE(r.id, QString::number(Q_INT64_C(9007199254740993) + i));
        QCOMPARE(r.aliases, QStringList{QStringLiteral(u"Lauf %1").arg(read)});
    }
    QCOMPARE(ws.value()->referenceListsOf(kProfile).size(), 1);
#endif
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--refresh-burst") == 0) {
        QCoreApplication app(argc, argv);
        return refreshBurst(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestReferenceCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_referencecrash.moc"
