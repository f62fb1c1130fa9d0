// The vendors' reference lists read from the stand-ins over real HTTP through the sync engine's
// pull path (SyncEngine::runPull with ReferenceListPull: its paging, retries and pacing), every
// page, whether totals are told or not; and a push naming a vendor, customer, project or
// commitment the stand-in does not hold, refused as the vendor refuses it.

#include "decimal.h"
#include "mockvendorserver.h"
#include "referencelistspec.h"
#include "referenceprotocol.h"
#include "schemaregistry.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using Kind = MockVendorServer::ReferenceKind;

class TestReferenceStandIns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryListThroughTheSyncEngine_data();
    void readsEveryListThroughTheSyncEngine();
    void aScopedListNeedsItsProject();
    void procorePushNamingAMissingVendorIsRefused();
    void procorePushToAMissingProjectIsRefusedWhole();
    void intacctPushNamingAMissingCustomerIsRefused();
    void primaveraPushNamingAMissingCommitmentIsRefused();
    void nothingSeededNothingChecked();

private:
    const EntitySchema &schema(const char *id) const
    {
        return *m_schemas->find(QString::fromLatin1(id));
    }
    static SyncEngine::Settings settings(const EntitySchema &schema,
                                         const MockVendorServer &server);
    // The list read through the engine; `outcome` says how the run ended.
    QVector<ReferenceRecord> read(const EntitySchema &schema, const ReferenceListSpec &list,
                                  const ReferenceScope &scope, MockVendorServer &server,
                                  JobOutcome *outcome = nullptr);
    QHash<qint64, ItemResult> push(const EntitySchema &schema, MockVendorServer &server,
                                   const QVector<Record> &records);
    static Record row(const EntitySchema &s, qint64 id,
                      const QList<QPair<const char *, QVariant>> &values);
    static void seed(MockVendorServer &server, const QString &listId, const QString &vendor);

    std::optional<SchemaRegistry> m_schemas;
    std::optional<ReferenceListRegistry> m_lists;
    QNetworkAccessManager m_network;
};

void TestReferenceStandIns::initTestCase()
{
    m_schemas = SchemaRegistry::loadBuiltIn().value();
    m_lists = ReferenceListRegistry::loadBuiltIn().value();
}

SyncEngine::Settings TestReferenceStandIns::settings(const EntitySchema &schema,
                                                     const MockVendorServer &server)
{
    SyncEngine::Settings s;
    s.baseUrl = server.baseUrl();
    s.headers.append({"Authorization", "Bearer " + server.token.toLatin1()});
    if (schema.vendor() == QLatin1String("procore"))
        s.headers.append({"Procore-Company-Id", server.companyId.toLatin1()});
    s.maxConcurrent = 2;
    s.timeoutMs = 5000;
    s.backoffMs = 20;
    return s;
}

QVector<ReferenceRecord> TestReferenceStandIns::read(const EntitySchema &schema,
                                                     const ReferenceListSpec &list,
                                                     const ReferenceScope &scope,
                                                     MockVendorServer &server, JobOutcome *outcome)
{
    const ReferenceListPull pull(schema, list, scope);
    SyncEngine engine(&m_network);
    QVector<ReferenceRecord> records;
    connect(&engine, &SyncEngine::pageDone, this,
            [&](const VendorRequest &, const PullPage &page) { records += page.references; });
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.runPull(pull, pull.pullRequests({}), settings(schema, server));
    if (finished.isEmpty())
        finished.wait(30000);
    if (outcome && !finished.isEmpty())
        *outcome = finished.first().first().value<JobOutcome>();
    return records;
}

QHash<qint64, ItemResult> TestReferenceStandIns::push(const EntitySchema &schema,
                                                      MockVendorServer &server,
                                                      const QVector<Record> &records)
{
    const auto protocol = VendorProtocol::forSchema(schema);
    SyncEngine engine(&m_network);
    QHash<qint64, ItemResult> results;
    connect(&engine, &SyncEngine::batchDone, this,
            [&](const VendorRequest &, const QVector<ItemResult> &batch) {
                for (const ItemResult &r : batch)
                    results.insert(r.recordId, r);
            });
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.run(*protocol, protocol->buildRequests(records), settings(schema, server));
    if (finished.isEmpty())
        finished.wait(30000);
    return results;
}

Record TestReferenceStandIns::row(const EntitySchema &s, qint64 id,
                                  const QList<QPair<const char *, QVariant>> &values)
{
    Record r(s.fieldCount());
    r.setId(id);
    r.setSyncKey(QStringLiteral("cd-%1").arg(id));
    for (const auto &v : values) {
        const int i = s.indexOf(QString::fromLatin1(v.first));
        if (i < 0)
            qFatal("%s has no field %s", qPrintable(s.id()), v.first);
        r.setValue(i, v.second);
    }
    return r;
}

// Seven records of the list's kind: five active, two inactive; contracts and commitments of
// two projects; Procore ids beyond 2^53.
void TestReferenceStandIns::seed(MockVendorServer &server, const QString &listId,
                                 const QString &vendor)
{
    QJsonArray items;
    for (int n = 0; n < 7; ++n) {
        const bool active = n < 5;
        const QString name = QStringLiteral("Record %1").arg(n);
        if (listId == QLatin1String("procore.vendors")) {
            items.append(QJsonObject{{"id", qint64(9007199254740993) + n},
                                     {"name", name},
                                     {"origin_code", QStringLiteral("V-%1").arg(n)},
                                     {"is_active", active},
                                     {"city", "Austin"}});
        } else if (listId == QLatin1String("procore.projects")) {
            items.append(QJsonObject{{"id", qint64(562949953421612) + n},
                                     {"name", name},
                                     {"project_number", QString::number(100 + n)},
                                     {"active", active}});
        } else if (listId == QLatin1String("procore.work_order_contracts")) {
            items.append(QJsonObject{{"id", 774120 + n},
                                     {"title", name},
                                     {"number", QStringLiteral("WO-%1").arg(n)},
                                     {"project_id", qint64(562949953421612) + n % 2},
                                     {"status", active ? "Approved" : "Void"}});
        } else if (listId == QLatin1String("intacct.customers")) {
            items.append(QJsonObject{{"id", QStringLiteral("C-%1").arg(n)},
                                     {"name", name},
                                     {"status", active ? "active" : "inactive"}});
        } else if (listId == QLatin1String("intacct.projects")) {
            items.append(QJsonObject{{"id", QStringLiteral("P-%1").arg(n)},
                                     {"name", name},
                                     {"status", active ? "active" : "inactive"},
                                     {"customer", QJsonObject{{"id", "C-0"}}}});
        } else if (listId == QLatin1String("primavera.projects")) {
            items.append(QJsonObject{{"projectId", 40020 + n},
                                     {"projectName", name},
                                     {"projectCode", QStringLiteral("PRJ-%1").arg(n)},
                                     {"status", active ? "ACTIVE" : "INACTIVE"}});
        } else {
            items.append(QJsonObject{{"itemCode", QStringLiteral("CMT-%1").arg(n)},
                                     {"name", name},
                                     {"projectId", 40020 + n % 2},
                                     {"commitmentStatus", active ? "APPROVED" : "DRAFT"}});
        }
    }
    Kind kind = Kind::Projects;
    if (listId.endsWith(QLatin1String(".vendors")))
        kind = Kind::Vendors;
    else if (listId.endsWith(QLatin1String(".work_order_contracts")))
        kind = Kind::Contracts;
    else if (listId.endsWith(QLatin1String(".customers")))
        kind = Kind::Customers;
    else if (listId.endsWith(QLatin1String("commitments")))
        kind = Kind::Commitments;
    Q_UNUSED(vendor);
    server.seedReferences(kind, items);
}

void TestReferenceStandIns::readsEveryListThroughTheSyncEngine_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("listId");
    QTest::addColumn<QString>("scopeValue");
    QTest::addColumn<bool>("totals");
    QTest::addColumn<QStringList>("ids");      // expected, sorted
    QTest::addColumn<QStringList>("inactive"); // expected, sorted
    QTest::addColumn<int>("requests");         // listing requests the stand-in saw

    auto ids = [](const QString &pattern, const QList<qint64> &numbers) {
        QStringList out;
        for (qint64 n : numbers)
            out.append(pattern.arg(n));
        out.sort();
        return out;
    };
    const QList<qint64> all = {0, 1, 2, 3, 4, 5, 6};
    for (const bool totals : {true, false}) {
        const char *how = totals ? "with totals" : "by next links";
        // Page size 2: Procore's 5 active vendors in 3 pages, the 2 inactive in 1.
        QList<qint64> vendorIds;
        for (qint64 n : all)
            vendorIds.append(9007199254740993 + n);
        QTest::addRow("procore vendors %s", how)
                << "procore.work_order_contract"
                << "procore.vendors" << QString() << totals << ids(QStringLiteral("%1"), vendorIds)
                << ids(QStringLiteral("%1"), {9007199254740998, 9007199254740999}) << 4;
        QList<qint64> projectIds;
        for (qint64 n : all)
            projectIds.append(562949953421612 + n);
        QTest::addRow("procore projects %s", how)
                << "procore.potential_change_order"
                << "procore.projects" << QString() << totals
                << ids(QStringLiteral("%1"), projectIds)
                << ids(QStringLiteral("%1"), {562949953421617, 562949953421618}) << 4;
        QTest::addRow("intacct customers %s", how)
                << "intacct.project_contract"
                << "intacct.customers" << QString() << totals << ids(QStringLiteral("C-%1"), all)
                << ids(QStringLiteral("C-%1"), {5, 6}) << 4;
    }
    // Contracts of one project only (0, 2, 4 and 6 are the first project's; 5 and 6 Void).
    QTest::newRow("procore contracts of a project")
            << "procore.potential_change_order"
            << "procore.work_order_contracts"
            << "562949953421612" << true
            << ids(QStringLiteral("%1"), {774120, 774122, 774124, 774126})
            << ids(QStringLiteral("%1"), {774126}) << 2;
    QTest::newRow("intacct projects")
            << "intacct.project_contract"
            << "intacct.projects" << QString() << true << ids(QStringLiteral("P-%1"), all)
            << ids(QStringLiteral("P-%1"), {5, 6}) << 4;
    QTest::newRow("primavera projects")
            << "primavera.change_order"
            << "primavera.projects" << QString() << true
            << ids(QStringLiteral("%1"), {40020, 40021, 40022, 40023, 40024, 40025, 40026})
            << ids(QStringLiteral("%1"), {40025, 40026}) << 1;
    QTest::newRow("primavera commitments of a project")
            << "primavera.change_order"
            << "primavera.approved_commitments"
            << "40021" << true << ids(QStringLiteral("CMT-%1"), {1, 3, 5})
            << ids(QStringLiteral("CMT-%1"), {5}) << 1;
}

void TestReferenceStandIns::readsEveryListThroughTheSyncEngine()
{
    QFETCH(QString, target);
    QFETCH(QString, listId);
    QFETCH(QString, scopeValue);
    QFETCH(bool, totals);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, inactive);
    QFETCH(int, requests);

    const EntitySchema &s = schema(target.toLatin1().constData());
    MockVendorServer server(s);
    QVERIFY(server.listen());
    server.reportTotals = totals;
    seed(server, listId, s.vendor());
    const ReferenceListSpec *list = m_lists->find(listId);
    QVERIFY(list);

    JobOutcome outcome = JobOutcome::failed(QStringLiteral("did not finish"));
    const ReferenceScope scope{server.companyId, scopeValue, 2};
    const QVector<ReferenceRecord> records = read(s, *list, scope, server, &outcome);
    QVERIFY2(outcome.isCompleted(), qPrintable(outcome.message()));
    QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(u'\n')));
    QStringList readIds;
    QStringList readInactive;
    for (const ReferenceRecord &r : records) {
        readIds.append(r.id);
        if (!r.active)
            readInactive.append(r.id);
        QVERIFY2(r.name.startsWith(QLatin1String("Record ")), qPrintable(r.name));
    }
    readIds.sort();
    readInactive.sort();
    QCOMPARE(readIds, ids); // every page, each record once
    QCOMPARE(readInactive, inactive);
    QCOMPARE(server.pullRequestCount(), requests);
}

void TestReferenceStandIns::aScopedListNeedsItsProject()
{
    const EntitySchema &s = schema("procore.potential_change_order");
    MockVendorServer server(s);
    QVERIFY(server.listen());
    const ReferenceListPull pull(s, *m_lists->find(QStringLiteral("procore.work_order_contracts")),
                                 {server.companyId, QString(), 0});
    QVERIFY(pull.pullRequests({}).isEmpty());
    QVERIFY(!pull.firstRequests());
    QCOMPARE(server.pullRequestCount(), 0);
}

void TestReferenceStandIns::procorePushNamingAMissingVendorIsRefused()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    MockVendorServer server(s);
    QVERIFY(server.listen());
    seed(server, QStringLiteral("procore.vendors"), s.vendor());
    seed(server, QStringLiteral("procore.projects"), s.vendor());
    const qint64 project = 562949953421612;
    const QVector<Record> rows = {
            row(s, 1,
                {{"project_id", project},
                 {"number", "WO-1"},
                 {"vendor_id", qint64(9007199254740993)}}),
            row(s, 2, {{"project_id", project}, {"number", "WO-2"}, {"vendor_id", qint64(4711)}}),
            // An inactive vendor exists: Procore does not say it does not.
            row(s, 3,
                {{"project_id", project},
                 {"number", "WO-3"},
                 {"vendor_id", qint64(9007199254740998)}}),
    };
    const auto results = push(s, server, rows);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.value(1).outcome, ItemResult::Outcome::Created);
    QCOMPARE(results.value(2).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(results.value(2).httpStatus, 200); // inside the sync answer, as Procore does
    QCOMPARE(results.value(2).message, QStringLiteral("vendor: must exist"));
    QCOMPARE(results.value(3).outcome, ItemResult::Outcome::Created);
    QCOMPARE(server.records().size(), 2);
    QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(u'\n')));
}

void TestReferenceStandIns::procorePushToAMissingProjectIsRefusedWhole()
{
    const EntitySchema &s = schema("procore.potential_change_order");
    MockVendorServer server(s);
    QVERIFY(server.listen());
    seed(server, QStringLiteral("procore.projects"), s.vendor());
    seed(server, QStringLiteral("procore.work_order_contracts"), s.vendor());
    const QVector<Record> rows = {
            // A project Procore does not hold.
            row(s, 1,
                {{"project_id", qint64(42)}, {"contract_id", qint64(774120)}, {"number", "PCO-1"}}),
            // A contract of another project.
            row(s, 2,
                {{"project_id", qint64(562949953421612)},
                 {"contract_id", qint64(774121)},
                 {"number", "PCO-2"}}),
            row(s, 3,
                {{"project_id", qint64(562949953421612)},
                 {"contract_id", qint64(774120)},
                 {"number", "PCO-3"}}),
    };
    const auto results = push(s, server, rows);
    QCOMPARE(results.value(1).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(results.value(1).httpStatus, 404);
    QVERIFY2(results.value(1).message.contains(QLatin1String("Project 42 not found")),
             qPrintable(results.value(1).message));
    QCOMPARE(results.value(2).outcome, ItemResult::Outcome::Failed);
    QVERIFY2(results.value(2).message.contains(QLatin1String("Contract 774121 not found")),
             qPrintable(results.value(2).message));
    QCOMPARE(results.value(3).outcome, ItemResult::Outcome::Created);
    QCOMPARE(server.records().size(), 1);
    QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(u'\n')));
}

void TestReferenceStandIns::intacctPushNamingAMissingCustomerIsRefused()
{
    const EntitySchema &s = schema("intacct.project_contract");
    MockVendorServer server(s);
    QVERIFY(server.listen());
    seed(server, QStringLiteral("intacct.customers"), s.vendor());
    seed(server, QStringLiteral("intacct.projects"), s.vendor());
    auto contract = [&](qint64 id, const char *customer, const char *project) {
        return row(s, id,
                   {{"id", QStringLiteral("PC-%1").arg(id)},
                    {"name", QStringLiteral("Contract %1").arg(id)},
                    {"customer.id", QString::fromLatin1(customer)},
                    {"project.id", QString::fromLatin1(project)},
                    {"contractDate", QDate(2026, 4, 1)}});
    };
    // Ids are case-sensitive: c-1 is not C-1.
    const auto results = push(
            s, server,
            {contract(1, "C-1", "P-1"), contract(2, "c-1", "P-1"), contract(3, "C-1", "P-99")});
    QCOMPARE(results.value(1).outcome, ItemResult::Outcome::Created);
    QCOMPARE(results.value(2).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(results.value(2).message,
             QStringLiteral("invalidRequest: Customer c-1 does not exist"));
    QCOMPARE(results.value(3).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(results.value(3).message,
             QStringLiteral("invalidRequest: Project P-99 does not exist"));
    QCOMPARE(results.value(3).httpStatus, 207);
    QCOMPARE(server.records().size(), 1);
    QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(u'\n')));
}

void TestReferenceStandIns::primaveraPushNamingAMissingCommitmentIsRefused()
{
    const EntitySchema &s = schema("primavera.change_order");
    MockVendorServer server(s);
    QVERIFY(server.listen());
    seed(server, QStringLiteral("primavera.projects"), s.vendor());
    seed(server, QStringLiteral("primavera.approved_commitments"), s.vendor());
    auto order = [&](qint64 id, qint64 project, const char *commitment) {
        return row(s, id,
                   {{"sourceId", QStringLiteral("ERP-CO-%1").arg(id)},
                    {"name", QStringLiteral("Change %1").arg(id)},
                    {"projectId", project},
                    {"associatedAgreementCode", QString::fromLatin1(commitment)},
                    {"type", QStringLiteral("COMMITMENT")}});
    };
    const auto results =
            push(s, server,
                 {order(1, 40021, "CMT-1"), order(2, 40021, "CMT-404"), order(3, 40021, "CMT-2"),
                  order(4, 99999, "CMT-1"), order(5, 40021, "CMT-5")});
    QCOMPARE(results.value(1).outcome, ItemResult::Outcome::Created);
    QCOMPARE(results.value(2).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(results.value(2).httpStatus, 400); // the item's statusCode in the 207 answer
    QCOMPARE(results.value(2).message,
             QStringLiteral("PRM-000001053: The commitment CMT-404 does not exist."));
    // CMT-2 is a commitment of the other project.
    QCOMPARE(results.value(3).outcome, ItemResult::Outcome::Failed);
    QVERIFY(results.value(3).message.startsWith(QLatin1String("PRM-000001053")));
    QCOMPARE(results.value(4).outcome, ItemResult::Outcome::Failed);
    QVERIFY2(results.value(4).message.startsWith(QLatin1String("PRM-000000088")),
             qPrintable(results.value(4).message));
    // CMT-5 exists but is a draft: not an approved commitment.
    QCOMPARE(results.value(5).outcome, ItemResult::Outcome::Failed);
    QVERIFY2(results.value(5).message.contains(QLatin1String("not approved")),
             qPrintable(results.value(5).message));
    QCOMPARE(server.records().size(), 1);
    QVERIFY2(server.violations().isEmpty(), qPrintable(server.violations().join(u'\n')));
}

void TestReferenceStandIns::nothingSeededNothingChecked()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    MockVendorServer server(s);
    QVERIFY(server.listen());
    const auto results = push(
            s, server,
            {row(s, 1,
                 {{"project_id", qint64(42)}, {"number", "WO-1"}, {"vendor_id", qint64(4711)}})});
    QCOMPARE(results.value(1).outcome, ItemResult::Outcome::Created);
}

QTEST_GUILESS_MAIN(TestReferenceStandIns)
#include "tst_referencestandins.moc"
