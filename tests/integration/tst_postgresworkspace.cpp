#include "decimal.h"
#include "entityschema.h"
#include "namefolding.h"
#include "postgresworkspace.h"
#include "rawtext.h"
#include "referencefixture.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "workspacecontentcompare.h"
#include "workspacelocation.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <limits>
#include <thread>

// The team workspace against a real PostgreSQL server: the one tests/tools/run-with-postgres.sh
// starts (PGHOST, PGPORT, PGUSER, PGDATABASE). Each case gets a database of its own, dropped
// afterwards. Two stores on one database are two people.
class TestPostgresWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripsEveryFieldType();
    void refusesAnUninitialisedDatabaseUnlessCreating();
    void refusesANewerFormat();
    void concurrentInsertsLoseNoRow();
    void staleUpdateIsAConflictAndChangesNothing();
    void removedRowIsNotAConflict();
    void undoOfADeleteKeepsIdsAndVersion();
    void claimsGrantEachRowOnce();
    void expiredLeaseCanBeClaimedByAnother();
    void renewAndRelease();
    void otherWindowHearsAnEditWithinASecond();
    void droppedListeningConnectionRecovers();
    void droppedConnectionReconnects();
    void copiesTheWholeWorkspaceExactly();
    void keepsSyncResultsAndSnapshots();
    void keepsReferenceListsAndCrosswalk();
    void keepsMappingTemplatesAndSyncHistory();
    void failedImportLeavesNoRow();
    void newSchemaFieldBecomesAColumn();
    void loadBenchmark();

private:
    std::unique_ptr<PostgresWorkspace>
    openStore(Workspace::OpenMode mode = Workspace::OpenMode::CreateIfMissing);
    Record sampleRecord(int n) const;
    int field(const char *path) const { return m_schema->indexOf(QString::fromLatin1(path)); }
    static QSqlDatabase maintenance();
    // A connection of its own ("peek") to the case's database, as a SQL tool would make it.
    QSqlDatabase peekConnection() const;
    static void compareRecords(const Record &a, const Record &b, bool withIdentity = true);
    static void compareContent(const WorkspaceContent &a, const WorkspaceContent &b);
    QString createDatabase();

    std::optional<SchemaRegistry> m_registry;
    const EntitySchema *m_schema = nullptr;
    QStringList m_databases; // made by this case, dropped in cleanup()
    WorkspaceLocation m_location;
};

namespace {

const QString kMaintenance = QStringLiteral("maintenance");

Decimal money(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

} // namespace

QSqlDatabase TestPostgresWorkspace::maintenance()
{
    return QSqlDatabase::database(kMaintenance, false);
}

QSqlDatabase TestPostgresWorkspace::peekConnection() const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setDatabaseName(m_location.database());
    return db;
}

void TestPostgresWorkspace::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
    m_schema = m_registry->find(QStringLiteral("procore.work_order_contract"));
    QVERIFY(m_schema);
    if (qEnvironmentVariableIsEmpty("PGHOST")) {
        if (qEnvironmentVariable("CONTRACTDESK_TEST_POSTGRES") == QLatin1String("1"))
            QFAIL("CONTRACTDESK_TEST_POSTGRES=1 but no server: PGHOST is not set");
        QSKIP("No PostgreSQL server: run through tests/tools/run-with-postgres.sh");
    }
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "the QPSQL driver is missing (libqt6sql6-psql)");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kMaintenance);
    db.setHostName(qEnvironmentVariable("PGHOST"));
    db.setPort(qEnvironmentVariableIntValue("PGPORT"));
    db.setUserName(qEnvironmentVariable("PGUSER"));
    db.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SET client_min_messages = warning")));
}

QString TestPostgresWorkspace::createDatabase()
{
    const QString name = QStringLiteral("cd_test_") +
                         QUuid::createUuid().toString(QUuid::Id128).left(16).toLower();
    QSqlQuery q(maintenance());
    if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
        qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
    m_databases.append(name);
    return name;
}

void TestPostgresWorkspace::init()
{
    const QString name = createDatabase();
    auto location = WorkspaceLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                                     .arg(qEnvironmentVariable("PGUSER"),
                                                          qEnvironmentVariable("PGHOST"),
                                                          qEnvironmentVariable("PGPORT"), name));
    QVERIFY2(location, qPrintable(location.error()));
    m_location = location.value();
}

void TestPostgresWorkspace::cleanup()
{
    QSqlQuery q(maintenance());
    for (const QString &name : std::as_const(m_databases))
        QVERIFY2(q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)),
                 qPrintable(q.lastError().text()));
    m_databases.clear();
}

std::unique_ptr<PostgresWorkspace> TestPostgresWorkspace::openStore(Workspace::OpenMode mode)
{
    auto store = PostgresWorkspace::open(m_location, mode, *m_registry);
    if (!store)
        qWarning("%s", qPrintable(store.error()));
    return store ? std::move(store).value() : nullptr;
}

Record TestPostgresWorkspace::sampleRecord(int n) const
{
    Record r(m_schema->fieldCount());
    r.setValue(field("number"), QStringLiteral("WO-%1").arg(n));
    r.setValue(field("title"), QStringLiteral(u"Trockenbau Haus %1 — Größe").arg(n));
    r.setValue(field("vendor_id"), QVariant::fromValue<qint64>(1000 + n));
    r.setValue(field("retainage_percent"),
               QVariant::fromValue(*Decimal::fromString(QStringLiteral("%1.50").arg(n % 100))));
    r.setValue(field("contract_date"), QDate(2026, 1, 1).addDays(n % 365));
    r.setValue(field("executed"), n % 2 == 0);
    r.setValue(field("status"), QStringLiteral("Draft"));
    return r;
}

void TestPostgresWorkspace::compareRecords(const Record &a, const Record &b, bool withIdentity)
{
    if (withIdentity) {
        QCOMPARE(a.id(), b.id());
        QCOMPARE(a.syncState(), b.syncState());
        QCOMPARE(a.version(), b.version());
    }
    QCOMPARE(a.remoteId(), b.remoteId());
    QCOMPARE(a.syncKey(), b.syncKey());
    QCOMPARE(a.fieldCount(), b.fieldCount());
    for (int i = 0; i < a.fieldCount(); ++i) {
        if (!ValueCodec::identical(a.value(i), b.value(i)))
            QFAIL(qPrintable(QStringLiteral("field %1 differs: %2 (%3) vs %4 (%5)")
                                     .arg(i)
                                     .arg(a.value(i).toString(), a.value(i).typeName())
                                     .arg(b.value(i).toString(), b.value(i).typeName())));
    }
}

void TestPostgresWorkspace::compareContent(const WorkspaceContent &a, const WorkspaceContent &b)
{
    const QString difference = firstDifference(a, b);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The shared comparison counts a list's records; its recorded count is checked here too.
    for (int i = 0; i < a.referenceLists.size(); ++i)
        QCOMPARE(a.referenceLists.at(i).recordCount, b.referenceLists.at(i).recordCount);
}

void TestPostgresWorkspace::roundTripsEveryFieldType()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->isShared());
    QCOMPARE(store->path(), m_location.toString());
    Record big(m_schema->fieldCount());
    big.setValue(field("number"), QStringLiteral("WO-1"));
    big.setValue(field("title"), QStringLiteral(u"Zeile eins\nLigne deux — 東京 «ß» 'quoted' \\"));
    big.setValue(field("vendor_id"), QVariant::fromValue<qint64>(Q_INT64_C(9007199254740993)));
    big.setValue(field("project_id"), QVariant::fromValue<qint64>(-42));
    big.setValue(field("retainage_percent"), QVariant::fromValue(money("12345678901234567.89")));
    big.setValue(field("status"), QStringLiteral("Out For Bid"));
    big.setValue(field("accounting_method"), QStringLiteral("amount"));
    big.setValue(field("executed"), true);
    big.setValue(field("private"), false);
    big.setValue(field("contract_date"), QDate(2026, 2, 28));
    big.setValue(field("execution_date"), QDate(1, 1, 1));
    big.setValue(field("returned_date"), QDate(9999, 12, 31));
    big.setValue(field("description"), QStringLiteral("multi\r\nline\ttabbed"));
    big.setValue(field("origin_id"), QStringLiteral("00017"));
    big.setValue(field("id"), QVariant::fromValue<qint64>(std::numeric_limits<qint64>::max()));
    // Unreadable text is kept word for word.
    big.setValue(field("letter_of_intent_date"),
                 QVariant::fromValue(RawText{QStringLiteral("31.02.2026")}));
    big.setRemoteId(QStringLiteral("4711"));
    big.setSyncKey(QStringLiteral("cd-abc"));
    big.setSyncState(SyncState::Synced);
    Record negative(m_schema->fieldCount());
    negative.setValue(field("retainage_percent"), QVariant::fromValue(money("-0.01")));
    negative.setValue(field("vendor_id"), QVariant::fromValue<qint64>(0));
    negative.setValue(field("executed"), false);
    // Text that would end a statement if it were not quoted stays text.
    negative.setValue(field("title"), QStringLiteral("x'); DROP TABLE contractdesk.meta; -- \\'"));
    Record scale(m_schema->fieldCount());
    scale.setValue(field("retainage_percent"), QVariant::fromValue(money("10.50")));
    Record empty(m_schema->fieldCount()); // every cell empty
    QVector<Record> rows{big, negative, scale, empty};
    QVERIFY(store->insertRecords(*m_schema, rows, QStringLiteral("jobs.xlsx")));
    for (const Record &r : rows) {
        QVERIFY(r.id() > 0);
        QCOMPARE(r.version(), 1);
    }
    QCOMPARE(store->recordCount(m_schema->id()), 4);

    // Read back through a second store (another connection), as another person would.
    auto other = openStore(Workspace::OpenMode::OpenExisting);
    QVERIFY(other);
    const auto loaded = other->loadRecords(*m_schema);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->size(), 4);
    for (int i = 0; i < rows.size(); ++i)
        compareRecords(loaded->at(i), rows.at(i));
    QCOMPARE(loaded->at(0).value(field("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("12345678901234567.89"));
    QCOMPARE(loaded->at(2).value(field("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("10.50"));
    QVERIFY(ValueCodec::isRaw(loaded->at(0).value(field("letter_of_intent_date"))));
    QVERIFY(!loaded->at(3).value(field("executed")).isValid());

    // Stored typed, as a SQL tool sees it: money NUMERIC, ids BIGINT.
    QSqlDatabase db = peekConnection();
    {
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = "
                "'contractdesk' AND table_name = 'procore_work_order_contract' AND column_name "
                "IN ('retainage_percent', 'vendor_id', 'contract_date', 'executed') ORDER BY "
                "column_name")));
        QStringList types;
        while (q.next())
            types.append(q.value(0).toString());
        QCOMPARE(types, (QStringList{QStringLiteral("date"), QStringLiteral("boolean"),
                                     QStringLiteral("numeric"), QStringLiteral("bigint")}));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestPostgresWorkspace::refusesAnUninitialisedDatabaseUnlessCreating()
{
    auto initialised = PostgresWorkspace::isInitialised(m_location);
    QVERIFY2(initialised, qPrintable(initialised.error()));
    QVERIFY(!initialised.value());
    auto refused =
            PostgresWorkspace::open(m_location, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(m_location.database()), qPrintable(refused.error()));
    QVERIFY(!PostgresWorkspace::isInitialised(m_location).value());

    // Two first openers at once: one initialises, the other finds it done.
    std::unique_ptr<PostgresWorkspace> second;
    std::thread other([&] {
        auto store = PostgresWorkspace::open(m_location, Workspace::OpenMode::CreateIfMissing,
                                             *m_registry);
        QVERIFY2(store, qPrintable(store.error()));
    });
    auto first = openStore();
    other.join();
    QVERIFY(first);
    QVERIFY(PostgresWorkspace::isInitialised(m_location).value());
    auto again = openStore(Workspace::OpenMode::OpenExisting);
    QVERIFY(again);

    // A server that is not there is named in words, with no password in sight.
    auto nowhere = WorkspaceLocation::parse(QStringLiteral("postgresql://anna@127.0.0.1:1/jobs"));
    QVERIFY(nowhere);
    auto failed = PostgresWorkspace::open(nowhere.value(), Workspace::OpenMode::OpenExisting,
                                          *m_registry, QStringLiteral("s3cret-pw"));
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QStringLiteral("127.0.0.1")), qPrintable(failed.error()));
    QVERIFY(!failed.error().contains(QStringLiteral("s3cret-pw")));
}

void TestPostgresWorkspace::refusesANewerFormat()
{
    {
        auto store = openStore();
        QVERIFY(store);
    }
    QSqlDatabase db = peekConnection();
    {
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
                QStringLiteral("UPDATE contractdesk.meta SET value = '99' WHERE key = 'format'")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    auto refused =
            PostgresWorkspace::open(m_location, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("newer")), qPrintable(refused.error()));
}

void TestPostgresWorkspace::concurrentInsertsLoseNoRow()
{
    {
        auto store = openStore();
        QVERIFY(store);
    }
    constexpr int kPeople = 3;
    constexpr int kImports = 10;
    constexpr int kRows = 40;
    std::vector<std::thread> people;
    std::atomic<int> failures{0};
    for (int p = 0; p < kPeople; ++p) {
        people.emplace_back([&, p] {
            auto store = PostgresWorkspace::open(m_location, Workspace::OpenMode::OpenExisting,
                                                 *m_registry);
            if (!store) {
                ++failures;
                return;
            }
            for (int i = 0; i < kImports; ++i) {
                QVector<Record> rows;
                for (int r = 0; r < kRows; ++r)
                    rows.append(sampleRecord(p * 100000 + i * 1000 + r));
                if (!store.value()->insertRecords(*m_schema, rows, QStringLiteral("p%1").arg(p)))
                    ++failures;
            }
        });
    }
    for (auto &person : people)
        person.join();
    QCOMPARE(failures.load(), 0);
    auto store = openStore(Workspace::OpenMode::OpenExisting);
    const auto loaded = store->loadRecords(*m_schema);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), kPeople * kImports * kRows);
    QSet<qint64> ids;
    QSet<QString> numbers;
    for (const Record &r : loaded.value()) {
        ids.insert(r.id());
        numbers.insert(r.value(field("number")).toString());
    }
    QCOMPARE(ids.size(), kPeople * kImports * kRows);
    QCOMPARE(numbers.size(), kPeople * kImports * kRows);
    // An import's rows stay together, in their order.
    for (int i = 0; i + 1 < loaded->size(); i += kRows) {
        const int first = loaded->at(i).value(field("number")).toString().mid(3).toInt();
        const int last = loaded->at(i + kRows - 1).value(field("number")).toString().mid(3).toInt();
        QCOMPARE(last - first, kRows - 1);
    }
}

void TestPostgresWorkspace::staleUpdateIsAConflictAndChangesNothing()
{
    auto anna = openStore();
    auto ben = openStore(Workspace::OpenMode::OpenExisting);
    QVERIFY(anna && ben);
    QVector<Record> rows{sampleRecord(1)};
    QVERIFY(anna->insertRecords(*m_schema, rows));
    Record annaCopy = anna->loadRecords(*m_schema).value().first();
    Record benCopy = ben->loadRecords(*m_schema).value().first();
    QCOMPARE(annaCopy.version(), 1);

    annaCopy.setValue(field("title"), QStringLiteral("Anna's title"));
    QVERIFY(anna->updateRecord(*m_schema, annaCopy));
    benCopy.setValue(field("title"), QStringLiteral("Ben's title"));
    const Status stale = ben->updateRecord(*m_schema, benCopy);
    QVERIFY(!stale);
    QVERIFY(stale.isConflict());
    QVERIFY(!stale.error().isEmpty());

    const Record stored = ben->loadRecords(*m_schema).value().first();
    QCOMPARE(stored.value(field("title")).toString(), QStringLiteral("Anna's title"));
    QCOMPARE(stored.version(), 2);
    // Taking Anna's version and editing it again is accepted.
    benCopy = stored;
    benCopy.setValue(field("title"), QStringLiteral("Ben's title"));
    QVERIFY(ben->updateRecord(*m_schema, benCopy));
    QCOMPARE(anna->loadRecords(*m_schema).value().first().version(), 3);
    // In a batch, one stale row refuses the whole batch.
    Record a = anna->loadRecords(*m_schema).value().first();
    QVector<Record> more{sampleRecord(2)};
    QVERIFY(anna->insertRecords(*m_schema, more));
    Record staleSecond = more.first();
    staleSecond.setVersion(7);
    a.setValue(field("title"), QStringLiteral("never"));
    const Status batch = anna->updateRecords(*m_schema, {a, staleSecond});
    QVERIFY(batch.isConflict());
    QCOMPARE(anna->loadRecords(*m_schema).value().first().value(field("title")).toString(),
             QStringLiteral("Ben's title"));
    // Version 0 skips the check.
    a.setVersion(0);
    QVERIFY(anna->updateRecord(*m_schema, a));
}

void TestPostgresWorkspace::removedRowIsNotAConflict()
{
    auto store = openStore();
    QVector<Record> rows{sampleRecord(1)};
    QVERIFY(store->insertRecords(*m_schema, rows));
    QVector<qint64> positions;
    QVERIFY(store->removeRecords(*m_schema, {rows.first().id()}, positions));
    const Status gone = store->updateRecord(*m_schema, rows.first());
    QVERIFY(!gone);
    QVERIFY(!gone.isConflict());
    QVERIFY(!store->removeRecords(*m_schema, {rows.first().id()}, positions));
}

void TestPostgresWorkspace::undoOfADeleteKeepsIdsAndVersion()
{
    auto store = openStore();
    QVector<Record> rows{sampleRecord(1), sampleRecord(2), sampleRecord(3)};
    QVERIFY(store->insertRecords(*m_schema, rows));
    Record second = store->loadRecords(*m_schema).value().at(1);
    second.setValue(field("title"), QStringLiteral("edited"));
    QVERIFY(store->updateRecord(*m_schema, second));
    second.setVersion(2);
    QVector<qint64> positions;
    QVERIFY(store->removeRecords(*m_schema, {second.id()}, positions));
    QCOMPARE(positions, QVector<qint64>{2});
    QCOMPARE(store->recordCount(m_schema->id()), 2);
    QVERIFY(store->restoreRecords(*m_schema, {second}, positions));
    const auto loaded = store->loadRecords(*m_schema).value();
    QCOMPARE(loaded.size(), 3);
    compareRecords(loaded.at(1), second);
    // New rows get ids of their own after it.
    QVector<Record> more{sampleRecord(4)};
    QVERIFY(store->appendRecords(*m_schema, more));
    QVERIFY(more.first().id() > rows.last().id());
}

void TestPostgresWorkspace::claimsGrantEachRowOnce()
{
    auto anna = openStore();
    auto ben = openStore(Workspace::OpenMode::OpenExisting);
    const QString target = m_schema->id();
    auto first = anna->claimRows(target, {1, 2, 3, 4},
                                 {QStringLiteral("push-a"), QStringLiteral("anna on desk-1")},
                                 std::chrono::seconds(60));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->granted, (QVector<qint64>{1, 2, 3, 4}));
    QVERIFY(first->heldBy.isEmpty());
    auto second = ben->claimRows(target, {3, 4, 5, 6},
                                 {QStringLiteral("push-b"), QStringLiteral("ben on desk-2")},
                                 std::chrono::seconds(60));
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->granted, (QVector<qint64>{5, 6}));
    QCOMPARE(second->heldBy.size(), 2);
    QCOMPARE(second->heldBy.value(3), QStringLiteral("anna on desk-1"));
    QCOMPARE(second->heldBy.value(4), QStringLiteral("anna on desk-1"));
    // The same holder claiming again keeps (and renews) its rows.
    auto again = anna->claimRows(target, {1, 4, 5},
                                 {QStringLiteral("push-a"), QStringLiteral("anna on desk-1")},
                                 std::chrono::seconds(60));
    QVERIFY(again);
    QCOMPARE(again->granted, (QVector<qint64>{1, 4}));
    QCOMPARE(again->heldBy.value(5), QStringLiteral("ben on desk-2"));
    // Another target's row 1 is another row.
    auto elsewhere = ben->claimRows(QStringLiteral("procore.potential_change_order"), {1},
                                    {QStringLiteral("push-b"), QStringLiteral("ben on desk-2")},
                                    std::chrono::seconds(60));
    QVERIFY(elsewhere);
    QCOMPARE(elsewhere->granted, QVector<qint64>{1});

    // At once, from two threads, over the same 200 rows: every row to exactly one push.
    QVector<qint64> ids;
    for (qint64 i = 1000; i < 1200; ++i)
        ids.append(i);
    QVector<qint64> grantedA, grantedB;
    auto race = [&](const QString &holder, QVector<qint64> &granted) {
        auto store =
                PostgresWorkspace::open(m_location, Workspace::OpenMode::OpenExisting, *m_registry);
        if (!store)
            return;
        for (int slice = 0; slice < ids.size(); slice += 20) {
            auto claim = store.value()->claimRows(target, ids.mid(slice, 20), {holder, holder},
                                                  std::chrono::seconds(60));
            if (claim)
                granted += claim->granted;
        }
    };
    std::thread a([&] { race(QStringLiteral("race-a"), grantedA); });
    std::thread b([&] { race(QStringLiteral("race-b"), grantedB); });
    a.join();
    b.join();
    QSet<qint64> all;
    for (qint64 id : std::as_const(grantedA))
        all.insert(id);
    for (qint64 id : std::as_const(grantedB))
        QVERIFY2(!all.contains(id), "a row was granted to both pushes");
    QCOMPARE(grantedA.size() + grantedB.size(), ids.size());
}

void TestPostgresWorkspace::expiredLeaseCanBeClaimedByAnother()
{
    auto killed = openStore();
    auto next = openStore(Workspace::OpenMode::OpenExisting);
    const QString target = m_schema->id();
    // A push that is killed: it never releases its one-second lease.
    QVERIFY(killed->claimRows(target, {1, 2},
                              {QStringLiteral("killed"), QStringLiteral("anna on desk-1")},
                              std::chrono::seconds(1))
                    .value()
                    .granted.size() == 2);
    killed.reset();
    auto refused = next->claimRows(target, {1, 2},
                                   {QStringLiteral("next"), QStringLiteral("ben on desk-2")},
                                   std::chrono::seconds(60));
    QVERIFY(refused);
    QVERIFY(refused->granted.isEmpty());
    QTest::qWait(1300);
    auto granted = next->claimRows(target, {1, 2},
                                   {QStringLiteral("next"), QStringLiteral("ben on desk-2")},
                                   std::chrono::seconds(60));
    QVERIFY(granted);
    QCOMPARE(granted->granted, (QVector<qint64>{1, 2}));
}

void TestPostgresWorkspace::renewAndRelease()
{
    auto anna = openStore();
    auto ben = openStore(Workspace::OpenMode::OpenExisting);
    const QString target = m_schema->id();
    QVERIFY(anna->claimRows(target, {1}, {QStringLiteral("a"), QStringLiteral("anna")},
                            std::chrono::seconds(1)));
    // Renewed while the push runs: the lease outlives its first second.
    QTest::qWait(600);
    QVERIFY(anna->renewClaims(QStringLiteral("a"), std::chrono::seconds(30)));
    QTest::qWait(700);
    QVERIFY(ben->claimRows(target, {1}, {QStringLiteral("b"), QStringLiteral("ben")},
                           std::chrono::seconds(30))
                    .value()
                    .granted.isEmpty());
    // Released when the push ends: free at once.
    QVERIFY(anna->releaseClaims(QStringLiteral("a")));
    QCOMPARE(ben->claimRows(target, {1}, {QStringLiteral("b"), QStringLiteral("ben")},
                            std::chrono::seconds(30))
                     .value()
                     .granted,
             QVector<qint64>{1});
}

void TestPostgresWorkspace::otherWindowHearsAnEditWithinASecond()
{
    auto anna = openStore();
    auto ben = openStore(Workspace::OpenMode::OpenExisting);
    QStringList heardByBen, heardByAnna;
    QVector<WorkspaceStore::ChangedRows> rowsHeardByBen;
    ben->setChangeListener([&](const QString &target, const WorkspaceStore::ChangedRows &rows) {
        heardByBen.append(target);
        rowsHeardByBen.append(rows);
    });
    anna->setChangeListener([&](const QString &target, const WorkspaceStore::ChangedRows &) {
        heardByAnna.append(target);
    });
    QVector<Record> rows{sampleRecord(1)};
    QElapsedTimer clock;
    clock.start();
    QVERIFY(anna->insertRecords(*m_schema, rows));
    QTRY_VERIFY_WITH_TIMEOUT(heardByBen.contains(m_schema->id()), 5000);
    qInfo("an insert reached the other store in %lld ms", clock.elapsed());
    heardByBen.clear();
    rowsHeardByBen.clear();
    Record edited = rows.first();
    edited.setValue(field("title"), QStringLiteral("changed"));
    clock.restart();
    QVERIFY(anna->updateRecord(*m_schema, edited));
    QTRY_VERIFY_WITH_TIMEOUT(heardByBen.contains(m_schema->id()), 5000);
    qInfo("an edit reached the other store in %lld ms", clock.elapsed());
    // The notice names the row, so Ben's window re-reads that row, not the whole sheet.
    QCOMPARE(rowsHeardByBen.size(), 1);
    QVERIFY(rowsHeardByBen.first().has_value());
    QCOMPARE(*rowsHeardByBen.first(), QVector<qint64>{edited.id()});
    const auto reread = ben->loadRecordsById(*m_schema, *rowsHeardByBen.first());
    QVERIFY(reread);
    QCOMPARE(reread->size(), 1);
    QCOMPARE(reread->first().value(field("title")).toString(), QStringLiteral("changed"));
    QCOMPARE(reread->first().version(), qint64(2)); // saved once, changed once
    // Anna's own changes are not news to Anna.
    QTest::qWait(300);
    QVERIFY2(heardByAnna.isEmpty(), qPrintable(heardByAnna.join(QLatin1Char(','))));
    // Ben's are.
    QVector<SyncLogEntry> entries(1);
    entries[0].target = m_schema->id();
    entries[0].action = QStringLiteral("create");
    entries[0].outcome = QStringLiteral("created");
    QVERIFY(ben->appendSyncHistory(entries));
    QTRY_COMPARE_WITH_TIMEOUT(heardByAnna.size(), 1, 5000);
}

void TestPostgresWorkspace::droppedListeningConnectionRecovers()
{
    auto anna = openStore();
    auto ben = openStore(Workspace::OpenMode::OpenExisting);
    QStringList heard;
    ben->setChangeListener([&](const QString &target, const WorkspaceStore::ChangedRows &) {
        heard.append(target);
    });
    const int pid = ben->listenerBackendPid();
    QVERIFY(pid > 0);
    // The server drops Ben's listening connection (a restart, a network cut).
    QSqlQuery q(maintenance());
    q.prepare(QStringLiteral("SELECT pg_terminate_backend(?::int)"));
    q.addBindValue(pid);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // Noticed, reconnected, and told to re-read everything (an empty target).
    QTRY_VERIFY_WITH_TIMEOUT(heard.contains(QString()), 7000);
    QVERIFY(ben->listenerBackendPid() != pid);
    heard.clear();
    QVector<Record> rows{sampleRecord(1)};
    QVERIFY(anna->insertRecords(*m_schema, rows));
    QTRY_VERIFY_WITH_TIMEOUT(heard.contains(m_schema->id()), 5000);
}

void TestPostgresWorkspace::droppedConnectionReconnects()
{
    auto store = openStore();
    QVector<Record> rows{sampleRecord(1)};
    QVERIFY(store->insertRecords(*m_schema, rows));
    // Every connection of this database goes (the listener's too, were there one).
    QSqlQuery q(maintenance());
    q.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                             "datname = ? AND application_name = 'ContractDesk'"));
    q.addBindValue(m_location.database());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    // The next change connects again and is saved.
    Record edited = rows.first();
    edited.setValue(field("title"), QStringLiteral("after the cut"));
    const Status saved = store->updateRecord(*m_schema, edited);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(store->loadRecords(*m_schema)->first().value(field("title")).toString(),
             QStringLiteral("after the cut"));
}

void TestPostgresWorkspace::copiesTheWholeWorkspaceExactly()
{
    auto source = openStore();
    QVector<Record> rows;
    for (int i = 0; i < 25; ++i)
        rows.append(sampleRecord(i));
    rows[3].setValue(field("retainage_percent"), QVariant::fromValue(money("-12345678.901")));
    rows[4].setValue(field("title"), QVariant::fromValue(RawText{QStringLiteral("=kein Titel")}));
    QVERIFY(source->insertRecords(*m_schema, rows, QStringLiteral("jobs.csv")));
    QVector<Record> added{sampleRecord(100)};
    QVERIFY(source->appendRecords(*m_schema, added));
    Record edited = rows.at(2);
    edited.setValue(field("title"), QStringLiteral("edited twice"));
    QVERIFY(source->updateRecord(*m_schema, edited));
    edited.setVersion(2);
    QVERIFY(source->updateRecord(*m_schema, edited));
    QVector<qint64> positions;
    QVERIFY(source->removeRecords(*m_schema, {rows.at(5).id()}, positions));
    Record pushed = rows.at(0);
    pushed.setRemoteId(QStringLiteral("9001"));
    pushed.setSyncState(SyncState::Synced);
    QVector<SyncLogEntry> entries(1);
    entries[0].at = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0, 125), Qt::UTC);
    entries[0].target = m_schema->id();
    entries[0].profile = QStringLiteral("acme");
    entries[0].recordId = pushed.id();
    entries[0].action = QStringLiteral("create");
    entries[0].outcome = QStringLiteral("created");
    entries[0].remoteId = QStringLiteral("9001");
    entries[0].httpStatus = 201;
    QVERIFY(source->commitSyncResults(*m_schema, {pushed}, entries));
    QVERIFY(source->saveSnapshot(*m_schema, QStringLiteral("acme"), rows.mid(0, 3),
                                 QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC)));
    QVERIFY(source->saveMappingTemplate({m_schema->id(), QStringLiteral("ERP"),
                                         QStringLiteral("a|b"), QByteArrayLiteral("{}")}));
    QVERIFY(source->saveReferenceList(
            QStringLiteral("procore.vendors"), QStringLiteral("acme"), QString(),
            {referenceRecord(QStringLiteral("9007199254740993"), QStringLiteral(u"Müller"))},
            QDateTime(QDate(2026, 12, 1), QTime(8, 30, 15, 250), Qt::UTC)));
    CrosswalkChoice choice;
    choice.target = m_schema->id();
    choice.profile = QStringLiteral("acme");
    choice.field = QStringLiteral("vendor_id");
    choice.value = QStringLiteral(u"Müller  Bau");
    choice.id = QStringLiteral("42");
    choice.chosenAt = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    QVERIFY(source->saveChoice(choice));

    auto original = source->readAll(*m_registry);
    QVERIFY2(original, qPrintable(original.error()));
    QCOMPARE(original->targets.size(), m_registry->schemas().size());
    QCOMPARE(original->targets.first().rows.size(), 25);

    // Into another, fresh database; read back equal.
    const QString copyName = createDatabase();
    WorkspaceLocation copyAt =
            WorkspaceLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                             .arg(m_location.user(), m_location.host())
                                             .arg(m_location.port())
                                             .arg(copyName))
                    .value();
    auto copy = PostgresWorkspace::open(copyAt, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(copy, qPrintable(copy.error()));
    const Status written = copy.value()->writeAll(*m_registry, original.value());
    QVERIFY2(written, qPrintable(written.error()));
    auto copied = copy.value()->readAll(*m_registry);
    QVERIFY2(copied, qPrintable(copied.error()));
    compareContent(original.value(), copied.value());
    if (QTest::currentTestFailed())
        return;
    // A second copy into the same database is refused: it would mix.
    const Status twice = copy.value()->writeAll(*m_registry, original.value());
    QVERIFY(!twice);
    // New rows in the copy get ids past the copied ones, and the copy keeps versions.
    QVector<Record> fresh{sampleRecord(200)};
    QVERIFY(copy.value()->appendRecords(*m_schema, fresh));
    QVERIFY(fresh.first().id() > added.first().id());
    Record stale = rows.at(2); // version 1; the copy holds version 3
    QVERIFY(copy.value()->updateRecord(*m_schema, stale).isConflict());
}

void TestPostgresWorkspace::keepsSyncResultsAndSnapshots()
{
    auto store = openStore();
    QVector<Record> rows{sampleRecord(1), sampleRecord(2)};
    QVERIFY(store->insertRecords(*m_schema, rows));
    Record accepted = rows.at(0);
    accepted.setRemoteId(QStringLiteral("4711"));
    accepted.setSyncKey(QStringLiteral("cd-1"));
    accepted.setSyncState(SyncState::Synced);
    Record refused = rows.at(1);
    refused.setSyncState(SyncState::Failed);
    QVector<SyncLogEntry> entries(2);
    for (int i = 0; i < 2; ++i) {
        entries[i].at = QDateTime::currentDateTimeUtc();
        entries[i].target = m_schema->id();
        entries[i].recordId = rows.at(i).id();
        entries[i].action = QStringLiteral("create");
        entries[i].outcome = i == 0 ? QStringLiteral("created") : QStringLiteral("failed");
    }
    QVERIFY(store->commitSyncResults(*m_schema, {accepted, refused}, entries));
    QVERIFY(entries.at(0).id > 0 && entries.at(1).id > entries.at(0).id);
    const auto loaded = store->loadRecords(*m_schema).value();
    QCOMPARE(loaded.at(0).remoteId(), QStringLiteral("4711"));
    QCOMPARE(loaded.at(0).syncState(), SyncState::Synced);
    // A push result counts: an edit based on the row before it must not write the old id back.
    QCOMPARE(loaded.at(0).version(), 2);
    QCOMPARE(loaded.at(1).syncState(), SyncState::Failed);
    auto pushed = store->lastPushed(*m_schema);
    QVERIFY(pushed);
    QCOMPARE(pushed->size(), 1);
    Record sent = accepted; // the values; the row keeps its ids and state
    sent.setRemoteId(QString());
    sent.setSyncKey(QString());
    compareRecords(pushed->value(accepted.id()), sent, false);
    // Pushed again with other values: the newer values replace the older.
    accepted.setValue(field("title"), QStringLiteral("second push"));
    QVERIFY(store->commitSyncResults(*m_schema, {accepted}, entries));
    QCOMPARE(store->lastPushed(*m_schema)->value(accepted.id()).value(field("title")).toString(),
             QStringLiteral("second push"));
    // A deleted row's pushed values are not the sheet's, but come back with an undo.
    QVector<qint64> positions;
    QVERIFY(store->removeRecords(*m_schema, {accepted.id()}, positions));
    QVERIFY(store->lastPushed(*m_schema)->isEmpty());
    QVERIFY(store->restoreRecords(*m_schema, {accepted}, positions));
    QCOMPARE(store->lastPushed(*m_schema)->size(), 1);
    QCOMPARE(store->syncHistory().size(), 4);

    // Snapshots: the newest of a profile, the last three kept.
    const QDateTime at(QDate(2026, 12, 1), QTime(9, 0, 0, 500), Qt::UTC);
    for (int i = 0; i < 5; ++i) {
        WorkspaceStore::SnapshotInfo info;
        QVector<Record> pulled{sampleRecord(10 + i)};
        pulled.first().setRemoteId(QString::number(500 + i));
        QVERIFY(store->saveSnapshot(*m_schema, QStringLiteral("acme"), pulled, at.addDays(i),
                                    &info));
        QVERIFY(info.id > 0);
        QCOMPARE(info.recordCount, 1);
    }
    QVERIFY(store->saveSnapshot(*m_schema, QStringLiteral("other"), {}, at));
    WorkspaceStore::SnapshotInfo info;
    auto newest = store->loadSnapshot(*m_schema, QStringLiteral("acme"), &info);
    QVERIFY(newest);
    QCOMPARE(newest->size(), 1);
    QCOMPARE(newest->first().remoteId(), QStringLiteral("504"));
    compareRecords(
            newest->first(),
            [&] {
                Record r = sampleRecord(14);
                r.setRemoteId(QStringLiteral("504"));
                return r;
            }(),
            false);
    QCOMPARE(info.pulledAt, at.addDays(4));
    const auto kept = store->snapshots(*m_schema);
    QCOMPARE(kept.size(), WorkspaceStore::kSnapshotsKept + 1);
    QCOMPARE(kept.first().profile, QStringLiteral("other"));
    auto none = store->loadSnapshot(*m_registry->find(QStringLiteral("primavera.commitment")),
                                    QString(), &info);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QCOMPARE(info.id, 0);
}

void TestPostgresWorkspace::keepsReferenceListsAndCrosswalk()
{
    auto store = openStore();
    ReferenceRecord big;
    big.id = QStringLiteral("9007199254740993");
    big.name = QStringLiteral(u"Müller Trockenbau GmbH · Nord");
    big.originId = QStringLiteral("00017");
    big.originCode = QStringLiteral(u"V-ÄÖÜ");
    big.number = QStringLiteral("123.40");
    big.aliases = {QStringLiteral(u"Müller"), QStringLiteral("M\"T\" \\ GmbH"), QString()};
    big.detail = QStringLiteral(u"München");
    big.active = false;
    const QDateTime readAt(QDate(2026, 12, 1), QTime(8, 30, 15, 250), Qt::UTC);
    QVERIFY(store->saveReferenceList(
            QStringLiteral("procore.vendors"), QStringLiteral("acme"), QString(),
            {big, referenceRecord(QStringLiteral("7"), QStringLiteral("B"))}, readAt));
    QVERIFY(store->saveReferenceList(
            QStringLiteral("procore.contracts"), QStringLiteral("acme"), QStringLiteral("562"),
            {referenceRecord(QStringLiteral("7"), QStringLiteral("WO-7"))}, readAt.addDays(1)));
    auto loaded = store->loadReferenceList(QStringLiteral("procore.vendors"),
                                           QStringLiteral("acme"), QString());
    QVERIFY(loaded && loaded.value());
    const ReferenceRecord &r = loaded.value()->records.first();
    QCOMPARE(r.id, big.id);
    QCOMPARE(r.name, big.name);
    QCOMPARE(r.originId, big.originId);
    QCOMPARE(r.aliases, big.aliases);
    QCOMPARE(r.active, false);
    QCOMPARE(loaded.value()->readAt, readAt);
    const auto lists = store->referenceListsOf(QStringLiteral("acme"));
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).listId, QStringLiteral("procore.contracts"));
    QCOMPARE(lists.at(0).scope, QStringLiteral("562"));
    // A failed refresh (a repeated id) keeps the list read before.
    QVERIFY(!store->saveReferenceList(QStringLiteral("procore.vendors"), QStringLiteral("acme"),
                                      QString(),
                                      {referenceRecord(QStringLiteral("3"), QStringLiteral("C")),
                                       referenceRecord(QStringLiteral("3"), QStringLiteral("D"))},
                                      readAt.addDays(2)));
    QVERIFY(!store->saveReferenceList(QStringLiteral("procore.vendors"), QStringLiteral("acme"),
                                      QString(), {referenceRecord(QString(), QStringLiteral("D"))},
                                      readAt.addDays(2)));
    loaded = store->loadReferenceList(QStringLiteral("procore.vendors"), QStringLiteral("acme"),
                                      QString());
    QCOMPARE(loaded.value()->records.size(), 2);
    QCOMPARE(loaded.value()->readAt, readAt);
    // A refresh replaces the list whole.
    QVERIFY(store->saveReferenceList(QStringLiteral("procore.vendors"), QStringLiteral("acme"),
                                     QString(), {}, readAt.addDays(3)));
    loaded = store->loadReferenceList(QStringLiteral("procore.vendors"), QStringLiteral("acme"),
                                      QString());
    QVERIFY(loaded.value()->records.isEmpty());

    // The crosswalk: the same value in another spelling replaces the choice.
    const QDateTime at(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    CrosswalkChoice c;
    c.target = m_schema->id();
    c.profile = QStringLiteral("acme");
    c.field = QStringLiteral("vendor_id");
    c.value = QStringLiteral(u"Müller  Bau");
    c.id = QStringLiteral("9007199254740993");
    c.chosenAt = at;
    QVERIFY(store->saveChoice(c));
    c.value = QStringLiteral(u"müller bau");
    c.id = QStringLiteral("42");
    QVERIFY(store->saveChoice(c));
    c.field = QStringLiteral("project_id");
    QVERIFY(store->saveChoice(c));
    c.id.clear();
    QVERIFY(!store->saveChoice(c));
    auto choices = store->crosswalk(m_schema->id(), QStringLiteral("acme"));
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.at(1).field, QStringLiteral("vendor_id"));
    QCOMPARE(choices.at(1).id, QStringLiteral("42"));
    QCOMPARE(choices.at(1).valueKey, NameFolding::exactKey(QStringLiteral(u"Müller Bau")));
    QCOMPARE(choices.at(1).chosenAt, at);
    QVERIFY(store->removeChoice(m_schema->id(), QStringLiteral("acme"), QStringLiteral("vendor_id"),
                                QString(), QStringLiteral(u"MÜLLER-BAU")));
    QCOMPARE(store->crosswalk(m_schema->id(), QStringLiteral("acme")).size(), 1);
}

void TestPostgresWorkspace::keepsMappingTemplatesAndSyncHistory()
{
    {
        auto store = openStore();
        QVERIFY(store->saveMappingTemplate({m_schema->id(), QStringLiteral("ERP export"),
                                            QStringLiteral("contract #|vendor"),
                                            QByteArrayLiteral("{\"Contract #\":\"number\"}")}));
        QVERIFY(store->saveMappingTemplate({m_schema->id(), QStringLiteral("ERP export"),
                                            QStringLiteral("contract #|vendor|title"),
                                            QByteArrayLiteral("{}")}));
        QVERIFY(store->saveMappingTemplate({m_schema->id(), QStringLiteral("Newer"),
                                            QStringLiteral("x"), QByteArrayLiteral("{}")}));
        SyncLogEntry e;
        e.at = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0, 125), Qt::UTC);
        e.target = m_schema->id();
        e.rowKey = QStringLiteral("WO-1");
        e.action = QStringLiteral("create");
        e.outcome = QStringLiteral("failed");
        e.httpStatus = 200;
        e.message = QStringLiteral("vendor_id: is not a valid vendor");
        QVector<SyncLogEntry> entries{e};
        QVERIFY(store->appendSyncHistory(entries));
        QVERIFY(entries.first().id > 0);
    }
    auto store = openStore(Workspace::OpenMode::OpenExisting);
    const auto templates = store->mappingTemplates(m_schema->id());
    QCOMPARE(templates.size(), 2);
    QCOMPARE(templates.first().name, QStringLiteral("Newer")); // newest first
    QCOMPARE(templates.at(1).headerSignature, QStringLiteral("contract #|vendor|title"));
    const auto history = store->syncHistory();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().message, QStringLiteral("vendor_id: is not a valid vendor"));
    QCOMPARE(history.first().httpStatus, 200);
    QCOMPARE(history.first().at, QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0, 125), Qt::UTC));
}

void TestPostgresWorkspace::failedImportLeavesNoRow()
{
    auto store = openStore();
    // Cancelled part-way: nothing of it is kept, not even its line in the import history.
    QVector<Record> rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(sampleRecord(i));
    const Status cancelled = store->insertRecords(*m_schema, rows, QStringLiteral("big.csv"),
                                                  [](qint64 done, qint64) { return done < 2048; });
    QVERIFY(!cancelled);
    QCOMPARE(store->recordCount(m_schema->id()), 0);
    // A producer that fails after two batches leaves no row either.
    auto streamed = store->insertStreamed(*m_schema, QStringLiteral("broken.xlsx"),
                                          [&](const RecordSink &sink) {
                                              sink(rows.mid(0, 100));
                                              sink(rows.mid(100, 100));
                                              return Status::failure(QStringLiteral("bad zip"));
                                          });
    QVERIFY(!streamed);
    QCOMPARE(store->recordCount(m_schema->id()), 0);
    auto readAll = store->readAll(*m_registry);
    QVERIFY(readAll);
    QVERIFY(readAll->imports.isEmpty());
    // One that succeeds keeps every row, and the import's count.
    streamed = store->insertStreamed(*m_schema, QStringLiteral("good.xlsx"),
                                     [&](const RecordSink &sink) {
                                         for (int i = 0; i < rows.size(); i += 700)
                                             sink(rows.mid(i, 700));
                                         return Status();
                                     });
    QVERIFY2(streamed, qPrintable(streamed.error()));
    QCOMPARE(streamed.value(), 5000);
    const auto loaded = store->loadRecords(*m_schema).value();
    QCOMPARE(loaded.size(), 5000);
    compareRecords(loaded.at(4321), [&] {
        Record r = rows.at(4321);
        r.setId(loaded.at(4321).id());
        r.setVersion(1);
        return r;
    }());
    QCOMPARE(store->readAll(*m_registry)->imports.first().rowCount, 5000);
}

void TestPostgresWorkspace::newSchemaFieldBecomesAColumn()
{
    {
        auto store = openStore();
        QVector<Record> rows{sampleRecord(1)};
        QVERIFY(store->insertRecords(*m_schema, rows));
    }
    // The same target with one field more, as a later schema file would have it.
    QFile file(QStringLiteral(":/schemas/procore.work_order_contract.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
    fields.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("warranty_amount")},
                              {QStringLiteral("label"), QStringLiteral("Warranty")},
                              {QStringLiteral("type"), QStringLiteral("decimal")}});
    json.insert(QStringLiteral("fields"), fields);
    auto wider = EntitySchema::fromJson(json, QStringLiteral("test"));
    QVERIFY2(wider, qPrintable(wider.error()));
    const EntitySchema &schema = wider.value();
    auto store = openStore(Workspace::OpenMode::OpenExisting);
    auto loaded = store->loadRecords(schema);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->size(), 1);
    const int warranty = schema.indexOf(QStringLiteral("warranty_amount"));
    QVERIFY(!loaded->first().value(warranty).isValid());
    Record r = loaded->first();
    r.setValue(warranty, QVariant::fromValue(money("99.90")));
    QVERIFY(store->updateRecord(schema, r));
    QCOMPARE(store->loadRecords(schema)->first().value(warranty).value<Decimal>().toString(),
             QStringLiteral("99.90"));
}

// Opening a large team workspace over loopback. Set CONTRACTDESK_PG_BENCH=100000 to run; it
// prints the median of three loads.
void TestPostgresWorkspace::loadBenchmark()
{
    const int rows = qEnvironmentVariableIntValue("CONTRACTDESK_PG_BENCH");
    if (rows <= 0)
        QSKIP("set CONTRACTDESK_PG_BENCH=<rows> to measure a load");
    auto store = openStore();
    QElapsedTimer clock;
    clock.start();
    const std::clock_t saveCpu = std::clock();
    const Result<int> saved = store->insertStreamed(
            *m_schema, QStringLiteral("bench.csv"), [&](const RecordSink &sink) {
                for (int start = 0; start < rows; start += 2000) {
                    QVector<Record> batch;
                    for (int i = start; i < std::min(rows, start + 2000); ++i) {
                        Record r = sampleRecord(i);
                        r.setValue(field("description"),
                                   QStringLiteral("Scope of work for line %1").arg(i));
                        r.setValue(field("origin_id"), QStringLiteral("ERP-%1").arg(i));
                        r.setValue(field("project_id"), QVariant::fromValue<qint64>(562));
                        batch.append(std::move(r));
                    }
                    sink(std::move(batch));
                }
                return Status();
            });
    QVERIFY2(saved, qPrintable(saved.error()));
    qInfo("saved %d rows in %lld ms, of which %ld ms of this process's CPU", saved.value(),
          clock.elapsed(), long((std::clock() - saveCpu) * 1000 / CLOCKS_PER_SEC));
    QVector<qint64> times;
    for (int i = 0; i < 3; ++i) {
        auto other = openStore(Workspace::OpenMode::OpenExisting);
        const std::clock_t cpu = std::clock();
        clock.restart();
        auto loaded = other->loadRecords(*m_schema);
        times.append(clock.elapsed());
        // This process's own work, apart from the server's and from whatever else runs.
        qInfo("load %d: %lld ms, of which %ld ms of this process's CPU", i + 1, times.last(),
              long((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC));
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), rows);
    }
    std::sort(times.begin(), times.end());
    qInfo("loaded %d rows: %lld / %lld / %lld ms (median %lld ms)", rows, times.at(0), times.at(1),
          times.at(2), times.at(1));
    // copy-workspace's two halves.
    clock.restart();
    auto content = store->readAll(*m_registry);
    QVERIFY(content);
    const qint64 read = clock.elapsed();
    m_location = WorkspaceLocation::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                                  .arg(m_location.user(), m_location.host())
                                                  .arg(m_location.port())
                                                  .arg(createDatabase()))
                         .value();
    auto copy = openStore();
    clock.restart();
    QVERIFY(copy->writeAll(*m_registry, content.value()));
    qInfo("read the whole workspace in %lld ms, wrote it into another in %lld ms", read,
          clock.elapsed());
}

QTEST_GUILESS_MAIN(TestPostgresWorkspace)
#include "tst_postgresworkspace.moc"
