// The streaming XLSX reader on real workbooks: written by libxlsxwriter as Excel writes them,
// or made part by part for what libxlsxwriter cannot make (1904 dates, error cells, bombs).

#include "fieldspec.h"
#include "valueconverter.h"
#include "xlsxreader.h"
#include "xlsxtestwriter.h"

#include <QDate>
#include <QDateTime>

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
    void reads1904DatesAsCurrentExcelWritesThem();
    void readsTheDateSystemOnlyFromTheMainElement_data();
    void readsTheDateSystemOnlyFromTheMainElement();
    void ignoresExtensionsWithFamiliarNames();
    void readsEmptyCellsAsEmpty();
    void readsTextAsExcelShowsIt();
    void readsIsoDateCells();
    void convertsIsoCellText_data();
    void convertsIsoCellText();
    void readsTimesAndDurations();
    void timesNeverBecomeDates();
    void leavesChartSheetsOut();
    void locatesPartsThroughRelationships();

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
                            "error #N/A instead of a value. Fix the formula in Excel (or type "
                            "the value), then import again."));
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
    QTest::newRow("missing shared string")
            << QByteArray("badindex")
            << "badindex.xlsx, sheet Data, row 1, column A: the cell refers to a text";
    QTest::newRow("long cell, its place")
            << QByteArray("long") << "long.xlsx, sheet Data, row 4, column B: the cell holds more";
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
    // One colon after the place, and what to do.
    QVERIFY2(!sheet.error().contains(QStringLiteral(": :")), qPrintable(sheet.error()));
    QVERIFY2(sheet.error().contains(QStringLiteral("import")), qPrintable(sheet.error()));
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

namespace {

const QByteArray kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray relationships(const QByteArray &items)
{
    return "<?xml version=\"1.0\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           items + "</Relationships>";
}

QByteArray relationship(const QByteArray &id, const QByteArray &type, const QByteArray &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + kRelNs + "/" + type + "\" Target=\"" +
           target + "\"/>";
}

QByteArray worksheet(const QByteArray &sheetData, const QByteArray &after = {})
{
    return "<?xml version=\"1.0\"?><worksheet xmlns=\"" + kMainNs + "\"><sheetData>" + sheetData +
           "</sheetData>" + after + "</worksheet>";
}

// workbook.xml as Excel for Microsoft 365 writes it, extensions and all.
QByteArray currentExcelWorkbook(bool date1904)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
           "<workbook xmlns=\"" +
           kMainNs + "\" xmlns:r=\"" + kRelNs +
           "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
           "mc:Ignorable=\"x15 xr xr6 xr10 xr2\" "
           "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\" "
           "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
           "xmlns:xr6=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision6\" "
           "xmlns:xr10=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision10\" "
           "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\">"
           "<fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"27328\"/>" +
           (date1904 ? QByteArray("<workbookPr date1904=\"1\" defaultThemeVersion=\"166925\"/>")
                     : QByteArray("<workbookPr defaultThemeVersion=\"166925\"/>")) +
           "<mc:AlternateContent "
           "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
           "<mc:Choice Requires=\"x15\"><x15ac:absPath url=\"/Users/ann/Documents/\" "
           "xmlns:x15ac=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\"/>"
           "</mc:Choice></mc:AlternateContent>"
           "<xr:revisionPtr revIDLastSave=\"0\" documentId=\"8_{5C1F7C1E-1B0B-5B4A-9B7E-0D1F}\" "
           "xr6:coauthVersionLast=\"47\" xr6:coauthVersionMax=\"47\" "
           "xr10:uidLastSave=\"{00000000-0000-0000-0000-000000000000}\"/>"
           "<bookViews><workbookView xWindow=\"0\" yWindow=\"500\" windowWidth=\"28800\" "
           "windowHeight=\"16240\" xr2:uid=\"{A1B2C3D4-0000-0000-0000-000000000000}\"/>"
           "</bookViews><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
           "<sheet name=\"Secret\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/></sheets>"
           "<calcPr calcId=\"191029\"/><extLst>"
           "<ext uri=\"{140A7094-0E35-4892-8432-C4D2E57EDEB5}\" "
           "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\">"
           "<x15:workbookPr chartTrackingRefBase=\"1\"/></ext>"
           "<ext uri=\"{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}\" "
           "xmlns:xcalcf=\"http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures\">"
           "<xcalcf:calcFeatures><xcalcf:feature name=\"microsoft.com:RD\"/>"
           "</xcalcf:calcFeatures></ext></extLst></workbook>";
}

const QByteArray kDateStyles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" "
                               "formatCode=\"d\\-mmm\\-yy\"/></numFmts>"
                               "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                               "<xf numFmtId=\"164\"/><xf numFmtId=\"22\"/></cellXfs>";

} // namespace

void TestXlsxReader::reads1904DatesAsCurrentExcelWritesThem()
{
    const QByteArray cells = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44226</v></c>"
                             "<c r=\"B1\" s=\"2\"><v>0</v></c>"
                             "<c r=\"C1\" s=\"3\"><v>45000.5</v></c>"
                             "<c r=\"D1\"><v>44226</v></c></row>";
    auto parts = XlsxTestWriter::workbookParts(cells, {}, kDateStyles);
    XlsxTestWriter::setPart(parts, QStringLiteral("xl/workbook.xml"), currentExcelWorkbook(true));
    auto mac = XlsxReader().readSheet(writeParts(QStringLiteral("mac1904.xlsx"), parts));
    QVERIFY2(mac, qPrintable(mac.error()));
    QCOMPARE(mac->rows.at(0),
             QStringList({"2025-01-31", "1904-01-01", "2027-03-16T12:00:00", "44226"}));
    QVERIFY(mac->issues.isEmpty());

    // The same workbook in the 1900 system: the extension must not switch it either way.
    XlsxTestWriter::setPart(parts, QStringLiteral("xl/workbook.xml"), currentExcelWorkbook(false));
    auto pc = XlsxReader().readSheet(writeParts(QStringLiteral("pc1900.xlsx"), parts));
    QVERIFY2(pc, qPrintable(pc.error()));
    QCOMPARE(pc->rows.at(0).at(0), QStringLiteral("2021-01-30"));
    QCOMPARE(pc->rows.at(0).at(2), QStringLiteral("2023-03-15T12:00:00"));
}

void TestXlsxReader::readsTheDateSystemOnlyFromTheMainElement_data()
{
    QTest::addColumn<QByteArray>("workbook");
    QTest::addColumn<QString>("a1");
    const QByteArray sheets = "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>";
    const QByteArray rns = " xmlns:r=\"" + kRelNs + "\"";
    QTest::newRow("extension says 1904, main says nothing")
            << QByteArray("<workbook xmlns=\"" + kMainNs + "\"" + rns + "><workbookPr/>" + sheets +
                          "<extLst><ext uri=\"{X}\" xmlns:x15=\"urn:x15\"><x15:workbookPr "
                          "date1904=\"1\"/></ext></extLst></workbook>")
            << "2021-01-30";
    QTest::newRow("extension before the main element")
            << QByteArray("<workbook xmlns=\"" + kMainNs + "\"" + rns +
                          " xmlns:x15=\"urn:x15\"><x15:workbookPr date1904=\"0\"/>"
                          "<workbookPr date1904=\"1\"/>" +
                          sheets + "</workbook>")
            << "2025-01-31";
    QTest::newRow("mc:Choice ignored, mc:Fallback read")
            << QByteArray("<workbook xmlns=\"" + kMainNs + "\"" + rns +
                          " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/"
                          "2006\"><mc:AlternateContent><mc:Choice Requires=\"x15\">"
                          "<workbookPr date1904=\"0\"/></mc:Choice><mc:Fallback>"
                          "<workbookPr date1904=\"1\"/></mc:Fallback></mc:AlternateContent>" +
                          sheets + "</workbook>")
            << "2025-01-31";
    QTest::newRow("prefixed main namespace")
            << QByteArray("<x:workbook xmlns:x=\"" + kMainNs + "\"" + rns +
                          "><x:workbookPr date1904=\"1\"/><x:sheets><x:sheet name=\"Data\" "
                          "sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>")
            << "2025-01-31";
    QTest::newRow("strict namespace")
            << QByteArray("<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" "
                          "xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\">"
                          "<workbookPr date1904=\"true\"/>" +
                          sheets + "</workbook>")
            << "2025-01-31";
}

void TestXlsxReader::readsTheDateSystemOnlyFromTheMainElement()
{
    QFETCH(QByteArray, workbook);
    QFETCH(QString, a1);
    auto parts = XlsxTestWriter::workbookParts("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44226</v></c>"
                                               "</row>",
                                               {}, kDateStyles);
    XlsxTestWriter::setPart(parts, QStringLiteral("xl/workbook.xml"), workbook);
    auto sheet = XlsxReader().readSheet(writeParts(QStringLiteral("system.xlsx"), parts));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.at(0).at(0), a1);
    auto list = XlsxReader().sheets(path(QStringLiteral("system.xlsx")));
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
}

void TestXlsxReader::ignoresExtensionsWithFamiliarNames()
{
    // styles: a differential format's numFmt with the same id, a cellStyleXfs xf and an
    // extension list must not change which cellXfs are dates.
    const QByteArray styles =
            "<numFmts><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/></numFmts>"
            "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs>"
            "<dxfs><dxf><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></dxf></dxfs>"
            "<extLst><ext uri=\"{X}\" xmlns:x14=\"urn:x14\"><x14:cellXfs><xf numFmtId=\"14\"/>"
            "</x14:cellXfs><numFmt numFmtId=\"164\" formatCode=\"d/m/yy\"/></ext></extLst>";
    // sheet: an extension inside a cell and one after sheetData that look like cells.
    const QByteArray cells = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v><extLst><ext "
                             "uri=\"{Y}\"><c r=\"A1\"><v>666</v></c></ext></extLst></c>"
                             "<c r=\"B1\" s=\"2\"><v>45000</v></c></row>";
    const QByteArray after = "<extLst><ext uri=\"{Z}\" xmlns:x14=\"urn:x14\"><x14:row><c "
                             "r=\"C1\"><v>7</v></c></x14:row></ext></extLst>";
    const QByteArray shared = "<si><t>first</t></si><si><t>second</t></si><extLst><ext "
                              "uri=\"{S}\"><si><t>not a string</t></si></ext></extLst>";
    auto parts = XlsxTestWriter::workbookParts({}, shared, styles);
    XlsxTestWriter::setPart(
            parts, QStringLiteral("xl/worksheets/sheet1.xml"),
            worksheet(cells + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>", after));
    auto sheet = XlsxReader().readSheet(writeParts(QStringLiteral("ext.xlsx"), parts));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.size(), 2);
    QCOMPARE(sheet->rows.at(0), QStringList({"45000", "2023-03-15"}));
    QCOMPARE(sheet->rows.at(1), QStringList({"second"}));
}

void TestXlsxReader::readsEmptyCellsAsEmpty()
{
    const QByteArray cells = "<row r=\"5\"><c r=\"A5\"><v>1</v></c><c r=\"B5\" t=\"s\"/>"
                             "<c r=\"C5\"><v/></c><c r=\"D5\" t=\"s\"><v></v></c>"
                             "<c r=\"E5\" t=\"b\"><v/></c><c r=\"F5\" t=\"e\"/>"
                             "<c r=\"G5\" t=\"str\"><f>A1</f><v></v></c><c r=\"H5\" t=\"d\"/>"
                             "<c r=\"I5\" s=\"1\"><v> </v></c><c r=\"J5\" t=\"s\"><v>0</v></c>"
                             "</row><row r=\"6\"><c r=\"A6\" t=\"s\"/><c r=\"B6\"><v/></c></row>";
    auto sheet = XlsxReader().readSheet(
            writeParts(QStringLiteral("empty.xlsx"),
                       XlsxTestWriter::workbookParts(cells, "<si><t>plain</t></si>", kDateStyles)));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.size(), 1); // row 6 holds only empty cells
    QCOMPARE(sheet->rows.at(0), QStringList({"1", "", "", "", "", "", "", "", "", "plain"}));
    QVERIFY(sheet->issues.isEmpty());
}

void TestXlsxReader::readsTextAsExcelShowsIt()
{
    const QByteArray cells =
            "<row r=\"1\">\n"
            "  <c r=\"A1\" t=\"inlineStr\">\n    <is>\n      <t>Lobby finishes</t>\n    </is>\n"
            "  </c>\n"
            "  <c r=\"B1\" t=\"inlineStr\"><is><t>  padded\t</t></is></c>\n"
            "  <c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  kept  </t></is></c>\n"
            "  <c r=\"D1\" t=\"inlineStr\"><is>\n    <r><t xml:space=\"preserve\">Phase </t></r>\n"
            "    <r><rPr><b/></rPr><t>2</t></r>\n    <rPh sb=\"0\" eb=\"1\"><t>フェーズ</t></rPh>\n"
            "  </is></c>\n"
            "  <c r=\"E1\" t=\"inlineStr\"><is><r><t>rich </t></r><r><t> runs</t></r></is></c>\n"
            "  <c r=\"F1\" t=\"s\"><v>0</v></c><c r=\"G1\" t=\"s\"><v>1</v></c>\n"
            "  <c r=\"H1\" t=\"inlineStr\"><is><t>&#9;tab&#10;</t></is></c>\n"
            "</row>";
    const QByteArray shared = "<si>\n  <t>  trimmed </t>\n</si><si><t xml:space=\"preserve\"> "
                              "x </t></si>";
    auto sheet = XlsxReader().readSheet(
            writeParts(QStringLiteral("text.xlsx"), XlsxTestWriter::workbookParts(cells, shared)));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.at(0), QStringList({"Lobby finishes", "padded", "  kept  ", "Phase 2",
                                             "rich  runs", "trimmed", " x ", "tab"}));
}

void TestXlsxReader::readsIsoDateCells()
{
    const QByteArray styles = "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                              "<xf numFmtId=\"21\"/></cellXfs>";
    const QByteArray cells = "<row r=\"2\"><c r=\"A2\" t=\"d\" s=\"1\"><v>2026-02-01</v></c>"
                             "<c r=\"B2\" t=\"d\"><v>2026-02-01T00:00:00</v></c>"
                             "<c r=\"C2\" t=\"d\"><v>2026-02-01T08:30:00Z</v></c>"
                             "<c r=\"D2\" t=\"d\" s=\"2\"><v>1899-12-30T10:15:00</v></c>"
                             "<c r=\"E2\" t=\"d\"><v>2026-02-31</v></c></row>";
    auto sheet = XlsxReader().readSheet(writeParts(
            QStringLiteral("isodates.xlsx"), XlsxTestWriter::workbookParts(cells, {}, styles)));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.at(0), QStringList({"2026-02-01", "2026-02-01", "2026-02-01T08:30:00",
                                             "10:15:00", "2026-02-31"}));
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().severity, LocatedIssue::Severity::Warning);
    QCOMPARE(sheet->issues.first().column, 5);
    QVERIFY2(sheet->issues.first().toString().startsWith(
                     QStringLiteral("isodates.xlsx, sheet Data, row 2, column E: warning: ")),
             qPrintable(sheet->issues.first().toString()));
}

void TestXlsxReader::convertsIsoCellText_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<bool>("timeOnly");
    QTest::addColumn<QString>("text");
    QTest::newRow("date") << "2026-02-01" << false << "2026-02-01";
    QTest::newRow("midnight") << "2026-02-01T00:00:00" << false << "2026-02-01";
    QTest::newRow("zone dropped") << "2026-02-01T08:30:00+02:00" << false << "2026-02-01T08:30:00";
    QTest::newRow("no seconds") << "2026-02-01T08:30" << false << "2026-02-01T08:30:00";
    QTest::newRow("milliseconds round") << "2026-02-01T23:59:59.600" << false << "2026-02-02";
    QTest::newRow("time only") << "08:05:09" << false << "08:05:09";
    QTest::newRow("time format") << "2026-02-01T08:30:00" << true << "08:30:00";
    QTest::newRow("not a date") << "31/01/2026" << false << "";
    QTest::newRow("bad hour") << "2026-02-01T25:00:00" << false << "";
    QTest::newRow("junk after") << "2026-02-01Tx" << false << "";
}

void TestXlsxReader::convertsIsoCellText()
{
    QFETCH(QString, iso);
    QFETCH(bool, timeOnly);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::isoCellToText(iso, timeOnly), text);
}

void TestXlsxReader::readsTimesAndDurations()
{
    const QByteArray styles = "<numFmts>"
                              "<numFmt numFmtId=\"164\" formatCode=\"[h]:mm:ss\"/>"
                              "<numFmt numFmtId=\"165\" formatCode=\"h:mm\\ AM/PM\"/>"
                              "<numFmt numFmtId=\"166\" formatCode=\"[mm]:ss\"/>"
                              "<numFmt numFmtId=\"167\" formatCode=\"0.00E+00\"/>"
                              "<numFmt numFmtId=\"168\" formatCode=\"[$-409]hh:mm:ss;@\"/>"
                              "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"20\"/>"
                              "<xf numFmtId=\"46\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
                              "<xf numFmtId=\"166\"/><xf numFmtId=\"21\"/><xf numFmtId=\"14\"/>"
                              "<xf numFmtId=\"167\"/><xf numFmtId=\"168\"/></cellXfs>";
    const QByteArray cells = "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>0.5</v></c>"
                             "<c r=\"B3\" s=\"2\"><v>1.1458333333333333</v></c>"
                             "<c r=\"C3\" s=\"3\"><v>1.1458333333333333</v></c>"
                             "<c r=\"D3\" s=\"4\"><v>0.75</v></c>"
                             "<c r=\"E3\" s=\"5\"><v>1.9097222222222224E-2</v></c>"
                             "<c r=\"F3\" s=\"6\"><v>45688.5</v></c>"
                             "<c r=\"G3\" s=\"7\"><v>-1</v></c>"
                             "<c r=\"H3\" s=\"7\"><v>45688.25</v></c>"
                             "<c r=\"I3\" s=\"8\"><v>1234.5</v></c>"
                             "<c r=\"J3\" s=\"7\"><v>-0.30000000000000004</v></c>"
                             "<c r=\"K3\" s=\"9\"><v>0.99999999</v></c>"
                             "<c r=\"L3\" s=\"1\"><v>-0.25</v></c></row>";
    auto sheet = XlsxReader().readSheet(writeParts(
            QStringLiteral("times.xlsx"), XlsxTestWriter::workbookParts(cells, {}, styles)));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.at(0),
             QStringList({"12:00:00", "27:30:00", "27:30:00", "18:00:00", "00:27:30", "12:00:00",
                          "-1", "2025-01-31T06:00:00", "1234.5", "-0.3", "00:00:00", "-0.25"}));
    QCOMPARE(sheet->issues.size(), 3);
    const QVector<int> columns = {sheet->issues.at(0).column, sheet->issues.at(1).column,
                                  sheet->issues.at(2).column};
    QCOMPARE(columns, QVector<int>({7, 10, 12}));
    const QString first = sheet->issues.first().toString();
    QVERIFY2(first.startsWith(QStringLiteral("times.xlsx, sheet Data, row 3, column G: warning: "
                                             "the cell is formatted as a date or time but holds "
                                             "-1,")),
             qPrintable(first));
    QVERIFY(!first.contains(QStringLiteral(": :")));
}

void TestXlsxReader::timesNeverBecomeDates()
{
    // What the reader hands over for a time or a duration is refused by a date field, never
    // taken for a shifted date.
    const ValueConverter converter;
    FieldSpec date;
    date.type = FieldType::Date;
    FieldSpec dateTime;
    dateTime.type = FieldType::DateTime;
    for (const QString &text :
         {QStringLiteral("12:00:00"), QStringLiteral("27:30:00"), QStringLiteral("-1")}) {
        QVERIFY2(!converter.convert(date, text).problem.isEmpty(), qPrintable(text));
        QVERIFY2(!converter.convert(dateTime, text).problem.isEmpty(), qPrintable(text));
        QVariant value;
        QVERIFY(!converter.convertCanonical(date, text.toUtf8(), value));
    }
    QCOMPARE(converter.convert(date, QStringLiteral("2025-01-31")).value.toDate(),
             QDate(2025, 1, 31));
    QCOMPARE(converter.convert(dateTime, QStringLiteral("2025-01-31T06:00:00"))
                     .value.toDateTime()
                     .time(),
             QTime(6, 0));
}

void TestXlsxReader::leavesChartSheetsOut()
{
    const QByteArray workbook =
            "<?xml version=\"1.0\"?><workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
            "\"><sheets><sheet name=\"Chart1\" sheetId=\"3\" r:id=\"rId3\"/>"
            "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
            "<sheet name=\"Secret\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"
            "</sheets></workbook>";
    auto parts = XlsxTestWriter::workbookParts(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>data</t></is></c></row>");
    XlsxTestWriter::setPart(parts, QStringLiteral("xl/workbook.xml"), workbook);
    XlsxTestWriter::setPart(
            parts, QStringLiteral("xl/_rels/workbook.xml.rels"),
            relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
                          relationship("rId2", "worksheet", "worksheets/sheet2.xml") +
                          relationship("rId3", "chartsheet", "chartsheets/sheet1.xml")));
    XlsxTestWriter::setPart(parts, QStringLiteral("xl/chartsheets/sheet1.xml"),
                            "<?xml version=\"1.0\"?><chartsheet xmlns=\"" + kMainNs +
                                    "\"><sheetViews><sheetView workbookViewId=\"0\"/>"
                                    "</sheetViews><drawing r:id=\"rId1\" xmlns:r=\"" +
                                    kRelNs + "\"/></chartsheet>");
    const QString file = writeParts(QStringLiteral("chart.xlsx"), parts);
    auto list = XlsxReader().sheets(file);
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("Data"));
    QCOMPARE(list->at(1).name, QStringLiteral("Secret"));
    auto first = XlsxReader().readSheet(file);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->sheetName, QStringLiteral("Data"));
    QCOMPARE(first->rows.at(0).at(0), QStringLiteral("data"));
    auto chart = XlsxReader().readSheet(file, QStringLiteral("chart1"));
    QVERIFY(!chart);
    QCOMPARE(chart.error(), QStringLiteral("chart.xlsx: the sheet 'Chart1' is a chart, not a sheet "
                                           "with cells. Choose one of the sheets that hold the "
                                           "rows: Data, Secret."));

    // Only charts: a clear refusal, never an empty sheet.
    XlsxTestWriter::setPart(
            parts, QStringLiteral("xl/_rels/workbook.xml.rels"),
            relationships(relationship("rId1", "chartsheet", "chartsheets/sheet1.xml") +
                          relationship("rId2", "chartsheet", "chartsheets/sheet1.xml") +
                          relationship("rId3", "chartsheet", "chartsheets/sheet1.xml")));
    const QString charts = writeParts(QStringLiteral("charts.xlsx"), parts);
    auto none = XlsxReader().sheets(charts);
    QVERIFY(!none);
    QVERIFY2(none.error().startsWith(QStringLiteral("charts.xlsx holds only charts")),
             qPrintable(none.error()));
    auto read = XlsxReader().readSheet(charts);
    QVERIFY(!read);
    QCOMPARE(read.error(), none.error());
}

void TestXlsxReader::locatesPartsThroughRelationships()
{
    // The workbook in book/, its sheet in data/ (a "../" target), its strings beside it, found
    // only through _rels/.rels and book/_rels/wb.xml.rels; no part under xl/.
    XlsxTestWriter::Parts parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                  "package/2006/content-types\"/>"});
    parts.append({QStringLiteral("_rels/.rels"),
                  relationships(relationship("rId1", "officeDocument", "/book/wb.xml") +
                                relationship("rId2", "extended-properties", "docProps/app.xml"))});
    parts.append({QStringLiteral("book/wb.xml"),
                  "<?xml version=\"1.0\"?><workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
                          "\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"Costs\" "
                          "sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"});
    parts.append({QStringLiteral("book/_rels/wb.xml.rels"),
                  relationships(relationship("rId7", "worksheet", "../data/costs.xml") +
                                relationship("rId8", "sharedStrings", "./strings.xml") +
                                relationship("rId9", "styles", "look.xml"))});
    parts.append({QStringLiteral("data\\costs.xml"),
                  worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\">"
                            "<v>44226</v></c></row>")});
    parts.append({QStringLiteral("book\\strings.xml"), "<?xml version=\"1.0\"?><sst xmlns=\"" +
                                                               kMainNs +
                                                               "\"><si><t>Excavation</t>"
                                                               "</si></sst>"});
    parts.append({QStringLiteral("book/look.xml"), "<?xml version=\"1.0\"?><styleSheet xmlns=\"" +
                                                           kMainNs + "\">" + kDateStyles +
                                                           "</styleSheet>"});
    const QString file = writeParts(QStringLiteral("elsewhere.xlsx"), parts);
    auto sheet = XlsxReader().readSheet(file);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->sheetName, QStringLiteral("Costs"));
    QCOMPARE(sheet->rows.at(0), QStringList({"Excavation", "2025-01-31"}));

    // Every name written with backslashes, as some Windows tools zip a folder.
    auto standard = XlsxTestWriter::workbookParts(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "<si><t>slashed</t></si>");
    for (auto &part : standard)
        part.first.replace(QLatin1Char('/'), QLatin1Char('\\'));
    auto slashed = XlsxReader().readSheet(writeParts(QStringLiteral("backslash.xlsx"), standard));
    QVERIFY2(slashed, qPrintable(slashed.error()));
    QCOMPARE(slashed->rows.at(0).at(0), QStringLiteral("slashed"));
}

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
