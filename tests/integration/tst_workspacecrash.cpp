// Kills a process with SIGKILL in the middle of a burst of edits and proves that every edit it
// acknowledged is in the workspace file when it is opened again.

#include "demoworkspace.h"
#include "entityschema.h"
#include "killafteracks.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestWorkspaceCrash : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedEditsSurviveSigkill_data();
    void acknowledgedEditsSurviveSigkill();
};

void TestWorkspaceCrash::acknowledgedEditsSurviveSigkill_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("early") << 7;
    QTest::newRow("mid-burst") << 150;
    QTest::newRow("late") << 600;
}

void TestWorkspaceCrash::acknowledgedEditsSurviveSigkill()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a POSIX signal");
#else
    QFETCH(int, killAfter);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("crash.cdw"));
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    const EntitySchema *schema = registry->find(QStringLiteral("primavera.commitment"));
    QVERIFY(schema);
    int rows = 0;
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        QVERIFY(DemoWorkspace::populate(*ws.value(), registry.value()));
        rows = ws.value()->recordCount(schema->id());
        QVERIFY(rows >= 3);
    }

    const Result<int> acked = KillAfterAcks::run(QStringLiteral(EDIT_BURST_EXE),
                                                 {file, schema->id()}, killAfter, 10000);
    QVERIFY2(acked, qPrintable(acked.error()));
    const int lastAck = acked.value();

    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY2(ws, qPrintable(ws.error()));
    const auto records = ws.value()->loadRecords(*schema);
    QVERIFY(records);
    QCOMPARE(records->size(), rows);
    const int column = schema->indexOf(schema->displayPath());
    for (int row = 0; row < rows; ++row) {
        // The newest acknowledged edit of this row: the largest n <= lastAck with n % rows == row.
        int expected = lastAck - ((lastAck - row) % rows + rows) % rows;
        const QString text =
                ValueCodec::toText(schema->field(column), records->at(row).value(column));
        if (expected < 1)
            continue; // never acknowledged an edit of this row
        QVERIFY2(text.startsWith(QStringLiteral("edit-")), qPrintable(text));
        const int found = text.mid(5).toInt();
        // The edit after the last ack may have committed before the kill; nothing older may
        // be there.
        QVERIFY2(found == expected || (found == lastAck + 1 && found % rows == row),
                 qPrintable(QStringLiteral("row %1: found %2, expected %3 (last ack %4)")
                                    .arg(row)
                                    .arg(found)
                                    .arg(expected)
                                    .arg(lastAck)));
    }
#endif
}

QTEST_GUILESS_MAIN(TestWorkspaceCrash)
#include "tst_workspacecrash.moc"
