// The streaming XLSX reader on real workbooks: written by libxlsxwriter as Excel writes them,
// or made part by part for what libxlsxwriter cannot make (1904 dates, error cells, bombs).

#include "xlsxreader.h"
#include "xlsxtestwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void readsAnExcelLikeWorkbook();
    void listsSheetsAndMarksHidden();
    void choosesSheetsByName();
    void readsHandMadeCells();
    void reads1904Dates();
    void reportsErrorCellsWithTheirPlace();
    void normalizesNumbersAsExcelShowsThem_data();
    void normalizesNumbersAsExcelShowsThem();
    void convertsSerialDates_data();
    void convertsSerialDates();
    void refusesHostileFiles_data();
    void refusesHostileFiles();
    void refusesZipBombs();
    void cancelsThroughProgress();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeParts(const QString &name, const XlsxTestWriter::Parts &parts)
    {
        const QString p = path(name);
        QFile::remove(p);
        return XlsxTestWriter::writeRawParts(p, parts) ? p : QString();
    }

    QTemporaryDir m_dir;
};

void TestXlsxReader::readsAnExcelLikeWorkbook()
{
    const QString file = path(QStringLiteral("contracts.xlsx"));
    QVERIFY(XlsxTestWriter::writeContractsSheet(file, 200));
    auto sheet = XlsxReader().readSheet(file);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->sheetName, QStringLiteral("Contracts"));
    QCOMPARE(sheet->rows.size(), 201);
    QCOMPARE(sheet->rows.at(0).at(0), QStringLiteral("Contract #"));
    const QStringList &r1 = sheet->rows.at(1);
    QCOMPARE(r1.at(0), QStringLiteral("WO-100001"));
    QCOMPARE(r1.at(1), QStringLiteral("Structural steel")); // a shared string
    QCOMPARE(r1.at(2), QStringLiteral("8001"));             // a number, no ".0"
    QCOMPARE(r1.at(4), QStringLiteral("2026-02-02"));       // a styled date as ISO
    QCOMPARE(r1.at(6), QStringLiteral("0.5"));              // money formatted #,##0.00
    QCOMPARE(r1.at(7), QStringLiteral("true"));
    QCOMPARE(r1.at(10), QStringLiteral("562949953421612"));
    QCOMPARE(sheet->rowNumbers.at(1), 2);
    QVERIFY(sheet->issues.isEmpty());
}

void TestXlsxReader::listsSheetsAndMarksHidden()
{
    const QString file = path(QStringLiteral("sheets.xlsx"));
    QVERIFY(XlsxTestWriter::writeContractsSheet(file, 2));
    auto sheets = XlsxReader().sheets(file);
    QVERIFY(sheets);
    QCOMPARE(sheets->size(), 2);
    QCOMPARE(sheets->at(0).name, QStringLiteral("Contracts"));
    QVERIFY(!sheets->at(0).hidden);
    QCOMPARE(sheets->at(1).name, QStringLiteral("Lists"));
    QVERIFY(sheets->at(1).hidden);
}

void TestXlsxReader::choosesSheetsByName()
{
    const QString file = writeParts(
            QStringLiteral("two.xlsx"),
            XlsxTestWriter::workbookParts(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>visible</t></is></c></row>"));
    auto hidden = XlsxReader().readSheet(file, QStringLiteral("secret")); // any case
    QVERIFY2(hidden, qPrintable(hidden.error()));
    QCOMPARE(hidden->rows.at(0).at(0), QStringLiteral("hidden value"));
    auto first = XlsxReader().readSheet(file);
    QCOMPARE(first->rows.at(0).at(0), QStringLiteral("visible"));
    auto missing = XlsxReader().readSheet(file, QStringLiteral("Budget"));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("no sheet named 'Budget'")));
    QVERIFY(missing.error().contains(QStringLiteral("Data, Secret")));
}

void TestXlsxReader::readsHandMadeCells()
{
    const QByteArray shared =
            "<si><t>plain</t></si>"
            "<si><r><t>rich "
            "</t></r><r><rPr><b/></rPr><t>text</t></r><rPh><t>ignored</t></rPh></si>";
    const QByteArray cells =
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>"
            "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>inline</t></is></c>"
            "<c r=\"D5\" t=\"str\"><f>A2&amp;\"x\"</f><v>plainx</v></c>"
            "<c r=\"E5\"><f>1+2</f><v>3</v></c><c r=\"F5\"><f>1/3</f></c>"
            "<c r=\"G5\" t=\"b\"><v>0</v></c></row>"
            "<row><c t=\"inlineStr\"><is><t>no refs</t></is></c><c><v>1.5</v></c></row>"
            "<row r=\"9\"><c r=\"A9\"/></row>";
    const QString file =
            writeParts(QStringLiteral("cells.xlsx"), XlsxTestWriter::workbookParts(cells, shared));
    auto sheet = XlsxReader().readSheet(file);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.size(), 3); // the blank row 9 is skipped
    QCOMPARE(sheet->rowNumbers, QVector<int>({2, 5, 6}));
    QCOMPARE(sheet->rows.at(0), QStringList({"plain", "", "rich text"}));
    QCOMPARE(sheet->rows.at(1), QStringList({"", "inline", "", "plainx", "3", "", "false"}));
    QCOMPARE(sheet->rows.at(2), QStringList({"no refs", "1.5"}));
}

void TestXlsxReader::reads1904Dates()
{
    const QByteArray styles = "<numFmts><numFmt numFmtId=\"164\" formatCode=\"d\\-mmm\\-yy\"/>"
                              "<numFmt numFmtId=\"165\" formatCode=\"[Red]0.00\"/></numFmts>"
                              "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                              "<xf numFmtId=\"165\"/><xf numFmtId=\"22\"/></cellXfs>";
    const QByteArray cells = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c>"
                             "<c r=\"B1\" s=\"1\"><v>44226</v></c>"
                             "<c r=\"C1\" s=\"2\"><v>44226</v></c>"
                             "<c r=\"D1\" s=\"3\"><v>44226.75</v></c></row>";
    auto wb1904 = XlsxReader().readSheet(writeParts(
            QStringLiteral("1904.xlsx"), XlsxTestWriter::workbookParts(cells, {}, styles, true)));
    QVERIFY2(wb1904, qPrintable(wb1904.error()));
    QCOMPARE(wb1904->rows.at(0),
             QStringList({"1904-01-01", "2025-01-31", "44226", "2025-01-31T18:00:00"}));
    auto wb1900 = XlsxReader().readSheet(writeParts(
            QStringLiteral("1900.xlsx"), XlsxTestWriter::workbookParts(cells, {}, styles, false)));
    QVERIFY(wb1900);
    QCOMPARE(wb1900->rows.at(0).at(1), QStringLiteral("2021-01-30"));
}

void TestXlsxReader::reportsErrorCellsWithTheirPlace()
{
    const QString file =
            writeParts(QStringLiteral("errors.xlsx"),
                       XlsxTestWriter::workbookParts("<row r=\"3\"><c r=\"A3\"><v>1</v></c><c "
                                                     "r=\"C3\" t=\"e\"><f>VLOOKUP(1,Z:Z,2)</f>"
                                                     "<v>#N/A</v></c></row>"));
    auto sheet = XlsxReader().readSheet(file);
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.at(0).at(2), QStringLiteral("#N/A"));
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().toString(),
             QStringLiteral("errors.xlsx, sheet Data, row 3, column C: the cell holds the Excel "
                            "error #N/A"));
}

void TestXlsxReader::normalizesNumbersAsExcelShowsThem_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("shown");
    QTest::newRow("float noise") << "0.30000000000000004"
                                 << "0.3";
    QTest::newRow("float noise 2") << "1.1000000000000001"
                                   << "1.1";
    QTest::newRow("rounds up") << "2.9999999999999996"
                               << "3";
    QTest::newRow("exponent") << "1.25E+6"
                              << "1250000";
    QTest::newRow("small exponent") << "1E-3"
                                    << "0.001";
    QTest::newRow("negative") << "-1250000.5"
                              << "-1250000.5";
    QTest::newRow("integer") << "562949953421612"
                             << "562949953421612";
    QTest::newRow("trailing zeros") << "10.500"
                                    << "10.5";
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("negative zero") << "-0"
                                   << "0";
    QTest::newRow("big") << "1.2345678901234567E+20"
                         << "123456789012346000000";
    QTest::newRow("not a number") << "abc"
                                  << "abc";
}

void TestXlsxReader::normalizesNumbersAsExcelShowsThem()
{
    QFETCH(QString, xml);
    QFETCH(QString, shown);
    QCOMPARE(XlsxReader::normalizeNumber(xml), shown);
}

void TestXlsxReader::convertsSerialDates_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("iso");
    QTest::newRow("1900: 1") << "1" << false << "1900-01-01";
    QTest::newRow("1900: 59") << "59" << false << "1900-02-28";
    QTest::newRow("1900: fictitious leap day") << "60" << false << "1900-02-29";
    QTest::newRow("1900: 61") << "61" << false << "1900-03-01";
    QTest::newRow("1900: 45688") << "45688" << false << "2025-01-31";
    QTest::newRow("1900: noon") << "45688.5" << false << "2025-01-31T12:00:00";
    QTest::newRow("1904: 0") << "0" << true << "1904-01-01";
    QTest::newRow("1904: 44226") << "44226" << true << "2025-01-31"; // 1900 serial + 1462 days
    QTest::newRow("rounds to next day") << "45688.999999999" << false << "2025-02-01";
}

void TestXlsxReader::convertsSerialDates()
{
    QFETCH(QString, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, iso);
    QCOMPARE(XlsxReader::serialToIso(serial, date1904), iso);
}

void TestXlsxReader::refusesHostileFiles_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("text named .xlsx") << QByteArray("text") << "not an Excel workbook";
    QTest::newRow("truncated zip") << QByteArray("truncated") << "damaged or incomplete";
    QTest::newRow("zip without workbook") << QByteArray("otherzip") << "not an Excel workbook";
    QTest::newRow("entity bomb") << QByteArray("dtd") << "entities";
    QTest::newRow("deep nesting") << QByteArray("deep") << "deeper than";
    QTest::newRow("column past XFD") << QByteArray("wide") << "16,384 columns";
    QTest::newRow("long cell") << QByteArray("long") << "32,767 characters";
    QTest::newRow("broken xml") << QByteArray("broken") << "broken XML";
    QTest::newRow("missing shared string") << QByteArray("badindex") << "damaged";
}

void TestXlsxReader::refusesHostileFiles()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, words);
    const QString name = QString::fromLatin1(kind) + QStringLiteral(".xlsx");
    QString file;
    if (kind == "text") {
        file = path(name);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Contract #,Title\nWO-1,Lobby\n");
    } else if (kind == "truncated") {
        const QString whole = path(QStringLiteral("whole.xlsx"));
        QVERIFY(XlsxTestWriter::writeContractsSheet(whole, 500));
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        file = path(name);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
    } else if (kind == "otherzip") {
        file = writeParts(name, {{QStringLiteral("readme.txt"), "hello"}});
    } else if (kind == "dtd") {
        auto parts = XlsxTestWriter::workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        for (auto &p : parts) {
            if (p.first == QLatin1String("xl/worksheets/sheet1.xml"))
                p.second = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                           "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                           "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is>"
                           "</c></row></sheetData></worksheet>";
        }
        file = writeParts(name, parts);
    } else if (kind == "deep") {
        file = writeParts(name, XlsxTestWriter::workbookParts(QByteArray("<x>").repeated(200) +
                                                              QByteArray("</x>").repeated(200)));
    } else if (kind == "wide") {
        file = writeParts(
                name,
                XlsxTestWriter::workbookParts(
                        "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c r=\"XFE1\"><v>2</v></c></row>"));
    } else if (kind == "long") {
        file = writeParts(name, XlsxTestWriter::workbookParts(
                                        "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>" +
                                        QByteArray(40000, 'x') + "</t></is></c></row>"));
    } else if (kind == "broken") {
        file = writeParts(name, XlsxTestWriter::workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</c>"));
    } else if (kind == "badindex") {
        file = writeParts(name, XlsxTestWriter::workbookParts(
                                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>",
                                        "<si><t>only</t></si>"));
    }
    QVERIFY(!file.isEmpty());
    QElapsedTimer timer;
    timer.start();
    auto sheet = XlsxReader().readSheet(file);
    QVERIFY(!sheet);
    QVERIFY2(sheet.error().contains(words), qPrintable(sheet.error()));
    QVERIFY2(sheet.error().contains(name), qPrintable(sheet.error()));
    QVERIFY(timer.elapsed() < 10000);
}

void TestXlsxReader::refusesZipBombs()
{
    // 64 MiB of one repeated row deflates to a small file; the limit stops it as it inflates.
    const QByteArray row = "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaa</t></is></c></row>";
    const QString file =
            writeParts(QStringLiteral("bomb.xlsx"),
                       XlsxTestWriter::workbookParts(row.repeated((64 << 20) / row.size())));
    QVERIFY(QFileInfo(file).size() < 2 << 20);
    XlsxReader::Limits limits;
    limits.maxInflatedBytes = 1 << 20;
    auto sheet = XlsxReader(limits).readSheet(file);
    QVERIFY(!sheet);
    QVERIFY2(sheet.error().contains(QStringLiteral("zip bomb")), qPrintable(sheet.error()));
}

void TestXlsxReader::cancelsThroughProgress()
{
    const QString file = path(QStringLiteral("cancel.xlsx"));
    QVERIFY(XlsxTestWriter::writeContractsSheet(file, 20000));
    int calls = 0;
    auto sheet = XlsxReader().readSheet(file, QString(), [&](qint64 done, qint64 total) {
        Q_UNUSED(done);
        Q_UNUSED(total);
        return ++calls < 2;
    });
    QVERIFY(!sheet);
    QVERIFY(sheet.error().contains(QStringLiteral("cancelled")));
}

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
