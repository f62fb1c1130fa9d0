// Reference cells judged in the sheet (SheetReferenceCheck over ReferenceResolver): every
// outcome an error with its own message, no type error beside it, the rule without lists, the
// vendor's name beside a resolved id, and an edit re-checking its own record only.

#include "entityschema.h"
#include "rawtext.h"
#include "recordtablemodel.h"
#include "referencefixture.h"
#include "referenceresolver.h"
#include "sheetreferencecheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSheetReferenceCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOutcomeIsAnErrorNamingTheValue_data();
    void everyOutcomeIsAnErrorNamingTheValue();
    void replacesTheTypeErrorOfAName();
    void withoutListsPassesIdsAndRefusesNames();
    void showsTheVendorsNameBesideAResolvedId();
    void anEditRechecksOnlyItsRecord();
    void offersTheListOfTheRowsProject();

private:
    Record row(std::initializer_list<std::pair<const char *, QVariant>> cells) const;
    static QVariant raw(const char *text)
    {
        return QVariant::fromValue(RawText{QString::fromUtf8(text)});
    }
    static QVariant number(qint64 n) { return QVariant::fromValue<qint64>(n); }
    static ReferenceLists procoreLists();
    // A model of `rows` judged by a check over `lists`.
    std::unique_ptr<RecordTableModel> sheet(const QVector<Record> &rows, ReferenceLists lists,
                                            const QString &defaultProject = QString()) const;
    int field(const char *path) const { return m_schema->indexOf(QString::fromUtf8(path)); }

    std::optional<EntitySchema> m_schema;
};

namespace {

const char *const kSchema = R"({
    "id": "test.pco", "vendor": "procore", "vendorLabel": "Procore", "entity": "pco",
    "fields": [
        {"path": "number", "type": "string"},
        {"path": "vendor_id", "label": "Vendor", "type": "integer",
         "reference": {"list": "procore.vendors"}},
        {"path": "project_id", "label": "Project", "type": "integer",
         "reference": {"list": "procore.projects"}},
        {"path": "contract_id", "label": "Contract", "type": "integer",
         "reference": {"list": "procore.contracts", "scope": "project_id"}},
        {"path": "customer", "label": "Customer", "type": "reference", "maxLength": 5,
         "reference": {"list": "intacct.customers"}},
        {"path": "id", "type": "integer", "readOnly": true},
        {"path": "origin_id", "type": "string"}
    ],
    "keys": {"remoteId": "id", "idempotency": "origin_id", "display": "number"}
})";

QStringList messagesOn(const RecordTableModel &model, int row, int field)
{
    QStringList out;
    for (const ValidationIssue &issue : model.rowIssues(row)) {
        if (issue.field == field)
            out.append(issue.message);
    }
    return out;
}

} // namespace

void TestSheetReferenceCheck::initTestCase()
{
    auto schema = EntitySchema::fromJson(QJsonDocument::fromJson(kSchema).object(),
                                         QStringLiteral("test"));
    QVERIFY2(schema, qPrintable(schema.error()));
    m_schema = std::move(schema).value();
}

Record
TestSheetReferenceCheck::row(std::initializer_list<std::pair<const char *, QVariant>> cells) const
{
    static qint64 nextId = 1;
    Record r(m_schema->fieldCount());
    r.setId(nextId++);
    for (const auto &[path, value] : cells)
        r.setValue(field(path), value);
    return r;
}

ReferenceLists TestSheetReferenceCheck::procoreLists()
{
    ReferenceLists lists;
    lists.add(QStringLiteral("procore.vendors"), QString(),
              {referenceRecord("8041", "Acme Concrete Inc.", "V-100"),
               referenceRecord("8042", "AAA Plumbing", "V-200"),
               referenceRecord("8043", "AAA Plumbing", "V-201"),
               referenceRecord("8045", "Old Steel Works", "V-400", false)});
    lists.add(QStringLiteral("procore.projects"), QString(),
              {referenceRecord("562", "Tower", "P-1"), referenceRecord("563", "Annex", "P-2"),
               referenceRecord("564", "Garage", "P-3")});
    lists.add(QStringLiteral("procore.contracts"), QStringLiteral("562"),
              {referenceRecord("7", "Main contract"), referenceRecord("8", "Glazing")});
    lists.add(QStringLiteral("procore.contracts"), QStringLiteral("563"),
              {referenceRecord("9", "Main contract")});
    return lists;
}

std::unique_ptr<RecordTableModel>
TestSheetReferenceCheck::sheet(const QVector<Record> &rows, ReferenceLists lists,
                               const QString &defaultProject) const
{
    auto model = std::make_unique<RecordTableModel>(*m_schema, nullptr);
    model->setRecords(rows);
    ReferenceResolver resolver(*m_schema, QStringLiteral("p"), std::move(lists), {});
    if (!defaultProject.isEmpty())
        resolver.setDefaultScope(QStringLiteral("project_id"), defaultProject);
    model->setReferenceCheck(std::make_shared<SheetReferenceCheck>(std::move(resolver), rows));
    return model;
}

void TestSheetReferenceCheck::everyOutcomeIsAnErrorNamingTheValue_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("project");
    QTest::addColumn<QString>("message"); // empty: resolves, no issue

    const QVariant none;
    QTest::newRow("exact id") << "vendor_id" << number(8041) << none << QString();
    QTest::newRow("exact name") << "vendor_id" << raw("acme  concrete inc") << none << QString();
    QTest::newRow("exact code") << "vendor_id" << raw("V-200") << none << QString();
    QTest::newRow("ambiguous")
            << "vendor_id" << raw("AAA Plumbing") << none
            << "Vendor 'AAA Plumbing' names 2 records in Procore's list (they share that name); "
               "choose the right one in Vendor ▸ Resolve References (Ctrl+Shift+K).";
    QTest::newRow("suggested") << "vendor_id" << raw("Acme Concrte Inc.") << none
                               << "Vendor 'Acme Concrte Inc.' is not in Procore's list; near "
                                  "names wait for your choice: Vendor ▸ Resolve References "
                                  "(Ctrl+Shift+K).";
    QTest::newRow("inactive") << "vendor_id" << raw("Old Steel Works") << none
                              << "Vendor 'Old Steel Works' is inactive at Procore; choose an "
                                 "active record in Vendor ▸ Resolve References (Ctrl+Shift+K).";
    QTest::newRow("not found") << "vendor_id" << raw("Zenith Landscaping") << none
                               << "Vendor 'Zenith Landscaping' is not in Procore's list; correct "
                                  "the cell, or read the list again in Vendor ▸ Resolve "
                                  "References (Ctrl+Shift+K).";
    QTest::newRow("not found id") << "vendor_id" << number(9999) << none
                                  << "Vendor '9999' is not in Procore's list; correct the cell, "
                                     "or read the list again in Vendor ▸ Resolve References "
                                     "(Ctrl+Shift+K).";
    QTest::newRow("scoped, resolved")
            << "contract_id" << raw("Glazing") << number(562) << QString();
    QTest::newRow("list not read") << "contract_id" << raw("Glazing") << number(564)
                                   << "Contract 'Glazing' cannot be checked: Procore's list for "
                                      "it has not been read yet; read it in Vendor ▸ Resolve "
                                      "References (Ctrl+Shift+K).";
    QTest::newRow("project unresolved")
            << "contract_id" << raw("Glazing") << raw("Nowhere")
            << "Contract 'Glazing' cannot be checked until the row's Project is resolved; "
               "resolve that first in Vendor ▸ Resolve References (Ctrl+Shift+K).";
}

void TestSheetReferenceCheck::everyOutcomeIsAnErrorNamingTheValue()
{
    QFETCH(QString, path);
    QFETCH(QVariant, value);
    QFETCH(QVariant, project);
    QFETCH(QString, message);
    Record r = row({{"number", QStringLiteral("PCO-1")}});
    r.setValue(m_schema->indexOf(path), value);
    if (project.isValid())
        r.setValue(field("project_id"), project);
    const auto model = sheet({r}, procoreLists());
    const QStringList messages = messagesOn(*model, 0, m_schema->indexOf(path));
    if (message.isEmpty()) {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
        return;
    }
    QCOMPARE(messages, QStringList{message});
    for (const ValidationIssue &issue : model->rowIssues(0)) {
        if (issue.field == m_schema->indexOf(path))
            QCOMPARE(issue.severity, ValidationIssue::Severity::Error);
    }
    QVERIFY(model->validation().hasErrors(r));
    QCOMPARE(model->data(model->index(0, m_schema->indexOf(path)),
                         RecordTableModel::IssueSeverityRole)
                     .toInt(),
             int(ValidationIssue::Severity::Error));
}

void TestSheetReferenceCheck::replacesTheTypeErrorOfAName()
{
    const Record named = row(
            {{"vendor_id", raw("Zenith Landscaping")}, {"customer", QStringLiteral("C-10000")}});
    // Without a check the name is a type error, as before lists.
    RecordTableModel plain(*m_schema, nullptr);
    plain.setRecords({named});
    const QStringList typeError = messagesOn(plain, 0, field("vendor_id"));
    QCOMPARE(typeError.size(), 1);
    QVERIFY(typeError.constFirst().contains(QLatin1String("whole number")));

    // With one, the reference message replaces it; a length check stays.
    const auto model = sheet({named}, procoreLists());
    const QStringList messages = messagesOn(*model, 0, field("vendor_id"));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().contains(QLatin1String("is not in Procore's list")));
    QVERIFY(!messages.constFirst().contains(QLatin1String("whole number")));
    QCOMPARE(messagesOn(*model, 0, field("customer")).size(), 1); // 7 characters, 5 allowed
    QCOMPARE(model->validation().errorCount(), 2);
}

void TestSheetReferenceCheck::withoutListsPassesIdsAndRefusesNames()
{
    const QVector<Record> rows = {row({{"vendor_id", number(8041)}}),
                                  row({{"vendor_id", raw("Acme Concrete Inc.")}}),
                                  row({{"customer", QStringLiteral("C-1")}})};
    const auto model = sheet(rows, ReferenceLists());
    QVERIFY(messagesOn(*model, 0, field("vendor_id")).isEmpty());
    QCOMPARE(messagesOn(*model, 1, field("vendor_id")),
             QStringList{QStringLiteral("Vendor 'Acme Concrete Inc.' is not an id; read "
                                        "Procore's lists in Vendor ▸ Resolve References "
                                        "(Ctrl+Shift+K) to find the record it names.")});
    QVERIFY(messagesOn(*model, 2, field("customer")).isEmpty());
    QCOMPARE(model->validation().errorCount(), 1);
    // Nothing to show beside an id no list names, and no list to offer.
    QCOMPARE(model->data(model->index(0, field("vendor_id"))).toString(), QStringLiteral("8041"));
    QVERIFY(!model->referenceList(0, field("vendor_id")));
}

void TestSheetReferenceCheck::showsTheVendorsNameBesideAResolvedId()
{
    const QVector<Record> rows = {row({{"vendor_id", number(8041)}}),
                                  row({{"vendor_id", raw("V-200")}}),
                                  row({{"vendor_id", raw("AAA Plumbing")}})};
    const auto model = sheet(rows, procoreLists());
    const QModelIndex id = model->index(0, field("vendor_id"));
    QCOMPARE(id.data(Qt::DisplayRole).toString(), QStringLiteral("8041 · Acme Concrete Inc."));
    QCOMPARE(id.data(Qt::EditRole).toString(), QStringLiteral("8041")); // stored, exported
    QCOMPARE(id.data(RecordTableModel::TypedValueRole), number(8041));  // sorted by
    QCOMPARE(model->index(1, field("vendor_id")).data().toString(),
             QStringLiteral("V-200 · AAA Plumbing (8042)"));
    QCOMPARE(model->index(2, field("vendor_id")).data().toString(), QStringLiteral("AAA Plumbing"));
}

void TestSheetReferenceCheck::anEditRechecksOnlyItsRecord()
{
    QVector<Record> rows;
    for (int i = 0; i < 200; ++i)
        rows.append(row({{"vendor_id", i % 2 ? raw("Zenith Landscaping") : number(8041)}}));
    const auto model = sheet(rows, procoreLists());
    const auto *check = dynamic_cast<const SheetReferenceCheck *>(model->referenceCheck());
    QVERIFY(check);
    QCOMPARE(check->singleResolves(), 0); // the whole sheet once, by distinct value
    QCOMPARE(model->validation().errorCount(), 100);

    QVERIFY(model->setData(model->index(1, field("vendor_id")), QStringLiteral("8042")));
    QCOMPARE(check->singleResolves(), 1);
    QCOMPARE(model->validation().errorCount(), 99);
    QVERIFY(messagesOn(*model, 1, field("vendor_id")).isEmpty());
    QCOMPARE(model->index(1, field("vendor_id")).data().toString(),
             QStringLiteral("8042 · AAA Plumbing"));

    QVERIFY(model->setData(model->index(2, field("vendor_id")), QStringLiteral("Old Steel Works")));
    QCOMPARE(check->singleResolves(), 2);
    QCOMPARE(model->validation().errorCount(), 100);
    QVERIFY(messagesOn(*model, 2, field("vendor_id"))
                    .constFirst()
                    .contains(QLatin1String("inactive")));
    // Painting and other cells ask look-ups only.
    for (int r = 0; r < 200; ++r)
        model->index(r, field("vendor_id")).data();
    QCOMPARE(check->singleResolves(), 2);
}

void TestSheetReferenceCheck::offersTheListOfTheRowsProject()
{
    const QVector<Record> rows = {
            row({{"vendor_id", number(8041)}}), row({{"project_id", number(562)}}),
            row({{"project_id", raw("Annex")}, {"contract_id", number(9)}}), row({})};
    const auto model = sheet(rows, procoreLists(), QStringLiteral("563"));
    const ReferenceIndex *vendors = model->referenceList(0, field("vendor_id"));
    QVERIFY(vendors);
    QCOMPARE(vendors->records().size(), 4);
    // An empty contract cell in project 562: that project's contracts.
    const ReferenceIndex *contracts = model->referenceList(1, field("contract_id"));
    QVERIFY(contracts);
    QCOMPARE(contracts->records().size(), 2);
    // A project named ("Annex" is 563), and the profile's project for a row without one.
    QCOMPARE(model->referenceList(2, field("contract_id"))->records().size(), 1);
    QCOMPARE(model->index(2, field("contract_id")).data().toString(),
             QStringLiteral("9 · Main contract"));
    QCOMPARE(model->referenceList(3, field("contract_id"))->records().size(), 1);
    QVERIFY(!model->referenceList(0, field("number")));
}

QTEST_GUILESS_MAIN(TestSheetReferenceCheck)
#include "tst_sheetreferencecheck.moc"
