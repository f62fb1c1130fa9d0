// The vendor protocols as pure functions: rows to the exact request bodies (golden JSON files in
// golden/, reviewed by hand against the seeds), and vendor answers to one result per row.
// CD_UPDATE_GOLDEN=1 rewrites the files from the code; review the diff before committing.

#include "decimal.h"
#include "intacctprotocol.h"
#include "primaveraprotocol.h"
#include "procoreprotocol.h"
#include "schemaregistry.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestVendorProtocols : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void procoreWorkOrderContractsGroupByProject();
    void procoreChangeOrdersPutProjectAndContractInTheQuery();
    void primaveraCommitmentsAreAnArrayUnderTheProfilesRoot();
    void intacctCreatesPostAndUpdatesPatchWithAStableKey();
    void batchesStopAtTheVendorsLimit_data();
    void batchesStopAtTheVendorsLimit();
    void procoreAnswersAreMatchedByOriginId();
    void primaveraMultiStatusIsReadPerItem();
    void intacctResultsAndErrorsPerRecord();
    void wholeRequestFailuresAndUnreadableAnswers();

private:
    const EntitySchema &schema(const char *id) const
    {
        return *m_registry->find(QString::fromLatin1(id));
    }
    static void set(const EntitySchema &s, Record &r, const char *path, const QVariant &v)
    {
        const int i = s.indexOf(QString::fromLatin1(path));
        QVERIFY2(i >= 0, path);
        r.setValue(i, v);
    }
    static QVariant money(const char16_t *text)
    {
        return QVariant::fromValue(*Decimal::fromString(text));
    }
    // The body against tests/unit/golden/<name>.json (pretty-printed there, compared as JSON
    // text after parsing with exact numbers kept: the raw body must also contain each number
    // literally, which the callers check where it matters).
    static void compareGolden(const QByteArray &body, const QString &name);

    std::optional<SchemaRegistry> m_registry;
};

void TestVendorProtocols::initTestCase()
{
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

void TestVendorProtocols::compareGolden(const QByteArray &body, const QString &name)
{
    const QString path = QStringLiteral(CD_SOURCE_DIR "/tests/unit/golden/%1.json").arg(name);
    const QJsonDocument actual = QJsonDocument::fromJson(body);
    QVERIFY2(!actual.isNull(), body.constData());
    if (qEnvironmentVariableIsSet("CD_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toJson(QJsonDocument::Indented));
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonDocument expected = QJsonDocument::fromJson(in.readAll());
    QVERIFY(!expected.isNull());
    QCOMPARE(actual.toJson(QJsonDocument::Compact), expected.toJson(QJsonDocument::Compact));
}

void TestVendorProtocols::procoreWorkOrderContractsGroupByProject()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    QVector<Record> rows;
    for (int n = 0; n < 3; ++n) {
        Record r(s.fieldCount());
        r.setId(10 + n);
        set(s, r, "project_id", qint64(n == 2 ? 562949953421999 : 562949953421612));
        set(s, r, "number", QStringLiteral("WO-%1").arg(1001 + n));
        set(s, r, "title", QStringLiteral("Steel \"frame\" %1").arg(n));
        set(s, r, "vendor_id", qint64(8041));
        set(s, r, "status", QStringLiteral("Out For Signature"));
        set(s, r, "executed", n == 0);
        set(s, r, "retainage_percent", money(u"10.00"));
        set(s, r, "contract_date", QDate(2026, 1, 12 + n));
        rows.append(r);
    }
    set(s, rows[0], "origin_id", QStringLiteral("ERP-1"));
    rows[0].setRemoteId(QStringLiteral("4711"));
    rows[1].setSyncKey(QStringLiteral("cd-7f3a"));
    rows[2].setSyncKey(QStringLiteral("cd-9b21"));

    const auto requests = ProcoreProtocol(s, {}).buildRequests(rows);
    QCOMPARE(requests.size(), 2); // two projects
    const VendorRequest &first = requests.at(0);
    QCOMPARE(first.method, QByteArray("PATCH"));
    QCOMPARE(first.path, QStringLiteral("/rest/v1.0/work_order_contracts/sync"));
    QVERIFY(first.query.isEmpty());
    QCOMPARE(first.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(first.recordIds, (QVector<qint64>{10, 11}));
    QCOMPARE(first.itemKeys, (QStringList{QStringLiteral("ERP-1"), QStringLiteral("cd-7f3a")}));
    compareGolden(first.body, QStringLiteral("procore_work_order_contracts"));
    // Exact on the wire: the project id beyond 2^53-safe range as digits, retainage a string.
    QVERIFY(first.body.startsWith("{\"project_id\":562949953421612,\"updates\":["));
    QVERIFY(first.body.contains("\"retainage_percent\":\"10.00\""));
    QVERIFY(first.body.contains("\"id\":4711"));
    QCOMPARE(requests.at(1).recordIds, (QVector<qint64>{12}));
    QVERIFY(requests.at(1).body.startsWith("{\"project_id\":562949953421999,"));
}

void TestVendorProtocols::procoreChangeOrdersPutProjectAndContractInTheQuery()
{
    const EntitySchema &s = schema("procore.potential_change_order");
    Record r(s.fieldCount());
    r.setId(1);
    set(s, r, "project_id", qint64(42));
    set(s, r, "contract_id", qint64(7));
    set(s, r, "number", QStringLiteral("PCO-001"));
    set(s, r, "title", QStringLiteral("Added footings"));
    set(s, r, "status", QStringLiteral("pending"));
    set(s, r, "schedule_impact_amount", qint64(5));
    set(s, r, "currency_exchange_rate", money(u"1.0850"));
    set(s, r, "due_date", QDate(2026, 3, 31));
    set(s, r, "change_order_request.change_order_package_id", qint64(99));
    set(s, r, "origin_id", QStringLiteral("ERP-PCO-1"));
    const auto requests = ProcoreProtocol(s, {}).buildRequests({r});
    QCOMPARE(requests.size(), 1);
    const VendorRequest &request = requests.first();
    QCOMPARE(request.path, QStringLiteral("/rest/v1.0/potential_change_orders/sync"));
    QCOMPARE(request.query, (QList<QPair<QString, QString>>{
                                    {QStringLiteral("project_id"), QStringLiteral("42")},
                                    {QStringLiteral("contract_id"), QStringLiteral("7")}}));
    compareGolden(request.body, QStringLiteral("procore_potential_change_orders"));
    QVERIFY(!request.body.contains("project_id"));
    QVERIFY(request.body.contains("\"currency_exchange_rate\":\"1.0850\""));
}

void TestVendorProtocols::primaveraCommitmentsAreAnArrayUnderTheProfilesRoot()
{
    const EntitySchema &s = schema("primavera.commitment");
    Record r(s.fieldCount());
    r.setId(5);
    set(s, r, "sourceId", QStringLiteral("ERP-C-1"));
    set(s, r, "name", QStringLiteral("Curtain wall"));
    set(s, r, "projectId", qint64(3001));
    set(s, r, "commitmentType", QStringLiteral("LUMP_SUM"));
    set(s, r, "commitmentStatus", QStringLiteral("APPROVED"));
    set(s, r, "commitmentCost.originalValueCommitment", money(u"1234567.89"));
    set(s, r, "exchangeRate", money(u"0.1"));
    set(s, r, "startDate", QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
    set(s, r, "finishDate", QDate(2026, 9, 30));
    set(s, r, "performancePeriod", qint64(240));
    ProtocolOptions options;
    options.apiRoot = QStringLiteral("/api/restapi");
    const auto requests = PrimaveraProtocol(s, options).buildRequests({r});
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("POST"));
    QCOMPARE(requests.first().path, QStringLiteral("/api/restapi/commitment/syncBatch"));
    compareGolden(requests.first().body, QStringLiteral("primavera_commitments"));
    // Money as exact JSON numbers, never through double.
    QVERIFY(requests.first().body.contains("\"originalValueCommitment\":1234567.89"));
    QVERIFY(requests.first().body.contains("\"exchangeRate\":0.1"));
    QVERIFY(requests.first().body.startsWith("[{"));
    // The seeds' root by default.
    QCOMPARE(PrimaveraProtocol(s, {}).buildRequests({r}).first().path,
             QStringLiteral("/primeapi/restapi/commitment/syncBatch"));
}

void TestVendorProtocols::intacctCreatesPostAndUpdatesPatchWithAStableKey()
{
    const EntitySchema &s = schema("intacct.project_contract");
    QVector<Record> rows;
    for (int n = 0; n < 2; ++n) {
        Record r(s.fieldCount());
        r.setId(20 + n);
        set(s, r, "name", QStringLiteral("Tower %1").arg(n));
        set(s, r, "project.id", QStringLiteral("P-100"));
        set(s, r, "customer.id", QStringLiteral("BTI"));
        set(s, r, "contractDate", QDate(2026, 4, 1));
        set(s, r, "isBillable", true);
        set(s, r, "status", QStringLiteral("active"));
        rows.append(r);
    }
    set(s, rows[0], "id", QStringLiteral("PC-1"));
    rows[1].setSyncKey(QStringLiteral("cd-55aa"));
    rows[1].setRemoteId(QStringLiteral("311"));
    const IntacctProtocol protocol(s, {});
    const auto requests = protocol.buildRequests(rows);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/objects/construction/project-contract"));
    compareGolden(requests.at(0).body, QStringLiteral("intacct_create"));
    QCOMPARE(requests.at(1).method, QByteArray("PATCH"));
    compareGolden(requests.at(1).body, QStringLiteral("intacct_update"));
    QVERIFY(requests.at(1).body.contains("\"key\":\"311\""));
    QVERIFY(requests.at(1).body.contains("\"id\":\"cd-55aa\""));
    // The same request again carries the same key; another body another key.
    const QByteArray key = requests.at(0).header("Idempotency-Key");
    QVERIFY(key.size() > 10 && key.size() <= 256);
    QCOMPARE(protocol.buildRequests(rows).at(0).header("Idempotency-Key"), key);
    QVERIFY(requests.at(1).header("Idempotency-Key") != key);
}

void TestVendorProtocols::batchesStopAtTheVendorsLimit_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QVector<int>>("sizes");
    QTest::newRow("Procore 1,000")
            << "procore.work_order_contract" << 2500 << QVector<int>{1000, 1000, 500};
    QTest::newRow("Primavera 100") << "primavera.change_order" << 250 << QVector<int>{100, 100, 50};
    QTest::newRow("Intacct 500") << "intacct.project_contract" << 1200
                                 << QVector<int>{500, 500, 200};
}

void TestVendorProtocols::batchesStopAtTheVendorsLimit()
{
    QFETCH(QString, target);
    QFETCH(int, rows);
    QFETCH(QVector<int>, sizes);
    const EntitySchema &s = *m_registry->find(target);
    QVector<Record> records;
    for (int n = 0; n < rows; ++n) {
        Record r(s.fieldCount());
        r.setId(n + 1);
        r.setSyncKey(QStringLiteral("k-%1").arg(n));
        records.append(r);
    }
    const auto requests = VendorProtocol::forSchema(s)->buildRequests(records);
    QVector<int> actual;
    for (const VendorRequest &request : requests) {
        actual.append(int(request.recordIds.size()));
        QVERIFY(!QJsonDocument::fromJson(request.body).isNull());
    }
    QCOMPARE(actual, sizes);
}

void TestVendorProtocols::procoreAnswersAreMatchedByOriginId()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    VendorRequest request;
    request.recordIds = {1, 2, 3, 4};
    request.itemKeys = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                        QStringLiteral("D")};
    request.remoteIds = {QString(), QStringLiteral("900000000001"), QString(), QString()};
    // Always 200: B updated, A created (listed after it: matched by key, not by position), C
    // failed, D not mentioned.
    const QByteArray body = R"({"entities":[
        {"id":900000000001,"origin_id":"B","number":"WO-2"},
        {"id":9007199254740993,"origin_id":"A","number":"WO-1"}],
      "errors":[{"origin_id":"C","number":"WO-1","errors":{"number":["has already been taken"],
        "vendor_id":["is invalid"]}}]})";
    const auto results = ProcoreProtocol(s, {}).parseResponse(request, 200, body);
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).outcome, ItemResult::Outcome::Created);
    QCOMPARE(results.at(0).remoteId, QStringLiteral("9007199254740993")); // exact past 2^53
    QCOMPARE(results.at(1).outcome, ItemResult::Outcome::Updated);
    QCOMPARE(results.at(2).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(results.at(2).message,
             QStringLiteral("number: has already been taken; vendor_id: is invalid"));
    QCOMPARE(results.at(3).outcome, ItemResult::Outcome::Unknown);
    QVERIFY(results.at(3).message.contains(QStringLiteral("looked up")));
    for (const ItemResult &r : results)
        QCOMPARE(r.httpStatus, 200);
}

void TestVendorProtocols::primaveraMultiStatusIsReadPerItem()
{
    const EntitySchema &s = schema("primavera.change_order");
    VendorRequest request;
    request.recordIds = {1, 2, 3, 4};
    request.itemKeys = {QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"),
                        QStringLiteral("S4")};
    request.remoteIds = {QString(), QString(), QString(), QString()};
    const QByteArray body = R"([
        {"statusCode":204,"sourceId":"S2","primaryKeyName":"changeOrderId","primaryKeyValue":5002},
        {"statusCode":201,"sourceId":"S1","message":"Created","primaryKeyValue":5001},
        {"statusCode":400,"sourceId":"S3","message":"associatedAgreementCode C-9 is not approved"}])";
    const auto results = PrimaveraProtocol(s, {}).parseResponse(request, 207, body);
    QCOMPARE(results.at(0).outcome, ItemResult::Outcome::Created);
    QCOMPARE(results.at(0).remoteId, QStringLiteral("5001"));
    QCOMPARE(results.at(0).httpStatus, 201);
    QCOMPARE(results.at(1).outcome, ItemResult::Outcome::Updated);
    QCOMPARE(results.at(2).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(results.at(2).message, QStringLiteral("associatedAgreementCode C-9 is not approved"));
    QCOMPARE(results.at(2).httpStatus, 400);
    QCOMPARE(results.at(3).outcome, ItemResult::Outcome::Unknown);
}

void TestVendorProtocols::intacctResultsAndErrorsPerRecord()
{
    const EntitySchema &s = schema("intacct.project_contract");
    VendorRequest request;
    request.method = "POST";
    request.recordIds = {1, 2, 3};
    request.itemKeys = {QStringLiteral("PC-1"), QStringLiteral("PC-2"), QStringLiteral("PC-3")};
    request.remoteIds = {QString(), QString(), QString()};
    const QByteArray body = R"({"ia::result":[
        {"key":"311","id":"PC-1","href":"/objects/construction/project-contract/311"},
        {"ia::error":{"code":"invalidRequest","message":"Project contract ID PC-2 already exists",
                      "errorId":"BL01001973"}},
        {"key":"313","id":"PC-3"}],
      "ia::meta":{"totalCount":3,"totalSuccess":2,"totalError":1}})";
    const auto results = IntacctProtocol(s, {}).parseResponse(request, 207, body);
    QCOMPARE(results.at(0).outcome, ItemResult::Outcome::Created);
    QCOMPARE(results.at(0).remoteId, QStringLiteral("311"));
    QCOMPARE(results.at(1).outcome, ItemResult::Outcome::Failed);
    QCOMPARE(
            results.at(1).message,
            QStringLiteral("invalidRequest: Project contract ID PC-2 already exists (BL01001973)"));
    QCOMPARE(results.at(2).remoteId, QStringLiteral("313"));
    request.method = "PATCH";
    QCOMPARE(IntacctProtocol(s, {}).parseResponse(request, 200, body).at(2).outcome,
             ItemResult::Outcome::Updated);
}

void TestVendorProtocols::wholeRequestFailuresAndUnreadableAnswers()
{
    VendorRequest request;
    request.recordIds = {1, 2};
    request.itemKeys = {QStringLiteral("A"), QStringLiteral("B")};
    request.remoteIds = {QString(), QString()};
    for (const EntitySchema &s : m_registry->schemas()) {
        const auto protocol = VendorProtocol::forSchema(s);
        QVERIFY(protocol);
        // A refusal of the whole request: every row failed, with the vendor's words.
        const auto refused = protocol->parseResponse(
                request, 401,
                R"({"ia::result":{"ia::error":{"code":"unauthorized","message":"Invalid token"}},
                    "errors":"Invalid token"})");
        QCOMPARE(refused.size(), 2);
        for (const ItemResult &r : refused) {
            QCOMPARE(r.outcome, ItemResult::Outcome::Failed);
            QCOMPARE(r.httpStatus, 401);
            QVERIFY2(r.message.contains(QStringLiteral("Invalid token")), qPrintable(r.message));
        }
        // Overloaded, or an answer that is not JSON: nothing is known about any row.
        for (const auto &answer : {qMakePair(503, QByteArray("Service Unavailable")),
                                   qMakePair(200, QByteArray("<html>proxy error</html>"))}) {
            const auto unknown = protocol->parseResponse(request, answer.first, answer.second);
            QCOMPARE(unknown.size(), 2);
            for (const ItemResult &r : unknown)
                QCOMPARE(r.outcome, ItemResult::Outcome::Unknown);
        }
    }
}

QTEST_APPLESS_MAIN(TestVendorProtocols)
#include "tst_vendorprotocols.moc"
