// The import engine: column matching, value conversion, header detection, templates.

#include "columnmatcher.h"
#include "decimal.h"
#include "entityschema.h"
#include "importplanner.h"
#include "recordimporter.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "valueconverter.h"

#include <QJsonDocument>
#include <QTest>

class TestImportEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesHeadersLikeAPerson_data();
    void matchesHeadersLikeAPerson();
    void convertsSpreadsheetValues_data();
    void convertsSpreadsheetValues();
    void refusesToGuessAmbiguousDates();
    void detectsConventionsFromValues();
    void findsHeaderRowUnderTitleRows();
    void guessesTheTarget();
    void appliesTemplateWithSameHeaders();
    void explicitMappingWinsAndConstantsApply();
    void mappingRoundTripsThroughJson();
    void rejectsMappingNamingUnknownFields();
    void locatesConversionProblems();
    void cancelsThroughProgress();

private:
    const EntitySchema &schema(const char *id) const
    {
        return *m_registry->find(QLatin1String(id));
    }
    static SheetData sheet(const QVector<QStringList> &rows);

    std::optional<SchemaRegistry> m_registry;
};

SheetData TestImportEngine::sheet(const QVector<QStringList> &rows)
{
    SheetData s;
    s.fileName = QStringLiteral("commitments.xlsx");
    s.sheetName = QStringLiteral("Export");
    s.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        s.rowNumbers.append(i + 1);
    return s;
}

void TestImportEngine::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    m_registry = std::move(registry).value();
}

void TestImportEngine::matchesHeadersLikeAPerson_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    QTest::newRow("Contract #") << "procore.work_order_contract"
                                << "Contract #"
                                << "number";
    QTest::newRow("Vendor ID") << "procore.work_order_contract"
                               << "Vendor ID"
                               << "vendor_id";
    QTest::newRow("vendor_id") << "procore.work_order_contract"
                               << "vendor_id"
                               << "vendor_id";
    QTest::newRow("spacing, case") << "procore.work_order_contract"
                                   << "  retainage   PERCENT "
                                   << "retainage_percent";
    QTest::newRow("Retainage %") << "procore.work_order_contract"
                                 << "Retainage %"
                                 << "retainage_percent";
    QTest::newRow("dotted path") << "intacct.project_contract"
                                 << "project.id"
                                 << "project.id";
    QTest::newRow("Customer") << "intacct.project_contract"
                              << "Customer"
                              << "customer.id";
    QTest::newRow("Source ID") << "primavera.commitment"
                               << "Source Id"
                               << "sourceId";
    QTest::newRow("Lump sum type") << "primavera.commitment"
                                   << "Commitment Type"
                                   << "commitmentType";
    QTest::newRow("nothing") << "procore.work_order_contract"
                             << "Internal notes"
                             << "";
}

void TestImportEngine::matchesHeadersLikeAPerson()
{
    QFETCH(QString, target);
    QFETCH(QString, header);
    QFETCH(QString, field);
    const EntitySchema &s = *m_registry->find(target);
    const auto m = ColumnMatcher(s).propose({header}).first();
    QCOMPARE(m.field >= 0 ? s.field(m.field).path : QString(), field);
}

void TestImportEngine::convertsSpreadsheetValues_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("canonical");
    const QChar dot = QLatin1Char('.');
    const QChar comma = QLatin1Char(',');
    const int us = int(ImportFormats::DateOrder::MonthDayYear);
    const int eu = int(ImportFormats::DateOrder::DayMonthYear);
    const int any = int(ImportFormats::DateOrder::Auto);
    const char *woc = "procore.work_order_contract";
    QTest::newRow("ISO date") << woc << "contract_date"
                              << "2026-02-28" << dot << any << "2026-02-28";
    QTest::newRow("US date") << woc << "contract_date"
                             << "2/28/2026" << dot << us << "2026-02-28";
    QTest::newRow("European dots") << woc << "contract_date"
                                   << "28.02.2026" << dot << any << "2026-02-28";
    QTest::newRow("European slashes") << woc << "contract_date"
                                      << "03/04/2026" << comma << eu << "2026-04-03";
    QTest::newRow("day > 12 decides") << woc << "contract_date"
                                      << "28/02/2026" << dot << any << "2026-02-28";
    QTest::newRow("two-digit year") << woc << "contract_date"
                                    << "2/28/26" << dot << us << "2026-02-28";
    QTest::newRow("Excel serial") << woc << "contract_date"
                                  << "45688" << dot << any << "2025-01-31";
    QTest::newRow("month name") << woc << "contract_date"
                                << "31-Jan-2026" << dot << any << "2026-01-31";
    QTest::newRow("ISO with midnight") << woc << "contract_date"
                                       << "2026-02-01T00:00:00" << dot << any << "2026-02-01";
    QTest::newRow("thousands") << woc << "retainage_percent"
                               << "1,250.50" << dot << any << "1250.50";
    QTest::newRow("decimal comma") << woc << "retainage_percent"
                                   << "1.250,50" << comma << any << "1250.50";
    QTest::newRow("currency") << woc << "retainage_percent"
                              << "$ 1,250.00" << dot << any << "1250.00";
    QTest::newRow("euro nbsp") << woc << "retainage_percent"
                               << "1\u00a0250,5 €" << comma << any << "1250.5";
    QTest::newRow("accounting negative") << woc << "retainage_percent"
                                         << "(1,250.00)" << dot << any << "-1250.00";
    QTest::newRow("percent sign") << woc << "retainage_percent"
                                  << "10%" << dot << any << "10";
    QTest::newRow("integer thousands") << woc << "vendor_id"
                                       << "1,204" << dot << any << "1204";
    QTest::newRow("integer as 12.0") << woc << "vendor_id"
                                     << "12.0" << dot << any << "12";
    QTest::newRow("x is yes") << woc << "executed"
                              << "x" << dot << any << "true";
    QTest::newRow("No") << woc << "executed"
                        << "No" << dot << any << "false";
    QTest::newRow("1") << woc << "private"
                       << "1" << dot << any << "true";
    QTest::newRow("status label") << woc << "status"
                                  << "out_for_signature" << dot << any << "Out For Signature";
    QTest::newRow("lump sum") << "primavera.commitment"
                              << "commitmentType"
                              << "Lump sum" << dot << any << "LUMP_SUM";
    QTest::newRow("datetime from US date") << "primavera.commitment"
                                           << "startDate"
                                           << "3/2/2026" << dot << us << "2026-03-02T00:00:00Z";
}

void TestImportEngine::convertsSpreadsheetValues()
{
    QFETCH(QString, target);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QChar, decimal);
    QFETCH(int, order);
    QFETCH(QString, canonical);
    const EntitySchema &s = *m_registry->find(target);
    const FieldSpec &f = s.field(s.indexOf(field));
    ImportFormats formats;
    formats.decimalSeparator = decimal;
    formats.dateOrder = ImportFormats::DateOrder(order);
    const auto parsed = ValueConverter(formats).convert(f, text);
    QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
    QCOMPARE(ValueCodec::toText(f, parsed.value), canonical);
}

void TestImportEngine::refusesToGuessAmbiguousDates()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    const FieldSpec &f = s.field(s.indexOf(QStringLiteral("contract_date")));
    const auto parsed = ValueConverter().convert(f, QStringLiteral("03/04/2026"));
    QVERIFY(!parsed.problem.isEmpty());
    QVERIFY(ValueCodec::isRaw(parsed.value));
    QVERIFY(!ValueConverter().convert(f, QStringLiteral("2026-02-30")).problem.isEmpty());
    // A comma where the sheet uses a decimal point is not silently read as thousands.
    const FieldSpec &pct = s.field(s.indexOf(QStringLiteral("retainage_percent")));
    ImportFormats eu;
    eu.decimalSeparator = QLatin1Char(',');
    QCOMPARE(ValueCodec::toText(pct, ValueConverter(eu).convert(pct, QStringLiteral("7,5")).value),
             QStringLiteral("7.5"));
}

void TestImportEngine::detectsConventionsFromValues()
{
    auto f = ValueConverter::detect({"03/04/2026", "28/02/2026", "15/01/2026"}, {});
    QCOMPARE(f.dateOrder, ImportFormats::DateOrder::DayMonthYear);
    f = ValueConverter::detect({"03/04/2026", "02/28/2026"}, {"1,250.50", "10.00"});
    QCOMPARE(f.dateOrder, ImportFormats::DateOrder::MonthDayYear);
    QCOMPARE(f.decimalSeparator, QLatin1Char('.'));
    f = ValueConverter::detect({}, {"1.250,50", "0,5", "12,75", "3"});
    QCOMPARE(f.decimalSeparator, QLatin1Char(','));
}

void TestImportEngine::findsHeaderRowUnderTitleRows()
{
    const SheetData s = sheet({{"Commitments export", "", ""},
                               {"Printed 2026-02-01 by J. Smith"},
                               {"Contract #", "Title", "Vendor ID"},
                               {"WO-1", "Lobby", "8041"},
                               {"WO-2", "Roof", "8042"}});
    const ImportPlanner planner(schema("procore.work_order_contract"));
    QCOMPARE(planner.detectHeaderRow(s), 2);
    const auto proposal = planner.propose(s);
    QCOMPARE(proposal.mapping.fieldOfColumn, QStringList({"number", "title", "vendor_id"}));
    const auto outcome = RecordImporter(schema("procore.work_order_contract")).import(s);
    QCOMPARE(outcome.records.size(), 2);
    QVERIFY(!outcome.hasErrors());
}

void TestImportEngine::guessesTheTarget()
{
    QCOMPARE(ImportPlanner::guessTarget(
                     sheet({{"Source ID", "Project ID", "Name", "Commitment Type", "Item code"}}),
                     *m_registry),
             QStringLiteral("primavera.commitment"));
    QCOMPARE(ImportPlanner::guessTarget(sheet({{"Contract ID", "Contract name", "Project ID",
                                                "Customer", "Contract date"}}),
                                        *m_registry),
             QStringLiteral("intacct.project_contract"));
}

void TestImportEngine::appliesTemplateWithSameHeaders()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    const SheetData data = sheet({{"Ref", "Desc", "Supplier"}, {"WO-1", "Lobby", "8041"}});
    ImportMapping saved;
    saved.target = s.id();
    saved.headers = {"Ref", "Desc", "Supplier"};
    saved.fieldOfColumn = {"number", "title", "vendor_id"};
    saved.constants.insert(QStringLiteral("project_id"), QStringLiteral("562949953421612"));
    saved.formats.dateOrder = ImportFormats::DateOrder::DayMonthYear;
    const MappingTemplate t{s.id(), QStringLiteral("ERP export"),
                            ImportMapping::headerSignature(saved.headers),
                            QJsonDocument(saved.toJson()).toJson()};
    const auto proposal = ImportPlanner(s).propose(data, {t});
    QCOMPARE(proposal.templateName, QStringLiteral("ERP export"));
    QCOMPARE(proposal.mapping.fieldOfColumn, saved.fieldOfColumn);
    QCOMPARE(proposal.mapping.constants, saved.constants);
    QCOMPARE(proposal.mapping.formats.dateOrder, ImportFormats::DateOrder::DayMonthYear);
    // Other headers: the template does not apply.
    const auto other = ImportPlanner(s).propose(sheet({{"Ref", "Desc"}, {"WO-1", "x"}}), {t});
    QVERIFY(other.templateName.isEmpty());
}

void TestImportEngine::explicitMappingWinsAndConstantsApply()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    const SheetData data = sheet({{"Contract #", "Title", "Notes"},
                                  {"WO-1", "Lobby", "call Bob"},
                                  {"WO-2", "Roof", ""}});
    ImportMapping choices;
    choices.headers = {"Notes", "Title"};
    choices.fieldOfColumn = {"description", ""};
    choices.constants.insert(QStringLiteral("project_id"), QStringLiteral("562949953421612"));
    const auto proposal = ImportPlanner(s).propose(data, {}, &choices);
    QCOMPARE(proposal.mapping.fieldOfColumn, QStringList({"number", "", "description"}));
    const auto outcome = RecordImporter(s).import(data, proposal.mapping);
    QVERIFY(!outcome.hasErrors());
    QCOMPARE(outcome.ignoredColumns, QStringList({"Title"}));
    const int project = s.indexOf(QStringLiteral("project_id"));
    for (const Record &r : outcome.records)
        QCOMPARE(r.value(project).toLongLong(), Q_INT64_C(562949953421612));
    QCOMPARE(outcome.records.first().value(s.indexOf(QStringLiteral("description"))).toString(),
             QStringLiteral("call Bob"));
}

void TestImportEngine::mappingRoundTripsThroughJson()
{
    const EntitySchema &s = schema("intacct.project_contract");
    ImportMapping m;
    m.target = s.id();
    m.sheet = QStringLiteral("Contracts");
    m.headerRow = 2;
    m.headers = {"Contract", "Customer", "Junk"};
    m.fieldOfColumn = {"id", "customer.id", ""};
    m.constants.insert(QStringLiteral("status"), QStringLiteral("active"));
    m.formats.decimalSeparator = QLatin1Char(',');
    auto back = ImportMapping::fromJson(m.toJson(), s);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->sheet, m.sheet);
    QCOMPARE(back->headerRow, m.headerRow);
    QCOMPARE(back->columnsByHeader(), m.columnsByHeader());
    QCOMPARE(back->constants, m.constants);
    QVERIFY(back->formats == m.formats);
}

void TestImportEngine::rejectsMappingNamingUnknownFields()
{
    const EntitySchema &s = schema("intacct.project_contract");
    auto bad = ImportMapping::fromJson(
            QJsonDocument::fromJson(R"({"columns": {"Contract": "contract_no"}})").object(), s);
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(QStringLiteral("contract_no")));
    auto wrongTarget = ImportMapping::fromJson(
            QJsonDocument::fromJson(R"({"target": "procore.work_order_contract"})").object(), s);
    QVERIFY(!wrongTarget);
}

void TestImportEngine::locatesConversionProblems()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    SheetData data = sheet({{"Title row"},
                            {"Contract #", "Contract date", "Vendor ID"},
                            {"WO-1", "2026-02-30", "8041"},
                            {"WO-2", "2026-03-01", "eighty"}});
    data.rowNumbers = {1, 3, 4, 6}; // blank lines in the file
    const auto outcome = RecordImporter(s).import(data);
    QCOMPARE(outcome.records.size(), 2);
    QStringList where;
    for (const LocatedIssue &i : outcome.issues)
        where.append(i.toString());
    QCOMPARE(where.size(), 2);
    QVERIFY2(where.at(0).startsWith(QStringLiteral(
                     "commitments.xlsx, sheet Export, row 4, column B (Contract date)")),
             qPrintable(where.at(0)));
    QVERIFY2(where.at(1).startsWith(
                     QStringLiteral("commitments.xlsx, sheet Export, row 6, column C (Vendor ID)")),
             qPrintable(where.at(1)));
}

void TestImportEngine::cancelsThroughProgress()
{
    const EntitySchema &s = schema("procore.work_order_contract");
    QVector<QStringList> rows{{"Contract #"}};
    for (int i = 0; i < 10000; ++i)
        rows.append({QStringLiteral("WO-%1").arg(i)});
    const SheetData data = sheet(rows);
    const auto mapping = ImportPlanner(s).propose(data).mapping;
    int calls = 0;
    const auto outcome =
            RecordImporter(s).import(data, mapping, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.records.isEmpty());
}

QTEST_APPLESS_MAIN(TestImportEngine)
#include "tst_importengine.moc"
