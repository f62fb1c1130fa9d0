// Resolving a target's reference cells against the lists a workspace keeps: every outcome, the
// rule for a workspace without lists, lists read per project, writing the ids as one undo step
// and a person's choice kept across sessions.

#include "connectionprofile.h"
#include "entityschema.h"
#include "namefolding.h"
#include "rawtext.h"
#include "recordtablemodel.h"
#include "referencefixture.h"
#include "referenceresolver.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using Outcome = ReferenceResolution::Outcome;
using MatchedBy = ReferenceResolution::MatchedBy;

class TestReferenceResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolvesEveryOutcome();
    void mergesRowsOfOneValue();
    void passesIdsAsWrittenWhileNoListIsKept();
    void checksEveryReferenceOnceAVendorsListsAreKept();
    void looksUpScopedFieldsInTheRowsOwnScope();
    void appliesIdsAsOneUndoStep();
    void leavesCellsEditedSinceAlone();
    void keepsAChoiceAcrossSessions();
    void refusesChoicesTheListDoesNotHold();
    void writesTheCliJson();
    void worksThroughTheSession();

private:
    static EntitySchema schemaFrom(const char *json);
    static ReferenceLists procoreLists();
    Record row(std::initializer_list<std::pair<const char *, QVariant>> cells) const;
    static QVariant raw(const char *text)
    {
        return QVariant::fromValue(RawText{QString::fromUtf8(text)});
    }
    static QVariant number(qint64 n) { return QVariant::fromValue<qint64>(n); }
    static const ReferenceEntry *find(const QVector<ReferenceEntry> &entries, const char *field,
                                      const QString &value, const QString &scope = QString());

    std::optional<EntitySchema> m_pco;
    QTemporaryDir m_dir;
};

namespace {

const char *const kPcoSchema = R"({
    "id": "test.pco", "vendor": "procore", "entity": "pco",
    "fields": [
        {"path": "number", "type": "string"},
        {"path": "vendor_id", "type": "integer", "reference": {"list": "procore.vendors"}},
        {"path": "project_id", "type": "integer", "reference": {"list": "procore.projects"}},
        {"path": "contract_id", "type": "integer",
         "reference": {"list": "procore.contracts", "scope": "project_id"}},
        {"path": "customer.id", "type": "reference", "referenceBy": "id",
         "reference": {"list": "intacct.customers"}},
        {"path": "title", "type": "string"},
        {"path": "id", "type": "integer", "readOnly": true},
        {"path": "origin_id", "type": "string"}
    ],
    "keys": {"remoteId": "id", "idempotency": "origin_id", "display": "number"}
})";

} // namespace

EntitySchema TestReferenceResolver::schemaFrom(const char *json)
{
    auto schema =
            EntitySchema::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("test"));
    if (!schema)
        qFatal("%s", qPrintable(schema.error()));
    return std::move(schema).value();
}

void TestReferenceResolver::initTestCase()
{
    // A Procore target with integer reference fields, one scoped by the row's project, and an
    // Intacct-style text reference.
    m_pco = schemaFrom(kPcoSchema);
    QCOMPARE(m_pco->field(3).referenceScope, QStringLiteral("project_id"));
}

ReferenceLists TestReferenceResolver::procoreLists()
{
    ReferenceLists lists;
    lists.add(QStringLiteral("procore.vendors"), QString(),
              {referenceRecord("8041", "Acme Concrete Inc.", "V-100"),
               referenceRecord("8042", "AAA Plumbing", "V-200"),
               referenceRecord("8043", "AAA Plumbing", "V-201"),
               referenceRecord("8045", "Old Steel Works", "V-400", false),
               referenceRecord("9007199254740993", "Müller Trockenbau GmbH", "V-500")});
    lists.add(QStringLiteral("procore.projects"), QString(),
              {referenceRecord("562", "Tower", "P-1"), referenceRecord("563", "Annex", "P-2"),
               referenceRecord("564", "Garage", "P-3")});
    lists.add(QStringLiteral("procore.contracts"), QStringLiteral("562"),
              {referenceRecord("7", "Main contract"), referenceRecord("8", "Glazing")});
    lists.add(QStringLiteral("procore.contracts"), QStringLiteral("563"),
              {referenceRecord("9", "Main contract")});
    return lists;
}

Record
TestReferenceResolver::row(std::initializer_list<std::pair<const char *, QVariant>> cells) const
{
    static qint64 nextId = 1;
    Record r(m_pco->fieldCount());
    r.setId(nextId++);
    for (const auto &[path, value] : cells) {
        const int index = m_pco->indexOf(QString::fromUtf8(path));
        if (index < 0)
            qFatal("no field %s", path);
        r.setValue(index, value);
    }
    return r;
}

const ReferenceEntry *TestReferenceResolver::find(const QVector<ReferenceEntry> &entries,
                                                  const char *field, const QString &value,
                                                  const QString &scope)
{
    for (const ReferenceEntry &e : entries) {
        if (e.field == QString::fromUtf8(field) && e.value == value && e.scope == scope)
            return &e;
    }
    return nullptr;
}

void TestReferenceResolver::resolvesEveryOutcome()
{
    CrosswalkChoice choice;
    choice.target = m_pco->id();
    choice.field = QStringLiteral("vendor_id");
    choice.value = QStringLiteral("Acme");
    choice.id = QStringLiteral("8041");
    const ReferenceResolver resolver(*m_pco, QStringLiteral("p"), procoreLists(), {choice});
    const QVector<Record> rows = {
            row({{"vendor_id", number(8041)}}),
            row({{"vendor_id", raw("acme  concrete inc")}}),
            row({{"vendor_id", raw("V-200")}}),
            row({{"vendor_id", raw("AAA Plumbing")}}),
            row({{"vendor_id", raw("Acme Concrete LLC")}}),
            row({{"vendor_id", raw("Old Steel Works")}}),
            row({{"vendor_id", raw("Zenith Landscaping")}}),
            row({{"vendor_id", raw("ACME")}}),
            row({{"vendor_id", number(Q_INT64_C(9007199254740993))}}),
            row({{"title", QStringLiteral("no reference")}}),
    };
    const QVector<ReferenceEntry> entries = resolver.resolve(rows);
    QCOMPARE(entries.size(), 9);

    struct Expected
    {
        QString value;
        Outcome outcome;
        MatchedBy matchedBy;
        QString id;
    };
    const QVector<Expected> expected = {
            {QStringLiteral("8041"), Outcome::Exact, MatchedBy::Id, QStringLiteral("8041")},
            {QStringLiteral("acme  concrete inc"), Outcome::Exact, MatchedBy::Name,
             QStringLiteral("8041")},
            {QStringLiteral("V-200"), Outcome::Exact, MatchedBy::OriginCode,
             QStringLiteral("8042")},
            {QStringLiteral("AAA Plumbing"), Outcome::Ambiguous, MatchedBy::None, QString()},
            {QStringLiteral("Acme Concrete LLC"), Outcome::Suggested, MatchedBy::None, QString()},
            {QStringLiteral("Old Steel Works"), Outcome::Inactive, MatchedBy::Name,
             QStringLiteral("8045")},
            {QStringLiteral("Zenith Landscaping"), Outcome::NotFound, MatchedBy::None, QString()},
            {QStringLiteral("ACME"), Outcome::Chosen, MatchedBy::Crosswalk, QStringLiteral("8041")},
            {QStringLiteral("9007199254740993"), Outcome::Exact, MatchedBy::Id,
             QStringLiteral("9007199254740993")},
    };
    for (int i = 0; i < expected.size(); ++i) {
        const ReferenceEntry &e = entries.at(i);
        QCOMPARE(e.field, QStringLiteral("vendor_id"));
        QCOMPARE(e.value, expected.at(i).value);
        QCOMPARE(e.rows, QVector<int>{i + 1});
        QCOMPARE(e.recordIds, QVector<qint64>{rows.at(i).id()});
        QVERIFY(e.checked);
        QVERIFY(!e.listMissing);
        QVERIFY2(e.resolution.outcome == expected.at(i).outcome, qPrintable(e.value));
        if (expected.at(i).matchedBy != MatchedBy::None)
            QVERIFY2(e.resolution.matchedBy == expected.at(i).matchedBy, qPrintable(e.value));
        if (!expected.at(i).id.isEmpty())
            QCOMPARE(e.resolution.id, expected.at(i).id);
        QCOMPARE(e.resolved(), expected.at(i).outcome == Outcome::Exact ||
                                       expected.at(i).outcome == Outcome::Chosen);
    }
    // Ambiguous and suggested never carry an id; they name their candidates.
    QCOMPARE(entries.at(3).resolution.candidates.size(), 2);
    QVERIFY(entries.at(3).resolution.id.isEmpty());
    QVERIFY(!entries.at(4).resolution.candidates.isEmpty());
    QCOMPARE(entries.at(4).resolution.candidates.first().id, QStringLiteral("8041"));
    QVERIFY(entries.at(4).resolution.id.isEmpty());
    QCOMPARE(entries.at(1).resolution.name, QStringLiteral("Acme Concrete Inc."));
}

void TestReferenceResolver::mergesRowsOfOneValue()
{
    const ReferenceResolver resolver(*m_pco, QStringLiteral("p"), procoreLists(), {});
    const QVector<Record> rows = {
            row({{"vendor_id", raw("AAA Plumbing")}, {"project_id", number(562)}}),
            row({{"vendor_id", number(8041)}, {"project_id", number(562)}}),
            row({{"vendor_id", raw("AAA Plumbing")}, {"project_id", raw("Annex")}}),
            row({{"vendor_id", raw("AAA  plumbing")}}),
    };
    const auto entries = resolver.resolve(rows);
    const ReferenceEntry *aaa = find(entries, "vendor_id", QStringLiteral("AAA Plumbing"));
    QVERIFY(aaa);
    QCOMPARE(aaa->rows, (QVector<int>{1, 3}));
    QCOMPARE(aaa->recordIds, (QVector<qint64>{rows.at(0).id(), rows.at(2).id()}));
    // Another spelling is another value as written (the same outcome).
    const ReferenceEntry *other = find(entries, "vendor_id", QStringLiteral("AAA  plumbing"));
    QVERIFY(other);
    QCOMPARE(other->rows, QVector<int>{4});
    const ReferenceEntry *project = find(entries, "project_id", QStringLiteral("562"));
    QVERIFY(project);
    QCOMPARE(project->rows, (QVector<int>{1, 2}));
    QCOMPARE(project->resolution.outcome, Outcome::Exact);
    // Entries come in field order, then by first row.
    QStringList order;
    for (const ReferenceEntry &e : entries)
        order.append(e.field + QLatin1Char('=') + e.value);
    QCOMPARE(
            order,
            (QStringList{QStringLiteral("vendor_id=AAA Plumbing"), QStringLiteral("vendor_id=8041"),
                         QStringLiteral("vendor_id=AAA  plumbing"),
                         QStringLiteral("project_id=562"), QStringLiteral("project_id=Annex")}));
}

void TestReferenceResolver::passesIdsAsWrittenWhileNoListIsKept()
{
    const ReferenceResolver resolver(*m_pco, QStringLiteral("p"), ReferenceLists(), {});
    const QVector<Record> rows = {
            row({{"vendor_id", number(8041)},
                 {"project_id", number(562)},
                 {"contract_id", number(7)},
                 {"customer.id", QStringLiteral("C-100")}}),
            row({{"vendor_id", raw("Acme Concrete Inc.")},
                 {"customer.id", QStringLiteral("Acme Customer Inc.")}}),
    };
    const auto entries = resolver.resolve(rows);
    QCOMPARE(entries.size(), 6);
    for (const auto &[field, value] :
         {std::pair{"vendor_id", "8041"}, std::pair{"project_id", "562"},
          std::pair{"contract_id", "7"}}) {
        const ReferenceEntry *e =
                find(entries, field, QString::fromUtf8(value),
                     QLatin1String(field) == QLatin1String("contract_id") ? QStringLiteral("562")
                                                                          : QString());
        QVERIFY2(e, field);
        QCOMPARE(e->rows, QVector<int>{1});
        QVERIFY2(!e->checked, field);
        QVERIFY2(e->resolved(), field);
        QCOMPARE(e->resolution.matchedBy, MatchedBy::Id);
        QCOMPARE(e->resolution.id, e->value);
    }
    // A name where Procore takes a whole number cannot be an id: unresolved until lists are read.
    const ReferenceEntry *name = find(entries, "vendor_id", QStringLiteral("Acme Concrete Inc."));
    QVERIFY(name);
    QVERIFY(!name->resolved());
    QCOMPARE(name->resolution.outcome, Outcome::NotFound);
    QVERIFY(name->listMissing);
    QVERIFY(!name->checked);
    // Intacct's ids are text: anything goes as written while no Intacct list is kept.
    for (const QString &value : {QStringLiteral("C-100"), QStringLiteral("Acme Customer Inc.")}) {
        const ReferenceEntry *e = find(entries, "customer.id", value);
        QVERIFY(e);
        QVERIFY(e->resolved());
        QVERIFY(!e->checked);
        QCOMPARE(e->resolution.id, value);
    }
    QCOMPARE(ReferenceResolver::missingLists(*m_pco, entries),
             (QVector<QPair<QString, QString>>{{QStringLiteral("procore.vendors"), QString()}}));
}

void TestReferenceResolver::checksEveryReferenceOnceAVendorsListsAreKept()
{
    // Only Procore's vendors were read: its projects are checked too (and unresolved without a
    // list), Intacct's customers still go as written.
    ReferenceLists lists;
    lists.add(QStringLiteral("procore.vendors"), QString(),
              {referenceRecord("8041", "Acme Concrete Inc.")});
    const ReferenceResolver resolver(*m_pco, QStringLiteral("p"), lists, {});
    const QVector<Record> rows = {row({{"vendor_id", number(8041)},
                                       {"project_id", number(562)},
                                       {"customer.id", QStringLiteral("C-100")}}),
                                  row({{"vendor_id", number(9999)}})};
    const auto entries = resolver.resolve(rows);
    const ReferenceEntry *vendor = find(entries, "vendor_id", QStringLiteral("8041"));
    QVERIFY(vendor && vendor->checked && vendor->resolved());
    QCOMPARE(vendor->resolution.name, QStringLiteral("Acme Concrete Inc."));
    const ReferenceEntry *unknown = find(entries, "vendor_id", QStringLiteral("9999"));
    QVERIFY(unknown && unknown->checked);
    QCOMPARE(unknown->resolution.outcome, Outcome::NotFound);
    QVERIFY(!unknown->listMissing);
    const ReferenceEntry *project = find(entries, "project_id", QStringLiteral("562"));
    QVERIFY(project);
    QVERIFY(!project->resolved());
    QVERIFY(project->listMissing);
    const ReferenceEntry *customer = find(entries, "customer.id", QStringLiteral("C-100"));
    QVERIFY(customer && customer->resolved() && !customer->checked);
    QCOMPARE(ReferenceResolver::missingLists(*m_pco, entries),
             (QVector<QPair<QString, QString>>{{QStringLiteral("procore.projects"), QString()}}));
}

void TestReferenceResolver::looksUpScopedFieldsInTheRowsOwnScope()
{
    ReferenceResolver resolver(*m_pco, QStringLiteral("p"), procoreLists(), {});
    const QVector<Record> rows = {
            row({{"project_id", raw("Tower")}, {"contract_id", raw("Main contract")}}),
            row({{"project_id", number(563)}, {"contract_id", raw("main  CONTRACT")}}),
            row({{"project_id", raw("Nowhere")}, {"contract_id", raw("Main contract")}}),
            row({{"project_id", number(564)}, {"contract_id", raw("Main contract")}}),
            row({{"contract_id", raw("Glazing")}}),
            row({{"project_id", number(563)}, {"contract_id", number(7)}}),
    };
    auto entries = resolver.resolve(rows);
    // A row's contract is looked up in its own project's contracts.
    const ReferenceEntry *tower =
            find(entries, "contract_id", QStringLiteral("Main contract"), QStringLiteral("562"));
    QVERIFY(tower);
    QCOMPARE(tower->resolution.outcome, Outcome::Exact);
    QCOMPARE(tower->resolution.id, QStringLiteral("7"));
    QCOMPARE(tower->rows, QVector<int>{1});
    const ReferenceEntry *annex =
            find(entries, "contract_id", QStringLiteral("main  CONTRACT"), QStringLiteral("563"));
    QVERIFY(annex);
    QCOMPARE(annex->resolution.id, QStringLiteral("9"));
    // Contract 7 is project 562's, not 563's.
    const ReferenceEntry *foreign =
            find(entries, "contract_id", QStringLiteral("7"), QStringLiteral("563"));
    QVERIFY(foreign);
    QCOMPARE(foreign->resolution.outcome, Outcome::NotFound);
    // A project that does not resolve leaves its contract unresolved.
    const ReferenceEntry *nowhere = nullptr;
    for (const ReferenceEntry &e : entries) {
        if (e.field == QLatin1String("contract_id") && e.rows.contains(3))
            nowhere = &e;
    }
    QVERIFY(nowhere);
    QVERIFY(nowhere->scopeUnresolved);
    QVERIFY(!nowhere->resolved());
    QCOMPARE(nowhere->rows, QVector<int>{3}); // not merged with row 1's (another scope)
    // A project whose contracts were never read: the list is missing.
    const ReferenceEntry *garage =
            find(entries, "contract_id", QStringLiteral("Main contract"), QStringLiteral("564"));
    QVERIFY(garage);
    QVERIFY(garage->listMissing);
    QVERIFY(!garage->resolved());
    QCOMPARE(ReferenceResolver::missingLists(*m_pco, entries),
             (QVector<QPair<QString, QString>>{
                     {QStringLiteral("procore.contracts"), QStringLiteral("564")}}));
    // No project in the row: unresolved, unless the profile names a default project.
    const ReferenceEntry *glazing = find(entries, "contract_id", QStringLiteral("Glazing"));
    QVERIFY(glazing && glazing->scopeUnresolved && !glazing->resolved());
    resolver.setDefaultScope(QStringLiteral("project_id"), QStringLiteral("562"));
    entries = resolver.resolve(rows);
    glazing = find(entries, "contract_id", QStringLiteral("Glazing"), QStringLiteral("562"));
    QVERIFY(glazing);
    QCOMPARE(glazing->resolution.id, QStringLiteral("8"));
    // ...but a row's own project wins over the default.
    QVERIFY(find(entries, "contract_id", QStringLiteral("main  CONTRACT"), QStringLiteral("563")));
}

void TestReferenceResolver::appliesIdsAsOneUndoStep()
{
    const QString file = m_dir.filePath(QStringLiteral("apply.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws);
    QVector<Record> rows = {
            row({{"number", QStringLiteral("1")},
                 {"vendor_id", raw("Acme Concrete Inc.")},
                 {"project_id", raw("Tower")},
                 {"contract_id", raw("Main contract")}}),
            row({{"number", QStringLiteral("2")},
                 {"vendor_id", raw("AAA Plumbing")},
                 {"project_id", raw("P-2")}}),
            row({{"number", QStringLiteral("3")},
                 {"vendor_id", raw("acme concrete inc")},
                 {"project_id", number(562)}}),
            row({{"number", QStringLiteral("4")}, {"vendor_id", raw("Müller")}}),
    };
    QVERIFY(ws.value()->insertRecords(*m_pco, rows));
    const ReferenceLists lists = procoreLists();
    for (const auto &[listId, scope] :
         {std::pair{"procore.vendors", ""}, std::pair{"procore.projects", ""},
          std::pair{"procore.contracts", "562"}, std::pair{"procore.contracts", "563"}}) {
        const ReferenceIndex *index =
                lists.find(QString::fromUtf8(listId), QString::fromUtf8(scope));
        QVERIFY(index);
        QVERIFY(ws.value()->saveReferenceList(QString::fromUtf8(listId), QStringLiteral("p"),
                                              QString::fromUtf8(scope), index->records(),
                                              QDateTime::currentDateTimeUtc()));
    }
    auto resolver = ReferenceResolver::load(*ws.value(), *m_pco, QStringLiteral("p"));
    QVERIFY2(resolver, qPrintable(resolver.error()));
    QVERIFY(resolver->choose(QStringLiteral("vendor_id"), QStringLiteral("Müller"),
                             QStringLiteral("9007199254740993")));

    QUndoStack undo;
    RecordTableModel model(*m_pco, ws.value().get());
    model.setUndoStack(&undo);
    model.setRecords(ws.value()->loadRecords(*m_pco).value());
    const QVector<Record> before = model.records();
    const auto entries = resolver->resolve(model.records());
    const auto written = resolver->apply(model, entries);
    QVERIFY2(written, qPrintable(written.error()));
    // Rows 1 and 3: vendor; row 1 project and contract; row 2 project (by code); row 4 the
    // chosen vendor. Row 2's ambiguous vendor and row 3's project (already its id) stay.
    QCOMPARE(written.value(), 6);
    QCOMPARE(undo.count(), 1);

    const int vendor = m_pco->indexOf(QStringLiteral("vendor_id"));
    const int project = m_pco->indexOf(QStringLiteral("project_id"));
    const int contract = m_pco->indexOf(QStringLiteral("contract_id"));
    auto check = [&](const QVector<Record> &records) {
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).value(vendor), number(8041));
        QCOMPARE(records.at(0).value(project), number(562));
        QCOMPARE(records.at(0).value(contract), number(7));
        QVERIFY(ValueCodec::isRaw(records.at(1).value(vendor)));
        QCOMPARE(records.at(1).value(project), number(563));
        QCOMPARE(records.at(2).value(vendor), number(8041));
        QCOMPARE(records.at(3).value(vendor), number(Q_INT64_C(9007199254740993)));
    };
    check(model.records());
    check(ws.value()->loadRecords(*m_pco).value());
    // Resolving again: every written cell is now the vendor's id itself.
    const auto again = resolver->resolve(model.records());
    const ReferenceEntry *byId = find(again, "vendor_id", QStringLiteral("8041"));
    QVERIFY(byId);
    QCOMPARE(byId->rows, (QVector<int>{1, 3}));
    QCOMPARE(byId->resolution.matchedBy, MatchedBy::Id);

    undo.undo();
    auto restored = [&](const QVector<Record> &records) {
        QCOMPARE(records.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            for (int f = 0; f < m_pco->fieldCount(); ++f)
                QVERIFY2(ValueCodec::identical(records.at(i).value(f), before.at(i).value(f)),
                         qPrintable(QStringLiteral("row %1 field %2").arg(i).arg(f)));
        }
    };
    restored(model.records());
    restored(ws.value()->loadRecords(*m_pco).value());
    undo.redo();
    check(ws.value()->loadRecords(*m_pco).value());
}

void TestReferenceResolver::leavesCellsEditedSinceAlone()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("edited.cdw")),
                              Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws);
    QVector<Record> rows = {row({{"vendor_id", raw("Acme Concrete Inc.")}}),
                            row({{"vendor_id", raw("Acme Concrete Inc.")}})};
    QVERIFY(ws.value()->insertRecords(*m_pco, rows));
    QUndoStack undo;
    RecordTableModel model(*m_pco, ws.value().get());
    model.setUndoStack(&undo);
    model.setRecords(ws.value()->loadRecords(*m_pco).value());
    const ReferenceResolver resolver(*m_pco, QStringLiteral("p"), procoreLists(), {});
    const auto entries = resolver.resolve(model.records());
    const int vendor = m_pco->indexOf(QStringLiteral("vendor_id"));
    QVERIFY(model.setData(model.index(1, vendor), QStringLiteral("8042")));
    const auto written = resolver.apply(model, entries);
    QVERIFY(written);
    QCOMPARE(written.value(), 1);
    QCOMPARE(model.records().at(0).value(vendor), number(8041));
    QCOMPARE(model.records().at(1).value(vendor), number(8042));
    QCOMPARE(undo.count(), 2);
    // Nothing to write: no undo step.
    const auto none = resolver.apply(model, resolver.resolve(model.records()));
    QVERIFY(none);
    QCOMPARE(none.value(), 0);
    QCOMPARE(undo.count(), 2);
}

void TestReferenceResolver::keepsAChoiceAcrossSessions()
{
    const QString file = m_dir.filePath(QStringLiteral("choice.cdw"));
    const QVector<Record> rows = {row({{"vendor_id", raw("AAA Plumbing")}}),
                                  row({{"vendor_id", raw("aaa-plumbing")}})};
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        QVERIFY(ws.value()->saveReferenceList(
                QStringLiteral("procore.vendors"), QStringLiteral("p"), QString(),
                procoreLists().find(QStringLiteral("procore.vendors"), QString())->records(),
                QDateTime::currentDateTimeUtc()));
        auto resolver = ReferenceResolver::load(*ws.value(), *m_pco, QStringLiteral("p"));
        QVERIFY(resolver);
        QCOMPARE(resolver->resolve(rows).first().resolution.outcome, Outcome::Ambiguous);
        QVERIFY(resolver->choose(QStringLiteral("vendor_id"), QStringLiteral("AAA Plumbing"),
                                 QStringLiteral("8043")));
        // At once in this resolver...
        const auto entries = resolver->resolve(rows);
        QCOMPARE(entries.size(), 2);
        for (const ReferenceEntry &e : entries) {
            QCOMPARE(e.resolution.outcome, Outcome::Chosen);
            QCOMPARE(e.resolution.id, QStringLiteral("8043"));
        }
    }
    // ...and in the workspace, for the next session of this profile only.
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(ws);
    const auto kept = ws.value()->crosswalk(m_pco->id(), QStringLiteral("p"));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().name, QStringLiteral("AAA Plumbing"));
    auto resolver = ReferenceResolver::load(*ws.value(), *m_pco, QStringLiteral("p"));
    QVERIFY(resolver);
    auto entries = resolver->resolve(rows);
    QCOMPARE(entries.first().resolution.outcome, Outcome::Chosen);
    QCOMPARE(entries.first().resolution.matchedBy, MatchedBy::Crosswalk);
    QCOMPARE(entries.first().resolution.id, QStringLiteral("8043"));
    auto other = ReferenceResolver::load(*ws.value(), *m_pco, QStringLiteral("other"));
    QVERIFY(other);
    // No list kept through that profile: a name is not an id, and no choice applies.
    const ReferenceEntry unchecked = other->resolve(rows).first();
    QCOMPARE(unchecked.resolution.outcome, Outcome::NotFound);
    QVERIFY(!unchecked.checked);
    QVERIFY(unchecked.listMissing);
    QVERIFY(resolver->forget(QStringLiteral("vendor_id"), QStringLiteral("AAA PLUMBING")));
    QCOMPARE(resolver->resolve(rows).first().resolution.outcome, Outcome::Ambiguous);
    QVERIFY(ws.value()->crosswalk(m_pco->id(), QStringLiteral("p")).isEmpty());
}

void TestReferenceResolver::refusesChoicesTheListDoesNotHold()
{
    ReferenceResolver resolver(*m_pco, QStringLiteral("p"), procoreLists(), {});
    QVERIFY(!resolver.choose(QStringLiteral("vendor_id"), QStringLiteral("X"),
                             QStringLiteral("1")));
    QVERIFY(!resolver.choose(QStringLiteral("vendor_id"), QStringLiteral("X"),
                             QStringLiteral("8045"))); // inactive
    QVERIFY(!resolver.choose(QStringLiteral("title"), QStringLiteral("X"), QStringLiteral("8041")));
    QVERIFY(!resolver.choose(QStringLiteral("vendor_id"), QStringLiteral(" "),
                             QStringLiteral("8041")));
    QVERIFY(!resolver.choose(QStringLiteral("contract_id"), QStringLiteral("X"),
                             QStringLiteral("9"), QStringLiteral("562"))); // 563's contract
    QVERIFY(resolver.choose(QStringLiteral("contract_id"), QStringLiteral("X"), QStringLiteral("9"),
                            QStringLiteral("563")));
    const QVector<Record> rows = {row({{"vendor_id", raw("X")}}),
                                  row({{"project_id", number(563)}, {"contract_id", raw("X")}}),
                                  row({{"project_id", number(562)}, {"contract_id", raw("X")}})};
    const auto entries = resolver.resolve(rows);
    QCOMPARE(find(entries, "vendor_id", QStringLiteral("X"))->resolution.outcome,
             Outcome::NotFound);
    QCOMPARE(find(entries, "contract_id", QStringLiteral("X"), QStringLiteral("563"))
                     ->resolution.outcome,
             Outcome::Chosen);
    QVERIFY(!find(entries, "contract_id", QStringLiteral("X"), QStringLiteral("562"))->resolved());
}

void TestReferenceResolver::writesTheCliJson()
{
    const ReferenceResolver resolver(*m_pco, QStringLiteral("p"), procoreLists(), {});
    const QVector<Record> rows = {row({{"vendor_id", raw("AAA Plumbing")}}),
                                  row({{"vendor_id", number(8041)},
                                       {"project_id", number(562)},
                                       {"contract_id", raw("Glazing")}}),
                                  row({{"vendor_id", raw("AAA Plumbing")}}),
                                  row({{"vendor_id", raw("Zenith")}})};
    const QJsonArray json = ReferenceResolver::toJson(resolver.resolve(rows));
    // Through text and back, as a script reads it.
    const QJsonArray read = QJsonDocument::fromJson(QJsonDocument(json).toJson()).array();
    QCOMPARE(read.size(), 5);
    const QStringList contract = {QStringLiteral("candidates"), QStringLiteral("field"),
                                  QStringLiteral("id"),         QStringLiteral("matchedBy"),
                                  QStringLiteral("name"),       QStringLiteral("outcome"),
                                  QStringLiteral("rows"),       QStringLiteral("value")};
    QStringList outcomes;
    for (const QJsonValue &v : read) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        if (o.value(QLatin1String("field")) == QLatin1String("contract_id")) {
            QVERIFY(keys.removeOne(QStringLiteral("scope")));
            QCOMPARE(o.value(QLatin1String("scope")).toString(), QStringLiteral("562"));
        }
        QCOMPARE(keys, contract);
        outcomes.append(o.value(QLatin1String("outcome")).toString());
    }
    QCOMPARE(outcomes, (QStringList{QStringLiteral("ambiguous"), QStringLiteral("exact"),
                                    QStringLiteral("not_found"), QStringLiteral("exact"),
                                    QStringLiteral("exact")}));
    const QJsonObject aaa = read.at(0).toObject();
    QCOMPARE(aaa.value(QLatin1String("field")).toString(), QStringLiteral("vendor_id"));
    QCOMPARE(aaa.value(QLatin1String("value")).toString(), QStringLiteral("AAA Plumbing"));
    QCOMPARE(aaa.value(QLatin1String("rows")).toArray(), (QJsonArray{1, 3}));
    QVERIFY(aaa.value(QLatin1String("id")).isNull());
    QVERIFY(aaa.value(QLatin1String("matchedBy")).isNull()); // nothing was matched
    const QJsonArray candidates = aaa.value(QLatin1String("candidates")).toArray();
    QCOMPARE(candidates.size(), 2);
    QStringList ids;
    for (const QJsonValue &c : candidates) {
        QCOMPARE(c.toObject().keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                                   QStringLiteral("score")}));
        QCOMPARE(c.toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("AAA Plumbing"));
        QCOMPARE(c.toObject().value(QLatin1String("score")).toDouble(), 1.0);
        ids.append(c.toObject().value(QLatin1String("id")).toString());
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("8042"), QStringLiteral("8043")}));
    const QJsonObject exact = read.at(1).toObject();
    QCOMPARE(exact.value(QLatin1String("id")).toString(), QStringLiteral("8041"));
    QCOMPARE(exact.value(QLatin1String("name")).toString(), QStringLiteral("Acme Concrete Inc."));
    QCOMPARE(exact.value(QLatin1String("matchedBy")).toString(), QStringLiteral("id"));
    QVERIFY(exact.value(QLatin1String("candidates")).toArray().isEmpty());
    const QJsonObject none = read.at(2).toObject();
    QVERIFY(none.value(QLatin1String("id")).isNull());
    QVERIFY(none.value(QLatin1String("name")).isNull());
    QVERIFY(none.value(QLatin1String("matchedBy")).isNull());
    const QJsonObject glazing = read.at(4).toObject();
    QCOMPARE(glazing.value(QLatin1String("id")).toString(), QStringLiteral("8"));
}

void TestReferenceResolver::worksThroughTheSession()
{
    const QString schemas = m_dir.filePath(QStringLiteral("schemas"));
    QVERIFY(QDir().mkpath(schemas));
    QFile schemaFile(schemas + QStringLiteral("/test.pco.json"));
    QVERIFY(schemaFile.open(QIODevice::WriteOnly));
    schemaFile.write(kPcoSchema);
    schemaFile.close();
    auto registry = SchemaRegistry::loadDirectory(schemas);
    QVERIFY2(registry, qPrintable(registry.error()));
    const QString file = m_dir.filePath(QStringLiteral("session.cdw"));
    auto opened = WorkspaceSession::open(file, registry.value(), true);
    QVERIFY2(opened, qPrintable(opened.error()));
    WorkspaceSession &session = *opened.value();
    QVector<Record> rows = {
            row({{"number", QStringLiteral("1")}, {"vendor_id", raw("V-100")}}),
            row({{"number", QStringLiteral("2")}, {"vendor_id", raw("AAA Plumbing")}})};
    QVERIFY(session.workspace().insertRecords(*m_pco, rows));
    QVERIFY(session.reloadTarget(m_pco->id()));

    ConnectionProfile profile;
    profile.name = QStringLiteral("p");
    // No list yet: names wait, nothing is written.
    auto entries = session.resolveReferences(m_pco->id(), profile);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QVERIFY(entries->at(0).listMissing);
    QVERIFY(session.referenceLists(QStringLiteral("p")).isEmpty());

    const QDateTime readAt = QDateTime::currentDateTimeUtc();
    QVERIFY(session.keepReferenceList(
            QStringLiteral("procore.vendors"), QStringLiteral("p"), QString(),
            procoreLists().find(QStringLiteral("procore.vendors"), QString())->records(), readAt));
    const auto kept = session.referenceLists(QStringLiteral("p"));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().recordCount, 5);

    auto resolver = session.referenceResolver(m_pco->id(), profile);
    QVERIFY(resolver);
    QVERIFY(!session.referenceResolver(QStringLiteral("nope"), profile));
    QVERIFY(resolver->choose(QStringLiteral("vendor_id"), QStringLiteral("AAA Plumbing"),
                             QStringLiteral("8042")));
    entries = session.resolveReferences(m_pco->id(), profile);
    QVERIFY(entries);
    QCOMPARE(entries->at(0).resolution.outcome, Outcome::Exact);
    QCOMPARE(entries->at(1).resolution.outcome, Outcome::Chosen); // read back from the file
    const int undoBefore = session.undoStack()->count();
    const auto written = session.applyReferences(resolver.value(), entries.value());
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), 2);
    QCOMPARE(session.undoStack()->count(), undoBefore + 1);
    const int vendor = m_pco->indexOf(QStringLiteral("vendor_id"));
    auto stored = session.workspace().loadRecords(*m_pco);
    QVERIFY(stored);
    QCOMPARE(stored->at(0).value(vendor), number(8041));
    QCOMPARE(stored->at(1).value(vendor), number(8042));
    session.undoStack()->undo();
    stored = session.workspace().loadRecords(*m_pco);
    QCOMPARE(stored->at(0).value(vendor), raw("V-100"));
    QCOMPARE(stored->at(1).value(vendor), raw("AAA Plumbing"));
    QCOMPARE(session.model(m_pco->id())->records().at(1).value(vendor), raw("AAA Plumbing"));
}

QTEST_GUILESS_MAIN(TestReferenceResolver)
#include "tst_referenceresolver.moc"
