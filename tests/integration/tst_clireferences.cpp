// contractdesk-cli refs and resolve, as scripts use them, against vendor stand-ins in this
// process over real HTTP: the lists read through the sync engine and kept in the workspace,
// every outcome of resolving (exact by id, name, ERP code; ambiguous; suggested; inactive;
// not found), a person's choice given with --choose and remembered, the exit codes and the
// JSON contract, Intacct, and Primavera's commitments resolved within each row's own project.

#include "clirunner.h"
#include "mockvendorserver.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Kind = MockVendorServer::ReferenceKind;

class TestCliReferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void procoreEveryOutcomeThenChoose();
    void refsKeepsTheOldListWhenAReadFails();
    void usageErrors();
    void intacctCustomersAndProjects();
    void primaveraCommitmentWithinItsProject();
    void pushSendsResolvedRowsAndHoldsTheRest();

private:
    using Run = CliRunner::Run;
    // Imports `csv` into a new workspace and adds a profile for `server`; the workspace's path.
    QString prepare(const EntitySchema &schema, MockVendorServer &server, const QString &name,
                    const QByteArray &csv, const QStringList &profileOptions);
    QStringList where(const QString &workspace, const QString &target, const QString &profile) const
    {
        return {QStringLiteral("--workspace"), workspace, QStringLiteral("--target"), target,
                QStringLiteral("--profile"),   profile};
    }
    // The entries of a JSON answer by value.
    static QHash<QString, QJsonObject> byValue(const QString &json);
    // One column of the workspace's rows, as text, in sheet order.
    QStringList column(const QString &workspace, const EntitySchema &schema,
                       const QString &path) const;

    QTemporaryDir m_dir; // before cli, which keeps its settings in it
    CliRunner cli{QStringLiteral(CLI_EXE), m_dir.filePath(QStringLiteral("config"))};
    std::optional<SchemaRegistry> m_registry;
};

void TestCliReferences::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

QString TestCliReferences::prepare(const EntitySchema &schema, MockVendorServer &server,
                                   const QString &name, const QByteArray &csv,
                                   const QStringList &profileOptions)
{
    const QString file = m_dir.filePath(name + QStringLiteral(".csv"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size())
        return QString();
    out.close();
    const QString workspace = m_dir.filePath(name + QStringLiteral(".cdw"));
    Run run = cli({QStringLiteral("import"), file, QStringLiteral("--target"), schema.id(),
                   QStringLiteral("--workspace"), workspace});
    // A name in an id field is a problem in the data (exit 1), kept as written.
    if (run.exitCode != 0 && run.exitCode != 1) {
        qWarning("import: %s", qPrintable(run.err));
        return QString();
    }
    run = cli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), name,
                          QStringLiteral("--vendor"), schema.vendor(), QStringLiteral("--base-url"),
                          server.baseUrl().toString(), QStringLiteral("--secret-env"),
                          QStringLiteral("CD_TEST_SECRET")} +
                      profileOptions,
              server.secret);
    if (run.exitCode != 0) {
        qWarning("profile add: %s", qPrintable(run.err));
        return QString();
    }
    return workspace;
}

QHash<QString, QJsonObject> TestCliReferences::byValue(const QString &json)
{
    QHash<QString, QJsonObject> entries;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array())
        entries.insert(v.toObject().value(QStringLiteral("value")).toString(), v.toObject());
    return entries;
}

QStringList TestCliReferences::column(const QString &workspace, const EntitySchema &schema,
                                      const QString &path) const
{
    QStringList values;
    auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting);
    if (!ws)
        return values;
    const auto records = ws.value()->loadRecords(schema);
    const int field = schema.indexOf(path);
    for (const Record &r : records.value())
        values.append(ValueCodec::toText(schema.field(field), r.value(field)));
    return values;
}

namespace {

const qint64 acme = 9007199254740993;   // beyond 2^53: a double would make it ...992
const qint64 austin = 9007199254740995; // the two AAA Plumbing
const qint64 dallas = 9007199254740997;
const qint64 bravo = 9007199254740999;
const qint64 timber = 9007199254741001; // inactive
const qint64 tower = 562949953421613;

void seedProcore(MockVendorServer &server)
{
    auto vendor = [](qint64 id, const char *name, const char *code, bool active, const char *city) {
        return QJsonObject{{"id", id},
                           {"name", name},
                           {"origin_code", code},
                           {"origin_id", QStringLiteral("ERP-%1").arg(id % 1000)},
                           {"is_active", active},
                           {"city", city}};
    };
    server.seedReferences(
            Kind::Vendors,
            QJsonArray{vendor(acme, "Acme Concrete Inc.", "V-100", true, "Austin"),
                       vendor(austin, "AAA Plumbing", "V-200", true, "Austin"),
                       vendor(dallas, "AAA Plumbing", "V-201", true, "Dallas"),
                       vendor(bravo, "Bravo Steel Erectors LLC", "V-300", true, "Waco"),
                       vendor(timber, "Old Timber Co", "V-400", false, "Tyler")});
    server.seedReferences(Kind::Projects, QJsonArray{QJsonObject{{"id", tower},
                                                                 {"name", "Tower A"},
                                                                 {"project_number", "100"},
                                                                 {"active", true}}});
}

} // namespace

void TestCliReferences::procoreEveryOutcomeThenChoose()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    seedProcore(server);
    const QByteArray csv = "project_id,number,title,vendor_id,status\n"
                           "Tower A,WO-1,Foundations,acme  concrete inc,Approved\n"
                           "562949953421613,WO-2,Slab,V-100,Approved\n"
                           "100,WO-3,Steel,9007199254740997,Approved\n"
                           "562949953421613,WO-4,Plumbing,AAA Plumbing,Approved\n"
                           "562949953421613,WO-5,Erection,Bravo Steel Erector,Approved\n"
                           "562949953421613,WO-6,Framing,Old Timber Co,Approved\n"
                           "562949953421613,WO-7,Roofing,Zeta Roofing,Approved\n"
                           "562949953421613,WO-8,More plumbing,aaa plumbing,Approved\n";
    const QString workspace = prepare(schema, server, QStringLiteral("procore"), csv,
                                      {QStringLiteral("--company-id"), server.companyId,
                                       QStringLiteral("--client-id"), server.clientId});
    QVERIFY(!workspace.isEmpty());
    const QStringList args = where(workspace, schema.id(), QStringLiteral("procore"));

    // refs: both lists read, kept, and told.
    Run run = cli(QStringList{QStringLiteral("refs")} + args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Procore company vendors: 5 read (1 inactive) at ")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Procore company projects: 1 read (0 inactive) at ")),
             qPrintable(run.out));
    QVERIFY(run.err.contains(QStringLiteral("refs: Reading Procore company vendors")));
    QCOMPARE(server.signIns, 1);
    run = cli(QStringList{QStringLiteral("refs")} + args +
              QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray lists = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(lists.size(), 2);
    QJsonObject vendors;
    for (const QJsonValue &v : lists)
        if (v[QStringLiteral("list")] == QStringLiteral("procore.vendors"))
            vendors = v.toObject();
    QCOMPARE(vendors.value(QStringLiteral("records")).toInt(), 5);
    QCOMPARE(vendors.value(QStringLiteral("inactive")).toInt(), 1);
    QCOMPARE(vendors.value(QStringLiteral("status")).toString(), QStringLiteral("read"));
    QVERIFY(vendors.value(QStringLiteral("scope")).isNull());
    QVERIFY(QDateTime::fromString(vendors.value(QStringLiteral("readAt")).toString(), Qt::ISODate)
                    .isValid());
    {
        auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting);
        QVERIFY(ws);
        const auto kept = ws.value()->loadReferenceList(QStringLiteral("procore.vendors"),
                                                        QStringLiteral("procore"), QString());
        QVERIFY(kept && kept.value());
        QCOMPARE(kept.value()->records.size(), 5);
    }

    // resolve: every outcome; lists kept, so no further sign-in.
    const int signIns = server.signIns;
    run = cli(QStringList{QStringLiteral("resolve")} + args +
              QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
    QCOMPARE(server.signIns, signIns);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue &v : array) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"candidates", "field", "id", "matchedBy", "name", "outcome",
                                    "rows", "value"}));
    }
    auto entries = byValue(run.out);
    QCOMPARE(entries.size(), 11); // 3 project values, 8 vendor values
    auto check = [&](const QString &value, const char *outcome, const QJsonValue &id,
                     const QJsonValue &matchedBy) {
        const QJsonObject e = entries.value(value);
        QVERIFY2(!e.isEmpty(), qPrintable(value));
        QCOMPARE(e.value(QStringLiteral("outcome")).toString(), QString::fromLatin1(outcome));
        QCOMPARE(e.value(QStringLiteral("id")), id);
        QCOMPARE(e.value(QStringLiteral("matchedBy")), matchedBy);
    };
    const QJsonValue null(QJsonValue::Null);
    check(QStringLiteral("Tower A"), "exact", QString::number(tower), QStringLiteral("name"));
    check(QStringLiteral("100"), "exact", QString::number(tower), QStringLiteral("number"));
    check(QString::number(tower), "exact", QString::number(tower), QStringLiteral("id"));
    check(QStringLiteral("acme  concrete inc"), "exact", QString::number(acme),
          QStringLiteral("name"));
    check(QStringLiteral("V-100"), "exact", QString::number(acme), QStringLiteral("origin_code"));
    check(QStringLiteral("9007199254740997"), "exact", QString::number(dallas),
          QStringLiteral("id"));
    check(QStringLiteral("AAA Plumbing"), "ambiguous", null, null);
    check(QStringLiteral("aaa plumbing"), "ambiguous", null, null);
    check(QStringLiteral("Bravo Steel Erector"), "suggested", null, null);
    check(QStringLiteral("Old Timber Co"), "inactive", QString::number(timber),
          QStringLiteral("name"));
    check(QStringLiteral("Zeta Roofing"), "not_found", null, null);
    QCOMPARE(entries.value(QStringLiteral("acme  concrete inc"))
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("Acme Concrete Inc."));
    QCOMPARE(entries.value(QStringLiteral("AAA Plumbing")).value(QStringLiteral("rows")),
             QJsonValue(QJsonArray{4}));
    const QJsonArray ambiguous = entries.value(QStringLiteral("AAA Plumbing"))
                                         .value(QStringLiteral("candidates"))
                                         .toArray();
    QCOMPARE(ambiguous.size(), 2);
    QStringList ambiguousIds;
    for (const QJsonValue &c : ambiguous) {
        ambiguousIds.append(c[QStringLiteral("id")].toString());
        QCOMPARE(c[QStringLiteral("name")].toString(), QStringLiteral("AAA Plumbing"));
        QVERIFY(c[QStringLiteral("score")].isDouble());
    }
    ambiguousIds.sort();
    QCOMPARE(ambiguousIds, (QStringList{QString::number(austin), QString::number(dallas)}));
    const QJsonArray suggested = entries.value(QStringLiteral("Bravo Steel Erector"))
                                         .value(QStringLiteral("candidates"))
                                         .toArray();
    QVERIFY(!suggested.isEmpty());
    QCOMPARE(suggested.first()[QStringLiteral("id")].toString(), QString::number(bravo));
    QVERIFY(suggested.first()[QStringLiteral("score")].toDouble() > 0.5);
    QVERIFY(suggested.first()[QStringLiteral("score")].toDouble() < 1.0);

    // The exact ids are written, exactly (beyond 2^53); nothing else is.
    QCOMPARE(column(workspace, schema, QStringLiteral("vendor_id")),
             (QStringList{QString::number(acme), QString::number(acme), QString::number(dallas),
                          QStringLiteral("AAA Plumbing"), QStringLiteral("Bravo Steel Erector"),
                          QStringLiteral("Old Timber Co"), QStringLiteral("Zeta Roofing"),
                          QStringLiteral("aaa plumbing")}));
    QCOMPARE(column(workspace, schema, QStringLiteral("project_id")),
             QStringList(8, QString::number(tower)));

    // A choice that is not an active record of the list, or for a field that is not a
    // reference, is refused and nothing is kept.
    const QStringList resolve = QStringList{QStringLiteral("resolve")} + args;
    run = cli(resolve + QStringList{QStringLiteral("--choose"),
                                    QStringLiteral("vendor_id:Old Timber Co=%1").arg(timber)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("inactive")), qPrintable(run.err));
    run = cli(resolve + QStringList{QStringLiteral("--choose"),
                                    QStringLiteral("vendor_id:AAA Plumbing=12345")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("12345 is not in the vendor's list procore.vendors")),
             qPrintable(run.err));
    run = cli(resolve + QStringList{QStringLiteral("--choose"), QStringLiteral("vendor_id")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--choose takes FIELD:VALUE=ID")),
             qPrintable(run.err));
    run = cli(resolve +
              QStringList{QStringLiteral("--choose"), QStringLiteral("title:Slab=%1").arg(acme)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("title is not a reference field")),
             qPrintable(run.err));
    {
        auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting);
        QVERIFY(ws.value()->crosswalk(schema.id(), QStringLiteral("procore")).isEmpty());
    }

    // --choose resolves the ambiguous name (both spellings of it); text output.
    run = cli(resolve + QStringList{QStringLiteral("--choose"),
                                    QStringLiteral("vendor_id:AAA Plumbing=%1").arg(austin),
                                    QStringLiteral("--choose"),
                                    QStringLiteral("vendor_id:Bravo Steel Erector=%1").arg(bravo)});
    QCOMPARE(run.exitCode, 1); // the inactive and the missing one remain
    QVERIFY2(run.out.contains(QStringLiteral("vendor_id 'AAA Plumbing' (rows 4): chosen → %1 · "
                                             "AAA Plumbing (by crosswalk)")
                                      .arg(austin)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("vendor_id 'Zeta Roofing' (rows 7): not_found")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Cells written: 3; values unresolved: 2.")),
             qPrintable(run.out));
    const QStringList vendorIds = column(workspace, schema, QStringLiteral("vendor_id"));
    QCOMPARE(vendorIds.at(3), QString::number(austin));
    QCOMPARE(vendorIds.at(4), QString::number(bravo));
    QCOMPARE(vendorIds.at(7), QString::number(austin));

    // The choice is remembered: a new row naming "AAA Plumbing" resolves without --choose.
    {
        auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting);
        QVERIFY(ws);
        QCOMPARE(ws.value()->crosswalk(schema.id(), QStringLiteral("procore")).size(), 2);
        auto records = ws.value()->loadRecords(schema).value();
        Record &row = records[3];
        row.setValue(schema.indexOf(QStringLiteral("vendor_id")),
                     ValueCodec::fromText(schema.field(schema.indexOf(QStringLiteral("vendor_id"))),
                                          QStringLiteral("AAA  plumbing"))
                             .value);
        QVERIFY(ws.value()->updateRecord(schema, row));
    }
    run = cli(resolve + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    entries = byValue(run.out);
    check(QStringLiteral("AAA  plumbing"), "chosen", QString::number(austin),
          QStringLiteral("crosswalk"));
    QCOMPARE(column(workspace, schema, QStringLiteral("vendor_id")).at(3), QString::number(austin));

    // Once the last two are fixed in the sheet, everything resolves: exit 0.
    {
        auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting);
        auto records = ws.value()->loadRecords(schema).value();
        const int field = schema.indexOf(QStringLiteral("vendor_id"));
        records[5].setValue(
                field, ValueCodec::fromText(schema.field(field), QStringLiteral("V-300")).value);
        records[6].setValue(
                field,
                ValueCodec::fromText(schema.field(field), QStringLiteral("acme concrete")).value);
        QVERIFY(ws.value()->updateRecords(schema, {records[5], records[6]}));
    }
    run = cli(resolve + QStringList{QStringLiteral("--choose"),
                                    QStringLiteral("vendor_id:acme concrete=%1").arg(acme)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(QStringLiteral("values unresolved: 0.")));
    QCOMPARE(column(workspace, schema, QStringLiteral("vendor_id")),
             (QStringList{QString::number(acme), QString::number(acme), QString::number(dallas),
                          QString::number(austin), QString::number(bravo), QString::number(bravo),
                          QString::number(acme), QString::number(austin)}));

    // --refresh reads the lists again (a new vendor at the stand-in becomes known).
    const int before = server.signIns;
    run = cli(resolve + QStringList{QStringLiteral("--refresh")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.signIns, before + 1);
}

void TestCliReferences::refsKeepsTheOldListWhenAReadFails()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    seedProcore(server);
    const QString workspace = prepare(schema, server, QStringLiteral("failing"),
                                      "project_id,number,title,vendor_id,status\nTower "
                                      "A,WO-1,A,Acme Concrete Inc.,Approved\n",
                                      {QStringLiteral("--company-id"), server.companyId,
                                       QStringLiteral("--client-id"), server.clientId});
    QVERIFY(!workspace.isEmpty());
    const QStringList refs =
            QStringList{QStringLiteral("refs")} + where(workspace, schema.id(), "failing");
    QCOMPARE(cli(refs).exitCode, 0);
    // Every request now answers 500 (beyond the retries): the lists fail, the old ones stay.
    QVector<MockVendorServer::Fault> faults{MockVendorServer::Fault::None}; // the sign-in
    for (int i = 0; i < 40; ++i)
        faults.append(MockVendorServer::Fault::ServerError);
    server.queueFaults(faults);
    const Run run = cli(refs + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
    QVERIFY2(run.err.contains(QStringLiteral("not read")), qPrintable(run.err));
    const QJsonArray lists = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(!lists.isEmpty());
    QCOMPARE(lists.first()[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QVERIFY(!lists.first()[QStringLiteral("error")].toString().isEmpty());
    auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting);
    const auto kept = ws.value()->loadReferenceList(QStringLiteral("procore.vendors"),
                                                    QStringLiteral("failing"), QString());
    QVERIFY(kept && kept.value());
    QCOMPARE(kept.value()->records.size(), 5);
}

void TestCliReferences::usageErrors()
{
    const QString target = QStringLiteral("procore.work_order_contract");
    const QString missing = m_dir.filePath(QStringLiteral("missing.cdw"));
    for (const QString &command : {QStringLiteral("refs"), QStringLiteral("resolve")}) {
        Run run = cli({command, QStringLiteral("--workspace"), missing, QStringLiteral("--target"),
                       target, QStringLiteral("--profile"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 2);
        run = cli({command, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(run.exitCode, 2);
        run = cli({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--workspace")));
    }
}

void TestCliReferences::intacctCustomersAndProjects()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("intacct.project_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.seedReferences(
            Kind::Customers,
            QJsonArray{
                    QJsonObject{{"id", "NWF"}, {"name", "NW Food Warehouse"}, {"status", "active"}},
                    QJsonObject{{"id", "DIM"}, {"name", "Dimension Homes"}, {"status", "active"}},
                    QJsonObject{{"id", "OLD"}, {"name", "Old Customer"}, {"status", "inactive"}}});
    server.seedReferences(Kind::Projects,
                          QJsonArray{QJsonObject{{"id", "DIM - NWF"},
                                                 {"name", "NWF lobby"},
                                                 {"status", "active"},
                                                 {"customer", QJsonObject{{"id", "NWF"}}}}});
    const QByteArray csv = "id,name,project.id,customer.id,status\n"
                           "C-1,One,DIM - NWF,nw food warehouse,active\n"
                           "C-2,Two,NWF lobby,DIM,active\n"
                           "C-3,Three,DIM - NWF,Nobody Ltd,active\n"
                           "C-4,Four,DIM - NWF,dim,active\n";
    const QString workspace = prepare(schema, server, QStringLiteral("intacct"), csv,
                                      {QStringLiteral("--client-id"), QStringLiteral("cd-client"),
                                       QStringLiteral("--username"), QStringLiteral("planner")});
    QVERIFY(!workspace.isEmpty());
    // No list kept yet: resolve reads them first.
    const Run run = cli(QStringList{QStringLiteral("resolve")} +
                        where(workspace, schema.id(), QStringLiteral("intacct")) +
                        QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
    QVERIFY(run.err.contains(QStringLiteral("resolve: Reading Sage Intacct customers")));
    const auto entries = byValue(run.out);
    QCOMPARE(entries.value("nw food warehouse")[QStringLiteral("outcome")].toString(),
             QStringLiteral("exact"));
    QCOMPARE(entries.value("nw food warehouse")[QStringLiteral("id")].toString(),
             QStringLiteral("NWF"));
    QCOMPARE(entries.value("NWF lobby")[QStringLiteral("id")].toString(),
             QStringLiteral("DIM - NWF"));
    QCOMPARE(entries.value("DIM")[QStringLiteral("matchedBy")].toString(), QStringLiteral("id"));
    QCOMPARE(entries.value("Nobody Ltd")[QStringLiteral("outcome")].toString(),
             QStringLiteral("not_found"));
    // Intacct's ids are case-sensitive: "dim" is not the id DIM (nor a name).
    QVERIFY(entries.value("dim")[QStringLiteral("outcome")].toString() != QStringLiteral("exact"));
    QCOMPARE(column(workspace, schema, QStringLiteral("customer.id")),
             (QStringList{"NWF", "DIM", "Nobody Ltd", "dim"}));
    QCOMPARE(column(workspace, schema, QStringLiteral("project.id")),
             QStringList(4, QStringLiteral("DIM - NWF")));
}

void TestCliReferences::primaveraCommitmentWithinItsProject()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.change_order"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.seedReferences(Kind::Projects, QJsonArray{QJsonObject{{"projectId", 40020},
                                                                 {"projectName", "North Yard"},
                                                                 {"projectCode", "PRJ-N"},
                                                                 {"status", "ACTIVE"}},
                                                     QJsonObject{{"projectId", 40021},
                                                                 {"projectName", "South Yard"},
                                                                 {"projectCode", "PRJ-S"},
                                                                 {"status", "ACTIVE"}}});
    // The same commitment name in both projects, with different codes.
    server.seedReferences(Kind::Commitments,
                          QJsonArray{QJsonObject{{"itemCode", "CMT-N1"},
                                                 {"name", "Steel package"},
                                                 {"projectId", 40020},
                                                 {"commitmentStatus", "APPROVED"}},
                                     QJsonObject{{"itemCode", "CMT-S1"},
                                                 {"name", "Steel package"},
                                                 {"projectId", 40021},
                                                 {"commitmentStatus", "APPROVED"}},
                                     QJsonObject{{"itemCode", "CMT-S2"},
                                                 {"name", "Glazing"},
                                                 {"projectId", 40021},
                                                 {"commitmentStatus", "APPROVED"}}});
    const QByteArray csv = "projectId,name,itemCode,associatedAgreementCode,type,status\n"
                           "North Yard,A,CO-1,Steel package,COMMITMENT,APPROVED\n"
                           "PRJ-S,B,CO-2,Steel package,COMMITMENT,APPROVED\n"
                           "40020,C,CO-3,Glazing,COMMITMENT,APPROVED\n";
    const QString workspace = prepare(schema, server, QStringLiteral("primavera"), csv,
                                      {QStringLiteral("--username"), QStringLiteral("planner")});
    QVERIFY(!workspace.isEmpty());
    const QStringList args = where(workspace, schema.id(), QStringLiteral("primavera"));
    Run run = cli(QStringList{QStringLiteral("refs")} + args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    // Each project's commitments read apart.
    QVERIFY2(run.out.contains(QStringLiteral("(scope 40020): 1 read (0 inactive)")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("(scope 40021): 2 read (0 inactive)")),
             qPrintable(run.out));
    run = cli(QStringList{QStringLiteral("resolve")} + args +
              QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1); // Glazing is not a commitment of the North Yard
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QHash<QString, QJsonObject> commitments; // scope + value
    for (const QJsonValue &v : array)
        if (v[QStringLiteral("field")] == QStringLiteral("associatedAgreementCode"))
            commitments.insert(v[QStringLiteral("scope")].toString() + QLatin1Char('/') +
                                       v[QStringLiteral("value")].toString(),
                               v.toObject());
    QCOMPARE(commitments.size(), 3);
    QCOMPARE(commitments.value("40020/Steel package")[QStringLiteral("id")].toString(),
             QStringLiteral("CMT-N1"));
    QCOMPARE(commitments.value("40021/Steel package")[QStringLiteral("id")].toString(),
             QStringLiteral("CMT-S1"));
    QCOMPARE(commitments.value("40020/Glazing")[QStringLiteral("outcome")].toString(),
             QStringLiteral("not_found"));
    QCOMPARE(column(workspace, schema, QStringLiteral("associatedAgreementCode")),
             (QStringList{"CMT-N1", "CMT-S1", "Glazing"}));
    QCOMPARE(column(workspace, schema, QStringLiteral("projectId")),
             (QStringList{"40020", "40021", "40020"}));
}

void TestCliReferences::pushSendsResolvedRowsAndHoldsTheRest()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    seedProcore(server);
    const QByteArray csv = "project_id,number,title,vendor_id,status\n"
                           "562949953421613,WO-1,Foundations,Acme Concrete Inc.,Approved\n"
                           "Tower A,WO-2,Plumbing,AAA Plumbing,Approved\n"
                           "562949953421613,WO-3,Steel,9007199254740997,Approved\n"
                           "562949953421613,WO-4,Roofing,Zeta Roofing,Approved\n";
    const QString workspace = prepare(schema, server, QStringLiteral("pushing"), csv,
                                      {QStringLiteral("--company-id"), server.companyId,
                                       QStringLiteral("--client-id"), server.clientId});
    QVERIFY(!workspace.isEmpty());
    const QStringList args = where(workspace, schema.id(), QStringLiteral("pushing"));
    const QStringList push = QStringList{QStringLiteral("push")} + args;

    // No lists kept: as before — ids go as written, names are errors in the sheet.
    Run run = cli(push + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("1 to create, 0 to update, 3 blocked")),
             qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("\"vendor_id\": 9007199254740997")));

    // With the lists: the names that resolve go as the vendor's ids (exactly, beyond 2^53),
    // the ambiguous and the missing one are held back saying what to do.
    QCOMPARE(cli(QStringList{QStringLiteral("refs")} + args).exitCode, 0);
    run = cli(push);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(server.createCount(), 2);
    QVERIFY(server.violations().isEmpty());
    QStringList sent;
    for (const MockVendorServer::Stored &stored : server.records())
        sent.append(QString::number(stored.fields.value(QStringLiteral("vendor_id")).toInteger()) +
                    QLatin1Char('/') +
                    QString::number(stored.fields.value(QStringLiteral("project_id")).toInteger()));
    sent.sort();
    QCOMPARE(sent, (QStringList{QStringLiteral("%1/%2").arg(acme).arg(tower),
                                QStringLiteral("%1/%2").arg(dallas).arg(tower)}));
    QVERIFY2(run.out.contains(QStringLiteral("vendor_id 'AAA Plumbing' names more than one "
                                             "record at Procore; run contractdesk-cli resolve")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("vendor_id 'Zeta Roofing' is not at Procore")),
             qPrintable(run.out));
    // The sheet holds what was sent.
    QCOMPARE(column(workspace, schema, QStringLiteral("vendor_id")).first(), QString::number(acme));

    // Chosen, the held-back row goes too.
    run = cli(QStringList{QStringLiteral("resolve")} + args +
              QStringList{QStringLiteral("--choose"),
                          QStringLiteral("vendor_id:AAA Plumbing=%1").arg(austin)});
    QCOMPARE(run.exitCode, 1); // Zeta Roofing
    run = cli(push + QStringList{QStringLiteral("--rows"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(server.createCount(), 3);
    bool found = false;
    for (const MockVendorServer::Stored &stored : server.records())
        found = found || stored.fields.value(QStringLiteral("vendor_id")).toInteger() == austin;
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCliReferences)
#include "tst_clireferences.moc"
