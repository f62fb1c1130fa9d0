// Two people on one workspace at once — each a WorkspaceSession of its own, as two windows (or
// two processes) would be — on the .cdw file and on a team workspace on the tests' private
// PostgreSQL server: an edit based on an older version is caught and never overwrites the
// other's, undo never reverts someone else's later change, others' edits reach the sheet (live
// on the team workspace, within a second), overlapping pushes send every row once and a
// killed push's claim lapses.

#include "cellchange.h"
#include "editconflict.h"
#include "mockvendorserver.h"
#include "pushservice.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "testdatabase.h"
#include "translationloader.h"
#include "workspaceopener.h"
#include "workspacesession.h"
#include "workspacestore.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <atomic>
#include <thread>

class TestTeamwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void staleEditIsAConflict_data() { stores(); }
    void staleEditIsAConflict();
    void undoNeverRevertsALaterChange_data() { stores(); }
    void undoNeverRevertsALaterChange();
    void othersRowsReachTheSheet_data() { stores(); }
    void othersRowsReachTheSheet();
    void concurrentImportsLoseNoRow_data() { stores(); }
    void concurrentImportsLoseNoRow();
    void overlappingPushesSendEachRowOnce_data() { stores(); }
    void overlappingPushesSendEachRowOnce();
    void killedPushsClaimLapses_data() { stores(); }
    void killedPushsClaimLapses();

private:
    void stores();
    // Where this row of the data table keeps its workspace (a file, or a fresh database).
    QString location();
    std::unique_ptr<WorkspaceSession> openSession(const QString &where, bool create);
    QVector<Record> someRows(int count, int first = 0) const;
    // Anna's session on a new workspace with `count` rows in it (given back in *inserted, with
    // their ids); null, with a warning, when either fails.
    std::unique_ptr<WorkspaceSession> sessionWithRows(const QString &where, int count,
                                                      QVector<Record> *inserted = nullptr);
    static SyncEngine::Settings vendorSettings(const MockVendorServer &server);

    std::optional<SchemaRegistry> m_registry;
    const EntitySchema *m_schema = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    int m_files = 0;
};

void TestTeamwork::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
    m_schema = m_registry->find(QStringLiteral("procore.work_order_contract"));
    TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTeamwork::stores()
{
    QTest::addColumn<bool>("team");
    QTest::newRow("file") << false;
    QTest::newRow("team") << true;
}

QString TestTeamwork::location()
{
    QFETCH(bool, team);
    if (!team)
        return m_dir.filePath(QStringLiteral("team-%1.cdw").arg(++m_files));
    QString whyNot;
    m_database = TestDatabase::create(&whyNot);
    if (!m_database)
        return QString(whyNot.prepend(QLatin1Char('!')));
    return m_database->uri();
}

// A location that could not be made: skip the team row without a server (fail when promised).
#define CD_LOCATION(var)                                                                           \
    const QString var = location();                                                                \
    if (var.startsWith(QLatin1Char('!'))) {                                                        \
        if (TestDatabase::required())                                                              \
            QFAIL(qPrintable(var.mid(1)));                                                         \
        QSKIP(qPrintable(var.mid(1)));                                                             \
    }

std::unique_ptr<WorkspaceSession> TestTeamwork::openSession(const QString &where, bool create)
{
    auto session = WorkspaceSession::open(where, *m_registry, create);
    if (!session) {
        qWarning("%s", qPrintable(session.error()));
        return nullptr;
    }
    return std::move(session).value();
}

QVector<Record> TestTeamwork::someRows(int count, int first) const
{
    const int number = m_schema->indexOf(QStringLiteral("number"));
    const int title = m_schema->indexOf(QStringLiteral("title"));
    const int project = m_schema->indexOf(QStringLiteral("project_id"));
    QVector<Record> rows;
    for (int n = first; n < first + count; ++n) {
        Record r(m_schema->fieldCount());
        r.setValue(number, QStringLiteral("WO-%1").arg(n));
        r.setValue(title, QStringLiteral("Title %1").arg(n));
        r.setValue(project, qint64(42));
        rows.append(r);
    }
    return rows;
}

std::unique_ptr<WorkspaceSession> TestTeamwork::sessionWithRows(const QString &where, int count,
                                                                QVector<Record> *inserted)
{
    auto session = openSession(where, true);
    if (!session)
        return nullptr;
    QVector<Record> rows = someRows(count);
    if (const Status saved = session->workspace().insertRecords(*m_schema, rows); !saved) {
        qWarning("%s", qPrintable(saved.error()));
        return nullptr;
    }
    if (inserted)
        *inserted = std::move(rows);
    return session;
}

SyncEngine::Settings TestTeamwork::vendorSettings(const MockVendorServer &server)
{
    SyncEngine::Settings settings;
    settings.baseUrl = server.baseUrl();
    settings.headers = {{"Authorization", "Bearer test-token"}, {"Procore-Company-Id", "4264"}};
    return settings;
}

void TestTeamwork::staleEditIsAConflict()
{
    CD_LOCATION(where);
    auto anna = sessionWithRows(where, 3);
    QVERIFY(anna);
    QVERIFY(anna->reloadTarget(m_schema->id()));
    auto ben = openSession(where, false);
    QVERIFY(ben);
    RecordTableModel *annas = anna->model(m_schema->id());
    RecordTableModel *bens = ben->model(m_schema->id());
    const int title = m_schema->indexOf(QStringLiteral("title"));
    QCOMPARE(bens->rowCount(), 3);

    // Anna saves; Ben's sheet, read before, edits the same row before any notice of hers
    // could reach it (no event loop runs in between): his edit is not applied.
    QVERIFY(annas->setData(annas->index(1, title), QStringLiteral("Anna's title")));
    QSignalSpy conflicts(ben.get(), &WorkspaceSession::conflictFound);
    QVERIFY(!bens->setData(bens->index(1, title), QStringLiteral("Ben's title")));
    QCOMPARE(conflicts.size(), 1);
    const auto conflict = conflicts.at(0).at(0).value<EditConflict>();
    QCOMPARE(conflict.cells.size(), 1);
    QCOMPARE(conflict.cells.at(0).mine.toString(), QStringLiteral("Ben's title"));
    QCOMPARE(conflict.cells.at(0).theirs.toString(), QStringLiteral("Anna's title"));
    QCOMPARE(conflict.cells.at(0).fieldLabel, m_schema->field(title).label);
    // Nothing of Ben's was written; his sheet shows Anna's value now.
    auto stored = anna->workspace().loadRecords(*m_schema).value();
    QCOMPARE(stored.at(1).value(title).toString(), QStringLiteral("Anna's title"));
    QCOMPARE(bens->index(1, title).data(Qt::EditRole).toString(), QStringLiteral("Anna's title"));
    QCOMPARE(ben->undoStack()->count(), 0);

    // Keep mine: Ben's value, as one step of his own that he can undo.
    QVERIFY(ben->keepMine(conflict));
    stored = anna->workspace().loadRecords(*m_schema).value();
    QCOMPARE(stored.at(1).value(title).toString(), QStringLiteral("Ben's title"));
    QCOMPARE(ben->undoStack()->count(), 1);
    ben->undoStack()->undo();
    stored = anna->workspace().loadRecords(*m_schema).value();
    QCOMPARE(stored.at(1).value(title).toString(), QStringLiteral("Anna's title"));
}

void TestTeamwork::undoNeverRevertsALaterChange()
{
    CD_LOCATION(where);
    auto anna = sessionWithRows(where, 2);
    QVERIFY(anna);
    QVERIFY(anna->reloadTarget(m_schema->id()));
    auto ben = openSession(where, false);
    QVERIFY(ben);
    RecordTableModel *annas = anna->model(m_schema->id());
    RecordTableModel *bens = ben->model(m_schema->id());
    const int title = m_schema->indexOf(QStringLiteral("title"));

    QVERIFY(annas->setData(annas->index(0, title), QStringLiteral("Anna's")));
    if (ben->isShared())
        QTRY_COMPARE_WITH_TIMEOUT(bens->index(0, title).data(Qt::EditRole).toString(),
                                  QStringLiteral("Anna's"), 1000);
    else
        QVERIFY(ben->reloadTarget(m_schema->id()));
    QVERIFY(bens->setData(bens->index(0, title), QStringLiteral("Ben's later")));
    if (anna->isShared())
        QTRY_COMPARE_WITH_TIMEOUT(annas->index(0, title).data(Qt::EditRole).toString(),
                                  QStringLiteral("Ben's later"), 1000);

    // Anna undoes her edit: Ben's later value stays, whether or not her sheet has seen it.
    QSignalSpy conflicts(anna.get(), &WorkspaceSession::conflictFound);
    anna->undoStack()->undo();
    QCOMPARE(conflicts.size(), 1);
    const auto stored = ben->workspace().loadRecords(*m_schema).value();
    QCOMPARE(stored.at(0).value(title).toString(), QStringLiteral("Ben's later"));
    QCOMPARE(annas->index(0, title).data(Qt::EditRole).toString(), QStringLiteral("Ben's later"));
}

void TestTeamwork::othersRowsReachTheSheet()
{
    CD_LOCATION(where);
    auto anna = openSession(where, true);
    QVERIFY(anna);
    auto ben = openSession(where, false);
    QVERIFY(ben);
    RecordTableModel *bens = ben->model(m_schema->id());
    QSignalSpy changed(ben.get(), &WorkspaceSession::changedElsewhere);
    QVector<Record> rows = someRows(5);
    QVERIFY(anna->workspace().insertRecords(*m_schema, rows, QStringLiteral("anna.csv")));
    QVector<qint64> positions;
    QVERIFY(anna->workspace().removeRecords(*m_schema, {rows.at(2).id()}, positions));
    if (!ben->isShared())
        QVERIFY(ben->reloadTarget(m_schema->id())); // one person's file: re-read on demand
    else
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(bens->rowCount(), 4, 1000);
    QVERIFY(bens->rowOfRecord(rows.at(2).id()) < 0);
    QVERIFY(bens->rowOfRecord(rows.at(4).id()) >= 0);
}

void TestTeamwork::concurrentImportsLoseNoRow()
{
    CD_LOCATION(where);
    {
        auto created = openSession(where, true);
        QVERIFY(created);
    }
    // Two people import at the same moment, each through a connection of their own.
    constexpr int kBatches = 10;
    constexpr int kRows = 40;
    std::atomic<int> failures{0};
    auto importer = [&](int who) {
        auto store = WorkspaceOpener::open(where, Workspace::OpenMode::OpenExisting, *m_registry);
        if (!store) {
            ++failures;
            return;
        }
        for (int batch = 0; batch < kBatches; ++batch) {
            QVector<Record> rows = someRows(kRows, (who * kBatches + batch) * kRows);
            if (!store.value()->insertRecords(*m_schema, rows, QStringLiteral("import.csv")))
                ++failures;
        }
    };
    std::thread first(importer, 0);
    std::thread second(importer, 1);
    first.join();
    second.join();
    QCOMPARE(failures.load(), 0);
    auto reader = openSession(where, false);
    QVERIFY(reader);
    const QVector<Record> stored = reader->workspace().loadRecords(*m_schema).value();
    QCOMPARE(stored.size(), 2 * kBatches * kRows);
    QSet<qint64> ids;
    for (const Record &r : stored)
        ids.insert(r.id());
    QCOMPARE(ids.size(), 2 * kBatches * kRows);
}

void TestTeamwork::overlappingPushesSendEachRowOnce()
{
    CD_LOCATION(where);
    auto anna = sessionWithRows(where, 120);
    QVERIFY(anna);
    auto ben = openSession(where, false);
    QVERIFY(ben);

    MockVendorServer server(*m_schema);
    QVERIFY(server.listen());
    server.answerDelayMs = 20;
    QNetworkAccessManager network;
    const SyncEngine::Settings settings = vendorSettings(server);
    ProtocolOptions options;
    options.batchSize = 20;
    // Anna pushes rows 0–79, Ben rows 40–119, both planned before either starts.
    PushService annasPush(anna->workspace(), *m_schema, &network);
    PushService bensPush(ben->workspace(), *m_schema, &network);
    const QVector<Record> annaSees = anna->workspace().loadRecords(*m_schema).value();
    const QVector<Record> benSees = ben->workspace().loadRecords(*m_schema).value();
    auto annasPlan = annasPush.plan(annaSees.mid(0, 80), options);
    auto bensPlan = bensPush.plan(benSees.mid(40, 80), options);
    QVERIFY(annasPlan && bensPlan);
    QSignalSpy annaDone(&annasPush, &PushService::finished);
    QSignalSpy benDone(&bensPush, &PushService::finished);
    QVERIFY(annasPush.start(annasPlan.value(), settings, QStringLiteral("anna")));
    const Status bensStart = bensPush.start(bensPlan.value(), settings, QStringLiteral("ben"));
    QVERIFY2(bensStart, qPrintable(bensStart.error()));
    // Ben is told who holds the 40 rows both planned; they are not his to send.
    QCOMPARE(bensPush.heldElsewhere().size(), 40);
    QVERIFY(bensPush.heldElsewhere().cbegin().value().contains(QLatin1String(" on ")));
    QTRY_VERIFY_WITH_TIMEOUT(annaDone.size() == 1 && benDone.size() == 1, 60000);
    QVERIFY(server.violations().isEmpty());
    QCOMPARE(server.createCount(), 120);
    const QVector<Record> stored = anna->workspace().loadRecords(*m_schema).value();
    for (const Record &r : stored) {
        QCOMPARE(r.syncState(), SyncState::Synced);
        QVERIFY(!r.remoteId().isEmpty());
    }
    // Claims end with their push: the rows are free for the next one.
    const auto again = anna->workspace().claimRows(m_schema->id(), {stored.at(50).id()},
                                                   {QStringLiteral("next"), QStringLiteral("x")},
                                                   std::chrono::seconds(30));
    QVERIFY(again);
    QCOMPARE(again->granted.size(), 1);
}

void TestTeamwork::killedPushsClaimLapses()
{
    CD_LOCATION(where);
    QVector<Record> rows;
    auto anna = sessionWithRows(where, 10, &rows);
    QVERIFY(anna);
    // A push that died holding its rows: its claim is never released, only its lease runs out.
    QVector<qint64> ids;
    for (const Record &r : rows)
        ids.append(r.id());
    {
        auto dead = WorkspaceOpener::open(where, Workspace::OpenMode::OpenExisting, *m_registry);
        QVERIFY(dead);
        const auto held = dead.value()->claimRows(
                m_schema->id(), ids, {QStringLiteral("killed"), QStringLiteral("carl on desk-9")},
                std::chrono::seconds(1));
        QVERIFY(held);
        QCOMPARE(held->granted.size(), 10);
    }
    MockVendorServer server(*m_schema);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    const SyncEngine::Settings settings = vendorSettings(server);
    {
        PushService early(anna->workspace(), *m_schema, &network);
        auto plan = early.plan(anna->workspace().loadRecords(*m_schema).value());
        QVERIFY(plan);
        QSignalSpy done(&early, &PushService::finished);
        QVERIFY(early.start(plan.value(), settings, QStringLiteral("anna")));
        QCOMPARE(early.heldElsewhere().size(), 10);
        QCOMPARE(early.heldElsewhere().value(ids.at(0)), QStringLiteral("carl on desk-9"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(server.createCount(), 0);
    }
    QTest::qWait(1200);
    PushService later(anna->workspace(), *m_schema, &network);
    auto plan = later.plan(anna->workspace().loadRecords(*m_schema).value());
    QVERIFY(plan);
    QSignalSpy done(&later, &PushService::finished);
    QVERIFY(later.start(plan.value(), settings, QStringLiteral("anna")));
    QVERIFY(later.heldElsewhere().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(server.createCount(), 10);
}

QTEST_MAIN(TestTeamwork)
#include "tst_teamwork.moc"
