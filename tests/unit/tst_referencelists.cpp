// The reference list files (resources/references) against VENDOR_APIS.md and the schemas that
// name them.

#include "entityschema.h"
#include "referencelistspec.h"
#include "schemaregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestReferenceLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEveryVendorsLists();
    void everySchemaReferenceNamesAKnownList();
    void procoreVendorsReadBothListings();
    void procoreContractsAreReadPerProject();
    void intacctListsGoThroughTheQueryService();
    void primaveraCommitmentsActiveOnlyWhenApproved();
    void everyListSaysWhereItsFactsComeFrom();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void checkSchemasFindsMismatches_data();
    void checkSchemasFindsMismatches();
    void loadsADirectory();

private:
    const ReferenceListSpec &list(const char *id) const
    {
        const ReferenceListSpec *l = m_lists->find(QLatin1String(id));
        if (!l)
            qFatal("no list %s", id);
        return *l;
    }

    std::optional<ReferenceListRegistry> m_lists;
    std::optional<SchemaRegistry> m_schemas;
};

void TestReferenceLists::initTestCase()
{
    auto lists = ReferenceListRegistry::loadBuiltIn();
    QVERIFY2(lists, qPrintable(lists.error()));
    m_lists = std::move(lists).value();
    auto schemas = SchemaRegistry::loadBuiltIn();
    QVERIFY2(schemas, qPrintable(schemas.error()));
    m_schemas = std::move(schemas).value();
}

void TestReferenceLists::loadsEveryVendorsLists()
{
    QCOMPARE(m_lists->ids(),
             QStringList({"procore.vendors", "procore.projects", "procore.work_order_contracts",
                          "primavera.projects", "primavera.approved_commitments",
                          "intacct.customers", "intacct.projects"}));
    QVERIFY(!m_lists->find(QStringLiteral("procore.cost_codes")));
    QCOMPARE(list("procore.vendors").label, QStringLiteral("Procore company vendors"));
    QCOMPARE(list("intacct.customers").vendorLabel, QStringLiteral("Sage Intacct"));
}

void TestReferenceLists::everySchemaReferenceNamesAKnownList()
{
    const Status checked = m_lists->checkSchemas(*m_schemas);
    QVERIFY2(checked, qPrintable(checked.error()));
    // And every list is named by some field: none is read for nothing.
    QStringList named;
    for (const EntitySchema &s : m_schemas->schemas()) {
        for (const FieldSpec &f : s.fields()) {
            if (!f.referenceList.isEmpty())
                named.append(f.referenceList);
        }
    }
    for (const QString &id : m_lists->ids())
        QVERIFY2(named.contains(id), qPrintable(id));
}

void TestReferenceLists::procoreVendorsReadBothListings()
{
    using Paging = ReferenceRequestSpec::Paging;
    const ReferenceListSpec &vendors = list("procore.vendors");
    QVERIFY(!vendors.isScoped());
    QCOMPARE(vendors.request.method, QStringLiteral("GET"));
    QCOMPARE(vendors.request.path, QStringLiteral("/rest/v1.0/vendors"));
    QCOMPARE(vendors.request.query.size(), 1);
    QCOMPARE(vendors.request.query.first().first, QStringLiteral("company_id"));
    QCOMPARE(vendors.request.placeholders(), QStringList{QStringLiteral("company_id")});
    QCOMPARE(vendors.request.paging, Paging::Pages);
    QCOMPARE(vendors.inactiveRequest.path,
             QStringLiteral("/rest/v1.0/companies/{company_id}/vendors/inactive"));
    QCOMPARE(vendors.inactiveRequest.paging, Paging::Pages);
    QVERIFY(!vendors.inactiveRequest.source.isEmpty());
    const ReferenceRecordMap &map = vendors.record;
    QCOMPARE(map.id, QStringLiteral("id"));
    QCOMPARE(map.name, QStringLiteral("name"));
    QCOMPARE(map.originId, QStringLiteral("origin_id"));
    QCOMPARE(map.originCode, QStringLiteral("origin_code"));
    QVERIFY(map.aliases.contains(QStringLiteral("abbreviated_name")));
    QCOMPARE(map.activeField, QStringLiteral("is_active"));
    QCOMPARE(map.activeValues, QJsonArray{true});
    QCOMPARE(list("procore.projects").record.number, QStringLiteral("project_number"));
    QVERIFY(list("procore.projects").inactiveRequest.isEmpty());
}

void TestReferenceLists::procoreContractsAreReadPerProject()
{
    const ReferenceListSpec &contracts = list("procore.work_order_contracts");
    QCOMPARE(contracts.scope, QStringLiteral("project_id"));
    QVERIFY(contracts.request.placeholders().contains(QStringLiteral("project_id")));
    QCOMPARE(contracts.record.name, QStringLiteral("title"));
    QCOMPARE(contracts.record.number, QStringLiteral("number"));
    QVERIFY(!contracts.record.activeValues.contains(QJsonValue(QStringLiteral("Void"))));
    QVERIFY(contracts.record.activeValues.contains(QJsonValue(QStringLiteral("Approved"))));
}

void TestReferenceLists::intacctListsGoThroughTheQueryService()
{
    for (const char *id : {"intacct.customers", "intacct.projects"}) {
        const ReferenceListSpec &l = list(id);
        QCOMPARE(l.request.method, QStringLiteral("POST"));
        QCOMPARE(l.request.path, QStringLiteral("/services/core/query"));
        QCOMPARE(l.request.paging, ReferenceRequestSpec::Paging::Query);
        QCOMPARE(l.record.activeField, QStringLiteral("status"));
        QCOMPARE(l.record.activeValues, QJsonArray{QStringLiteral("active")});
    }
    QCOMPARE(list("intacct.customers").request.object,
             QStringLiteral("accounts-receivable/customer"));
    QCOMPARE(list("intacct.projects").request.object, QStringLiteral("projects/project"));
    QCOMPARE(list("intacct.projects").record.paths(),
             QStringList({"id", "name", "customer.id", "status"}));
}

void TestReferenceLists::primaveraCommitmentsActiveOnlyWhenApproved()
{
    const ReferenceListSpec &commitments = list("primavera.approved_commitments");
    QCOMPARE(commitments.scope, QStringLiteral("project_id"));
    QCOMPARE(commitments.request.path, QStringLiteral("{api_root}/commitment/externallySourced"));
    QCOMPARE(commitments.request.placeholders(), QStringList({"api_root", "project_id"}));
    QCOMPARE(commitments.request.paging, ReferenceRequestSpec::Paging::None);
    QCOMPARE(commitments.record.id, QStringLiteral("itemCode")); // associatedAgreementCode
    QCOMPARE(commitments.record.activeValues, QJsonArray{QStringLiteral("APPROVED")});
    QCOMPARE(list("primavera.projects").record.id, QStringLiteral("projectId"));
    QCOMPARE(list("primavera.projects").record.originCode, QStringLiteral("projectCode"));
}

void TestReferenceLists::everyListSaysWhereItsFactsComeFrom()
{
    for (const ReferenceListSpec &l : m_lists->lists()) {
        QVERIFY2(l.source.contains(QLatin1String("cited")) ||
                         l.source.contains(QLatin1String("seed")) ||
                         l.source.contains(QLatin1String("unverified")),
                 qPrintable(l.id));
        QVERIFY2(!l.label.isEmpty(), qPrintable(l.id));
    }
    // The facts VENDOR_APIS.md does not confirm are said to be unverified.
    QVERIFY(list("primavera.projects").source.startsWith(QLatin1String("unverified")));
}

void TestReferenceLists::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"id":"v.things","label":"Things","source":"cited",)"
                            R"("request":{"method":"GET","path":"/things","paging":"pages"},)"
                            R"("record":{"id":"id","name":"name"}})";
    QTest::newRow("fine") << QByteArray(R"({"vendor":"v","lists":[)" + good + "]}") << QString();
    QTest::newRow("no vendor") << QByteArray(R"({"lists":[)" + good + "]}") << "no vendor";
    QTest::newRow("no list") << QByteArray(R"({"vendor":"v","lists":[]})") << "no list";
    QTest::newRow("twice") << QByteArray(R"({"vendor":"v","lists":[)" + good + "," + good + "]}")
                           << "twice";
    QTest::newRow("another vendor's name")
            << QByteArray(R"({"vendor":"w","lists":[)" + good + "]}") << "not named after";
    auto broken = [&](const char *from, const char *to) {
        QByteArray list = good;
        list.replace(from, to);
        return QByteArray(R"({"vendor":"v","lists":[)" + list + "]}");
    };
    QTest::newRow("unknown paging") << broken("\"pages\"", "\"cursor\"") << "unknown paging";
    QTest::newRow("no path") << broken("\"path\":\"/things\"", "\"path\":\"\"")
                             << "method and a path";
    QTest::newRow("unknown placeholder")
            << broken("\"/things\"", "\"/things/{workspace}\"") << "{workspace}";
    QTest::newRow("scope the request does not use")
            << broken("\"label\"", "\"scope\":\"project_id\",\"label\"") << "does not use";
    QTest::newRow("no id member") << broken("\"id\":\"id\",", "") << "an id and a name";
    QTest::newRow("active field without values")
            << broken("\"name\":\"name\"}", "\"name\":\"name\",\"active\":{\"field\":\"x\"}}")
            << "lists no value";
    QTest::newRow("query without object")
            << broken("\"pages\"", "\"query\"") << "a POST naming its object";
    QTest::newRow("no source") << broken("\"source\":\"cited\",", "") << "label and a source";
}

void TestReferenceLists::rejectsBrokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY2(doc.isObject(), json.constData());
    // Through a directory, so that a list defined twice across a file is seen too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("v.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const auto loaded = ReferenceListRegistry::loadDirectory(dir.path());
    if (message.isEmpty()) {
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->ids(), QStringList{QStringLiteral("v.things")});
        return;
    }
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QLatin1String("v.json")), qPrintable(loaded.error()));
}

void TestReferenceLists::checkSchemasFindsMismatches_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown list")
            << QByteArray(R"({"id":"procore.x","vendor":"procore","fields":[{"path":"a","type":)"
                          R"("integer","reference":{"list":"procore.cost_codes"}}]})")
            << "procore.cost_codes";
    QTest::newRow("another vendor's list")
            << QByteArray(R"({"id":"intacct.x","vendor":"intacct","fields":[{"path":"a","type":)"
                          R"("integer","reference":{"list":"procore.vendors"}}]})")
            << "another vendor";
    QTest::newRow("scoped list, unscoped field")
            << QByteArray(R"({"id":"procore.x","vendor":"procore","fields":[{"path":"a","type":)"
                          R"("integer","reference":{"list":"procore.work_order_contracts"}}]})")
            << "per scope";
    QTest::newRow("unscoped list, scoped field")
            << QByteArray(R"({"id":"procore.x","vendor":"procore","fields":[{"path":"p","type":)"
                          R"("integer"},{"path":"a","type":"integer","reference":{"list":)"
                          R"("procore.vendors","scope":"p"}}]})")
            << "per scope";
}

void TestReferenceLists::checkSchemasFindsMismatches()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("x.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QJsonObject json = QJsonDocument::fromJson(schema).object();
    QVERIFY(!json.isEmpty());
    json.insert(QStringLiteral("keys"),
                QJsonObject{{QStringLiteral("remoteId"), QStringLiteral("a")},
                            {QStringLiteral("idempotency"), QStringLiteral("a")},
                            {QStringLiteral("display"), QStringLiteral("a")}});
    file.write(QJsonDocument(json).toJson());
    file.close();
    const auto schemas = SchemaRegistry::loadDirectory(dir.path());
    QVERIFY2(schemas, qPrintable(schemas.error()));
    const Status checked = m_lists->checkSchemas(schemas.value());
    QVERIFY(!checked);
    QVERIFY2(checked.error().contains(message), qPrintable(checked.error()));
}

void TestReferenceLists::loadsADirectory()
{
    // The built-in files, read from the source tree, load the same lists.
    const auto lists = ReferenceListRegistry::loadDirectory(
            QStringLiteral(CD_SOURCE_DIR "/resources/references"));
    QVERIFY2(lists, qPrintable(lists.error()));
    QStringList sorted = lists->ids();
    QStringList builtIn = m_lists->ids();
    sorted.sort();
    builtIn.sort();
    QCOMPARE(sorted, builtIn);
}

QTEST_GUILESS_MAIN(TestReferenceLists)
#include "tst_referencelists.moc"
