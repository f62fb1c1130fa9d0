// contractdesk-cli end to end: a real process, real files, real workspace.

#include "csvreader.h"
#include "csvwriter.h"
#include "entityschema.h"
#include "schemaregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CLI_EXE), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A sample value of the field's type for row r, in canonical text.
QString sample(const FieldSpec &f, int r)
{
    switch (f.type) {
    case FieldType::String:
        return r == 1 ? QStringLiteral("Lobby, level 2 \"east\"\nsecond line")
                      : QStringLiteral("%1 row %2").arg(f.label).arg(r);
    case FieldType::Integer:
        return f.integerWidth == 32 ? QString::number(1000 + r)
                                    : QString::number(Q_INT64_C(562949953421312) + r);
    case FieldType::Boolean:
        return r % 2 ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Decimal:
        return r == 0 ? QStringLiteral("1250000.50") : QStringLiteral("-0.0%1").arg(r + 1);
    case FieldType::Date:
        return QStringLiteral("2026-02-%1").arg(10 + r);
    case FieldType::DateTime:
        return r == 2 ? QStringLiteral("2026-02-01T08:30:00+02:00")
                      : QStringLiteral("2026-02-0%1T00:00:00Z").arg(r + 1);
    case FieldType::Enum:
        return f.values.at(r % f.values.size()).value;
    case FieldType::Reference:
        return QStringLiteral("REF-%1").arg(r);
    }
    return QString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void importThenExportRoundTrips_data();
    void importThenExportRoundTrips();
    void dataProblemsExitOneWithLocatedMessages();
    void usageAndFileErrorsExitTwo();
    void importFindsHeadersAndTakesAMappingFile();
    void importRefusesLegacyWorkbooks();
    void importReadsTheEncodingNamed();
    void validateLocatesEveryIssueAndExitsOneOnErrors();

private:
    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
};

void TestCli::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    m_registry = std::move(registry).value();
}

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("import")));
    QVERIFY(help.out.contains(QStringLiteral("export")));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("contractdesk-cli ")));
    const Run importHelp = cli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains(QStringLiteral("--workspace")));
}

void TestCli::importThenExportRoundTrips_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &id : m_registry->ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestCli::importThenExportRoundTrips()
{
    QFETCH(QString, target);
    const EntitySchema *schema = m_registry->find(target);
    QVERIFY(schema);
    CsvWriter writer;
    QStringList header;
    for (const FieldSpec &f : schema->fields())
        header.append(f.path);
    writer.addRow(header);
    for (int r = 0; r < 3; ++r) {
        QStringList cells;
        for (const FieldSpec &f : schema->fields())
            cells.append(r == 2 && f.type == FieldType::String ? QString() : sample(f, r));
        writer.addRow(cells);
    }
    const QString input = m_dir.filePath(target + QStringLiteral(".csv"));
    QFile in(input);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(writer.bytes());
    in.close();
    const QString workspace = m_dir.filePath(target + QStringLiteral(".cdw"));

    const Run imported = cli({QStringLiteral("import"), input, QStringLiteral("--target"), target,
                              QStringLiteral("--workspace"), workspace});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("Imported 3 rows")));

    const QString csvOut = m_dir.filePath(target + QStringLiteral(".out.csv"));
    const Run exportedCsv = cli({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("--target"), target, QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--out"), csvOut});
    QVERIFY2(exportedCsv.exitCode == 0, qPrintable(exportedCsv.err));
    QFile out(csvOut);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray exported = out.readAll();
    // Not a value lost or changed: the export is the input, byte for byte.
    if (exported != writer.bytes()) {
        auto a = CsvReader().read(writer.bytes(), QStringLiteral("in"));
        auto b = CsvReader().read(exported, QStringLiteral("out"));
        QVERIFY(a && b);
        QCOMPARE(b->rows, a->rows);
    }
    QCOMPARE(exported, writer.bytes());

    const QString jsonOut = m_dir.filePath(target + QStringLiteral(".json"));
    const Run exportedJson =
            cli({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--target"), target, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), jsonOut});
    QVERIFY2(exportedJson.exitCode == 0, qPrintable(exportedJson.err));
    QFile json(jsonOut);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), 3);
    for (int r = 0; r < 3; ++r) {
        const QJsonObject object = array.at(r).toObject();
        for (const FieldSpec &f : schema->fields()) {
            const QJsonValue v = object.value(f.path);
            if (r == 2 && f.type == FieldType::String) {
                QVERIFY2(v.isUndefined(), qPrintable(f.path)); // empty cells are left out
                continue;
            }
            switch (f.type) {
            case FieldType::Integer:
                QVERIFY2(v.isDouble(), qPrintable(f.path));
                QCOMPARE(QString::number(v.toInteger()), sample(f, r));
                break;
            case FieldType::Boolean:
                QVERIFY2(v.isBool(), qPrintable(f.path));
                QCOMPARE(v.toBool(), sample(f, r) == QLatin1String("true"));
                break;
            default:
                QVERIFY2(v.isString(), qPrintable(f.path));
                QCOMPARE(v.toString(), sample(f, r));
            }
        }
    }
}

void TestCli::dataProblemsExitOneWithLocatedMessages()
{
    const QString input = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("number,contract_date,Unknown column,vendor_id\n"
            "WO-1,2026-02-01,x,12\n"
            "WO-2,31/02/2026,y,twelve\n");
    f.close();
    const QString workspace = m_dir.filePath(QStringLiteral("bad.cdw"));
    const Run run = cli({QStringLiteral("import"), input, QStringLiteral("--target"),
                         QStringLiteral("procore.work_order_contract"),
                         QStringLiteral("--workspace"), workspace});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv, row 3, column B (contract_date)")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv, row 3, column D (vendor_id)")),
             qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("ignored column: Unknown column")));
    // Every line ends, the last one too, and no message stutters ("column B: : the cell").
    QVERIFY(run.out.endsWith(QLatin1Char('\n')) && run.err.endsWith(QLatin1Char('\n')));
    QVERIFY2(!run.err.contains(QStringLiteral(": :")), qPrintable(run.err));
    // The rows are kept, with the unreadable text, for fixing in the app.
    const Run exported =
            cli({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--target"), QStringLiteral("procore.work_order_contract"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                 QStringLiteral("-")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains(QStringLiteral("31/02/2026")));
}

void TestCli::usageAndFileErrorsExitTwo()
{
    const QString ws = m_dir.filePath(QStringLiteral("u.cdw"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
    Run run =
            cli({QStringLiteral("import"), missing, QStringLiteral("--target"),
                 QStringLiteral("procore.work_order_contract"), QStringLiteral("--workspace"), ws});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("missing.csv")));
    QVERIFY(run.err.endsWith(QLatin1Char('\n')));

    run = cli({QStringLiteral("import"), missing, QStringLiteral("--target"),
               QStringLiteral("procore.nothing"), QStringLiteral("--workspace"), ws});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("procore.work_order_contract")));

    run = cli({QStringLiteral("export"), QStringLiteral("--workspace"), ws,
               QStringLiteral("--target"), QStringLiteral("procore.work_order_contract"),
               QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"),
               QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);

    run = cli({QStringLiteral("export"), QStringLiteral("--workspace"),
               m_dir.filePath(QStringLiteral("none.cdw")), QStringLiteral("--target"),
               QStringLiteral("procore.work_order_contract"), QStringLiteral("--out"),
               QStringLiteral("-")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("does not exist")));

    run = cli({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("import"), QStringLiteral("--bogus")});
    QCOMPARE(run.exitCode, 2);
}

void TestCli::importFindsHeadersAndTakesAMappingFile()
{
    const QString input = m_dir.filePath(QStringLiteral("erp.csv"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Contracts from ERP;;;\n"
            "Ref;Desc;Supplier;Agreed on;Retention\n"
            "WO-7;Lobby;8041;28.02.2026;7,5\n"
            "WO-8;Roof;8042;01.03.2026;10\n");
    f.close();
    const QString mapping = m_dir.filePath(QStringLiteral("mapping.json"));
    QFile m(mapping);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"columns": {"Ref": "number", "Desc": "title", "Supplier": "vendor_id",
                           "Agreed on": "contract_date", "Retention": "retainage_percent"},
               "constants": {"project_id": "562949953421612"},
               "formats": {"decimalSeparator": ","}})");
    m.close();
    const QString workspace = m_dir.filePath(QStringLiteral("erp.cdw"));
    const Run run =
            cli({QStringLiteral("import"), input, QStringLiteral("--target"),
                 QStringLiteral("procore.work_order_contract"), QStringLiteral("--workspace"),
                 workspace, QStringLiteral("--mapping"), mapping});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("header row: 2")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("mapped: Retention -> retainage_percent")));
    QVERIFY(run.out.contains(QStringLiteral("mapped: project_id = 562949953421612")));
    QVERIFY(run.out.contains(QStringLiteral("Imported 2 rows")));
    const Run exported =
            cli({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--target"), QStringLiteral("procore.work_order_contract"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                 QStringLiteral("-")});
    const QJsonArray rows = QJsonDocument::fromJson(exported.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("contract_date")).toString(), QStringLiteral("2026-02-28"));
    QCOMPARE(first.value(QStringLiteral("retainage_percent")).toString(), QStringLiteral("7.5"));
    QCOMPARE(first.value(QStringLiteral("project_id")).toInteger(), Q_INT64_C(562949953421612));
    QCOMPARE(first.value(QStringLiteral("vendor_id")).toInteger(), 8041);

    // Without a mapping file the headers are matched by name; unknown ones are reported.
    const Run auto_ = cli({QStringLiteral("import"), input, QStringLiteral("--target"),
                           QStringLiteral("procore.work_order_contract"),
                           QStringLiteral("--workspace"), workspace});
    QVERIFY(auto_.out.contains(QStringLiteral("ignored column: Ref")));

    // A mapping naming a field the target does not have is a usage error.
    QVERIFY(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
    m.write(R"({"columns": {"Ref": "contract_no"}})");
    m.close();
    const Run bad =
            cli({QStringLiteral("import"), input, QStringLiteral("--target"),
                 QStringLiteral("procore.work_order_contract"), QStringLiteral("--workspace"),
                 workspace, QStringLiteral("--mapping"), mapping});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("contract_no")));
}

void TestCli::importReadsTheEncodingNamed()
{
    // A Czech export in Windows-1250 with Excel's sep= line; detection would read it as
    // Windows-1252 ("Škoda èást").
    const QString input = m_dir.filePath(QStringLiteral("cz.csv"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("sep=;\r\nnumber;title\r\nWO-1;\x8Akoda \xE8\xE1st\r\n");
    f.close();
    const QString workspace = m_dir.filePath(QStringLiteral("cz.cdw"));
    const Run run =
            cli({QStringLiteral("import"), input, QStringLiteral("--target"),
                 QStringLiteral("procore.work_order_contract"), QStringLiteral("--workspace"),
                 workspace, QStringLiteral("--encoding"), QStringLiteral("cp1250")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("encoding: Windows-1250, delimiter: ;")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("header row: 1 (line 2)")), qPrintable(run.out));
    const Run exported =
            cli({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                 QStringLiteral("--target"), QStringLiteral("procore.work_order_contract"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                 QStringLiteral("-")});
    const QJsonArray rows = QJsonDocument::fromJson(exported.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral(u"Škoda část"));

    // Bytes the named encoding cannot read: a warning with file, row and column.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("number;title\nWO-2;x\xFFy\n");
    f.close();
    const Run warned =
            cli({QStringLiteral("import"), input, QStringLiteral("--target"),
                 QStringLiteral("procore.work_order_contract"), QStringLiteral("--workspace"),
                 workspace, QStringLiteral("--encoding"), QStringLiteral("shift_jis")});
    QVERIFY2(warned.err.contains(QStringLiteral("cz.csv, row 2, column B: warning: some bytes "
                                                "are not Shift_JIS text")),
             qPrintable(warned.err));

    const Run unknown =
            cli({QStringLiteral("import"), input, QStringLiteral("--target"),
                 QStringLiteral("procore.work_order_contract"), QStringLiteral("--workspace"),
                 workspace, QStringLiteral("--encoding"), QStringLiteral("klingon")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("'klingon'")) &&
                     unknown.err.contains(QStringLiteral("Windows-1250")),
             qPrintable(unknown.err));
}

void TestCli::importRefusesLegacyWorkbooks()
{
    const QString xls = m_dir.filePath(QStringLiteral("old.xls"));
    QFile f(xls);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1024, '\0'));
    f.close();
    const QString workspace = m_dir.filePath(QStringLiteral("old.cdw"));
    const Run run = cli({QStringLiteral("import"), xls, QStringLiteral("--target"),
                         QStringLiteral("procore.work_order_contract"),
                         QStringLiteral("--workspace"), workspace});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("save it as an Excel Workbook (.xlsx)")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(workspace)); // nothing was created for a file we cannot read

    // An HTML table saved as .xls (as many ERP systems "export to Excel") is not read as text.
    const QString html = m_dir.filePath(QStringLiteral("export.xls"));
    QFile page(html);
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<html><body><table><tr><td>Number</td></tr><tr><td>WO-1</td></tr></table>");
    page.close();
    const Run web = cli({QStringLiteral("import"), html, QStringLiteral("--target"),
                         QStringLiteral("procore.work_order_contract"),
                         QStringLiteral("--workspace"), workspace});
    QCOMPARE(web.exitCode, 2);
    QVERIFY2(web.err.startsWith(QStringLiteral("export.xls is a web page (HTML)")),
             qPrintable(web.err));
    QVERIFY(!QFile::exists(workspace));
}

void TestCli::validateLocatesEveryIssueAndExitsOneOnErrors()
{
    const QString input = m_dir.filePath(QStringLiteral("validate.csv"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("number,project_id,contract_date,status,retainage_percent\n"
            "WO-1,42,2026-02-01,Approved,5\n"
            "WO-2,,2026-02-01,Approved,150\n"
            "WO-1,42,31/02/2026,Approved,5\n");
    f.close();
    const QString workspace = m_dir.filePath(QStringLiteral("validate.cdw"));
    const QString target = QStringLiteral("procore.work_order_contract");
    QCOMPARE(cli({QStringLiteral("import"), input, QStringLiteral("--target"), target,
                  QStringLiteral("--workspace"), workspace})
                     .exitCode,
             1); // the unreadable date
    const QStringList validate = {QStringLiteral("validate"), QStringLiteral("--workspace"),
                                  workspace, QStringLiteral("--target"), target};
    const Run text = cli(validate);
    QCOMPARE(text.exitCode, 1);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.contains(QStringLiteral("error\trow 1\tWO-1\tContract # (number): Contract # "
                                          "'WO-1' is also used by 1 other row; each row needs "
                                          "its own.")));
    QVERIFY2(text.out.contains(QStringLiteral("row 2\tWO-2\tProject ID (project_id): Project ID "
                                              "is required")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("warning\trow 2\tWO-2\tRetainage %")));
    QVERIFY(text.out.contains(QStringLiteral("row 3\tWO-1\tContract date (contract_date): "
                                             "'31/02/2026' is not a date")));
    QVERIFY2(text.err.contains(QStringLiteral("3 rows checked, 4 errors, 1 warning")),
             qPrintable(text.err));

    const Run json =
            cli(validate + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray issues = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(issues.size(), 5);
    int errors = 0;
    for (const QJsonValue &v : issues) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("row")).toInt() >= 1);
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        errors += o.value(QStringLiteral("severity")).toString() == QLatin1String("error");
    }
    QCOMPARE(errors, 4);
    QCOMPARE(issues.at(0).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("number"));

    // Warnings alone do not fail: a clean sheet with one warning exits 0.
    const QString clean = m_dir.filePath(QStringLiteral("clean.csv"));
    QFile c(clean);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("number,project_id,retainage_percent\nWO-9,42,101\n");
    c.close();
    const QString cleanWorkspace = m_dir.filePath(QStringLiteral("clean.cdw"));
    QCOMPARE(cli({QStringLiteral("import"), clean, QStringLiteral("--target"), target,
                  QStringLiteral("--workspace"), cleanWorkspace})
                     .exitCode,
             0);
    const Run warned = cli({QStringLiteral("validate"), QStringLiteral("--workspace"),
                            cleanWorkspace, QStringLiteral("--target"), target});
    QCOMPARE(warned.exitCode, 0);
    QVERIFY(warned.out.startsWith(QStringLiteral("warning\trow 1\tWO-9")));
    QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("--workspace"), cleanWorkspace})
                     .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
