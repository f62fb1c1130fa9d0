// The built-in schema files against the facts of the vendor seeds.

#include "entityschema.h"
#include "schemaregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

class TestSchemaRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAllFiveTargetsInOrder();
    void everySchemaIsConsistent_data();
    void everySchemaIsConsistent();
    void procoreWorkOrderContractMatchesSeed();
    void procorePotentialChangeOrderMatchesSeed();
    void primaveraCommitmentMatchesSeed();
    void primaveraChangeOrderMatchesSeed();
    void intacctProjectContractMatchesSeed();
    void referenceFieldsNameTheirLists();
    void rejectsBrokenSchemas_data();
    void rejectsBrokenSchemas();

private:
    const EntitySchema &schema(const char *id) const;
    const FieldSpec &field(const char *target, const char *path) const;

    std::optional<SchemaRegistry> m_registry;
};

void TestSchemaRegistry::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
}

const EntitySchema &TestSchemaRegistry::schema(const char *id) const
{
    const EntitySchema *s = m_registry->find(QLatin1String(id));
    Q_ASSERT(s);
    return *s;
}

const FieldSpec &TestSchemaRegistry::field(const char *target, const char *path) const
{
    const EntitySchema &s = schema(target);
    const int index = s.indexOf(QLatin1String(path));
    if (index < 0)
        qFatal("%s has no field %s", target, path);
    return s.field(index);
}

void TestSchemaRegistry::loadsAllFiveTargetsInOrder()
{
    QCOMPARE(m_registry->ids(),
             QStringList({"procore.work_order_contract", "procore.potential_change_order",
                          "primavera.commitment", "primavera.change_order",
                          "intacct.project_contract"}));
    QVERIFY(!m_registry->find(QStringLiteral("procore.nothing")));
}

void TestSchemaRegistry::everySchemaIsConsistent_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : m_registry->ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestSchemaRegistry::everySchemaIsConsistent()
{
    QFETCH(QString, id);
    const EntitySchema *s = m_registry->find(id);
    QVERIFY(s);
    QVERIFY(!s->method().isEmpty());
    QVERIFY(s->path().startsWith(QLatin1Char('/')));
    QVERIFY(s->maxBatchItems() >= 1);
    QVERIFY(s->indexOf(s->remoteIdPath()) >= 0);
    QVERIFY(s->indexOf(s->idempotencyPath()) >= 0);
    QVERIFY(s->indexOf(s->displayPath()) >= 0);
    QSet<QString> labels;
    QSet<QString> synonyms;
    for (const FieldSpec &f : s->fields()) {
        QVERIFY2(!f.label.isEmpty(), qPrintable(f.path));
        QVERIFY2(!labels.contains(f.label.toLower()), qPrintable(f.label));
        labels.insert(f.label.toLower());
        if (f.type == FieldType::Enum)
            QVERIFY2(!f.values.isEmpty(), qPrintable(f.path));
        if (f.type == FieldType::Integer)
            QVERIFY2(f.integerWidth == 32 || f.integerWidth == 64, qPrintable(f.path));
        if (f.type == FieldType::Reference)
            QVERIFY2(f.referenceBy == QLatin1String("id") || f.referenceBy == QLatin1String("name"),
                     qPrintable(f.path));
        if (f.maxLength)
            QVERIFY(*f.maxLength > 0);
        // The idempotency key must be something we can send.
        if (f.path == s->idempotencyPath())
            QVERIFY2(!f.readOnly, qPrintable(f.path));
    }
}

void TestSchemaRegistry::procoreWorkOrderContractMatchesSeed()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    QCOMPARE(s.method(), QStringLiteral("PATCH"));
    QCOMPARE(s.path(), QStringLiteral("/rest/v1.0/work_order_contracts/sync"));
    QCOMPARE(s.maxBatchItems(), 1000);
    QCOMPARE(s.remoteIdPath(), QStringLiteral("id"));
    QCOMPARE(s.idempotencyPath(), QStringLiteral("origin_id"));
    // Every request field of seed 000.
    const QStringList seed = {"project_id",
                              "executed",
                              "description",
                              "contract_estimated_completion_date",
                              "origin_data",
                              "origin_code",
                              "id",
                              "retainage_percent",
                              "actual_completion_date",
                              "origin_id",
                              "title",
                              "approval_letter_date",
                              "contract_start_date",
                              "contract_date",
                              "signed_contract_received_date",
                              "vendor_id",
                              "inclusions",
                              "number",
                              "letter_of_intent_date",
                              "status",
                              "returned_date",
                              "issued_on_date",
                              "exclusions",
                              "accounting_method",
                              "execution_date",
                              "private"};
    for (const QString &path : seed)
        QVERIFY2(s.indexOf(path) >= 0, qPrintable(path));
    QCOMPARE(s.fieldCount(), seed.size());
    QCOMPARE(field("procore.work_order_contract", "project_id").location, FieldLocation::BatchBody);
    QVERIFY(field("procore.work_order_contract", "project_id").required);
    QCOMPARE(field("procore.work_order_contract", "vendor_id").type, FieldType::Integer);
    QCOMPARE(field("procore.work_order_contract", "id").integerWidth, 64);
    QCOMPARE(field("procore.work_order_contract", "executed").type, FieldType::Boolean);
    QCOMPARE(field("procore.work_order_contract", "private").type, FieldType::Boolean);
    const FieldSpec &retainage = field("procore.work_order_contract", "retainage_percent");
    QCOMPARE(retainage.type, FieldType::Decimal);
    QVERIFY(retainage.wireAsString);
    const FieldSpec &date = field("procore.work_order_contract", "contract_date");
    QCOMPARE(date.type, FieldType::Date);
    QVERIFY(date.wireAsString);
    const FieldSpec &status = field("procore.work_order_contract", "status");
    QCOMPARE(status.type, FieldType::Enum);
    QVERIFY(!status.valuesSource.isEmpty()); // the seed lists none: where they came from
    QCOMPARE(status.enumValueFor(QStringLiteral("out for signature")).value_or(QString()),
             QStringLiteral("Out For Signature"));
    QCOMPARE(field("procore.work_order_contract", "accounting_method")
                     .enumValueFor(QStringLiteral("Amount based"))
                     .value_or(QString()),
             QStringLiteral("amount"));
}

void TestSchemaRegistry::procorePotentialChangeOrderMatchesSeed()
{
    const EntitySchema &s = schema("procore.potential_change_order");
    QCOMPARE(s.path(), QStringLiteral("/rest/v1.0/potential_change_orders/sync"));
    QCOMPARE(s.idempotencyPath(), QStringLiteral("origin_id"));
    for (const char *param : {"project_id", "contract_id"}) {
        const FieldSpec &f = field("procore.potential_change_order", param);
        QCOMPARE(f.location, FieldLocation::BatchQuery);
        QVERIFY(f.required);
        QCOMPARE(f.type, FieldType::Integer);
    }
    QCOMPARE(field("procore.potential_change_order", "change_order_request.change_order_package_id")
                     .type,
             FieldType::Integer);
    QCOMPARE(field("procore.potential_change_order", "schedule_impact_amount").type,
             FieldType::Integer);
    QVERIFY(field("procore.potential_change_order", "currency_exchange_rate").wireAsString);
    QCOMPARE(field("procore.potential_change_order", "status")
                     .enumValueFor(QStringLiteral("Not Pricing"))
                     .value_or(QString()),
             QStringLiteral("not_pricing"));
    for (const char *path : {"prime_change_event_id", "description", "commitment_change_event_id",
                             "number", "paid_date", "origin_data", "invoiced_date", "origin_id",
                             "title", "change_order_request_id", "due_date"})
        QVERIFY2(s.indexOf(QLatin1String(path)) >= 0, path);
}

void TestSchemaRegistry::primaveraCommitmentMatchesSeed()
{
    const EntitySchema &s = schema("primavera.commitment");
    QCOMPARE(s.method(), QStringLiteral("POST"));
    QCOMPARE(s.path(), QStringLiteral("/primeapi/restapi/commitment/syncBatch"));
    QCOMPARE(s.idempotencyPath(), QStringLiteral("sourceId"));
    QVERIFY(field("primavera.commitment", "sourceId").required);
    QCOMPARE(*field("primavera.commitment", "name").maxLength, 255);
    QCOMPARE(*field("primavera.commitment", "itemCode").maxLength, 60);
    QCOMPARE(*field("primavera.commitment", "referenceNumber").maxLength, 60);
    QCOMPARE(*field("primavera.commitment", "description").maxLength, 4000);
    QCOMPARE(field("primavera.commitment", "performancePeriod").integerWidth, 32);
    QCOMPARE(field("primavera.commitment", "projectId").integerWidth, 64);
    QCOMPARE(field("primavera.commitment", "exchangeRate").type, FieldType::Decimal);
    QCOMPARE(field("primavera.commitment", "startDate").type, FieldType::DateTime);
    QVERIFY(field("primavera.commitment", "link").readOnly);
    QVERIFY(field("primavera.commitment", "commitmentCost.originalValueCommitment").costObject);
    QStringList types;
    for (const EnumValue &v : field("primavera.commitment", "commitmentType").values)
        types.append(v.value);
    QCOMPARE(types,
             QStringList({"NONE", "COST_PLUS_FIXED_FEE", "COST_PLUS_PCT_FEE",
                          "GUARANTEED_MAX_PRICE", "LUMP_SUM", "UNIT_PRICE", "TIME_AND_MATERIAL"}));
    QCOMPARE(field("primavera.commitment", "commitmentType")
                     .enumValueFor(QStringLiteral("Lump sum"))
                     .value_or(QString()),
             QStringLiteral("LUMP_SUM"));
    QCOMPARE(s.requireOneOf().value(0),
             QStringList({"projectId", "projectCode", "projectSourceId"}));
}

void TestSchemaRegistry::primaveraChangeOrderMatchesSeed()
{
    const EntitySchema &s = schema("primavera.change_order");
    QCOMPARE(s.path(), QStringLiteral("/primeapi/restapi/changeOrder/syncBatch"));
    QCOMPARE(s.idempotencyPath(), QStringLiteral("sourceId"));
    QStringList statuses;
    for (const EnumValue &v : field("primavera.change_order", "status").values)
        statuses.append(v.value);
    QCOMPARE(statuses, QStringList({"DRAFT", "PENDING", "APPROVED", "REJECTED", "CLOSED"}));
    QCOMPARE(field("primavera.change_order", "type").values.size(), 2);
    QCOMPARE(field("primavera.change_order", "timeChange").integerWidth, 32);
    for (const char *ro : {"approveByUserName", "currencyCode", "fixedExchangeRate",
                           "fromCompanyId", "toCompanyName", "updateDate"})
        QVERIFY2(field("primavera.change_order", ro).readOnly, ro);
    QVERIFY(field("primavera.change_order", "changeOrderCost.changeValue").costObject);
    QCOMPARE(field("primavera.change_order", "statusTransitionData.lastStatusTransitionType").type,
             FieldType::Enum);
}

void TestSchemaRegistry::intacctProjectContractMatchesSeed()
{
    const EntitySchema &s = schema("intacct.project_contract");
    QCOMPARE(s.method(), QStringLiteral("POST"));
    QCOMPARE(s.path(), QStringLiteral("/objects/construction/project-contract"));
    QCOMPARE(s.maxBatchItems(), 500);
    QCOMPARE(s.remoteIdPath(), QStringLiteral("key"));
    QCOMPARE(s.idempotencyPath(), QStringLiteral("id"));
    QSet<QString> required;
    for (const FieldSpec &f : s.fields()) {
        if (f.required)
            required.insert(f.path);
    }
    QCOMPARE(required, QSet<QString>({"name", "project.id", "customer.id", "contractDate"}));
    QCOMPARE(field("intacct.project_contract", "project.id").type, FieldType::Reference);
    QCOMPARE(field("intacct.project_contract", "externalReference.signedBy.name").referenceBy,
             QStringLiteral("name"));
    QCOMPARE(field("intacct.project_contract", "contractDate").type, FieldType::Date);
    QCOMPARE(field("intacct.project_contract", "isBillable").type, FieldType::Boolean);
    QCOMPARE(field("intacct.project_contract", "schedule.scheduledStartDate").type,
             FieldType::Date);
    QCOMPARE(field("intacct.project_contract", "summary.totalPrice").type, FieldType::Decimal);
    QVERIFY(field("intacct.project_contract", "summary.totalPrice").readOnly);
    QVERIFY(field("intacct.project_contract", "billing.billedPrice").readOnly);
    QVERIFY(field("intacct.project_contract", "key").readOnly);
    QCOMPARE(field("intacct.project_contract", "status").values.size(), 2);
}

void TestSchemaRegistry::referenceFieldsNameTheirLists()
{
    // Every field that names a record of a vendor's list, with its list and scope: nothing
    // more, nothing less (a field marked by mistake would be checked against the wrong list).
    const QMap<QString, QPair<QString, QString>> expected = {
            {"procore.work_order_contract/vendor_id", {"procore.vendors", ""}},
            {"procore.work_order_contract/project_id", {"procore.projects", ""}},
            {"procore.potential_change_order/project_id", {"procore.projects", ""}},
            {"procore.potential_change_order/contract_id",
             {"procore.work_order_contracts", "project_id"}},
            {"intacct.project_contract/customer.id", {"intacct.customers", ""}},
            {"intacct.project_contract/project.id", {"intacct.projects", ""}},
            {"primavera.commitment/projectId", {"primavera.projects", ""}},
            {"primavera.change_order/projectId", {"primavera.projects", ""}},
            {"primavera.change_order/associatedAgreementCode",
             {"primavera.approved_commitments", "projectId"}},
    };
    QMap<QString, QPair<QString, QString>> actual;
    for (const EntitySchema &s : m_registry->schemas()) {
        for (const FieldSpec &f : s.fields()) {
            if (!f.referenceList.isEmpty() || !f.referenceScope.isEmpty())
                actual.insert(s.id() + QLatin1Char('/') + f.path,
                              {f.referenceList, f.referenceScope});
        }
    }
    QCOMPARE(actual, expected);
    // A list's vendor is the target's vendor, and a scope is a field the item carries.
    for (const EntitySchema &s : m_registry->schemas()) {
        for (const FieldSpec &f : s.fields()) {
            if (f.referenceList.isEmpty())
                continue;
            QVERIFY2(f.referenceList.startsWith(s.vendor() + QLatin1Char('.')),
                     qPrintable(f.referenceList));
            if (!f.referenceScope.isEmpty())
                QVERIFY(s.indexOf(f.referenceScope) >= 0);
        }
    }
    // Primavera: the project field the push sends is the one checked; the alternatives not.
    QVERIFY(field("primavera.change_order", "projectCode").referenceList.isEmpty());
    QVERIFY(field("primavera.commitment", "projectSourceId").referenceList.isEmpty());
}

void TestSchemaRegistry::rejectsBrokenSchemas_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QByteArray(R"({"fields":[{"path":"a","type":"string"}]})") << "no id";
    QTest::newRow("unknown type") << QByteArray(
                                             R"({"id":"x","fields":[{"path":"a","type":"money"}]})")
                                  << "unknown type";
    QTest::newRow("enum without values")
            << QByteArray(R"({"id":"x","fields":[{"path":"a","type":"enum"}]})") << "no values";
    QTest::newRow("duplicate path")
            << QByteArray(
                       R"({"id":"x","fields":[{"path":"a","type":"string"},{"path":"a","type":"string"}]})")
            << "twice";
    QTest::newRow("key not a field")
            << QByteArray(
                       R"({"id":"x","keys":{"remoteId":"zz"},"fields":[{"path":"a","type":"string"}]})")
            << "zz";
    QTest::newRow("odd integer width")
            << QByteArray(R"({"id":"x","fields":[{"path":"a","type":"integer","width":16}]})")
            << "32 or 64";
    QTest::newRow("reference scoped by an unknown field")
            << QByteArray(
                       R"({"id":"x","fields":[{"path":"a","type":"integer","reference":{"list":"v.contracts","scope":"project"}}]})")
            << "scoped by 'project'";
    QTest::newRow("reference scoped by itself")
            << QByteArray(
                       R"({"id":"x","fields":[{"path":"a","type":"integer","reference":{"list":"v.contracts","scope":"a"}}]})")
            << "not another field";
    QTest::newRow("reference scope without a list")
            << QByteArray(
                       R"({"id":"x","fields":[{"path":"p","type":"integer"},{"path":"a","type":"integer","reference":{"scope":"p"}}]})")
            << "no reference list";
}

void TestSchemaRegistry::rejectsBrokenSchemas()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto s = EntitySchema::fromJson(QJsonDocument::fromJson(json).object(),
                                    QStringLiteral("t.json"));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    QVERIFY(s.error().contains(QStringLiteral("t.json")));
}

QTEST_APPLESS_MAIN(TestSchemaRegistry)
#include "tst_schemaregistry.moc"
