// Reading the vendors' reference lists as pure functions: the first requests of every list and
// answer pages read into ReferenceRecords with the further pages they make known. One golden
// file per vendor (golden/references_<vendor>.json: the requests and the pages as read),
// reviewed by hand against VENDOR_APIS.md; the facts that matter most are checked literally too.
// CD_UPDATE_GOLDEN=1 rewrites the golden files from the code; review the diff before committing.

#include "entityschema.h"
#include "referencelistspec.h"
#include "referenceprotocol.h"
#include "schemaregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestReferenceProtocols : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void procoreMatchesTheGoldenFile();
    void intacctMatchesTheGoldenFile();
    void primaveraMatchesTheGoldenFile();
    void procoreVendorsReadActiveAndInactiveListings();
    void procoreIdsBeyondDoublePrecisionStayExact();
    void procoreFollowsTheNextLinkWithoutTotal();
    void procoreContractsNeedTheirProject();
    void procoreListsNeedTheCompany();
    void intacctPagesByTotalCountElseNext();
    void intacctErrorEndsTheList();
    void primaveraCommitmentsNotApprovedAreInactive();
    void statusesRetryOrFail_data();
    void statusesRetryOrFail();
    void pullAdapterCarriesTheRecords();

private:
    const ReferenceListSpec &list(const char *id) const
    {
        return *m_lists->find(QLatin1String(id));
    }
    static QJsonObject describe(const VendorRequest &r);
    static QJsonObject describe(const ReferencePage &page);
    static QJsonObject describe(const ReferenceRecord &r);
    static void compareWithGolden(const QString &name, const QJsonObject &actual);
    static QString query(const VendorRequest &r, const char *name)
    {
        for (const auto &item : r.query) {
            if (item.first == QLatin1String(name))
                return item.second;
        }
        return QStringLiteral("<absent>");
    }

    std::optional<ReferenceListRegistry> m_lists;
    std::optional<SchemaRegistry> m_schemas;
};

namespace {

const char *const kVendors = R"([
  {"id": 562949953421700, "name": "Acme Concrete Inc.", "abbreviated_name": "Acme",
   "legal_name": "Acme Concrete Incorporated", "origin_id": "V-100", "origin_code": "ACME",
   "is_active": true, "city": "Austin", "state_code": "TX"},
  {"id": 9007199254740993, "name": "AAA Plumbing", "abbreviated_name": "AAA Plumbing",
   "origin_id": null, "origin_code": "AAA-TX", "is_active": true, "city": "Dallas",
   "state_code": "TX"}
])";
const char *const kInactiveVendors = R"([
  {"id": 8041, "name": "Old Steel Co", "origin_code": "OLD", "city": "Tulsa"}
])";
const char *const kProjects = R"([
  {"id": 562949953421612, "name": "Building A", "display_name": "100 - Building A",
   "project_number": "100", "origin_id": "JOB-100", "active": true, "city": "Austin"},
  {"id": 562949953421613, "name": "Closed tower", "project_number": "090", "active": false}
])";
const char *const kContracts = R"([
  {"id": 774120, "title": "Concrete foundations", "number": "WO-1001", "origin_id": "ERP-WO-1",
   "status": "Approved", "vendor": {"id": 562949953421700, "name": "Acme Concrete Inc."}},
  {"id": 774121, "title": "Steel", "number": "WO-1002", "status": "Void"}
])";

} // namespace

void TestReferenceProtocols::initTestCase()
{
    auto lists = ReferenceListRegistry::loadBuiltIn();
    QVERIFY2(lists, qPrintable(lists.error()));
    m_lists = std::move(lists).value();
    auto schemas = SchemaRegistry::loadBuiltIn();
    QVERIFY2(schemas, qPrintable(schemas.error()));
    m_schemas = std::move(schemas).value();
}

QJsonObject TestReferenceProtocols::describe(const VendorRequest &r)
{
    QJsonObject headers;
    for (const auto &h : r.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
    return {{QStringLiteral("line"), r.requestLine()},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), r.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(QString::fromUtf8(r.body))}};
}

QJsonObject TestReferenceProtocols::describe(const ReferenceRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("originId"), r.originId},
            {QStringLiteral("originCode"), r.originCode},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(r.aliases)},
            {QStringLiteral("detail"), r.detail},
            {QStringLiteral("active"), r.active}};
}

QJsonObject TestReferenceProtocols::describe(const ReferencePage &page)
{
    QJsonArray records;
    for (const ReferenceRecord &r : page.records)
        records.append(describe(r));
    QJsonArray next;
    for (const VendorRequest &r : page.next)
        next.append(describe(r));
    return {{QStringLiteral("records"), records},
            {QStringLiteral("next"), next},
            {QStringLiteral("total"), page.total},
            {QStringLiteral("retry"), page.retry},
            {QStringLiteral("problem"), page.problem}};
}

void TestReferenceProtocols::compareWithGolden(const QString &name, const QJsonObject &actual)
{
    const QString path =
            QStringLiteral(CD_SOURCE_DIR "/tests/unit/golden/references_%1.json").arg(name);
    if (qEnvironmentVariableIsSet("CD_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject expected = QJsonDocument::fromJson(in.readAll()).object();
    QVERIFY(!expected.isEmpty());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(it.key() + QLatin1String(": ") +
                            QString::fromUtf8(
                                    QJsonDocument(actual.value(it.key()).toObject()).toJson())));
    QCOMPARE(actual.keys(), expected.keys());
}

void TestReferenceProtocols::procoreMatchesTheGoldenFile()
{
    ReferenceScope scope{QStringLiteral("4264"), QString(), 2};
    QJsonObject actual;
    for (const char *id : {"procore.vendors", "procore.projects"}) {
        const ReferenceProtocol protocol(list(id));
        QJsonArray requests;
        for (const VendorRequest &r : protocol.listRequests(scope).value())
            requests.append(describe(r));
        actual.insert(QLatin1String(id) + QLatin1String(" first requests"), requests);
    }
    const ReferenceProtocol vendors(list("procore.vendors"));
    const auto first = vendors.listRequests(scope).value();
    actual.insert(QStringLiteral("procore.vendors page 1 of 3"),
                  describe(vendors.parsePage(first.at(0), 200, {{"Total", "5"}, {"Per-Page", "2"}},
                                             kVendors)));
    actual.insert(
            QStringLiteral("procore.vendors inactive"),
            describe(vendors.parsePage(first.at(1), 200, {{"Total", "1"}}, kInactiveVendors)));
    const ReferenceProtocol projects(list("procore.projects"));
    actual.insert(QStringLiteral("procore.projects page"),
                  describe(projects.parsePage(projects.listRequests(scope).value().first(), 200,
                                              {{"Total", "2"}}, kProjects)));
    const ReferenceProtocol contracts(list("procore.work_order_contracts"));
    const ReferenceScope project{QStringLiteral("4264"), QStringLiteral("562949953421612"), 0};
    const VendorRequest contractRequest = contracts.listRequests(project).value().first();
    actual.insert(QStringLiteral("procore.work_order_contracts first request"),
                  describe(contractRequest));
    actual.insert(
            QStringLiteral("procore.work_order_contracts page"),
            describe(contracts.parsePage(contractRequest, 200, {{"Total", "2"}}, kContracts)));
    compareWithGolden(QStringLiteral("procore"), actual);

    // Literally: both vendor listings, the company in the query and in the inactive path.
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).requestLine(),
             QStringLiteral("GET /rest/v1.0/vendors?company_id=4264&page=1&per_page=2"));
    QCOMPARE(first.at(1).requestLine(),
             QStringLiteral("GET /rest/v1.0/companies/4264/vendors/inactive?page=1&per_page=2"));
    QCOMPARE(contractRequest.requestLine(),
             QStringLiteral("GET /rest/v1.0/work_order_contracts?project_id=562949953421612&"
                            "page=1&per_page=1000"));
}

void TestReferenceProtocols::intacctMatchesTheGoldenFile()
{
    const ReferenceScope scope{QString(), QString(), 2};
    QJsonObject actual;
    for (const char *id : {"intacct.customers", "intacct.projects"}) {
        const ReferenceProtocol protocol(list(id));
        QJsonArray requests;
        for (const VendorRequest &r : protocol.listRequests(scope).value())
            requests.append(describe(r));
        actual.insert(QLatin1String(id) + QLatin1String(" first requests"), requests);
    }
    const ReferenceProtocol customers(list("intacct.customers"));
    const VendorRequest first = customers.listRequests(scope).value().first();
    actual.insert(
            QStringLiteral("intacct.customers page 1 of 3"),
            describe(customers.parsePage(
                    first, 200, {},
                    R"({"ia::result": [{"id": "BTI", "name": "Berkeley Technology", "status": "active"},
                                       {"id": "bti", "name": "BTI Holdings", "status": "inactive"}],
                        "ia::meta": {"totalCount": 5, "start": 1, "pageSize": 2, "next": 3}})")));
    const ReferenceProtocol projects(list("intacct.projects"));
    actual.insert(QStringLiteral("intacct.projects page without totalCount"),
                  describe(projects.parsePage(
                          projects.listRequests(scope).value().first(), 200, {},
                          R"({"ia::result": [{"id": "DIM - BTI", "name": "BTI main office",
                                        "status": "active", "customer": {"id": "BTI"}}],
                        "ia::meta": {"start": 1, "pageSize": 2, "next": 3}})")));
    compareWithGolden(QStringLiteral("intacct"), actual);

    QCOMPARE(first.requestLine(), QStringLiteral("POST /services/core/query"));
    QCOMPARE(first.body, QByteArray(R"({"object":"accounts-receivable/customer",)"
                                    R"("fields":["id","name","status"],"start":1,"size":2})"));
}

void TestReferenceProtocols::primaveraMatchesTheGoldenFile()
{
    ProtocolOptions cloud;
    cloud.apiRoot = QStringLiteral("/api/restapi");
    const ReferenceScope project{QString(), QStringLiteral("40021"), 0};
    QJsonObject actual;
    const ReferenceProtocol projects(list("primavera.projects"));
    const VendorRequest projectRequest = projects.listRequests(project).value().first();
    actual.insert(QStringLiteral("primavera.projects first request"), describe(projectRequest));
    actual.insert(QStringLiteral("primavera.projects under the cloud root"),
                  describe(ReferenceProtocol(list("primavera.projects"), cloud)
                                   .listRequests(project)
                                   .value()
                                   .first()));
    actual.insert(
            QStringLiteral("primavera.projects page"),
            describe(projects.parsePage(
                    projectRequest, 200, {},
                    R"([{"projectId": 40021, "projectName": "North tower", "projectCode": "NT-01",
                         "sourceId": "JOB-40021", "status": "ACTIVE", "workspaceCode": "EAST"},
                        {"projectId": 40022, "projectName": "Old yard", "projectCode": "OY",
                         "status": "INACTIVE"}])")));
    const ReferenceProtocol commitments(list("primavera.approved_commitments"));
    const VendorRequest commitmentRequest = commitments.listRequests(project).value().first();
    actual.insert(QStringLiteral("primavera.approved_commitments first request"),
                  describe(commitmentRequest));
    actual.insert(
            QStringLiteral("primavera.approved_commitments page"),
            describe(commitments.parsePage(commitmentRequest, 200, {},
                                           R"([{"commitmentId": 900000000001, "itemCode": "CMT-001",
                         "name": "Curtain wall system", "sourceId": "ERP-PO-24001",
                         "referenceNumber": "PO-24001", "commitmentStatus": "APPROVED",
                         "toCompanyName": "Glassworks", "projectId": 40021},
                        {"commitmentId": 900000000002, "itemCode": "CMT-009", "name": "Paving",
                         "commitmentStatus": "DRAFT", "projectId": 40021}])")));
    compareWithGolden(QStringLiteral("primavera"), actual);

    QCOMPARE(commitmentRequest.requestLine(),
             QStringLiteral("GET /primeapi/restapi/commitment/externallySourced"
                            "?filters=projectId=40021"));
}

void TestReferenceProtocols::procoreVendorsReadActiveAndInactiveListings()
{
    const ReferenceProtocol protocol(list("procore.vendors"));
    const auto requests = protocol.listRequests({QStringLiteral("4264"), QString(), 0}).value();
    QVERIFY(!protocol.isInactiveListing(requests.at(0)));
    QVERIFY(protocol.isInactiveListing(requests.at(1)));

    const ReferencePage active = protocol.parsePage(requests.at(0), 200, {}, kVendors);
    QCOMPARE(active.records.size(), 2);
    const ReferenceRecord &acme = active.records.at(0);
    QCOMPARE(acme.name, QStringLiteral("Acme Concrete Inc."));
    QCOMPARE(acme.originId, QStringLiteral("V-100"));
    QCOMPARE(acme.originCode, QStringLiteral("ACME"));
    QCOMPARE(acme.aliases, QStringList({"Acme", "Acme Concrete Incorporated"}));
    QCOMPARE(acme.detail, QStringLiteral("Austin, TX"));
    QVERIFY(acme.active);
    // An alias equal to the name is not repeated; a null origin_id is empty.
    QVERIFY(active.records.at(1).aliases.isEmpty());
    QVERIFY(active.records.at(1).originId.isEmpty());

    // The inactive listing: inactive whatever the item says (it says nothing here).
    const ReferencePage inactive = protocol.parsePage(requests.at(1), 200, {}, kInactiveVendors);
    QCOMPARE(inactive.records.size(), 1);
    QCOMPARE(inactive.records.first().id, QStringLiteral("8041"));
    QVERIFY(!inactive.records.first().active);
    // And on the main listing an item saying is_active false is inactive too.
    const ReferencePage said = protocol.parsePage(
            requests.at(0), 200, {}, R"([{"id": 5, "name": "Gone", "is_active": false}])");
    QVERIFY(!said.records.first().active);
}

void TestReferenceProtocols::procoreIdsBeyondDoublePrecisionStayExact()
{
    const ReferenceProtocol protocol(list("procore.vendors"));
    const VendorRequest request =
            protocol.listRequests({QStringLiteral("4264"), QString(), 0}).value().first();
    // 2^53 + 1 reads as 2^53 through a double; 2^63 - 1 is the largest int64.
    const ReferencePage page = protocol.parsePage(
            request, 200, {},
            R"([{"id": 9007199254740993, "name": "A"}, {"id": 9223372036854775807, "name": "B"}])");
    QCOMPARE(page.records.at(0).id, QStringLiteral("9007199254740993"));
    QCOMPARE(page.records.at(1).id, QStringLiteral("9223372036854775807"));
}

void TestReferenceProtocols::procoreFollowsTheNextLinkWithoutTotal()
{
    const ReferenceProtocol protocol(list("procore.vendors"));
    const VendorRequest first =
            protocol.listRequests({QStringLiteral("4264"), QString(), 2}).value().first();
    const Headers link = {{"Link", "<https://api.procore.com/rest/v1.0/vendors?company_id=4264&"
                                   "page=3&per_page=2>; rel=\"last\", <https://api.procore.com/"
                                   "rest/v1.0/vendors?company_id=4264&page=2&per_page=2>; "
                                   "rel=\"next\""}};
    const ReferencePage page = protocol.parsePage(first, 200, link, kVendors);
    QCOMPARE(page.total, -1);
    QCOMPARE(page.next.size(), 1);
    QCOMPARE(page.next.first().requestLine(),
             QStringLiteral("GET /rest/v1.0/vendors?company_id=4264&page=2&per_page=2"));
    // The last page: no next, so nothing more.
    const Headers last = {{"Link", "<https://api.procore.com/rest/v1.0/vendors?company_id=4264&"
                                   "page=1&per_page=2>; rel=\"first\""}};
    QVERIFY(protocol.parsePage(page.next.first(), 200, last, "[]").next.isEmpty());
    // With a Total, a page after the first asks for nothing more.
    QVERIFY(protocol.parsePage(page.next.first(), 200, {{"Total", "9"}}, "[]").next.isEmpty());
}

void TestReferenceProtocols::procoreContractsNeedTheirProject()
{
    const ReferenceProtocol protocol(list("procore.work_order_contracts"));
    const auto missing = protocol.listRequests({QStringLiteral("4264"), QString(), 0});
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("per project")), qPrintable(missing.error()));
    const VendorRequest request =
            protocol.listRequests({QStringLiteral("4264"), QStringLiteral("42"), 0})
                    .value()
                    .first();
    QCOMPARE(query(request, "project_id"), QStringLiteral("42"));
    const ReferencePage page = protocol.parsePage(request, 200, {}, kContracts);
    QCOMPARE(page.records.at(0).id, QStringLiteral("774120"));
    QCOMPARE(page.records.at(0).number, QStringLiteral("WO-1001"));
    QCOMPARE(page.records.at(0).detail, QStringLiteral("Acme Concrete Inc., Approved"));
    QVERIFY(page.records.at(0).active);
    QVERIFY(!page.records.at(1).active); // Void
}

void TestReferenceProtocols::procoreListsNeedTheCompany()
{
    for (const char *id : {"procore.vendors", "procore.projects"}) {
        const auto requests = ReferenceProtocol(list(id)).listRequests({});
        QVERIFY(!requests);
        QVERIFY2(requests.error().contains(QLatin1String("company id")),
                 qPrintable(requests.error()));
    }
    // Intacct's and Primavera's company-wide lists need no company.
    QVERIFY(ReferenceProtocol(list("intacct.customers")).listRequests({}));
    QVERIFY(ReferenceProtocol(list("primavera.projects")).listRequests({}));
}

void TestReferenceProtocols::intacctPagesByTotalCountElseNext()
{
    const ReferenceProtocol protocol(list("intacct.customers"));
    const VendorRequest first = protocol.listRequests({QString(), QString(), 2}).value().first();
    const ReferencePage page =
            protocol.parsePage(first, 200, {},
                               R"({"ia::result": [{"id": "C1", "name": "One", "status": "active"}],
                "ia::meta": {"totalCount": 5, "start": 1, "pageSize": 2, "next": 3}})");
    QCOMPARE(page.total, 5);
    QCOMPARE(page.next.size(), 2);
    QVERIFY(page.next.at(0).body.endsWith(",\"start\":3,\"size\":2}"));
    QVERIFY(page.next.at(1).body.endsWith(",\"start\":5,\"size\":2}"));
    // A later page asks for nothing more.
    QVERIFY(protocol.parsePage(page.next.at(0), 200, {},
                               R"({"ia::result": [], "ia::meta": {"totalCount": 5}})")
                    .next.isEmpty());
    // Without a total: next, one page at a time, never back.
    const ReferencePage noTotal = protocol.parsePage(
            first, 200, {}, R"({"ia::result": [], "ia::meta": {"start": 1, "next": 3}})");
    QCOMPARE(noTotal.next.size(), 1);
    QVERIFY(noTotal.next.first().body.contains("\"start\":3"));
    QVERIFY(protocol.parsePage(noTotal.next.first(), 200, {},
                               R"({"ia::result": [], "ia::meta": {"start": 3, "next": 1}})")
                    .next.isEmpty());
    // Intacct ids are case-sensitive: kept as written.
    const ReferencePage cases = protocol.parsePage(
            first, 200, {},
            R"({"ia::result": [{"id": "ven100", "name": "a", "status": "inactive"}]})");
    QCOMPARE(cases.records.first().id, QStringLiteral("ven100"));
    QVERIFY(!cases.records.first().active);
}

void TestReferenceProtocols::intacctErrorEndsTheList()
{
    const ReferenceProtocol protocol(list("intacct.projects"));
    const VendorRequest first = protocol.listRequests({}).value().first();
    const ReferencePage page =
            protocol.parsePage(first, 400, {},
                               R"({"ia::result": {"ia::error": {"code": "invalidRequest",
                "message": "Unknown object projects/projekt"}}})");
    QVERIFY(!page.retry);
    QCOMPARE(page.problem, QStringLiteral("invalidRequest: Unknown object projects/projekt"));
    QVERIFY(page.records.isEmpty());
}

void TestReferenceProtocols::primaveraCommitmentsNotApprovedAreInactive()
{
    const ReferenceProtocol protocol(list("primavera.approved_commitments"));
    QVERIFY(!protocol.listRequests({}));
    const VendorRequest request =
            protocol.listRequests({QString(), QStringLiteral("40021"), 0}).value().first();
    const ReferencePage page = protocol.parsePage(
            request, 200, {},
            R"([{"itemCode": "CMT-001", "name": "A", "commitmentStatus": "APPROVED"},
                {"itemCode": "CMT-002", "name": "B", "commitmentStatus": "CLOSED"},
                {"itemCode": "CMT-003", "name": "C"}])");
    QCOMPARE(page.records.size(), 3);
    QCOMPARE(page.total, 3);
    QVERIFY(page.next.isEmpty());
    QVERIFY(page.records.at(0).active);
    QVERIFY(!page.records.at(1).active);
    QVERIFY(page.records.at(2).active); // says nothing: taken as active
}

void TestReferenceProtocols::statusesRetryOrFail_data()
{
    QTest::addColumn<QString>("listId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("problem");
    for (const char *id : {"procore.vendors", "intacct.customers", "primavera.projects"}) {
        QTest::addRow("%s no answer", id)
                << QString::fromLatin1(id) << 0 << QByteArray() << true << true;
        QTest::addRow("%s 429", id)
                << QString::fromLatin1(id) << 429 << QByteArray("{}") << true << true;
        QTest::addRow("%s 503", id)
                << QString::fromLatin1(id) << 503 << QByteArray("x") << true << true;
        QTest::addRow("%s 403", id) << QString::fromLatin1(id) << 403
                                    << QByteArray(R"({"errors":"forbidden"})") << false << true;
        QTest::addRow("%s 200 not JSON", id)
                << QString::fromLatin1(id) << 200 << QByteArray("<html>") << true << true;
    }
}

void TestReferenceProtocols::statusesRetryOrFail()
{
    QFETCH(QString, listId);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, retry);
    QFETCH(bool, problem);
    const ReferenceProtocol protocol(*m_lists->find(listId));
    const VendorRequest request =
            protocol.listRequests({QStringLiteral("1"), QStringLiteral("1"), 0}).value().first();
    const ReferencePage page = protocol.parsePage(request, status, {}, body);
    QCOMPARE(page.retry, retry);
    QCOMPARE(!page.problem.isEmpty(), problem);
    QVERIFY(page.records.isEmpty());
    QVERIFY(page.next.isEmpty());
}

void TestReferenceProtocols::pullAdapterCarriesTheRecords()
{
    const EntitySchema &schema = *m_schemas->find(QStringLiteral("procore.work_order_contract"));
    const ReferenceListPull pull(schema, list("procore.vendors"),
                                 {QStringLiteral("4264"), QString(), 0});
    PullScope scope;
    scope.pageSize = 2;
    const QVector<VendorRequest> first = pull.pullRequests(scope);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).requestLine(),
             QStringLiteral("GET /rest/v1.0/vendors?company_id=4264&page=1&per_page=2"));
    const PullPage page = pull.parsePullPage(first.at(0), 200, {{"Total", "3"}}, kVendors);
    QVERIFY(page.records.isEmpty());
    QCOMPARE(page.references.size(), 2);
    QCOMPARE(page.references.at(1).id, QStringLiteral("9007199254740993"));
    QCOMPARE(page.next.size(), 1);
    QCOMPARE(page.total, 3);
    // Without the company, nothing to send, and firstRequests says why.
    const ReferenceListPull none(schema, list("procore.vendors"), {});
    QVERIFY(none.pullRequests({}).isEmpty());
    QVERIFY(!none.firstRequests());
    QVERIFY(pull.buildRequests({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestReferenceProtocols)
#include "tst_referenceprotocols.moc"
