#include "decimal.h"
#include "entityschema.h"
#include "legacyworkspacefile.h"
#include "namefolding.h"
#include "rawtext.h"
#include "referencefixture.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "workspace.h"
#include "workspacecontentcompare.h"
#include "workspacemigrations.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsAndReopensWithTypedValues();
    void refusesMissingFileWhenNotCreating();
    void refusesDamagedFileAndLeavesItUnchanged();
    void refusesNonDatabaseFileAndLeavesItUnchanged();
    void refusesNewerFormatAndLeavesItUnchanged();
    void refusesForeignDatabase();
    void keepsMappingTemplatesAndSyncHistory();
    void usesWalAndFullSync();
    void keepsReferenceListsExactly();
    void refreshReplacesTheListWhole();
    void failedRefreshKeepsTheOldList();
    void keepsChoicesInTheCrosswalk();
    void migratesFormat2Forward();
    void upgradesFormat2WithEveryFieldType();
    void failedUpgradeLeavesTheFileAsItWas();
    void newSchemaFieldBecomesAColumn();
    void tablesReadInAnySqliteTool();
    void streamsRowsWhileTheyAreMade();
    void failedProducerLeavesNoRow();
    void failedWriterStopsTheImport();
    void loadsALargeSheetExactly();
    void versionCountsEachSavedChange();
    void staleChangeIsAConflictAndSavesNothing();
    void upgradesFormat4ToFormat5();
    void pushClaimsHoldRowsForOnePush();
    void claimsLapseUnlessRenewed();
    void concurrentClaimsGrantEachRowOnce();
    void concurrentImportsWaitTheirTurn();
    void refusesAFileOnANetworkDrive();
    void refusesAFileAnotherComputerHolds();
    void twoProcessesOnOneDeskShareAFile();
    void copiesTheWholeWorkspaceExactly();
    void copyRefusesAWorkspaceThatHoldsAnything();
    void comparisonNamesTheFirstDifference();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A workspace as format 2 wrote it: its tables, and rows given as (target, JSON) kept
    // the way it kept them, one JSON text each.
    static void writeFormat2(const QString &file, const QStringList &statements);
    static QVariant sql(const QString &file, const QString &query);
    static QByteArray digest(const QString &file);
    // A record of procore.work_order_contract with a value in every kind of field.
    Record fullRecord(int n) const;
    // Fills a workspace through its API with rows, an edit, a delete, push results, snapshots,
    // history, a template, reference lists and choices; gives the records inserted.
    void fill(WorkspaceStore &ws);
    // Where procore.work_order_contract is in WorkspaceContent::targets (the registry's order).
    int targetIndex() const;

    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    const EntitySchema *m_schema = nullptr;
};

QByteArray TestWorkspace::digest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestWorkspace::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
    m_schema = m_registry->find(QStringLiteral("procore.work_order_contract"));
    QVERIFY(m_schema);
}

void TestWorkspace::createsAndReopensWithTypedValues()
{
    const QString file = path(QStringLiteral("typed.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(ws, qPrintable(ws.error()));
        Record r(m_schema->fieldCount());
        r.setValue(m_schema->indexOf(QStringLiteral("number")), QStringLiteral("WO-1"));
        r.setValue(m_schema->indexOf(QStringLiteral("vendor_id")),
                   QVariant::fromValue<qint64>(Q_INT64_C(562949953421312)));
        r.setValue(m_schema->indexOf(QStringLiteral("retainage_percent")),
                   QVariant::fromValue(*Decimal::fromString(QStringLiteral("10.00"))));
        r.setValue(m_schema->indexOf(QStringLiteral("contract_date")), QDate(2026, 2, 1));
        r.setValue(m_schema->indexOf(QStringLiteral("executed")), true);
        r.setRemoteId(QStringLiteral("4711"));
        r.setSyncKey(QStringLiteral("cd-abc"));
        r.setSyncState(SyncState::Synced);
        QVector<Record> rows{r};
        QVERIFY(ws.value()->insertRecords(*m_schema, rows, QStringLiteral("x.csv")));
        QVERIFY(rows.first().id() > 0);
    }
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY2(ws, qPrintable(ws.error()));
    const auto rows = ws.value()->loadRecords(*m_schema);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const Record &r = rows->first();
    QCOMPARE(r.value(m_schema->indexOf(QStringLiteral("vendor_id"))).toLongLong(),
             Q_INT64_C(562949953421312));
    const Decimal pct =
            r.value(m_schema->indexOf(QStringLiteral("retainage_percent"))).value<Decimal>();
    QCOMPARE(pct.toString(), QStringLiteral("10.00"));
    QCOMPARE(r.value(m_schema->indexOf(QStringLiteral("contract_date"))).toDate(),
             QDate(2026, 2, 1));
    QCOMPARE(r.value(m_schema->indexOf(QStringLiteral("executed"))).toBool(), true);
    QVERIFY(!r.value(m_schema->indexOf(QStringLiteral("title"))).isValid());
    QCOMPARE(r.remoteId(), QStringLiteral("4711"));
    QCOMPARE(r.syncKey(), QStringLiteral("cd-abc"));
    QCOMPARE(r.syncState(), SyncState::Synced);
    QCOMPARE(ws.value()->recordCount(m_schema->id()), 1);
}

void TestWorkspace::refusesMissingFileWhenNotCreating()
{
    auto ws = Workspace::open(path(QStringLiteral("nope.cdw")), Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY(ws.error().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path(QStringLiteral("nope.cdw"))));
}

void TestWorkspace::refusesDamagedFileAndLeavesItUnchanged()
{
    const QString file = path(QStringLiteral("damaged.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        QVector<Record> rows;
        for (int i = 0; i < 500; ++i) {
            Record r(m_schema->fieldCount());
            r.setValue(m_schema->indexOf(QStringLiteral("number")), QStringLiteral("WO-%1").arg(i));
            r.setValue(m_schema->indexOf(QStringLiteral("description")),
                       QString(200, QLatin1Char('x')));
            rows.append(r);
        }
        QVERIFY(ws.value()->insertRecords(*m_schema, rows));
    }
    // Scribble over pages in the middle of the file, past the header.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 16384);
    f.seek(8192);
    f.write(QByteArray(4096, '\x5a'));
    f.close();
    const QByteArray before = digest(file);
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("damaged")), qPrintable(ws.error()));
    QVERIFY(ws.error().contains(QStringLiteral("unchanged")));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesNonDatabaseFileAndLeavesItUnchanged()
{
    const QString file = path(QStringLiteral("sheet.cdw"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("number,title\nWO-1,Lobby\n");
    f.close();
    const QByteArray before = digest(file);
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("not a ContractDesk workspace")),
             qPrintable(ws.error()));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesNewerFormatAndLeavesItUnchanged()
{
    const QString file = path(QStringLiteral("future.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Workspace::kFormatVersion + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    const QByteArray before = digest(file);
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("newer version")), qPrintable(ws.error()));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesForeignDatabase()
{
    const QString file = path(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY(ws.error().contains(QStringLiteral("another program")));
}

void TestWorkspace::keepsMappingTemplatesAndSyncHistory()
{
    const QString file = path(QStringLiteral("history.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        QVERIFY(ws.value()->saveMappingTemplate(
                {m_schema->id(), QStringLiteral("ERP export"), QStringLiteral("contract #|vendor"),
                 QByteArrayLiteral("{\"Contract #\":\"number\"}")}));
        QVERIFY(ws.value()->saveMappingTemplate({m_schema->id(), QStringLiteral("ERP export"),
                                                 QStringLiteral("contract #|vendor|title"),
                                                 QByteArrayLiteral("{}")}));
        SyncLogEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.target = m_schema->id();
        e.rowKey = QStringLiteral("WO-1");
        e.action = QStringLiteral("create");
        e.outcome = QStringLiteral("failed");
        e.httpStatus = 200;
        e.message = QStringLiteral("vendor_id: is not a valid vendor");
        QVector<SyncLogEntry> entries{e};
        QVERIFY(ws.value()->appendSyncHistory(entries));
        QVERIFY(entries.first().id > 0);
    }
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(ws);
    const auto templates = ws.value()->mappingTemplates(m_schema->id());
    QCOMPARE(templates.size(), 1);
    QCOMPARE(templates.first().headerSignature, QStringLiteral("contract #|vendor|title"));
    const auto history = ws.value()->syncHistory();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().message, QStringLiteral("vendor_id: is not a valid vendor"));
    QCOMPARE(history.first().httpStatus, 200);
}

void TestWorkspace::usesWalAndFullSync()
{
    const QString file = path(QStringLiteral("wal.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws);
    QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
}

void TestWorkspace::keepsReferenceListsExactly()
{
    const QString file = path(QStringLiteral("refs.cdw"));
    ReferenceRecord big;
    big.id = QStringLiteral("9007199254740993"); // 2^53 + 1: a double would make it ...992
    big.name = QStringLiteral(u"Müller Trockenbau GmbH · Nord");
    big.originId = QStringLiteral("00017"); // leading zeros are part of the code
    big.originCode = QStringLiteral(u"V-ÄÖÜ");
    big.number = QStringLiteral("123.40");
    big.aliases = {QStringLiteral(u"Müller"), QStringLiteral("M\"T\" \\ GmbH"), QString()};
    big.detail = QStringLiteral(u"München");
    big.active = false;
    const ReferenceRecord max =
            referenceRecord(QStringLiteral("9223372036854775807"), QStringLiteral(u"東京建設"));
    const QDateTime readAt(QDate(2026, 12, 1), QTime(8, 30, 15, 250), Qt::UTC);
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        QVERIFY(ws.value()->saveReferenceList(QStringLiteral("procore.vendors"),
                                              QStringLiteral("acme"), QString(), {big, max},
                                              readAt));
        QVERIFY(ws.value()->saveReferenceList(
                QStringLiteral("procore.contracts"), QStringLiteral("acme"), QStringLiteral("562"),
                {referenceRecord(QStringLiteral("7"), QStringLiteral("WO-7"))}, readAt.addDays(1)));
        QVERIFY(ws.value()->saveReferenceList(QStringLiteral("procore.vendors"),
                                              QStringLiteral("other"), QString(), {max}, readAt));
    }
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY2(ws, qPrintable(ws.error()));
    auto loaded = ws.value()->loadReferenceList(QStringLiteral("procore.vendors"),
                                                QStringLiteral("acme"), QString());
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(loaded.value().has_value());
    const KeptReferenceList &list = *loaded.value();
    QCOMPARE(list.readAt, readAt);
    QCOMPARE(list.recordCount, 2);
    QCOMPARE(list.records.size(), 2);
    const ReferenceRecord &r = list.records.at(0);
    QCOMPARE(r.id, big.id);
    QCOMPARE(r.name, big.name);
    QCOMPARE(r.originId, big.originId);
    QCOMPARE(r.originCode, big.originCode);
    QCOMPARE(r.number, big.number);
    QCOMPARE(r.aliases, big.aliases);
    QCOMPARE(r.detail, big.detail);
    QCOMPARE(r.active, false);
    QCOMPARE(list.records.at(1).id, max.id);
    QCOMPARE(list.records.at(1).name, max.name);
    QCOMPARE(list.records.at(1).active, true);

    // Kept as text in the file too, never as a number.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT typeof(record_id) FROM reference_records")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
        QVERIFY(!q.next());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));

    const auto lists = ws.value()->referenceListsOf(QStringLiteral("acme"));
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).listId, QStringLiteral("procore.contracts"));
    QCOMPARE(lists.at(0).scope, QStringLiteral("562"));
    QCOMPARE(lists.at(0).recordCount, 1);
    QCOMPARE(lists.at(0).readAt, readAt.addDays(1));
    QVERIFY(lists.at(0).records.isEmpty());
    QCOMPARE(lists.at(1).listId, QStringLiteral("procore.vendors"));
    QCOMPARE(lists.at(1).scope, QString());
    const auto all = ws.value()->loadReferenceLists(QStringLiteral("acme"));
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).records.size(), 1);
    QCOMPARE(all->at(1).records.size(), 2);

    // Another scope, profile or list is another list; none kept: no list.
    auto none = ws.value()->loadReferenceList(QStringLiteral("procore.contracts"),
                                              QStringLiteral("acme"), QStringLiteral("563"));
    QVERIFY(none);
    QVERIFY(!none.value().has_value());
    none = ws.value()->loadReferenceList(QStringLiteral("procore.vendors"), QStringLiteral("nope"),
                                         QString());
    QVERIFY(none);
    QVERIFY(!none.value().has_value());
    QCOMPARE(ws.value()->referenceListsOf(QStringLiteral("other")).size(), 1);
}

void TestWorkspace::refreshReplacesTheListWhole()
{
    auto ws = Workspace::open(path(QStringLiteral("refresh.cdw")),
                              Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws);
    const QString list = QStringLiteral("intacct.customers");
    const QDateTime first(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(ws.value()->saveReferenceList(
            list, QStringLiteral("p"), QString(),
            {referenceRecord(QStringLiteral("C-1"), QStringLiteral("One")),
             referenceRecord(QStringLiteral("C-2"), QStringLiteral("Two"))},
            first));
    QVERIFY(ws.value()->saveReferenceList(
            list, QStringLiteral("p"), QString(),
            {referenceRecord(QStringLiteral("C-3"), QStringLiteral("Three"))},
            first.addSecs(3600)));
    auto loaded = ws.value()->loadReferenceList(list, QStringLiteral("p"), QString());
    QVERIFY(loaded && loaded.value());
    QCOMPARE(loaded.value()->records.size(), 1);
    QCOMPARE(loaded.value()->records.first().id, QStringLiteral("C-3"));
    QCOMPARE(loaded.value()->readAt, first.addSecs(3600));
    QCOMPARE(ws.value()->referenceListsOf(QStringLiteral("p")).size(), 1);
    // A vendor that lists nothing any more: an empty list, read then.
    QVERIFY(ws.value()->saveReferenceList(list, QStringLiteral("p"), QString(), {},
                                          first.addDays(1)));
    loaded = ws.value()->loadReferenceList(list, QStringLiteral("p"), QString());
    QVERIFY(loaded && loaded.value());
    QVERIFY(loaded.value()->records.isEmpty());
    QCOMPARE(loaded.value()->readAt, first.addDays(1));
}

void TestWorkspace::failedRefreshKeepsTheOldList()
{
    auto ws = Workspace::open(path(QStringLiteral("failedrefresh.cdw")),
                              Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws);
    const QString list = QStringLiteral("procore.vendors");
    const QDateTime readAt(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(ws.value()->saveReferenceList(
            list, QStringLiteral("p"), QString(),
            {referenceRecord(QStringLiteral("1"), QStringLiteral("A")),
             referenceRecord(QStringLiteral("2"), QStringLiteral("B"))},
            readAt));
    // The new read fails part-way: the second record has no id, the fourth repeats an id.
    QVector<ReferenceRecord> noId = {referenceRecord(QStringLiteral("3"), QStringLiteral("C")),
                                     referenceRecord(QString(), QStringLiteral("D"))};
    QVector<ReferenceRecord> twice = {referenceRecord(QStringLiteral("3"), QStringLiteral("C")),
                                      referenceRecord(QStringLiteral("4"), QStringLiteral("D")),
                                      referenceRecord(QStringLiteral("5"), QStringLiteral("E")),
                                      referenceRecord(QStringLiteral("3"), QStringLiteral("F"))};
    for (const auto &records : {noId, twice}) {
        const Status saved = ws.value()->saveReferenceList(list, QStringLiteral("p"), QString(),
                                                           records, readAt.addDays(1));
        QVERIFY(!saved);
        QVERIFY(!saved.error().isEmpty());
        auto loaded = ws.value()->loadReferenceList(list, QStringLiteral("p"), QString());
        QVERIFY(loaded && loaded.value());
        QCOMPARE(loaded.value()->readAt, readAt);
        QCOMPARE(loaded.value()->recordCount, 2);
        QCOMPARE(loaded.value()->records.size(), 2);
        QCOMPARE(loaded.value()->records.at(0).id, QStringLiteral("1"));
        QCOMPARE(loaded.value()->records.at(1).name, QStringLiteral("B"));
    }
    // A first read that fails keeps no list at all.
    QVERIFY(!ws.value()->saveReferenceList(QStringLiteral("procore.projects"), QStringLiteral("p"),
                                           QString(), noId, readAt));
    QCOMPARE(ws.value()->referenceListsOf(QStringLiteral("p")).size(), 1);
}

void TestWorkspace::keepsChoicesInTheCrosswalk()
{
    const QString file = path(QStringLiteral("crosswalk.cdw"));
    const QDateTime at(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        CrosswalkChoice c;
        c.target = m_schema->id();
        c.profile = QStringLiteral("acme");
        c.field = QStringLiteral("vendor_id");
        c.value = QStringLiteral(u"Müller  Bau");
        c.id = QStringLiteral("9007199254740993");
        c.name = QStringLiteral(u"Müller Bau GmbH");
        c.chosenAt = at;
        QVERIFY(ws.value()->saveChoice(c));
        // The same value in another spelling replaces the choice.
        c.value = QStringLiteral(u"müller bau");
        c.id = QStringLiteral("42");
        QVERIFY(ws.value()->saveChoice(c));
        // Another field, scope or profile is another choice.
        c.field = QStringLiteral("project_id");
        QVERIFY(ws.value()->saveChoice(c));
        c.scope = QStringLiteral("562");
        QVERIFY(ws.value()->saveChoice(c));
        c.profile = QStringLiteral("other");
        QVERIFY(ws.value()->saveChoice(c));
        c.id.clear();
        QVERIFY(!ws.value()->saveChoice(c));
    }
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(ws);
    auto choices = ws.value()->crosswalk(m_schema->id(), QStringLiteral("acme"));
    QCOMPARE(choices.size(), 3);
    QCOMPARE(choices.at(2).field, QStringLiteral("vendor_id"));
    QCOMPARE(choices.at(2).value, QStringLiteral(u"müller bau"));
    QCOMPARE(choices.at(2).valueKey, NameFolding::exactKey(QStringLiteral(u"Müller Bau")));
    QCOMPARE(choices.at(2).id, QStringLiteral("42"));
    QCOMPARE(choices.at(2).name, QStringLiteral(u"Müller Bau GmbH"));
    QCOMPARE(choices.at(2).chosenAt, at);
    QCOMPARE(choices.at(0).field, QStringLiteral("project_id"));
    QCOMPARE(choices.at(0).scope, QString());
    QCOMPARE(choices.at(1).scope, QStringLiteral("562"));
    QCOMPARE(ws.value()->crosswalk(m_schema->id(), QStringLiteral("other")).size(), 1);
    QVERIFY(ws.value()
                    ->crosswalk(QStringLiteral("intacct.project_contract"), QStringLiteral("acme"))
                    .isEmpty());

    QVERIFY(ws.value()->removeChoice(m_schema->id(), QStringLiteral("acme"),
                                     QStringLiteral("vendor_id"), QString(),
                                     QStringLiteral(u"MÜLLER-BAU")));
    choices = ws.value()->crosswalk(m_schema->id(), QStringLiteral("acme"));
    QCOMPARE(choices.size(), 2);
    for (const CrosswalkChoice &c : choices)
        QCOMPARE(c.field, QStringLiteral("project_id"));
}

void TestWorkspace::migratesFormat2Forward()
{
    const QString file = path(QStringLiteral("format2.cdw"));
    // A workspace as the previous version wrote it, with a row in it.
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(WorkspaceMigrations::migrate(db, 0, 2, {}));
        QSqlQuery q(db);
        QVERIFY(q.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(Workspace::kApplicationId)));
        QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO records (target, position, data, sync_state, updated_at) VALUES "
                "('procore.work_order_contract', 1, '{\"number\":\"WO-9\",\"vendor_id\":"
                "{\"raw\":\"Acme Concrete\"}}', 0, '2026-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM reference_lists")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    {
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
        QVERIFY2(ws, qPrintable(ws.error()));
        const auto rows = ws.value()->loadRecords(*m_schema);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().value(m_schema->indexOf(QStringLiteral("number"))).toString(),
                 QStringLiteral("WO-9"));
        QVERIFY(ValueCodec::isRaw(
                rows->first().value(m_schema->indexOf(QStringLiteral("vendor_id")))));
        QVERIFY(ws.value()->referenceListsOf(QStringLiteral("p")).isEmpty());
        QVERIFY(ws.value()->saveReferenceList(
                QStringLiteral("procore.vendors"), QStringLiteral("p"), QString(),
                {referenceRecord(QStringLiteral("8041"), QStringLiteral("Acme Concrete"))},
                QDateTime::currentDateTimeUtc()));
        CrosswalkChoice c;
        c.target = m_schema->id();
        c.profile = QStringLiteral("p");
        c.field = QStringLiteral("vendor_id");
        c.value = QStringLiteral("Acme");
        c.id = QStringLiteral("8041");
        QVERIFY(ws.value()->saveChoice(c));
    }
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Workspace::kFormatVersion);
        QCOMPARE(Workspace::kFormatVersion, 5);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(ws);
    QCOMPARE(ws.value()->referenceListsOf(QStringLiteral("p")).size(), 1);
    QCOMPARE(ws.value()->crosswalk(m_schema->id(), QStringLiteral("p")).size(), 1);
}

void TestWorkspace::writeFormat2(const QString &file, const QStringList &statements)
{
    const QString written = LegacyWorkspaceFile::write(file, 2, statements);
    QVERIFY2(written.isEmpty(), qPrintable(written));
}

QVariant TestWorkspace::sql(const QString &file, const QString &query)
{
    QVariant value;
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(query) && q.next())
                value = q.value(0);
            else
                value = QStringLiteral("error: ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

void TestWorkspace::upgradesFormat2WithEveryFieldType()
{
    const QString file = path(QStringLiteral("every-type.cdw"));
    // Rows as format 2 kept them: integers as JSON numbers, money and dates as strings,
    // booleans, unreadable text as {"raw": …}; a pushed copy; a pull snapshot; and a row of a
    // target this version has no schema for.
    writeFormat2(
            file,
            {QStringLiteral(
                     "INSERT INTO records (id, target, position, data, remote_id, sync_key, "
                     "sync_state, import_id, updated_at, pushed_data) VALUES (7, "
                     "'procore.work_order_contract', 3, '{\"number\":\"WO-7\",\"title\":"
                     "\"Béton armé — “Zone B”\\nline 2\",\"vendor_id\":8041,\"project_id\":"
                     "562949953421613,\"status\":\"Approved\",\"retainage_percent\":"
                     "\"10.50\",\"executed\":true,\"private\":false,\"contract_date\":"
                     "\"2026-03-31\",\"returned_date\":{\"raw\":\"31/02/2026\"},"
                     "\"dropped_field\":1}', '4711', 'cd-7', 2, NULL, '2026-01-01T00:00:00.000Z', "
                     "'{\"number\":\"WO-7\",\"retainage_percent\":\"10.00\"}')"),
             QStringLiteral("INSERT INTO records (id, target, position, data, sync_state, "
                            "updated_at) VALUES (9, 'procore.work_order_contract', 1, "
                            "'{\"number\":\"WO-9\",\"vendor_id\":{\"raw\":\"Acme "
                            "Concrete\"}}', 0, '2026-01-01T00:00:00.000Z')"),
             QStringLiteral("INSERT INTO records (id, target, position, data, sync_state, "
                            "updated_at) VALUES (11, 'primavera.change_order', 1, "
                            "'{\"itemCode\":\"CO-1\",\"timeChange\":-3,\"periodAppliedDate\":"
                            "\"2026-03-31T14:05:00Z\",\"changeOrderCost.changeValue\":"
                            "\"-1250.75\"}', 0, '2026-01-01T00:00:00.000Z')"),
             QStringLiteral("INSERT INTO records (id, target, position, data, sync_state, "
                            "updated_at) VALUES (13, 'intacct.project_contract', 1, "
                            "'{\"id\":\"PC-1\",\"project.id\":\"P-100\",\"customer.id\":"
                            "\"C-7\",\"isBillable\":false,\"summary.totalPrice\":"
                            "\"1000000.01\"}', 0, '2026-01-01T00:00:00.000Z')"),
             QStringLiteral("INSERT INTO records (id, target, position, data, sync_state, "
                            "updated_at) VALUES (12, 'retired.target', 1, '{\"x\":1}', 0, "
                            "'2026-01-01T00:00:00.000Z')"),
             QStringLiteral("INSERT INTO snapshots (id, target, profile, pulled_at, "
                            "record_count) VALUES (5, 'procore.work_order_contract', 'acme', "
                            "'2026-02-01T00:00:00.000Z', 1)"),
             QStringLiteral("INSERT INTO snapshot_records (snapshot_id, position, remote_id, "
                            "sync_key, data) VALUES (5, 1, '4711', 'cd-7', "
                            "'{\"number\":\"WO-7\",\"retainage_percent\":\"9.5\"}')")});
    QCOMPARE(sql(file, QStringLiteral("PRAGMA user_version")).toInt(), 2);

    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    const EntitySchema &s = *m_schema;
    const auto field = [&s](const char *path) { return s.indexOf(QLatin1String(path)); };
    const auto rows = ws.value()->loadRecords(s);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows->size(), 2);
    // In sheet order (position 1 before 3), with their ids, keys and states.
    const Record &nine = rows->at(0);
    const Record &seven = rows->at(1);
    QCOMPARE(nine.id(), 9);
    QCOMPARE(seven.id(), 7);
    QCOMPARE(seven.remoteId(), QStringLiteral("4711"));
    QCOMPARE(seven.syncKey(), QStringLiteral("cd-7"));
    QCOMPARE(seven.syncState(), SyncState::ChangedSincePush);
    QCOMPARE(seven.value(field("number")).toString(), QStringLiteral("WO-7"));
    QCOMPARE(seven.value(field("title")).toString(),
             QStringLiteral(u"Béton armé — “Zone B”\nline 2"));
    QCOMPARE(seven.value(field("vendor_id")).userType(), int(QMetaType::LongLong));
    QCOMPARE(seven.value(field("vendor_id")).toLongLong(), 8041);
    QCOMPARE(seven.value(field("project_id")).toLongLong(), Q_INT64_C(562949953421613));
    QCOMPARE(seven.value(field("status")).toString(), QStringLiteral("Approved"));
    QCOMPARE(seven.value(field("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("10.50"));
    QCOMPARE(seven.value(field("executed")).userType(), int(QMetaType::Bool));
    QCOMPARE(seven.value(field("executed")).toBool(), true);
    QCOMPARE(seven.value(field("private")).toBool(), false);
    QVERIFY(seven.value(field("private")).isValid());
    QCOMPARE(seven.value(field("contract_date")).toDate(), QDate(2026, 3, 31));
    QVERIFY(ValueCodec::isRaw(seven.value(field("returned_date"))));
    QCOMPARE(seven.value(field("returned_date")).value<RawText>().text,
             QStringLiteral("31/02/2026"));
    QVERIFY(!seven.value(field("description")).isValid());
    QCOMPARE(nine.value(field("vendor_id")).value<RawText>().text, QStringLiteral("Acme Concrete"));

    const EntitySchema &co = *m_registry->find(QStringLiteral("primavera.change_order"));
    const auto changeOrders = ws.value()->loadRecords(co);
    QVERIFY(changeOrders);
    QCOMPARE(changeOrders->size(), 1);
    const Record &c = changeOrders->first();
    QCOMPARE(c.value(co.indexOf(QStringLiteral("timeChange"))).toLongLong(), -3);
    QCOMPARE(c.value(co.indexOf(QStringLiteral("periodAppliedDate"))).toDateTime(),
             QDateTime(QDate(2026, 3, 31), QTime(14, 5), Qt::UTC));
    QCOMPARE(c.value(co.indexOf(QStringLiteral("changeOrderCost.changeValue")))
                     .value<Decimal>()
                     .toString(),
             QStringLiteral("-1250.75"));

    const EntitySchema &pc = *m_registry->find(QStringLiteral("intacct.project_contract"));
    const auto contracts = ws.value()->loadRecords(pc);
    QVERIFY(contracts);
    QCOMPARE(contracts->size(), 1);
    const Record &k = contracts->first();
    QCOMPARE(pc.field(pc.indexOf(QStringLiteral("project.id"))).type, FieldType::Reference);
    QCOMPARE(k.value(pc.indexOf(QStringLiteral("project.id"))).toString(), QStringLiteral("P-100"));
    QCOMPARE(k.value(pc.indexOf(QStringLiteral("customer.id"))).toString(), QStringLiteral("C-7"));
    QCOMPARE(k.value(pc.indexOf(QStringLiteral("isBillable"))).toBool(), false);
    QCOMPARE(k.value(pc.indexOf(QStringLiteral("summary.totalPrice"))).value<Decimal>().toString(),
             QStringLiteral("1000000.01"));

    const auto pushed = ws.value()->lastPushed(s);
    QVERIFY(pushed);
    QCOMPARE(pushed->size(), 1);
    QCOMPARE(pushed->value(7).value(field("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("10.00"));
    Workspace::SnapshotInfo info;
    const auto snapshot = ws.value()->loadSnapshot(s, QStringLiteral("acme"), &info);
    QVERIFY(snapshot);
    QCOMPARE(info.id, 5);
    QCOMPARE(snapshot->size(), 1);
    QCOMPARE(snapshot->first().remoteId(), QStringLiteral("4711"));
    QCOMPARE(snapshot->first().value(field("retainage_percent")).value<Decimal>().toString(),
             QStringLiteral("9.5"));
    ws.value().reset();

    // On disk: the current format, typed columns, the unknown target's row kept where it was, no
    // copy.
    QCOMPARE(sql(file, QStringLiteral("PRAGMA user_version")).toInt(), Workspace::kFormatVersion);
    QCOMPARE(sql(file, QStringLiteral("SELECT typeof(vendor_id) || ',' || typeof(executed) || "
                                      "',' || retainage_percent || ',' || contract_date FROM "
                                      "procore_work_order_contract WHERE _id = 7"))
                     .toString(),
             QStringLiteral("integer,integer,10.50,2026-03-31"));
    QCOMPARE(sql(file, QStringLiteral("SELECT target FROM records")).toString(),
             QStringLiteral("retired.target"));
    QVERIFY(sql(file, QStringLiteral("SELECT 1 FROM snapshot_records"))
                    .toString()
                    .startsWith(QLatin1String("error"))); // emptied, so dropped
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("every-type.cdw.*")});
    QVERIFY2(left.filter(QStringLiteral("copy")).isEmpty(), qPrintable(left.join(u' ')));
}

void TestWorkspace::failedUpgradeLeavesTheFileAsItWas()
{
    const QString file = path(QStringLiteral("stuck.cdw"));
    // A table in the way of the upgrade (a name format 4 needs, without its columns): the
    // upgrade fails part-way and must leave nothing of itself.
    writeFormat2(file, {QStringLiteral("INSERT INTO records (target, position, data, sync_state, "
                                       "updated_at) VALUES ('procore.work_order_contract', 1, "
                                       "'{\"number\":\"WO-1\"}', 0, '2026-01-01T00:00:00.000Z')"),
                        QStringLiteral("CREATE TABLE procore_work_order_contract (x)")});
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QLatin1String("format 4")), qPrintable(ws.error()));
    QCOMPARE(sql(file, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(sql(file, QStringLiteral("SELECT data FROM records")).toString(),
             QStringLiteral("{\"number\":\"WO-1\"}"));
    QCOMPARE(sql(file, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('"
                                      "procore_work_order_contract')"))
                     .toInt(),
             1);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("stuck.cdw.*copy*")}).isEmpty());
}

void TestWorkspace::newSchemaFieldBecomesAColumn()
{
    // The target as an older schema file described it: without `exclusions`.
    QTemporaryDir older;
    QFile in(QStringLiteral(":/schemas/procore.work_order_contract.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject schema = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray fields = schema.value(QLatin1String("fields")).toArray();
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).toObject().value(QLatin1String("path")).toString() ==
            QLatin1String("exclusions"))
            fields.removeAt(i--);
    }
    schema.insert(QStringLiteral("fields"), fields);
    QFile out(older.filePath(QStringLiteral("procore.work_order_contract.json")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(schema).toJson());
    out.close();
    auto oldRegistry = SchemaRegistry::loadDirectory(older.path());
    QVERIFY2(oldRegistry, qPrintable(oldRegistry.error()));
    const EntitySchema &oldSchema = *oldRegistry.value().find(m_schema->id());
    QCOMPARE(oldSchema.fieldCount(), m_schema->fieldCount() - 1);

    const QString file = path(QStringLiteral("new-field.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, oldRegistry.value());
        QVERIFY2(ws, qPrintable(ws.error()));
        QVector<Record> rows(1, Record(oldSchema.fieldCount()));
        rows[0].setValue(oldSchema.indexOf(QStringLiteral("number")), QStringLiteral("WO-1"));
        QVERIFY(ws.value()->insertRecords(oldSchema, rows));
    }
    QVERIFY(sql(file, QStringLiteral("SELECT exclusions FROM procore_work_order_contract"))
                    .toString()
                    .startsWith(QLatin1String("error")));
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    auto rows = ws.value()->loadRecords(*m_schema);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    Record row = rows->first();
    QCOMPARE(row.value(m_schema->indexOf(QStringLiteral("number"))).toString(),
             QStringLiteral("WO-1"));
    const int exclusions = m_schema->indexOf(QStringLiteral("exclusions"));
    QVERIFY(!row.value(exclusions).isValid());
    row.setValue(exclusions, QStringLiteral("Permits"));
    QVERIFY(ws.value()->updateRecord(*m_schema, row));
    QCOMPARE(ws.value()->loadRecords(*m_schema)->first().value(exclusions).toString(),
             QStringLiteral("Permits"));
}

void TestWorkspace::tablesReadInAnySqliteTool()
{
    // What a person sees in a SQLite tool: a column per field with the field's own type, the
    // row's version counting value edits.
    const QString file = path(QStringLiteral("tool.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    Record r(m_schema->fieldCount());
    r.setValue(m_schema->indexOf(QStringLiteral("number")), QStringLiteral("WO-1"));
    r.setValue(m_schema->indexOf(QStringLiteral("vendor_id")), QVariant::fromValue<qint64>(8041));
    r.setValue(m_schema->indexOf(QStringLiteral("retainage_percent")),
               QVariant::fromValue(*Decimal::fromString(QStringLiteral("5.250"))));
    r.setValue(m_schema->indexOf(QStringLiteral("contract_date")), QDate(2026, 1, 2));
    r.setValue(m_schema->indexOf(QStringLiteral("executed")), false);
    QVector<Record> rows{r};
    QVERIFY(ws.value()->insertRecords(*m_schema, rows));
    QCOMPARE(sql(file, QStringLiteral("SELECT _version FROM procore_work_order_contract")).toInt(),
             1);
    rows[0].setValue(m_schema->indexOf(QStringLiteral("title")), QStringLiteral("Steel"));
    QVERIFY(ws.value()->updateRecord(*m_schema, rows[0]));
    QCOMPARE(sql(file, QStringLiteral("SELECT _version || '|' || number || '|' || vendor_id || "
                                      "'|' || typeof(vendor_id) || '|' || retainage_percent || "
                                      "'|' || typeof(retainage_percent) || '|' || contract_date "
                                      "|| '|' || executed || '|' || title FROM "
                                      "procore_work_order_contract"))
                     .toString(),
             QStringLiteral("2|WO-1|8041|integer|5.250|text|2026-01-02|0|Steel"));
    QCOMPARE(sql(file, QStringLiteral("SELECT type FROM pragma_table_info('"
                                      "procore_work_order_contract') WHERE name = 'vendor_id'"))
                     .toString(),
             QStringLiteral("INTEGER"));
}

namespace {

QVector<Record> numbered(const EntitySchema &schema, int from, int count)
{
    QVector<Record> rows;
    for (int i = from; i < from + count; ++i) {
        Record r(schema.fieldCount());
        r.setValue(schema.indexOf(QStringLiteral("number")), QStringLiteral("WO-%1").arg(i));
        r.setValue(schema.indexOf(QStringLiteral("vendor_id")), QVariant::fromValue<qint64>(i));
        rows.append(r);
    }
    return rows;
}

// Hands `batches` batches of `size` numbered rows, from `from` on, to insertStreamed, and ends
// the way `end` says (a failure stands for a read error or Cancel).
Result<int> streamNumbered(WorkspaceStore &ws, const EntitySchema &schema, int from, int batches,
                           int size, const Status &end)
{
    return ws.insertStreamed(schema, QStringLiteral("b.csv"), [&](const RecordSink &sink) {
        for (int b = 0; b < batches; ++b)
            sink(numbered(schema, from + b * size, size));
        return end;
    });
}

} // namespace

void TestWorkspace::streamsRowsWhileTheyAreMade()
{
    const QString file = path(QStringLiteral("streamed.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    QVector<Record> first = numbered(*m_schema, 0, 2);
    QVERIFY(ws.value()->insertRecords(*m_schema, first, QStringLiteral("a.csv")));
    // More batches than the queue holds, so the maker waits for the writer at times.
    const auto saved = streamNumbered(*ws.value(), *m_schema, 2, 20, 500, Status());
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved.value(), 10000);
    const auto rows = ws.value()->loadRecords(*m_schema);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 10002);
    const int number = m_schema->indexOf(QStringLiteral("number"));
    for (int i = 0; i < rows->size(); ++i)
        QCOMPARE(rows->at(i).value(number).toString(), QStringLiteral("WO-%1").arg(i));
    ws.value().reset();
    QCOMPARE(sql(file, QStringLiteral("SELECT group_concat(source || ':' || row_count) FROM "
                                      "imports ORDER BY id"))
                     .toString(),
             QStringLiteral("a.csv:2,b.csv:10000"));
}

void TestWorkspace::failedProducerLeavesNoRow()
{
    const QString file = path(QStringLiteral("producer.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    QVector<Record> first = numbered(*m_schema, 0, 3);
    QVERIFY(ws.value()->insertRecords(*m_schema, first, QStringLiteral("a.csv")));
    // Cancelled (or a read error) after batches were written: the transaction goes, whole.
    const auto saved = streamNumbered(*ws.value(), *m_schema, 100, 5, 1000,
                                      Status::failure(QStringLiteral("cancelled")));
    QVERIFY(!saved);
    QCOMPARE(saved.error(), QStringLiteral("cancelled"));
    QCOMPARE(ws.value()->recordCount(m_schema->id()), 3);
    QCOMPARE(ws.value()->loadRecords(*m_schema)->size(), 3);
    ws.value().reset();
    QCOMPARE(sql(file, QStringLiteral("SELECT COUNT(*) FROM imports")).toInt(), 1);
}

void TestWorkspace::failedWriterStopsTheImport()
{
    const QString file = path(QStringLiteral("writer.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
    }
    // A row the file refuses part-way (here a trigger; in life a full disk): the writer
    // stops, the maker is not left waiting on a full queue, and nothing is kept.
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral(
                         "CREATE TRIGGER refuse BEFORE INSERT ON procore_work_order_contract "
                         "WHEN NEW.number = 'WO-1500' BEGIN SELECT RAISE(ABORT, 'disk full'); "
                         "END")),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    int handed = 0;
    const auto saved = ws.value()->insertStreamed(*m_schema, QStringLiteral("b.csv"),
                                                  [&](const RecordSink &sink) {
                                                      for (int b = 0; b < 40; ++b, ++handed)
                                                          sink(numbered(*m_schema, b * 1000, 1000));
                                                      return Status();
                                                  });
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(QLatin1String("disk full")), qPrintable(saved.error()));
    QCOMPARE(handed, 40);
    QCOMPARE(ws.value()->recordCount(m_schema->id()), 0);
}

void TestWorkspace::loadsALargeSheetExactly()
{
    // Enough rows for the load to decode on a second thread: every value, id, key and state
    // comes back as it went in, in sheet order.
    const QString file = path(QStringLiteral("large.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    const EntitySchema &s = *m_schema;
    const auto field = [&s](const char *path) { return s.indexOf(QLatin1String(path)); };
    QVector<Record> rows;
    for (int i = 0; i < 45000; ++i) {
        Record r(s.fieldCount());
        r.setValue(field("number"), QStringLiteral("WO-%1").arg(i));
        r.setValue(field("vendor_id"),
                   i % 97 == 0 ? QVariant::fromValue(RawText{QStringLiteral("Acme %1").arg(i)})
                               : QVariant::fromValue<qint64>(i * 1000003LL));
        if (i % 3)
            r.setValue(field("retainage_percent"),
                       QVariant::fromValue(
                               *Decimal::fromString(QStringLiteral("%1.%2").arg(i % 11).arg(
                                       i % 100, 2, 10, QLatin1Char('0')))));
        r.setValue(field("contract_date"), QDate(2020, 1, 1).addDays(i % 3000));
        r.setValue(field("executed"), i % 2 == 0);
        r.setValue(
                field("description"),
                QStringLiteral(u"Scope %1 — Béton armé\nМонтаж «%2»\n配管工事").arg(i).arg(i % 7));
        if (i % 5 == 0) {
            r.setRemoteId(QString::number(5000000 + i));
            r.setSyncKey(QStringLiteral("cd-%1").arg(i));
            r.setSyncState(SyncState::Synced);
        }
        rows.append(r);
    }
    QVERIFY(ws.value()->insertRecords(s, rows, QStringLiteral("large.csv")));
    // A row edited once: its version comes back from the second thread's decoding too.
    rows[7].setValue(field("number"), QStringLiteral("WO-7 edited"));
    QVERIFY(ws.value()->updateRecord(s, rows.at(7)));
    rows[7].setVersion(2);
    const auto loaded = ws.value()->loadRecords(s);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Record &want = rows.at(i);
        const Record &got = loaded->at(i);
        QCOMPARE(got.id(), want.id());
        QCOMPARE(got.remoteId(), want.remoteId());
        QCOMPARE(got.syncKey(), want.syncKey());
        QCOMPARE(got.syncState(), want.syncState());
        QCOMPARE(got.version(), want.version());
        for (int f = 0; f < s.fieldCount(); ++f)
            QVERIFY2(ValueCodec::identical(got.value(f), want.value(f)),
                     qPrintable(QStringLiteral("row %1, %2").arg(i).arg(s.field(f).path)));
    }
}

void TestWorkspace::versionCountsEachSavedChange()
{
    const QString file = path(QStringLiteral("versions.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    const int number = m_schema->indexOf(QStringLiteral("number"));
    QVector<Record> rows{fullRecord(1), fullRecord(2)};
    QVERIFY(ws.value()->insertRecords(*m_schema, rows, QStringLiteral("v.csv")));
    QCOMPARE(rows.at(0).version(), 1);
    QCOMPARE(rows.at(1).version(), 1);
    QVector<Record> appended{fullRecord(3)};
    QVERIFY(ws.value()->appendRecords(*m_schema, appended));
    QCOMPARE(appended.first().version(), 1);

    Record edited = rows.at(0);
    edited.setValue(number, QStringLiteral("WO-1a"));
    QVERIFY(ws.value()->updateRecord(*m_schema, edited));
    edited.setVersion(2);
    edited.setValue(number, QStringLiteral("WO-1b"));
    QVERIFY(ws.value()->updateRecord(*m_schema, edited));
    // Version 0: not checked (a caller that never read the version), still counted.
    Record unchecked = rows.at(1);
    unchecked.setVersion(0);
    QVERIFY(ws.value()->updateRecord(*m_schema, unchecked));
    auto loaded = ws.value()->loadRecords(*m_schema);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 3);
    QCOMPARE(loaded->at(0).version(), 3);
    QCOMPARE(loaded->at(0).value(number).toString(), QStringLiteral("WO-1b"));
    QCOMPARE(loaded->at(1).version(), 2);
    QCOMPARE(loaded->at(2).version(), 1);

    // Undoing a delete brings the row back at the version it had: an edit based on it applies.
    QVector<qint64> positions;
    QVERIFY(ws.value()->removeRecords(*m_schema, {loaded->at(0).id()}, positions));
    Record gone = loaded->at(0);
    const Status missing = ws.value()->updateRecord(*m_schema, gone);
    QVERIFY(!missing);
    QVERIFY(!missing.isConflict());
    QVERIFY2(missing.error().contains(QLatin1String("no longer")), qPrintable(missing.error()));
    QVERIFY(ws.value()->restoreRecords(*m_schema, {gone}, positions));
    loaded = ws.value()->loadRecords(*m_schema);
    QVERIFY(loaded);
    QCOMPARE(loaded->at(0).id(), gone.id());
    QCOMPARE(loaded->at(0).version(), 3);
    QVERIFY(ws.value()->updateRecord(*m_schema, gone));
}

void TestWorkspace::staleChangeIsAConflictAndSavesNothing()
{
    // Two stores on one file: two people's view of it.
    const QString file = path(QStringLiteral("stale.cdw"));
    auto anna = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(anna, qPrintable(anna.error()));
    auto ben = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(ben, qPrintable(ben.error()));
    const int title = m_schema->indexOf(QStringLiteral("title"));
    QVector<Record> rows{fullRecord(1), fullRecord(2), fullRecord(3)};
    QVERIFY(anna.value()->insertRecords(*m_schema, rows));

    const auto bensView = ben.value()->loadRecords(*m_schema);
    QVERIFY(bensView);
    Record annas = rows.at(1);
    annas.setValue(title, QStringLiteral("Anna's title"));
    QVERIFY(anna.value()->updateRecord(*m_schema, annas));

    // Ben changes rows 1 and 2 in one step, based on what he read before Anna's change.
    Record first = bensView->at(0);
    first.setValue(title, QStringLiteral("Ben's first"));
    Record second = bensView->at(1);
    second.setValue(title, QStringLiteral("Ben's title"));
    const Status stale = ben.value()->updateRecords(*m_schema, {first, second});
    QVERIFY(!stale);
    QVERIFY(stale.isConflict());
    QVERIFY2(stale.error().contains(QLatin1String("someone else changed row 2")),
             qPrintable(stale.error()));
    const auto after = anna.value()->loadRecords(*m_schema);
    QVERIFY(after);
    QCOMPARE(after->at(0).value(title), rows.at(0).value(title));
    QCOMPARE(after->at(0).version(), 1);
    QCOMPARE(after->at(1).value(title).toString(), QStringLiteral("Anna's title"));
    QCOMPARE(after->at(1).version(), 2);

    // Based on the version he sees now, Ben's change is saved.
    second.setVersion(after->at(1).version());
    QVERIFY(ben.value()->updateRecords(*m_schema, {first, second}));
    const auto last = anna.value()->loadRecords(*m_schema);
    QVERIFY(last);
    QCOMPARE(last->at(1).value(title).toString(), QStringLiteral("Ben's title"));
    QCOMPARE(last->at(1).version(), 3);
}

void TestWorkspace::upgradesFormat4ToFormat5()
{
    // A format 4 file: the same tables, without the push leases.
    const QString file = path(QStringLiteral("format4.cdw"));
    QVector<Record> rows{fullRecord(1)};
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
        QVERIFY(ws.value()->insertRecords(*m_schema, rows));
    }
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE push_claims")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    QCOMPARE(sql(file, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                      "'push_claims'"))
                     .toInt(),
             0);

    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    QCOMPARE(sql(file, QStringLiteral("PRAGMA user_version")).toInt(), 5);
    const auto loaded = ws.value()->loadRecords(*m_schema);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 1);
    QCOMPARE(loaded->first().id(), rows.first().id());
    QCOMPARE(loaded->first().version(), 1);
    const auto claim = ws.value()->claimRows(m_schema->id(), {rows.first().id()},
                                             {QStringLiteral("push-1"), QStringLiteral("anna")},
                                             std::chrono::seconds(60));
    QVERIFY2(claim, qPrintable(claim.error()));
    QCOMPARE(claim->granted, QVector<qint64>{rows.first().id()});
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("format4.cdw.*copy*")}).isEmpty());
}

void TestWorkspace::pushClaimsHoldRowsForOnePush()
{
    const QString file = path(QStringLiteral("claims.cdw"));
    auto window = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(window, qPrintable(window.error()));
    auto cli = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(cli, qPrintable(cli.error()));
    const QString target = m_schema->id();
    const WorkspaceStore::ClaimHolder anna{QStringLiteral("push-a"),
                                           QStringLiteral("anna on desk-1")};
    const WorkspaceStore::ClaimHolder ben{QStringLiteral("push-b"),
                                          QStringLiteral("ben on desk-1")};
    const std::chrono::seconds minute(60);

    auto first = window.value()->claimRows(target, {1, 2, 3}, anna, minute);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->granted, (QVector<qint64>{1, 2, 3}));
    QVERIFY(first->heldBy.isEmpty());

    auto second = cli.value()->claimRows(target, {2, 3, 4}, ben, minute);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->granted, QVector<qint64>{4});
    QCOMPARE(second->heldBy.size(), 2);
    QCOMPARE(second->heldBy.value(2), QStringLiteral("anna on desk-1"));
    QCOMPARE(second->heldBy.value(3), QStringLiteral("anna on desk-1"));

    // The same holder claiming again renews; another target's row 4 is another row.
    auto again = window.value()->claimRows(target, {1, 4}, anna, minute);
    QVERIFY(again);
    QCOMPARE(again->granted, QVector<qint64>{1});
    QCOMPARE(again->heldBy.value(4), QStringLiteral("ben on desk-1"));
    auto elsewhere = window.value()->claimRows(QStringLiteral("procore.other"), {4}, anna, minute);
    QVERIFY(elsewhere);
    QCOMPARE(elsewhere->granted, QVector<qint64>{4});

    QVERIFY(window.value()->releaseClaims(anna.id));
    auto after = cli.value()->claimRows(target, {1, 2, 3, 4}, ben, minute);
    QVERIFY(after);
    QCOMPARE(after->granted, (QVector<qint64>{1, 2, 3, 4}));
    QCOMPARE(sql(file, QStringLiteral("SELECT COUNT(*) FROM push_claims WHERE holder_id = "
                                      "'push-a'"))
                     .toInt(),
             0);
}

void TestWorkspace::claimsLapseUnlessRenewed()
{
    const QString file = path(QStringLiteral("lapse.cdw"));
    auto killed = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(killed, qPrintable(killed.error()));
    auto running = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(running, qPrintable(running.error()));
    auto next = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(next, qPrintable(next.error()));
    const QString target = m_schema->id();
    const std::chrono::seconds second(1);
    // A push that was killed holds rows 1 and 2; a running one holds 3 and keeps renewing.
    QVERIFY(killed.value()->claimRows(target, {1, 2}, {QStringLiteral("k"), QStringLiteral("kim")},
                                      second));
    QVERIFY(running.value()->claimRows(target, {3}, {QStringLiteral("r"), QStringLiteral("rae")},
                                       second));
    QVERIFY(running.value()->renewClaims(QStringLiteral("r"), std::chrono::seconds(60)));
    const WorkspaceStore::ClaimHolder lee{QStringLiteral("n"), QStringLiteral("lee")};
    auto early = next.value()->claimRows(target, {1, 2, 3}, lee, std::chrono::seconds(60));
    QVERIFY(early);
    QVERIFY(early->granted.isEmpty());
    QCOMPARE(early->heldBy.value(1), QStringLiteral("kim"));
    QTest::qWait(1200);
    auto late = next.value()->claimRows(target, {1, 2, 3}, lee, std::chrono::seconds(60));
    QVERIFY(late);
    QCOMPARE(late->granted, (QVector<qint64>{1, 2}));
    QCOMPARE(late->heldBy.value(3), QStringLiteral("rae"));
}

void TestWorkspace::concurrentClaimsGrantEachRowOnce()
{
    // Two threads with a store each (two processes' view of one file) claim the same rows at
    // once, a few at a time: every row is granted to exactly one of them.
    const QString file = path(QStringLiteral("race.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
    }
    const SchemaRegistry &registry = *m_registry;
    const QString target = m_schema->id();
    QVector<qint64> granted[2];
    QString errors[2];
    const auto push = [&](int who) {
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, registry);
        if (!ws) {
            errors[who] = ws.error();
            return;
        }
        const WorkspaceStore::ClaimHolder holder{QStringLiteral("push-%1").arg(who),
                                                 QStringLiteral("holder %1").arg(who)};
        for (qint64 from = 1; from <= 400; from += 8) {
            QVector<qint64> ids;
            for (qint64 id = from; id < from + 8; ++id)
                ids.append(who == 0 ? id : 401 - id);
            auto claim = ws.value()->claimRows(target, ids, holder, std::chrono::seconds(60));
            if (!claim) {
                errors[who] = claim.error();
                return;
            }
            granted[who] += claim->granted;
        }
    };
    std::thread a(push, 0);
    std::thread b(push, 1);
    a.join();
    b.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    QSet<qint64> all;
    for (const auto &list : granted) {
        for (qint64 id : list) {
            QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("row %1 granted twice").arg(id)));
            all.insert(id);
        }
    }
    QCOMPARE(all.size(), 400);
}

void TestWorkspace::concurrentImportsWaitTheirTurn()
{
    // Two processes on one desk import at once (the window and the command line): each write
    // waits for the other's instead of failing, and no row is lost.
    const QString file = path(QStringLiteral("imports.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
    }
    const SchemaRegistry &registry = *m_registry;
    const EntitySchema &schema = *m_schema;
    QString errors[2];
    const auto import = [&](int who) {
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, registry);
        if (!ws) {
            errors[who] = ws.error();
            return;
        }
        for (int batch = 0; batch < 15 && errors[who].isEmpty(); ++batch) {
            QVector<Record> rows;
            for (int n = 0; n < 30; ++n)
                rows.append(fullRecord(who * 1000 + batch * 30 + n));
            if (const Status saved = ws.value()->insertRecords(schema, rows, QStringLiteral("x"));
                !saved)
                errors[who] = saved.error();
            QVector<SyncLogEntry> line(1);
            line[0].at = QDateTime::currentDateTimeUtc();
            line[0].target = schema.id();
            line[0].action = QStringLiteral("skip");
            line[0].outcome = QStringLiteral("skipped");
            if (const Status saved = ws.value()->appendSyncHistory(line); !saved)
                errors[who] = saved.error();
        }
    };
    std::thread a(import, 0);
    std::thread b(import, 1);
    a.join();
    b.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    const auto loaded = ws.value()->loadRecords(schema);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), 2 * 15 * 30);
    QSet<qint64> positions;
    const auto content = ws.value()->readAll(*m_registry);
    QVERIFY(content);
    for (const WorkspaceContent::Row &row : content->targets.at(targetIndex()).rows)
        positions.insert(row.position);
    QCOMPARE(positions.size(), 2 * 15 * 30); // every row its own place
    QCOMPARE(ws.value()->syncHistory().size(), 2 * 15);
}

void TestWorkspace::refusesAFileOnANetworkDrive()
{
    const QString existing = path(QStringLiteral("shared-drive.cdw"));
    {
        auto ws = Workspace::open(existing, Workspace::OpenMode::CreateIfMissing, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
    }
    const QString fresh = path(QStringLiteral("shared-new.cdw"));
    qputenv(Workspace::kTreatAsNetworkFs, "1");
    auto refused = Workspace::open(existing, Workspace::OpenMode::OpenExisting, *m_registry);
    auto refusedNew = Workspace::open(fresh, Workspace::OpenMode::CreateIfMissing, *m_registry);
    qunsetenv(Workspace::kTreatAsNetworkFs);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("is on a network drive")),
             qPrintable(refused.error()));
    QVERIFY(refused.error().contains(QLatin1String("Share to Team Workspace")));
    QVERIFY(refused.error().contains(
            QStringLiteral("copy-workspace %1 postgresql://").arg(existing)));
    QVERIFY(!refusedNew);
    QVERIFY(!QFile::exists(fresh));
    QVERIFY(!QFile::exists(Workspace::holderNotePath(existing)));
    // On a local disk (this test's folder) the same file opens.
    auto local = Workspace::open(existing, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(local, qPrintable(local.error()));
}

void TestWorkspace::refusesAFileAnotherComputerHolds()
{
    const QString file = path(QStringLiteral("held.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
        QVector<Record> rows{fullRecord(1)};
        QVERIFY(ws.value()->insertRecords(*m_schema, rows));
    }
    QVERIFY(!QFile::exists(Workspace::holderNotePath(file)));
    // Anna has it open on her computer, over the share.
    {
        QFile note(Workspace::holderNotePath(file));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write(QJsonDocument(QJsonObject{{QStringLiteral("host"),
                                              QStringLiteral("annas-laptop.example")},
                                             {QStringLiteral("user"), QStringLiteral("anna")},
                                             {QStringLiteral("pid"), 4242}})
                           .toJson());
    }
    const QByteArray before = digest(file);
    auto refused = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(
                     QLatin1String("is open on another computer (annas-laptop.example, by anna)")),
             qPrintable(refused.error()));
    QVERIFY(refused.error().contains(QLatin1String("team workspace")));
    QCOMPARE(digest(file), before);
    // Once her note is gone the file opens again.
    QVERIFY(QFile::remove(Workspace::holderNotePath(file)));
    auto opened = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(opened, qPrintable(opened.error()));
}

void TestWorkspace::twoProcessesOnOneDeskShareAFile()
{
    const QString file = path(QStringLiteral("desk.cdw"));
    const QString notePath = Workspace::holderNotePath(file);
    // Another process of this computer holds it (a window while the command line runs).
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
    }
    {
        QFile note(notePath);
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write(QJsonDocument(QJsonObject{{QStringLiteral("host"), QSysInfo::machineHostName()},
                                             {QStringLiteral("user"), QStringLiteral("me")},
                                             {QStringLiteral("pid"), 1}})
                           .toJson());
    }
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
        QVERIFY2(ws, qPrintable(ws.error()));
    }
    // Its note stays: it names the other process, not this one.
    QVERIFY(QFile::exists(notePath));
    QVERIFY(QFile::remove(notePath));

    // This process's note is written while the file is open and goes when it is closed.
    auto first = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(QFile::exists(notePath));
    {
        QFile note(notePath);
        QVERIFY(note.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(note.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("host")).toString(), QSysInfo::machineHostName());
        QCOMPARE(qint64(written.value(QStringLiteral("pid")).toDouble()),
                 QCoreApplication::applicationPid());
    }
    auto second = Workspace::open(file, Workspace::OpenMode::OpenExisting, *m_registry);
    QVERIFY2(second, qPrintable(second.error()));
    QVector<Record> rows{fullRecord(1)};
    QVERIFY(second.value()->insertRecords(*m_schema, rows));
    QCOMPARE(first.value()->recordCount(m_schema->id()), 1);
    first.value().reset();
    second.value().reset();
    QVERIFY(!QFile::exists(notePath));
}

Record TestWorkspace::fullRecord(int n) const
{
    const EntitySchema &s = *m_schema;
    const auto field = [&s](const char *path) { return s.indexOf(QLatin1String(path)); };
    Record r(s.fieldCount());
    r.setValue(field("number"), QStringLiteral("WO-%1").arg(n));
    r.setValue(field("title"), QStringLiteral(u"Béton armé — Bauabschnitt %1\nМонтаж "
                                              u"«труб»\n配管工事 🏗")
                                       .arg(n));
    r.setValue(field("vendor_id"), QVariant::fromValue<qint64>(Q_INT64_C(562949953421312) + n));
    r.setValue(field("status"), QStringLiteral("Out For Signature"));
    r.setValue(field("accounting_method"), QStringLiteral("amount"));
    r.setValue(field("retainage_percent"),
               QVariant::fromValue(*Decimal::fromString(
                       n % 2 ? QStringLiteral("12345678901234567.89") : QStringLiteral("-10.50"))));
    r.setValue(field("executed"), n % 2 == 0);
    r.setValue(field("private"), false);
    r.setValue(field("contract_date"), QDate(2026, 2, n % 28 + 1));
    r.setValue(field("actual_completion_date"), QDate(1999, 12, 31));
    // Left empty: contract_start_date, description and the rest.
    r.setValue(field("inclusions"), QStringLiteral("Line one\r\nLine two\n\ttabbed \"quoted\""));
    r.setValue(field("project_id"), QVariant::fromValue(RawText{QStringLiteral("Tower B")}));
    r.setValue(field("origin_id"), QStringLiteral("cd-%1").arg(n));
    return r;
}

int TestWorkspace::targetIndex() const
{
    const QVector<EntitySchema> &schemas = m_registry->schemas();
    for (int i = 0; i < schemas.size(); ++i) {
        if (schemas.at(i).id() == m_schema->id())
            return i;
    }
    return -1;
}

void TestWorkspace::fill(WorkspaceStore &ws)
{
    const EntitySchema &s = *m_schema;
    QVector<Record> rows;
    for (int n = 1; n <= 6; ++n)
        rows.append(fullRecord(n));
    QVERIFY(ws.insertRecords(s, rows, QStringLiteral(u"Übersicht März.xlsx")));
    QVector<Record> added{fullRecord(7)};
    QVERIFY(ws.appendRecords(s, added)); // no import
    Record edited = rows.at(1);
    edited.setValue(s.indexOf(QStringLiteral("title")), QStringLiteral("Edited twice"));
    QVERIFY(ws.updateRecord(s, edited));
    edited.setVersion(2);
    QVERIFY(ws.updateRecord(s, edited));

    // Pushed: rows 1 and 3 accepted, row 4 failed; row 3 deleted since (its pushed values stay).
    QVector<Record> pushed{rows.at(0), rows.at(2), rows.at(3)};
    pushed[0].setRemoteId(QStringLiteral("9007199254740993"));
    pushed[0].setSyncKey(QStringLiteral("cd-key-1"));
    pushed[0].setSyncState(SyncState::Synced);
    pushed[1].setRemoteId(QStringLiteral("4711"));
    pushed[1].setSyncKey(QStringLiteral("cd-key-3"));
    pushed[1].setSyncState(SyncState::Synced);
    pushed[2].setSyncKey(QStringLiteral("cd-key-4"));
    pushed[2].setSyncState(SyncState::Failed);
    QVector<SyncLogEntry> entries;
    for (const Record &r : pushed) {
        SyncLogEntry e;
        e.at = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 123), Qt::UTC);
        e.target = s.id();
        e.profile = QStringLiteral("procore-prod");
        e.recordId = r.id();
        e.rowKey = r.syncKey();
        e.action = QStringLiteral("create");
        e.outcome = r.syncState() == SyncState::Synced ? QStringLiteral("created")
                                                       : QStringLiteral("failed");
        e.remoteId = r.remoteId();
        e.httpStatus = r.syncState() == SyncState::Synced ? 201 : 422;
        e.message = r.syncState() == SyncState::Synced
                            ? QString()
                            : QStringLiteral("Vendor is inactive\nline 2");
        entries.append(e);
    }
    QVERIFY(ws.commitSyncResults(s, pushed, entries));
    QVector<qint64> positions;
    QVERIFY(ws.removeRecords(s, {rows.at(2).id()}, positions));
    QVector<SyncLogEntry> more(1);
    more[0].at = QDateTime(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC);
    more[0].target = s.id();
    more[0].action = QStringLiteral("skip");
    more[0].outcome = QStringLiteral("skipped");
    QVERIFY(ws.appendSyncHistory(more));

    // Two pulls of one profile, one of another.
    QVector<Record> pulled{fullRecord(11), fullRecord(12)};
    pulled[0].setRemoteId(QStringLiteral("4711"));
    pulled[0].setSyncKey(QStringLiteral("cd-key-3"));
    QVERIFY(ws.saveSnapshot(s, QStringLiteral("procore-prod"), pulled,
                            QDateTime(QDate(2026, 3, 3), QTime(8, 0, 0, 7), Qt::UTC)));
    QVERIFY(ws.saveSnapshot(s, QStringLiteral("procore-prod"), {fullRecord(13)},
                            QDateTime(QDate(2026, 3, 4), QTime(8, 0), Qt::UTC)));
    QVERIFY(ws.saveSnapshot(s, QStringLiteral("procore-sandbox"), {},
                            QDateTime(QDate(2026, 3, 5), QTime(8, 0), Qt::UTC)));

    QVERIFY(ws.saveMappingTemplate({s.id(), QStringLiteral(u"März layout"),
                                    QStringLiteral("number|title|vendor"),
                                    QByteArrayLiteral("{\"number\":0,\"title\":1}")}));
    QVERIFY(ws.saveMappingTemplate(
            {s.id(), QStringLiteral("Plain"), QStringLiteral("a|b"), QByteArrayLiteral("{}")}));

    ReferenceRecord acme;
    acme.id = QStringLiteral("9007199254740993");
    acme.name = QStringLiteral("Acme Concrete");
    acme.originId = QStringLiteral("V-1");
    acme.number = QStringLiteral("100");
    acme.aliases = {QStringLiteral("ACME"), QStringLiteral(u"Acmé")};
    acme.detail = QStringLiteral("Berlin");
    ReferenceRecord old;
    old.id = QStringLiteral("12");
    old.name = QStringLiteral("Old Vendor");
    old.active = false;
    QVERIFY(ws.saveReferenceList(QStringLiteral("procore.vendors"), QStringLiteral("procore-prod"),
                                 QString(), {acme, old},
                                 QDateTime(QDate(2026, 3, 1), QTime(7, 0, 0, 1), Qt::UTC)));
    QVERIFY(ws.saveReferenceList(QStringLiteral("procore.cost_codes"),
                                 QStringLiteral("procore-prod"), QStringLiteral("project 7"), {old},
                                 QDateTime(QDate(2026, 3, 1), QTime(7, 5), Qt::UTC)));

    CrosswalkChoice choice;
    choice.target = s.id();
    choice.profile = QStringLiteral("procore-prod");
    choice.field = QStringLiteral("vendor_id");
    choice.value = QStringLiteral("Acme  Concrete Inc.");
    choice.id = acme.id;
    choice.name = acme.name;
    choice.chosenAt = QDateTime(QDate(2026, 3, 1), QTime(7, 30), Qt::UTC);
    QVERIFY(ws.saveChoice(choice));
    choice.field = QStringLiteral("project_id");
    choice.scope = QStringLiteral("company 3");
    choice.value = QStringLiteral("Tower B");
    choice.id = QStringLiteral("77");
    QVERIFY(ws.saveChoice(choice));

    // A row in a second target.
    const EntitySchema &other = m_registry->schemas().at(targetIndex() == 0 ? 1 : 0);
    QVector<Record> otherRows{Record(other.fieldCount())};
    QVERIFY(ws.insertRecords(other, otherRows, QStringLiteral("other.csv")));
}

void TestWorkspace::copiesTheWholeWorkspaceExactly()
{
    const QString from = path(QStringLiteral("desk-original.cdw"));
    const QString to = path(QStringLiteral("desk-copy.cdw"));
    auto source = Workspace::open(from, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(source, qPrintable(source.error()));
    fill(*source.value());
    if (QTest::currentTestFailed())
        return;
    const auto content = source.value()->readAll(*m_registry);
    QVERIFY2(content, qPrintable(content.error()));

    // What was read is the whole workspace.
    QCOMPARE(content->targets.size(), m_registry->schemas().size());
    const WorkspaceContent::Target &wo = content->targets.at(targetIndex());
    QCOMPARE(wo.target, m_schema->id());
    QCOMPARE(wo.rows.size(), 6);
    QCOMPARE(wo.rows.at(1).record.version(), 3);
    QCOMPARE(wo.rows.at(1).importId, content->imports.first().id);
    QCOMPARE(wo.rows.last().importId, 0);
    QVERIFY(wo.rows.at(2).position > wo.rows.at(1).position + 1); // the deleted row's place
    QCOMPARE(wo.pushed.size(), 2); // row 3's pushed values stay after its delete
    QCOMPARE(wo.snapshots.size(), 3);
    QCOMPARE(wo.snapshots.first().records.size(), 2);
    QCOMPARE(content->imports.size(), 2);
    QCOMPARE(content->templates.size(), 2);
    QCOMPARE(content->history.size(), 4);
    QCOMPARE(content->referenceLists.size(), 2);
    QCOMPARE(content->referenceLists.first().records.size(), 1);
    QCOMPARE(content->crosswalk.size(), 2);
    QVERIFY(wo.rows.first().updatedAt.isValid());

    auto copy = Workspace::open(to, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(copy, qPrintable(copy.error()));
    const Status written = copy.value()->writeAll(*m_registry, content.value());
    QVERIFY2(written, qPrintable(written.error()));
    const auto back = copy.value()->readAll(*m_registry);
    QVERIFY2(back, qPrintable(back.error()));
    const QString difference = firstDifference(content.value(), back.value());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // The copy works as a workspace: the same rows and values load, and new ids follow the
    // copied ones, so history lines keep naming their rows.
    const auto loaded = copy.value()->loadRecords(*m_schema);
    QVERIFY(loaded);
    const auto original = source.value()->loadRecords(*m_schema);
    QVERIFY(original);
    QCOMPARE(loaded->size(), original->size());
    for (int i = 0; i < loaded->size(); ++i) {
        QCOMPARE(loaded->at(i).id(), original->at(i).id());
        QCOMPARE(loaded->at(i).version(), original->at(i).version());
        for (int f = 0; f < m_schema->fieldCount(); ++f)
            QVERIFY(ValueCodec::identical(loaded->at(i).value(f), original->at(i).value(f)));
    }
    QVector<Record> next{fullRecord(99)};
    QVERIFY(copy.value()->insertRecords(*m_schema, next, QStringLiteral("later.csv")));
    QVERIFY(next.first().id() > wo.rows.last().record.id());
    QVERIFY(copy.value()->lastPushed(*m_schema)->contains(wo.rows.first().record.id()));
    QCOMPARE(copy.value()->snapshots(*m_schema).size(), 3);
}

void TestWorkspace::copyRefusesAWorkspaceThatHoldsAnything()
{
    const QString from = path(QStringLiteral("refuse-from.cdw"));
    auto source = Workspace::open(from, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(source, qPrintable(source.error()));
    QVector<Record> rows{fullRecord(1)};
    QVERIFY(source.value()->insertRecords(*m_schema, rows));
    const auto content = source.value()->readAll(*m_registry);
    QVERIFY2(content, qPrintable(content.error()));

    // A workspace holding only a template, and one holding a row.
    const QString withTemplate = path(QStringLiteral("refuse-template.cdw"));
    auto a = Workspace::open(withTemplate, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY(a);
    QVERIFY(a.value()->saveMappingTemplate(
            {m_schema->id(), QStringLiteral("t"), QStringLiteral("h"), QByteArrayLiteral("{}")}));
    const Status refused = a.value()->writeAll(*m_registry, content.value());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("already holds mapping templates")),
             qPrintable(refused.error()));
    QCOMPARE(a.value()->recordCount(m_schema->id()), 0);

    const Status twice = source.value()->writeAll(*m_registry, content.value());
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(QLatin1String("already holds rows of")),
             qPrintable(twice.error()));
    QCOMPARE(source.value()->recordCount(m_schema->id()), 1);

    // A failure at the very end (the same choice twice) leaves the new workspace empty: the
    // rows and the template written before it are rolled back too.
    WorkspaceContent broken = content.value();
    broken.templates.append(
            {{m_schema->id(), QStringLiteral("t"), QStringLiteral("h"), QByteArrayLiteral("{}")},
             QDateTime::currentDateTimeUtc()});
    CrosswalkChoice choice;
    choice.target = m_schema->id();
    choice.profile = QStringLiteral("p");
    choice.field = QStringLiteral("vendor_id");
    choice.value = QStringLiteral("Acme");
    choice.id = QStringLiteral("1");
    choice.chosenAt = QDateTime::currentDateTimeUtc();
    broken.crosswalk = {choice, choice};
    auto b = Workspace::open(path(QStringLiteral("refuse-broken.cdw")),
                             Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY(b);
    QVERIFY(!b.value()->writeAll(*m_registry, broken));
    QCOMPARE(b.value()->recordCount(m_schema->id()), 0);
    QVERIFY(b.value()->mappingTemplates(m_schema->id()).isEmpty());
}

void TestWorkspace::comparisonNamesTheFirstDifference()
{
    const QString file = path(QStringLiteral("compare.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(ws, qPrintable(ws.error()));
    fill(*ws.value());
    if (QTest::currentTestFailed())
        return;
    const auto content = ws.value()->readAll(*m_registry);
    QVERIFY2(content, qPrintable(content.error()));
    QCOMPARE(firstDifference(content.value(), content.value()), QString());
    const int index = targetIndex();
    const int pct = m_schema->indexOf(QStringLiteral("retainage_percent"));

    // 10.5 is not 10.50: the scale of money is part of it.
    WorkspaceContent changed = content.value();
    changed.targets[index].rows[1].record.setValue(
            pct, QVariant::fromValue(*Decimal::fromString(QStringLiteral("-10.5"))));
    const QString money = firstDifference(content.value(), changed);
    QVERIFY2(money.contains(QLatin1String("row 2")) && money.contains(QLatin1String("-10.50")),
             qPrintable(money));

    changed = content.value();
    changed.targets[index].rows[0].record.setVersion(7);
    QVERIFY(firstDifference(content.value(), changed).contains(QLatin1String("version")));
    changed = content.value();
    changed.history[1].at = changed.history[1].at.addMSecs(1);
    QVERIFY(firstDifference(content.value(), changed).contains(QLatin1String("time")));
    changed = content.value();
    changed.referenceLists[1].records[0].aliases.append(QStringLiteral("x"));
    QVERIFY(firstDifference(content.value(), changed).contains(QLatin1String("aliases")));
    changed = content.value();
    changed.crosswalk.removeLast();
    QVERIFY(firstDifference(content.value(), changed).contains(QLatin1String("crosswalk")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
