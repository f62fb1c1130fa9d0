// The vendors' read side as pure functions: the first requests of each target's listing (golden
// JSON in golden/pull_first_requests.json, reviewed by hand against VENDOR_APIS.md), and listing
// pages read into typed records with the further pages they make known.
// CD_UPDATE_GOLDEN=1 rewrites the golden file from the code; review the diff before committing.

#include "decimal.h"
#include "intacctprotocol.h"
#include "payloadreader.h"
#include "primaveraprotocol.h"
#include "procoreprotocol.h"
#include "rawtext.h"
#include "schemaregistry.h"
#include "valuecodec.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestPullProtocols : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRequestsMatchTheGoldenFile();
    void procoreFirstPageWithTotalAsksForEveryOtherPage();
    void procorePagesAfterTheFirstAskForNothingMore();
    void procoreFollowsTheNextLinkWithoutTotal();
    void procoreLastPageHasNoNext();
    void procoreUsesThePageSizeItServes();
    void procoreChangeOrdersOnePerContract();
    void procoreRecordsAreTypedBySchema();
    void primaveraListingIsOneTypedArray();
    void intacctFirstPageWithTotalCountAsksForEveryOtherPage();
    void intacctFollowsNextWithoutTotalCount();
    void intacctRecordsReadNestedReferencesAndDecimalStrings();
    void unreadableValuesAreKept();
    void exactNumbers();
    void statusesRetryOrFail_data();
    void statusesRetryOrFail();

private:
    const EntitySchema &schema(const char *id) const
    {
        return *m_registry->find(QString::fromLatin1(id));
    }
    static QVariant value(const EntitySchema &s, const Record &r, const char *path)
    {
        const int i = s.indexOf(QString::fromLatin1(path));
        return i >= 0 ? r.value(i) : QVariant(QStringLiteral("<no field %1>").arg(path));
    }
    static QString query(const VendorRequest &r, const char *name)
    {
        for (const auto &item : r.query) {
            if (item.first == QLatin1String(name))
                return item.second;
        }
        return QStringLiteral("<absent>");
    }
    static QJsonObject describe(const VendorRequest &r);
    static VendorRequest atPage(VendorRequest r, int page)
    {
        for (auto &item : r.query) {
            if (item.first == QLatin1String("page"))
                item.second = QString::number(page);
        }
        return r;
    }

    std::optional<SchemaRegistry> m_registry;
};

void TestPullProtocols::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

QJsonObject TestPullProtocols::describe(const VendorRequest &r)
{
    QJsonObject headers;
    for (const auto &h : r.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
    const QJsonDocument body = QJsonDocument::fromJson(r.body);
    return {{QStringLiteral("line"), r.requestLine()},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"),
             r.body.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(body.object())}};
}

void TestPullProtocols::firstRequestsMatchTheGoldenFile()
{
    PullScope project;
    project.projectId = QStringLiteral("562949953421612");
    PullScope contracts;
    contracts.projectId = QStringLiteral("42");
    contracts.contractIds = {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("7")};
    contracts.pageSize = 250;
    PullScope intacctProject;
    intacctProject.projectId = QStringLiteral("DIM - BTI");
    ProtocolOptions cloud;
    cloud.apiRoot = QStringLiteral("/api/restapi");

    const struct
    {
        const char *name;
        const char *target;
        PullScope scope;
        ProtocolOptions options;
    } cases[] = {
            {"procore work order contracts", "procore.work_order_contract", project, {}},
            {"procore change orders per contract", "procore.potential_change_order", contracts, {}},
            {"procore change orders of every contract",
             "procore.potential_change_order",
             project,
             {}},
            {"primavera commitments", "primavera.commitment", project, {}},
            {"primavera change orders under the cloud root", "primavera.change_order", project,
             cloud},
            {"intacct project contracts of a project",
             "intacct.project_contract",
             intacctProject,
             {}},
            {"intacct every project contract", "intacct.project_contract", PullScope(), {}},
    };
    QJsonObject actual;
    for (const auto &c : cases) {
        const auto protocol = VendorProtocol::forSchema(schema(c.target), c.options);
        QJsonArray requests;
        for (const VendorRequest &r : protocol->pullRequests(c.scope))
            requests.append(describe(r));
        actual.insert(QString::fromLatin1(c.name), requests);
    }

    const QString path =
            QStringLiteral(CD_SOURCE_DIR "/tests/unit/golden/pull_first_requests.json");
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
                                    QJsonDocument(actual.value(it.key()).toArray()).toJson())));
    QCOMPARE(actual.keys(), expected.keys());

    // What matters most, checked literally as well.
    const auto procore =
            ProcoreProtocol(schema("procore.work_order_contract"), {}).pullRequests(project);
    QCOMPARE(procore.size(), 1);
    QCOMPARE(procore.first().requestLine(),
             QStringLiteral("GET /rest/v1.0/work_order_contracts?project_id=562949953421612&page=1"
                            "&per_page=1000"));
    const auto pcos =
            ProcoreProtocol(schema("procore.potential_change_order"), {}).pullRequests(contracts);
    QCOMPARE(pcos.size(), 2); // the contract named twice is listed once
    QCOMPARE(pcos.at(1).requestLine(),
             QStringLiteral("GET /rest/v1.0/potential_change_orders?project_id=42&"
                            "filters[contract_id]=8&page=1&per_page=250"));
    const auto intacct =
            IntacctProtocol(schema("intacct.project_contract"), {}).pullRequests(intacctProject);
    QCOMPARE(intacct.first().requestLine(), QStringLiteral("POST /services/core/query"));
    QVERIFY(intacct.first().body.startsWith(
            "{\"object\":\"construction/project-contract\",\"fields\":[\"id\",\"name\","));
    QVERIFY(intacct.first().body.endsWith(
            ",\"filters\":[{\"$eq\":{\"project.id\":\"DIM - BTI\"}}],\"start\":1,\"size\":1000}"));
    QVERIFY(intacct.first().body.contains("\"key\""));
    QVERIFY(intacct.first().body.contains("\"summary.totalPrice\""));
    QCOMPARE(PrimaveraProtocol(schema("primavera.change_order"), cloud)
                     .pullRequests(project)
                     .first()
                     .requestLine(),
             QStringLiteral("GET /api/restapi/changeOrder/externallySourced"
                            "?filters=projectId=562949953421612"));
}

void TestPullProtocols::procoreFirstPageWithTotalAsksForEveryOtherPage()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    const ProcoreProtocol protocol(s, {});
    PullScope scope;
    scope.projectId = QStringLiteral("42");
    scope.pageSize = 2;
    const VendorRequest first = protocol.pullRequests(scope).first();
    const Headers headers = {
            {"Total", "5"}, {"Per-Page", "2"}, {"Link", "<x?page=2>; rel=\"next\""}};
    const PullPage page = protocol.parsePullPage(
            first, 200, headers,
            R"([{"id":1,"number":"WO-1","origin_id":"A"},{"id":2,"number":"WO-2"}])");
    QVERIFY(!page.retry);
    QVERIFY(page.problem.isEmpty());
    QCOMPARE(page.total, 5);
    QCOMPARE(page.records.size(), 2);
    QCOMPARE(page.next.size(), 2); // pages 2 and 3, at once
    QCOMPARE(page.next.at(0).requestLine(),
             QStringLiteral("GET /rest/v1.0/work_order_contracts?project_id=42&page=2&per_page=2"));
    QCOMPARE(page.next.at(1).requestLine(),
             QStringLiteral("GET /rest/v1.0/work_order_contracts?project_id=42&page=3&per_page=2"));
    QCOMPARE(page.next.at(1).method, QByteArray("GET"));
    QVERIFY(page.next.at(1).body.isEmpty());
}

void TestPullProtocols::procorePagesAfterTheFirstAskForNothingMore()
{
    const ProcoreProtocol protocol(schema("procore.work_order_contract"), {});
    PullScope scope;
    scope.projectId = QStringLiteral("42");
    scope.pageSize = 2;
    const PullPage first =
            protocol.parsePullPage(protocol.pullRequests(scope).first(), 200,
                                   {{"Total", "5"}, {"Per-Page", "2"}}, R"([{"id":1},{"id":2}])");
    QCOMPARE(first.next.size(), 2);
    // Page 2 still says Total and has a next link: the first page already asked for page 3.
    const PullPage second = protocol.parsePullPage(
            first.next.at(0), 200,
            {{"Total", "5"},
             {"Per-Page", "2"},
             {"Link", "<http://h/rest/v1.0/work_order_contracts?page=3&per_page=2>; rel=\"next\""}},
            R"([{"id":3},{"id":4}])");
    QVERIFY(second.next.isEmpty());
    QCOMPARE(second.total, 5);
    QCOMPARE(second.records.at(1).remoteId(), QStringLiteral("4"));
    // An empty listing: one page, nothing more.
    const PullPage empty = protocol.parsePullPage(protocol.pullRequests(scope).first(), 200,
                                                  {{"Total", "0"}, {"Per-Page", "2"}}, "[]");
    QCOMPARE(empty.total, 0);
    QVERIFY(empty.records.isEmpty());
    QVERIFY(empty.next.isEmpty());
}

void TestPullProtocols::procoreFollowsTheNextLinkWithoutTotal()
{
    const ProcoreProtocol protocol(schema("procore.work_order_contract"), {});
    PullScope scope;
    scope.projectId = QStringLiteral("14406");
    scope.pageSize = 5;
    const VendorRequest request = atPage(protocol.pullRequests(scope).first(), 3); // by links
    // Procore's own example: first, prev, last, next; its links leave the project out.
    const QByteArray link =
            "<https://api.procore.com/rest/v1.0/work_order_contracts?page=1&per_page=5>; "
            "rel=\"first\",\n      "
            "<https://api.procore.com/rest/v1.0/work_order_contracts?page=2&per_page=5>; "
            "rel=\"prev\",\n      "
            "<https://api.procore.com/rest/v1.0/work_order_contracts?page=30&per_page=5>; "
            "rel=\"last\",\n      "
            "<https://api.procore.com/rest/v1.0/work_order_contracts?page=4&per_page=5>; "
            "rel=\"next\"";
    const PullPage page =
            protocol.parsePullPage(request, 200, {{"per-page", "5"}, {"link", link}}, "[]");
    QCOMPARE(page.total, -1);
    QCOMPARE(page.next.size(), 1);
    QCOMPARE(page.next.first().requestLine(),
             QStringLiteral(
                     "GET /rest/v1.0/work_order_contracts?project_id=14406&page=4&per_page=5"));
    QCOMPARE(page.next.first().path, QStringLiteral("/rest/v1.0/work_order_contracts"));

    // A link back (or to the same page) is never followed: no loop on a confused server.
    const PullPage back = protocol.parsePullPage(
            request, 200, {{"Link", "<https://h/x?page=3&per_page=5>; rel=\"next\""}}, "[]");
    QVERIFY(back.next.isEmpty());

    // A comma inside a URL and rel with several values.
    QCOMPARE(ProcoreProtocol::nextLink("<https://h/a?ids=1,2&page=2>; rel=\"next last\", "
                                       "<https://h/a?ids=1,2&page=1>; rel=\"first\""),
             QUrl(QStringLiteral("https://h/a?ids=1,2&page=2")));
    QCOMPARE(ProcoreProtocol::nextLink("<https://h/a?page=1>; rel=first"), QUrl());
    QCOMPARE(ProcoreProtocol::nextLink(""), QUrl());
}

void TestPullProtocols::procoreLastPageHasNoNext()
{
    const ProcoreProtocol protocol(schema("procore.work_order_contract"), {});
    PullScope scope;
    scope.projectId = QStringLiteral("42");
    const VendorRequest request = atPage(protocol.pullRequests(scope).first(), 4);
    const QByteArray link = "<http://h/rest/v1.0/work_order_contracts?page=1&per_page=100>; "
                            "rel=\"first\", "
                            "<http://h/rest/v1.0/work_order_contracts?page=3&per_page=100>; "
                            "rel=\"prev\", "
                            "<http://h/rest/v1.0/work_order_contracts?page=4&per_page=100>; "
                            "rel=\"last\"";
    const PullPage page = protocol.parsePullPage(request, 200, {{"Link", link}}, R"([{"id":7}])");
    QVERIFY(page.next.isEmpty());
    QCOMPARE(page.records.size(), 1);
    // No Link at all: one page.
    QVERIFY(protocol.parsePullPage(request, 200, {}, "[]").next.isEmpty());
}

void TestPullProtocols::procoreUsesThePageSizeItServes()
{
    const ProcoreProtocol protocol(schema("procore.work_order_contract"), {});
    PullScope scope;
    scope.projectId = QStringLiteral("42");
    scope.pageSize = 2000;
    const PullPage page = protocol.parsePullPage(protocol.pullRequests(scope).first(), 200,
                                                 {{"Total", "2500"}, {"Per-Page", "1000"}}, "[]");
    QCOMPARE(page.next.size(), 2);
    QCOMPARE(query(page.next.at(0), "page"), QStringLiteral("2"));
    QCOMPARE(query(page.next.at(1), "page"), QStringLiteral("3"));
    QCOMPARE(query(page.next.at(1), "per_page"), QStringLiteral("1000"));
    // Without Per-Page, the size asked for.
    const PullPage asked = protocol.parsePullPage(protocol.pullRequests(scope).first(), 200,
                                                  {{"Total", "4001"}}, "[]");
    QCOMPARE(asked.next.size(), 2);
    QCOMPARE(query(asked.next.at(1), "per_page"), QStringLiteral("2000"));
}

void TestPullProtocols::procoreChangeOrdersOnePerContract()
{
    const EntitySchema &s = schema("procore.potential_change_order");
    const ProcoreProtocol protocol(s, {});
    PullScope scope;
    scope.projectId = QStringLiteral("42");
    scope.contractIds = {QStringLiteral("7"), QStringLiteral("9007199254740993")};
    const auto requests = protocol.pullRequests(scope);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(query(requests.at(0), "filters[contract_id]"), QStringLiteral("7"));
    QCOMPARE(query(requests.at(1), "filters[contract_id]"), QStringLiteral("9007199254740993"));
    // Each contract's listing pages on its own, keeping its filter.
    const PullPage page = protocol.parsePullPage(
            requests.at(1), 200, {{"Total", "150"}, {"Per-Page", "100"}},
            R"([{"id":9007199254740995,"number":"PCO-001","origin_id":"ERP-PCO-1","status":"pending",
                 "schedule_impact_amount":5,"currency_exchange_rate":"1.0850","due_date":"2026-03-31",
                 "change_order_request":{"id":31,"change_order_package_id":99},
                 "project":{"id":42,"name":"Tower"}}])");
    QCOMPARE(page.next.size(), 1);
    QCOMPARE(page.next.first().requestLine(),
             QStringLiteral("GET /rest/v1.0/potential_change_orders?project_id=42&"
                            "filters[contract_id]=9007199254740993&page=2&per_page=100"));
    QCOMPARE(page.records.size(), 1);
    const Record &r = page.records.first();
    QCOMPARE(r.remoteId(), QStringLiteral("9007199254740995"));
    QCOMPARE(r.syncKey(), QStringLiteral("ERP-PCO-1"));
    QCOMPARE(value(s, r, "id"), QVariant::fromValue<qint64>(9007199254740995));
    // The contract and project the listing was asked for, as the answer leaves them out.
    QCOMPARE(value(s, r, "contract_id"), QVariant::fromValue<qint64>(9007199254740993));
    QCOMPARE(value(s, r, "project_id"), QVariant::fromValue<qint64>(42));
    QCOMPARE(value(s, r, "change_order_request.change_order_package_id"),
             QVariant::fromValue<qint64>(99));
    QCOMPARE(value(s, r, "schedule_impact_amount"), QVariant::fromValue<qint64>(5));
    QCOMPARE(value(s, r, "currency_exchange_rate").value<Decimal>().toString(),
             QStringLiteral("1.0850"));
    QCOMPARE(value(s, r, "due_date"), QVariant(QDate(2026, 3, 31)));
    QCOMPARE(value(s, r, "status"), QVariant(QStringLiteral("pending")));
    QVERIFY(!value(s, r, "title").isValid()); // absent: empty
    QCOMPARE(r.id(), qint64(0));
}

void TestPullProtocols::procoreRecordsAreTypedBySchema()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    const ProcoreProtocol protocol(s, {});
    PullScope scope;
    scope.projectId = QStringLiteral("562949953421612");
    const PullPage page = protocol.parsePullPage(
            protocol.pullRequests(scope).first(), 200, {{"Total", "2"}},
            R"([{"id":9007199254740993,"number":"WO-1001","title":"Steel \"frame\"",
                 "vendor_id":8041,"status":"Out For Signature","executed":true,"private":false,
                 "retainage_percent":"10.00","contract_date":"2026-01-12","origin_id":"ERP-1",
                 "origin_data":null,"description":null,"created_at":"2026-01-12T10:00:00Z",
                 "vendor":{"id":8041,"name":"Steelworks"},"project_id":562949953421999},
                {"id":4712,"number":"WO-1002","title":"Made in Procore"}])");
    QCOMPARE(page.records.size(), 2);
    const Record &r = page.records.at(0);
    QCOMPARE(r.fieldCount(), s.fieldCount());
    QCOMPARE(r.remoteId(), QStringLiteral("9007199254740993")); // exact past 2^53
    QCOMPARE(value(s, r, "id"), QVariant::fromValue<qint64>(9007199254740993));
    QCOMPARE(r.syncKey(), QStringLiteral("ERP-1"));
    QCOMPARE(value(s, r, "number"), QVariant(QStringLiteral("WO-1001")));
    QCOMPARE(value(s, r, "title"), QVariant(QStringLiteral("Steel \"frame\"")));
    QCOMPARE(value(s, r, "vendor_id"), QVariant::fromValue<qint64>(8041));
    QCOMPARE(value(s, r, "status"), QVariant(QStringLiteral("Out For Signature")));
    QCOMPARE(value(s, r, "executed"), QVariant(true));
    QCOMPARE(value(s, r, "private"), QVariant(false));
    const Decimal retainage = value(s, r, "retainage_percent").value<Decimal>();
    QVERIFY(retainage.isIdenticalTo(*Decimal::fromString(u"10.00")));
    QCOMPARE(value(s, r, "contract_date"), QVariant(QDate(2026, 1, 12)));
    QVERIFY(!value(s, r, "origin_data").isValid()); // null: empty
    QVERIFY(!value(s, r, "description").isValid());
    // The record's own project wins over the one asked for.
    QCOMPARE(value(s, r, "project_id"), QVariant::fromValue<qint64>(562949953421999));
    // Made in Procore's own screens: a remote id, no key; the project from the request.
    const Record &own = page.records.at(1);
    QCOMPARE(own.remoteId(), QStringLiteral("4712"));
    QVERIFY(own.syncKey().isEmpty());
    QCOMPARE(value(s, own, "project_id"), QVariant::fromValue<qint64>(562949953421612));
}

void TestPullProtocols::primaveraListingIsOneTypedArray()
{
    const EntitySchema &s = schema("primavera.commitment");
    const PrimaveraProtocol protocol(s, {});
    PullScope scope;
    scope.projectId = QStringLiteral("3001");
    const VendorRequest request = protocol.pullRequests(scope).first();
    QCOMPARE(request.requestLine(),
             QStringLiteral("GET /primeapi/restapi/commitment/externallySourced"
                            "?filters=projectId=3001"));
    const PullPage page = protocol.parsePullPage(request, 200, {}, R"([
        {"commitmentId":9007199254740993,"sourceId":"ERP-C-1","name":"Curtain wall",
         "projectId":3001,"commitmentType":"LUMP_SUM","commitmentStatus":"APPROVED",
         "commitmentCost":{"originalValueCommitment":1234567890123456.78,
                           "currentValueCommitment":1250000.50,"link":"/x"},
         "exchangeRate":0.1,"performancePeriod":240,
         "startDate":"2026-02-01T00:00:00Z","finishDate":"2026-09-30T17:30:00.500+02:00",
         "updateDate":"2026-01-05T08:15:00Z","link":"/primeapi/restapi/commitment/9007199254740993",
         "unknownMember":{"deep":[1,2,3]}},
        {"commitmentId":5002,"name":"Made in Primavera","projectId":3001}])");
    QVERIFY(!page.retry);
    QVERIFY(page.next.isEmpty());
    QCOMPARE(page.total, 2);
    QCOMPARE(page.records.size(), 2);
    const Record &r = page.records.first();
    QCOMPARE(r.remoteId(), QStringLiteral("9007199254740993"));
    QCOMPARE(r.syncKey(), QStringLiteral("ERP-C-1"));
    QCOMPARE(value(s, r, "commitmentId"), QVariant::fromValue<qint64>(9007199254740993));
    QCOMPARE(value(s, r, "projectId"), QVariant::fromValue<qint64>(3001));
    QCOMPARE(value(s, r, "commitmentType"), QVariant(QStringLiteral("LUMP_SUM")));
    // Money as exact decimals from JSON numbers, digit for digit, never through double.
    const Decimal original = value(s, r, "commitmentCost.originalValueCommitment").value<Decimal>();
    QCOMPARE(original.toString(), QStringLiteral("1234567890123456.78"));
    QCOMPARE(value(s, r, "commitmentCost.currentValueCommitment").value<Decimal>().toString(),
             QStringLiteral("1250000.50"));
    QCOMPARE(value(s, r, "exchangeRate").value<Decimal>().toString(), QStringLiteral("0.1"));
    QCOMPARE(value(s, r, "commitmentCost.link"), QVariant(QStringLiteral("/x")));
    QCOMPARE(value(s, r, "performancePeriod"), QVariant::fromValue<qint64>(240));
    // Date-times as QDateTime, their offsets kept.
    QCOMPARE(value(s, r, "startDate").metaType(), QMetaType::fromType<QDateTime>());
    QCOMPARE(value(s, r, "startDate").toDateTime(),
             QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
    const QDateTime finish = value(s, r, "finishDate").toDateTime();
    QCOMPARE(finish.toUTC(), QDateTime(QDate(2026, 9, 30), QTime(15, 30, 0, 500), Qt::UTC));
    QCOMPARE(finish.offsetFromUtc(), 7200);
    QCOMPARE(value(s, r, "updateDate").toDateTime(),
             QDateTime(QDate(2026, 1, 5), QTime(8, 15), Qt::UTC));
    QVERIFY(!value(s, r, "description").isValid());
    QCOMPARE(page.records.at(1).remoteId(), QStringLiteral("5002"));
    QVERIFY(page.records.at(1).syncKey().isEmpty());

    // No project: the whole listing, unfiltered.
    QVERIFY(protocol.pullRequests(PullScope()).first().query.isEmpty());
    // A change order's id.
    const PullPage changeOrders =
            PrimaveraProtocol(schema("primavera.change_order"), {})
                    .parsePullPage({}, 200, {}, R"([{"changeOrderId":77,"sourceId":"S1"}])");
    QCOMPARE(changeOrders.records.first().remoteId(), QStringLiteral("77"));
    QCOMPARE(changeOrders.records.first().syncKey(), QStringLiteral("S1"));
}

void TestPullProtocols::intacctFirstPageWithTotalCountAsksForEveryOtherPage()
{
    const IntacctProtocol protocol(schema("intacct.project_contract"), {});
    PullScope scope;
    scope.projectId = QStringLiteral("P-1");
    const VendorRequest first = protocol.pullRequests(scope).first();
    QVERIFY(first.body.contains("\"start\":1,\"size\":1000}"));
    const PullPage page = protocol.parsePullPage(first, 200, {},
                                                 R"({"ia::result":[{"key":"1","id":"A"}],
                "ia::meta":{"totalCount":2500,"start":1,"pageSize":1000,"next":1001,"previous":null}})");
    QCOMPARE(page.total, 2500);
    QCOMPARE(page.next.size(), 2);
    for (const VendorRequest &next : page.next) {
        QCOMPARE(next.requestLine(), QStringLiteral("POST /services/core/query"));
        QCOMPARE(next.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(next.body.contains("\"filters\":[{\"$eq\":{\"project.id\":\"P-1\"}}]"));
    }
    QVERIFY(page.next.at(0).body.endsWith(",\"start\":1001,\"size\":1000}"));
    QVERIFY(page.next.at(1).body.endsWith(",\"start\":2001,\"size\":1000}"));
    // Everything but start is the first request's.
    QCOMPARE(QString::fromUtf8(page.next.at(0).body)
                     .replace(QStringLiteral("1001,"), QStringLiteral("1,")),
             QString::fromUtf8(first.body));

    // Later pages ask for nothing more, the last one included.
    const PullPage second = protocol.parsePullPage(
            page.next.at(0), 200, {},
            R"({"ia::result":[],"ia::meta":{"totalCount":2500,"start":1001,"pageSize":1000,
                "next":2001,"previous":1}})");
    QVERIFY(second.next.isEmpty());
    const PullPage last = protocol.parsePullPage(
            page.next.at(1), 200, {},
            R"({"ia::result":[],"ia::meta":{"totalCount":2500,"start":2001,"pageSize":1000,
                "next":null,"previous":1001}})");
    QVERIFY(last.next.isEmpty());

    // Intacct serving fewer than asked: the pages it serves.
    const PullPage capped = protocol.parsePullPage(
            first, 200, {},
            R"({"ia::result":[],"ia::meta":{"totalCount":250,"start":1,"pageSize":100}})");
    QCOMPARE(capped.next.size(), 2);
    QVERIFY(capped.next.at(1).body.endsWith(",\"start\":201,\"size\":100}"));
}

void TestPullProtocols::intacctFollowsNextWithoutTotalCount()
{
    const IntacctProtocol protocol(schema("intacct.project_contract"), {});
    PullScope scope;
    scope.pageSize = 2;
    const VendorRequest first = protocol.pullRequests(scope).first();
    QVERIFY(!first.body.contains("filters"));
    const PullPage page = protocol.parsePullPage(first, 200, {},
                                                 R"({"ia::result":[{"key":"1"},{"key":"2"}],
                "ia::meta":{"start":1,"pageSize":2,"next":3,"previous":null}})");
    QCOMPARE(page.total, -1);
    QCOMPARE(page.next.size(), 1);
    QVERIFY(page.next.first().body.endsWith(",\"start\":3,\"size\":2}"));
    const PullPage second = protocol.parsePullPage(
            page.next.first(), 200, {},
            R"({"ia::result":[{"key":"3"}],"ia::meta":{"start":3,"pageSize":2,"next":null,
                "previous":1}})");
    QVERIFY(second.next.isEmpty());
    QCOMPARE(second.records.first().remoteId(), QStringLiteral("3"));
    // A next pointing back is not followed.
    QVERIFY(protocol.parsePullPage(page.next.first(), 200, {},
                                   R"({"ia::result":[],"ia::meta":{"next":1}})")
                    .next.isEmpty());
}

void TestPullProtocols::intacctRecordsReadNestedReferencesAndDecimalStrings()
{
    const EntitySchema &s = schema("intacct.project_contract");
    const IntacctProtocol protocol(s, {});
    const PullPage page =
            protocol.parsePullPage(protocol.pullRequests(PullScope()).first(), 200, {},
                                   R"({"ia::result":[{"key":"12","id":"CONTRACT-01",
                "name":"CONTRACT-01 - NW Food Warehouse","contractDate":"2023-02-15",
                "project":{"id":"DIM - BTI","name":"Dimensions - Berkeley Technology Inc"},
                "customer":{"id":"BTI","name":"Berkeley Technology Inc"},
                "isBillable":true,"status":"active",
                "internalReference":{"approvedBy":{"id":"1"},"approvedOnDate":"2023-10-02"},
                "externalReference":{"verbalBy":{"name":"Johnson"}},
                "summary":{"totalPrice":"1050.85","originalPrice":"850.00","revisionPrice":"200.85"},
                "billing":{"billedPrice":"900.00","percentBilled":"85.6479"},
                "audit":{"createdDateTime":"2023-12-01T00:00:00Z","modifiedBy":"Admin"},
                "href":"/objects/construction/project-contract/12"}],
                "ia::meta":{"totalCount":1,"start":1,"pageSize":1000,"next":null,"previous":null}})");
    QCOMPARE(page.records.size(), 1);
    QVERIFY(page.next.isEmpty());
    const Record &r = page.records.first();
    QCOMPARE(r.remoteId(), QStringLiteral("12"));
    QCOMPARE(r.syncKey(), QStringLiteral("CONTRACT-01"));
    QCOMPARE(value(s, r, "key"), QVariant(QStringLiteral("12")));
    QCOMPARE(value(s, r, "project.id"), QVariant(QStringLiteral("DIM - BTI")));
    QCOMPARE(value(s, r, "project.name"),
             QVariant(QStringLiteral("Dimensions - Berkeley Technology Inc")));
    QCOMPARE(value(s, r, "customer.id"), QVariant(QStringLiteral("BTI")));
    QCOMPARE(value(s, r, "internalReference.approvedBy.id"), QVariant(QStringLiteral("1")));
    QCOMPARE(value(s, r, "internalReference.approvedOnDate"), QVariant(QDate(2023, 10, 2)));
    QCOMPARE(value(s, r, "externalReference.verbalBy.name"), QVariant(QStringLiteral("Johnson")));
    QCOMPARE(value(s, r, "contractDate"), QVariant(QDate(2023, 2, 15)));
    QCOMPARE(value(s, r, "isBillable"), QVariant(true));
    QCOMPARE(value(s, r, "status"), QVariant(QStringLiteral("active")));
    QVERIFY(value(s, r, "summary.originalPrice")
                    .value<Decimal>()
                    .isIdenticalTo(*Decimal::fromString(u"850.00")));
    QCOMPARE(value(s, r, "summary.totalPrice").value<Decimal>().toString(),
             QStringLiteral("1050.85"));
    QCOMPARE(value(s, r, "billing.percentBilled").value<Decimal>().toString(),
             QStringLiteral("85.6479"));
    QCOMPARE(value(s, r, "audit.createdDateTime").toDateTime(),
             QDateTime(QDate(2023, 12, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(value(s, r, "audit.modifiedBy"), QVariant(QStringLiteral("Admin")));
    QCOMPARE(value(s, r, "href"),
             QVariant(QStringLiteral("/objects/construction/project-contract/12")));
    QVERIFY(!value(s, r, "architect.id").isValid());
    QVERIFY(!value(s, r, "billing.retainageBalance").isValid());
}

void TestPullProtocols::unreadableValuesAreKept()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    const Record r = PayloadReader(s).record(
            QJsonDocument::fromJson(R"({"id":5,"contract_date":"12/01/2026","vendor_id":{"id":8041},
                                        "executed":"perhaps","status":"Pending Review"})")
                    .object());
    auto raw = [&](const char *path) {
        const QVariant v = value(s, r, path);
        return ValueCodec::isRaw(v) ? v.value<RawText>().text : QStringLiteral("<not raw>");
    };
    QCOMPARE(raw("contract_date"), QStringLiteral("12/01/2026"));
    QCOMPARE(raw("vendor_id"), QStringLiteral("{\"id\":8041}"));
    QCOMPARE(raw("executed"), QStringLiteral("perhaps"));
    QCOMPARE(raw("status"), QStringLiteral("Pending Review"));
    QCOMPARE(r.remoteId(), QStringLiteral("5"));
}

void TestPullProtocols::exactNumbers()
{
    const QJsonDocument doc = PayloadReader::parse(
            R"({"big":123456789012345678901,"id":9223372036854775807,"neg":-9007199254740993,
                "money":-1234567890123456.78,"zero":0.0,"exp":1.5e3,"int":42,
                "text":"a 1.5 \"2.25\" \\ 3.75","list":[0.1,2]})");
    const QJsonObject o = doc.object();
    QVERIFY(!doc.isNull());
    QCOMPARE(o.value(QLatin1String("big")).toString(), QStringLiteral("123456789012345678901"));
    QCOMPARE(PayloadReader::idText(o.value(QLatin1String("id"))),
             QStringLiteral("9223372036854775807"));
    QCOMPARE(PayloadReader::idText(o.value(QLatin1String("neg"))),
             QStringLiteral("-9007199254740993"));
    QCOMPARE(o.value(QLatin1String("money")).toString(), QStringLiteral("-1234567890123456.78"));
    QCOMPARE(o.value(QLatin1String("zero")).toString(), QStringLiteral("0.0"));
    QCOMPARE(o.value(QLatin1String("exp")).toDouble(), 1500.0);
    QCOMPARE(o.value(QLatin1String("int")).toInteger(), qint64(42));
    QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("a 1.5 \"2.25\" \\ 3.75"));
    QCOMPARE(o.value(QLatin1String("list")).toArray().at(0).toString(), QStringLiteral("0.1"));
    QCOMPARE(o.value(QLatin1String("list")).toArray().at(1).toInteger(), qint64(2));
    // An id too long for 64 bits is never rounded into another id.
    const EntitySchema &s = schema("procore.work_order_contract");
    const Record r = PayloadReader(s).record(
            PayloadReader::parse(R"({"id":123456789012345678901})").object());
    QCOMPARE(r.remoteId(), QStringLiteral("123456789012345678901"));
    QVERIFY(ValueCodec::isRaw(value(s, r, "id")));
    // Not JSON stays not JSON.
    QVERIFY(PayloadReader::parse("[1.5, <html>").isNull());
}

void TestPullProtocols::statusesRetryOrFail_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<QString>("problem"); // a part of it
    const QByteArray procoreError = R"({"errors":"Project 42 not found"})";
    const QByteArray intacctError =
            R"({"ia::result":{"ia::error":{"code":"invalidRequest","message":"Unknown field foo",
                "errorId":"REST-1064"}},"ia::meta":{"totalCount":1,"totalError":1}})";
    for (const char *target :
         {"procore.work_order_contract", "primavera.commitment", "intacct.project_contract"}) {
        const QString t = QString::fromLatin1(target);
        const bool intacct = t.startsWith(QLatin1String("intacct"));
        QTest::addRow("%s 429", target) << t << 429 << QByteArray("{}") << true << "HTTP 429";
        QTest::addRow("%s 500", target)
                << t << 500 << QByteArray("{\"error\":\"internal\"}") << true << "internal";
        QTest::addRow("%s 503", target)
                << t << 503 << QByteArray("Service Unavailable") << true << "HTTP 503";
        QTest::addRow("%s no answer", target) << t << 0 << QByteArray() << true << "no answer";
        QTest::addRow("%s garbage", target)
                << t << 200 << QByteArray("<html>proxy error</html>") << true << "proxy error";
        QTest::addRow("%s wrong shape", target)
                << t << 200 << QByteArray(intacct ? "[]" : "{\"entities\":[]}") << true
                << "could not be read";
        QTest::addRow("%s 400", target)
                << t << 400 << (intacct ? intacctError : procoreError) << false
                << (intacct ? "invalidRequest: Unknown field foo (REST-1064)"
                            : "Project 42 not found");
        QTest::addRow("%s 403 empty", target)
                << t << 403 << QByteArray() << false << "gave no reason";
    }
}

void TestPullProtocols::statusesRetryOrFail()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, retry);
    QFETCH(QString, problem);
    const auto protocol = VendorProtocol::forSchema(*m_registry->find(target));
    PullScope scope;
    scope.projectId = QStringLiteral("42");
    const VendorRequest request = protocol->pullRequests(scope).first();
    const PullPage page = protocol->parsePullPage(request, status, {{"Total", "900"}}, body);
    QCOMPARE(page.retry, retry);
    QVERIFY2(page.problem.contains(problem), qPrintable(page.problem));
    QVERIFY(page.records.isEmpty());
    QVERIFY(page.next.isEmpty()); // nothing from a page that was not read
}

QTEST_APPLESS_MAIN(TestPullProtocols)
#include "tst_pullprotocols.moc"
