// The Excel 97-2003 (.xls) reader on workbooks the test writes itself: with python3-xlwt (as
// ERP exports are written: BIFF8 in OLE2), patched by hand where xlwt cannot make the quirk
// (a password), or made byte by byte (an encrypted .xlsx, broken containers). And the format
// sniffer on every format a user may bring under a spreadsheet's name.

#include "compoundfile.h"
#include "formatsniffer.h"
#include "spreadsheetfile.h"
#include "xlsreader.h"
#include "xlstestwriter.h"
#include "xlsxtestwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

class TestXlsReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsValuesAsExcelShowsThem();
    void reads1904Dates();
    void correctsDatesAfter2100();
    void listsSheetsAndMarksHidden();
    void choosesSheetsByName();
    void keepsDatesPastTheYear9999AsNumbers();
    void readsEveryDateOfALargeSheet();
    void leavesOutChartSheets();
    void refusesAWorkbookOfOnlyCharts();
    void refusesPasswordProtectedXls();
    void refusesEncryptedXlsx();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void refusesRecordsLibfreexlMisreads_data();
    void refusesRecordsLibfreexlMisreads();
    void convertsDateSerials_data();
    void convertsDateSerials();
    void formatsNumbers_data();
    void formatsNumbers();
    void sniffsFormats_data();
    void sniffsFormats();
    void sniffsNumbersPackages();
    void namesTheFormatInMessages_data();
    void namesTheFormatInMessages();

private:
    // Runs an xlwt script with `wb` (an xlwt.Workbook) to fill and `path` to save to.
    QString writeXls(const QString &name, const QByteArray &script);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    XlsTestWriter m_xls;
};

namespace {

constexpr quint32 kFree = 0xFFFFFFFF;
constexpr quint32 kEnd = 0xFFFFFFFE;

void put32(QByteArray &b, int at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}

void put16(QByteArray &b, int at, quint16 v)
{
    qToLittleEndian(v, b.data() + at);
}

// A minimal OLE2 compound file (version 3, 512-byte sectors): one FAT sector, one directory
// sector, and each stream in its own chain of regular sectors (streams of 4096 bytes and more,
// so no mini stream is needed; shorter ones are padded with zeros).
QByteArray compoundFile(const QVector<QPair<QString, QByteArray>> &streams)
{
    QByteArray header(512, '\0');
    header.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    put16(header, 0x18, 0x3E);
    put16(header, 0x1A, 3);
    put16(header, 0x1C, 0xFFFE);
    put16(header, 0x1E, 9);
    put16(header, 0x20, 6);
    put32(header, 0x2C, 1);
    put32(header, 0x30, 1);
    put32(header, 0x38, 4096);
    put32(header, 0x3C, kEnd);
    put32(header, 0x44, kEnd);
    put32(header, 0x4C, 0);
    for (int i = 1; i < 109; ++i)
        put32(header, 0x4C + 4 * i, kFree);

    QVector<quint32> fat(128, kFree);
    fat[0] = 0xFFFFFFFD; // the FAT itself
    fat[1] = kEnd;       // the directory
    QByteArray directory(512, '\0');
    QByteArray data;
    auto entry = [&](int index, const QString &name, quint8 type, quint32 start, quint32 size) {
        const int at = index * 128;
        for (int i = 0; i < name.size(); ++i)
            put16(directory, at + 2 * i, name.at(i).unicode());
        put16(directory, at + 0x40, quint16(2 * (name.size() + 1)));
        directory[at + 0x42] = char(type);
        put32(directory, at + 0x44, kFree);
        put32(directory, at + 0x48, index + 1 < streams.size() + 1 ? quint32(index + 1) : kFree);
        put32(directory, at + 0x4C, index == 0 ? 1 : kFree);
        put32(directory, at + 0x74, start);
        put32(directory, at + 0x78, size);
    };
    entry(0, QStringLiteral("Root Entry"), 5, kEnd, 0);
    quint32 sector = 2;
    for (int i = 0; i < streams.size() && i < 3; ++i) {
        QByteArray bytes = streams.at(i).second;
        if (bytes.size() < 4096)
            bytes.append(QByteArray(4096 - bytes.size(), '\0'));
        const int sectors = int((bytes.size() + 511) / 512);
        bytes.append(QByteArray(sectors * 512 - bytes.size(), '\0'));
        entry(i + 1, streams.at(i).first, 2, sector, quint32(bytes.size()));
        for (int s = 0; s < sectors; ++s)
            fat[int(sector) + s] = s + 1 < sectors ? sector + quint32(s) + 1 : kEnd;
        sector += quint32(sectors);
        data += bytes;
    }
    QByteArray fatSector(512, '\0');
    for (int i = 0; i < 128; ++i)
        put32(fatSector, 4 * i, fat.at(i));
    return header + fatSector + directory + data;
}

const QByteArray kBook = R"(
ws = wb.add_sheet(u'Verträge')
d = xlwt.easyxf(num_format_str='YYYY-MM-DD')
dt = xlwt.easyxf(num_format_str='YYYY-MM-DD hh:mm:ss')
t = xlwt.easyxf(num_format_str='hh:mm:ss')
for c, h in enumerate(['Number', 'Amount', 'Date', 'Time', 'Big', 'Flag']):
    ws.write(0, c, h)
ws.write(1, 0, 'WO-1'); ws.write(1, 1, 1250000.5); ws.write(1, 2, datetime.date(2026, 2, 1), d)
ws.write(1, 4, 123456789012345); ws.write(1, 5, True)
ws.write(2, 0, u'Müller & Söhne'); ws.write(2, 1, 0.1 + 0.2)
ws.write(2, 2, datetime.datetime(2026, 2, 1, 8, 30, 0), dt)
ws.write(2, 3, datetime.time(8, 30, 15), t); ws.write(2, 4, 42); ws.write(2, 5, False)
ws.write(3, 0, 'WO-3'); ws.write(3, 1, -3.75); ws.write(3, 4, 12345678901234567)
ws.row(3).set_cell_error(5, 0x2A)
ws.write(5, 0, 'after a blank row'); ws.write(5, 1, 1.0 / 3); ws.write(5, 4, 2 ** 31)
h = wb.add_sheet('Hidden'); h.write(0, 0, 'secret'); h.visibility = 1
s = wb.add_sheet('Second'); s.write(0, 0, 'x')
)";

} // namespace

void TestXlsReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestXlsReader::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

QString TestXlsReader::writeXls(const QString &name, const QByteArray &script)
{
    const QString path = m_dir.filePath(name);
    return m_xls.write(path, script) ? path : QString();
}

// setup.sh installs python3-xlwt, so under CI a missing writer fails instead of skipping.
namespace {

// Column A of the workbook's default sheet; false (with the reader's message) when it fails.
bool readFirstColumn(const QString &path, QStringList &column)
{
    const auto read = XlsReader().readSheet(path);
    if (!read) {
        qWarning("%s", qPrintable(read.error()));
        return false;
    }
    for (const QStringList &row : read->rows)
        column.append(row.value(0));
    return true;
}

} // namespace

#define REQUIRE_XLWT()                                                                             \
    if (!m_xls.unavailable().isEmpty()) {                                                          \
        if (qEnvironmentVariableIsSet("CI"))                                                       \
            QFAIL(qPrintable(m_xls.unavailable()));                                                \
        QSKIP(qPrintable(m_xls.unavailable()));                                                    \
    }

void TestXlsReader::readsValuesAsExcelShowsThem()
{
    REQUIRE_XLWT();
    const QString path = writeXls(QStringLiteral("book.xls"), kBook);
    QVERIFY(!path.isEmpty());
    QCOMPARE(SpreadsheetFile::detect(path), SpreadsheetFile::Kind::Xls);
    const auto read = SpreadsheetFile::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const SheetData &s = read.value();
    QCOMPARE(s.fileName, QStringLiteral("book.xls"));
    QCOMPARE(s.sheetName, QStringLiteral("Verträge"));
    QCOMPARE(s.rowNumbers, (QVector<int>{1, 2, 3, 4, 6}));
    QCOMPARE(s.rows.at(0), (QStringList{QStringLiteral("Number"), QStringLiteral("Amount"),
                                        QStringLiteral("Date"), QStringLiteral("Time"),
                                        QStringLiteral("Big"), QStringLiteral("Flag")}));
    QCOMPARE(s.rows.at(1),
             (QStringList{QStringLiteral("WO-1"), QStringLiteral("1250000.5"),
                          QStringLiteral("2026-02-01"), QString(),
                          QStringLiteral("123456789012345"), QStringLiteral("true")}));
    QCOMPARE(s.rows.at(2),
             (QStringList{QStringLiteral("Müller & Söhne"), QStringLiteral("0.3"),
                          QStringLiteral("2026-02-01T08:30:00"), QStringLiteral("08:30:15"),
                          QStringLiteral("42"), QStringLiteral("false")}));
    // 17 digits: Excel shows (and keeps) 15 significant ones.
    QCOMPARE(s.rows.at(3),
             (QStringList{QStringLiteral("WO-3"), QStringLiteral("-3.75"), QString(), QString(),
                          QStringLiteral("12345678901234600"), QStringLiteral("#N/A")}));
    QCOMPARE(s.rows.at(4),
             (QStringList{QStringLiteral("after a blank row"), QStringLiteral("0.333333333333333"),
                          QString(), QString(), QStringLiteral("2147483648")}));
    QCOMPARE(s.issues.size(), 1);
    const LocatedIssue &issue = s.issues.first();
    QCOMPARE(issue.sheet, QStringLiteral("Verträge"));
    QCOMPARE(issue.row, 4);
    QCOMPARE(issue.column, 6);
    QVERIFY(issue.toString().startsWith(
            QStringLiteral("book.xls, sheet Verträge, row 4, column F")));
    QVERIFY(!issue.toString().contains(QStringLiteral(": :")));
}

void TestXlsReader::reads1904Dates()
{
    REQUIRE_XLWT();
    const QString path = writeXls(QStringLiteral("mac.xls"), R"(
wb.dates_1904 = True
ws = wb.add_sheet('Mac')
d = xlwt.easyxf(num_format_str='DD.MM.YYYY')
dt = xlwt.easyxf(num_format_str='YYYY-MM-DD hh:mm')
ws.write(0, 0, datetime.date(2026, 2, 1), d)
ws.write(1, 0, datetime.date(1904, 1, 2), d)
ws.write(2, 0, datetime.datetime(2024, 2, 29, 17, 45), dt)
ws.write(3, 0, 45000, d)
ws.write(4, 0, 0, d)
)");
    QVERIFY(!path.isEmpty());
    QStringList column;
    QVERIFY(readFirstColumn(path, column));
    QCOMPARE(column, (QStringList{QStringLiteral("2026-02-01"), QStringLiteral("1904-01-02"),
                                  QStringLiteral("2024-02-29T17:45:00"),
                                  QStringLiteral("2027-03-16"), QStringLiteral("1904-01-01")}));
}

void TestXlsReader::correctsDatesAfter2100()
{
    REQUIRE_XLWT();
    // libfreexl takes 2100, 2200, 2300 for leap years: 2173-10-14 would read a day early,
    // 9999-12-31 (ERP's "no end date") 60 days early.
    const QString path = writeXls(QStringLiteral("far.xls"), R"(
ws = wb.add_sheet('S')
d = xlwt.easyxf(num_format_str='YYYY-MM-DD')
ws.write(0, 0, datetime.date(2100, 2, 28), d)
ws.write(1, 0, datetime.date(2100, 3, 1), d)
ws.write(2, 0, datetime.date(2173, 10, 14), d)
ws.write(3, 0, datetime.date(9999, 12, 31), d)
ws.write(4, 0, 60, d)
ws.write(5, 0, 61, d)
)");
    QVERIFY(!path.isEmpty());
    QStringList column;
    QVERIFY(readFirstColumn(path, column));
    QCOMPARE(column, (QStringList{QStringLiteral("2100-02-28"), QStringLiteral("2100-03-01"),
                                  QStringLiteral("2173-10-14"), QStringLiteral("9999-12-31"),
                                  QStringLiteral("1900-02-29"), QStringLiteral("1900-03-01")}));
}

void TestXlsReader::listsSheetsAndMarksHidden()
{
    REQUIRE_XLWT();
    const QString path = writeXls(QStringLiteral("sheets.xls"), kBook);
    QVERIFY(!path.isEmpty());
    const auto sheets = SpreadsheetFile::sheets(path);
    QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
    QCOMPARE(sheets->size(), 3);
    QCOMPARE(sheets->at(0).name, QStringLiteral("Verträge"));
    QVERIFY(!sheets->at(0).hidden);
    QCOMPARE(sheets->at(1).name, QStringLiteral("Hidden"));
    QVERIFY(sheets->at(1).hidden);
    QVERIFY(!sheets->at(2).hidden);

    // A hidden first sheet is not the one an import picks.
    const QString hiddenFirst = writeXls(QStringLiteral("hiddenfirst.xls"), R"(
h = wb.add_sheet('Lists'); h.write(0, 0, 'lookup'); h.visibility = 2
s = wb.add_sheet('Contracts'); s.write(0, 0, 'Number')
)");
    QVERIFY(!hiddenFirst.isEmpty());
    const auto read = XlsReader().readSheet(hiddenFirst);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->sheetName, QStringLiteral("Contracts"));
}

void TestXlsReader::choosesSheetsByName()
{
    REQUIRE_XLWT();
    const QString path = writeXls(QStringLiteral("named.xls"), kBook);
    QVERIFY(!path.isEmpty());
    const auto hidden = XlsReader().readSheet(path, QStringLiteral("Hidden"));
    QVERIFY2(hidden.ok(), qPrintable(hidden.error()));
    QCOMPARE(hidden->rows, (QVector<QStringList>{{QStringLiteral("secret")}}));
    const auto second = XlsReader().readSheet(path, QStringLiteral("second"));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->sheetName, QStringLiteral("Second"));
    const auto missing = XlsReader().readSheet(path, QStringLiteral("Change orders"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error(), QStringLiteral("named.xls has no sheet named 'Change orders' (its "
                                             "sheets: Verträge, Hidden, Second)."));
}

void TestXlsReader::keepsDatesPastTheYear9999AsNumbers()
{
    REQUIRE_XLWT();
    // libfreexl counted the days of a date one by one: 20 cells of 2e9 took over a minute. The
    // serials are now converted here: past 9999-12-31 the number is kept, as the .xlsx reader
    // keeps it, with a warning.
    const QString path = writeXls(QStringLiteral("hostile.xls"), R"(
ws = wb.add_sheet('S')
d = xlwt.easyxf(num_format_str='YYYY-MM-DD')
ws.write(0, 0, 'Date')
for r in range(1, 21):
    ws.write(r, 1, 2e9, d)
)");
    QVERIFY(!path.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const auto read = XlsReader().readSheet(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(read->rows.size(), 21);
    QCOMPARE(read->rows.at(1), (QStringList{QString(), QStringLiteral("2000000000")}));
    QCOMPARE(read->issues.size(), 20);
    const LocatedIssue &issue = read->issues.first();
    QCOMPARE(issue.severity, LocatedIssue::Severity::Warning);
    QVERIFY2(issue.toString().startsWith(QStringLiteral("hostile.xls, sheet S, row 2, column B: ")),
             qPrintable(issue.toString()));
    QVERIFY(issue.toString().contains(QStringLiteral("####")));
    QVERIFY(XlsReader().sheets(path).ok());
}

void TestXlsReader::readsEveryDateOfALargeSheet()
{
    REQUIRE_XLWT();
    // 5,000 consecutive days across 2100-02-28 (libfreexl took 2100 for a leap year), with a
    // time of day and a date-time beside each.
    const QString path = writeXls(QStringLiteral("large.xls"), R"(
ws = wb.add_sheet('Days')
d = xlwt.easyxf(num_format_str='YYYY-MM-DD')
t = xlwt.easyxf(num_format_str='hh:mm:ss')
dt = xlwt.easyxf(num_format_str='DD.MM.YYYY hh:mm')
start = datetime.date(2090, 1, 1)
for r in range(5000):
    day = start + datetime.timedelta(days=r)
    ws.write(r, 0, day, d)
    ws.write(r, 1, datetime.time(r % 24, r % 60, 0), t)
    ws.write(r, 2, datetime.datetime(day.year, day.month, day.day, 12, r % 60), dt)
)");
    QVERIFY(!path.isEmpty());
    const auto read = XlsReader().readSheet(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->rows.size(), 5000);
    QVERIFY(read->issues.isEmpty());
    const QDate start(2090, 1, 1);
    for (int r = 0; r < 5000; ++r) {
        const QDate day = start.addDays(r);
        const QString time = QStringLiteral("%1:%2:00")
                                     .arg(r % 24, 2, 10, QLatin1Char('0'))
                                     .arg(r % 60, 2, 10, QLatin1Char('0'));
        const QString dateTime = day.toString(Qt::ISODate) +
                                 QStringLiteral("T12:%1:00").arg(r % 60, 2, 10, QLatin1Char('0'));
        const QStringList expected{
                day.toString(Qt::ISODate), time,
                r % 60 == 0 ? day.toString(Qt::ISODate) + QStringLiteral("T12:00:00") : dateTime};
        if (read->rows.at(r) != expected)
            QFAIL(qPrintable(QStringLiteral("row %1: %2, expected %3")
                                     .arg(r + 1)
                                     .arg(read->rows.at(r).join(QLatin1Char(' ')),
                                          expected.join(QLatin1Char(' ')))));
    }
}

namespace {

// The Workbook stream of an xlwt workbook with a chart sheet put before its first sheet: a
// BOUNDSHEET of type 0x02 and a minimal chart substream (BOF of type 0x0020, EOF) right after
// the globals, the worksheets' offsets moved past both.
QByteArray withChartSheet(const QByteArray &workbook, bool hidden)
{
    QVector<int> boundSheets;
    int globalsEnd = -1;
    for (int at = 0; at + 4 <= workbook.size() && globalsEnd < 0;) {
        const quint16 type = qFromLittleEndian<quint16>(workbook.constData() + at);
        const int size = qFromLittleEndian<quint16>(workbook.constData() + at + 2);
        if (type == 0x0085)
            boundSheets.append(at);
        at += 4 + size;
        if (type == 0x000A)
            globalsEnd = at;
    }
    if (boundSheets.isEmpty() || globalsEnd < 0)
        return QByteArray();
    const QByteArray name("Chart1");
    QByteArray boundSheet(4 + 8 + name.size(), '\0');
    put16(boundSheet, 0, 0x0085);
    put16(boundSheet, 2, quint16(8 + name.size()));
    boundSheet[8] = hidden ? 1 : 0;
    boundSheet[9] = 0x02; // a chart
    boundSheet[10] = char(name.size());
    boundSheet.replace(12, name.size(), name);
    QByteArray chart(4 + 16 + 4, '\0');
    put16(chart, 0, 0x0809);
    put16(chart, 2, 16);
    put16(chart, 4, 0x0600);
    put16(chart, 6, 0x0020); // a chart substream
    put16(chart, 20, 0x000A);

    QByteArray out = workbook.left(globalsEnd);
    for (int at : std::as_const(boundSheets)) {
        const quint32 offset = qFromLittleEndian<quint32>(out.constData() + at + 4);
        put32(out, at + 4, offset + quint32(boundSheet.size() + chart.size()));
    }
    out.insert(boundSheets.first(), boundSheet);
    out.insert(globalsEnd + boundSheet.size(), chart);
    out += workbook.mid(globalsEnd);
    const quint32 chartOffset = quint32(globalsEnd + boundSheet.size());
    put32(out, boundSheets.first() + 4, chartOffset);
    return out;
}

// The stream with a chart embedded in its first worksheet, as Excel stores one: a chart
// substream (BOF of type 0x0020 to EOF) within the sheet's, here right after its DIMENSION.
QByteArray withEmbeddedChart(QByteArray workbook)
{
    QVector<int> boundSheets;
    int dimensionEnd = -1;
    for (int at = 0; at + 4 <= workbook.size();) {
        const quint16 type = qFromLittleEndian<quint16>(workbook.constData() + at);
        const int size = qFromLittleEndian<quint16>(workbook.constData() + at + 2);
        if (type == 0x0085)
            boundSheets.append(at);
        at += 4 + size;
        if (type == 0x0200 && dimensionEnd < 0)
            dimensionEnd = at;
    }
    if (dimensionEnd < 0)
        return QByteArray();
    QByteArray chart(4 + 16 + 4 + 4, '\0');
    put16(chart, 0, 0x0809);
    put16(chart, 2, 16);
    put16(chart, 4, 0x0600);
    put16(chart, 6, 0x0020);
    put16(chart, 20, 0x1002); // CHART, cut short: libfreexl never sees it
    put16(chart, 24, 0x000A);
    for (int at : std::as_const(boundSheets)) {
        const quint32 offset = qFromLittleEndian<quint32>(workbook.constData() + at + 4);
        if (offset > quint32(dimensionEnd))
            put32(workbook, at + 4, offset + quint32(chart.size()));
    }
    workbook.insert(dimensionEnd, chart);
    return workbook;
}

} // namespace

void TestXlsReader::leavesOutChartSheets()
{
    REQUIRE_XLWT();
    const QString plain = writeXls(QStringLiteral("plainchart.xls"), R"(
ws = wb.add_sheet('Data')
d = xlwt.easyxf(num_format_str='YYYY-MM-DD')
ws.write(0, 0, 'Number'); ws.write(0, 1, 'Amount'); ws.write(0, 2, 'Start'); ws.write(0, 3, 'Ok')
ws.write(1, 0, 'WO-1'); ws.write(1, 1, 1250000.5); ws.write(1, 2, datetime.date(2026, 2, 1), d)
ws.write(1, 3, True)
ws.write(2, 0, 'WO-2'); ws.write(2, 1, -3.75); ws.write(2, 2, datetime.date(2173, 10, 14), d)
h = wb.add_sheet('Lists'); h.write(0, 0, 'lookup'); h.visibility = 1
)");
    QVERIFY(!plain.isEmpty());
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto ole = CompoundFile::parse(f.readAll());
    QVERIFY(ole.has_value());
    const auto workbook = ole->stream(QStringLiteral("Workbook"));
    QVERIFY(workbook.has_value());
    for (const bool hidden : {false, true}) {
        const QByteArray stream = withChartSheet(*workbook, hidden);
        QVERIFY(!stream.isEmpty());
        const QString path = writeFile(QStringLiteral("chart.xls"),
                                       compoundFile({{QStringLiteral("Workbook"), stream}}));
        const auto sheets = XlsReader().sheets(path);
        QVERIFY2(sheets.ok(), qPrintable(sheets.error()));
        QCOMPARE(sheets->size(), 2);
        QCOMPARE(sheets->at(0).name, QStringLiteral("Data"));
        QVERIFY(!sheets->at(0).hidden);
        QCOMPARE(sheets->at(1).name, QStringLiteral("Lists"));
        QVERIFY(sheets->at(1).hidden);

        const auto read = XlsReader().readSheet(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->sheetName, QStringLiteral("Data"));
        QCOMPARE(read->rows,
                 (QVector<QStringList>{{QStringLiteral("Number"), QStringLiteral("Amount"),
                                        QStringLiteral("Start"), QStringLiteral("Ok")},
                                       {QStringLiteral("WO-1"), QStringLiteral("1250000.5"),
                                        QStringLiteral("2026-02-01"), QStringLiteral("true")},
                                       {QStringLiteral("WO-2"), QStringLiteral("-3.75"),
                                        QStringLiteral("2173-10-14")}}));
        QVERIFY(read->issues.isEmpty());
        const auto lists = XlsReader().readSheet(path, QStringLiteral("Lists"));
        QVERIFY2(lists.ok(), qPrintable(lists.error()));
        QCOMPARE(lists->rows, (QVector<QStringList>{{QStringLiteral("lookup")}}));
        const auto chart = XlsReader().readSheet(path, QStringLiteral("Chart1"));
        QVERIFY(!chart.ok());
        QCOMPARE(chart.error(), QStringLiteral("chart.xls has no sheet named 'Chart1' (its "
                                               "sheets: Data, Lists)."));
    }

    // A chart embedded in a worksheet is left out of it, the sheet after it still found.
    const QString embedded =
            writeFile(QStringLiteral("embedded.xls"),
                      compoundFile({{QStringLiteral("Workbook"), withEmbeddedChart(*workbook)}}));
    const auto data = XlsReader().readSheet(embedded);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QCOMPARE(data->rows.size(), 3);
    QCOMPARE(data->rows.at(2).value(2), QStringLiteral("2173-10-14"));
    const auto lists = XlsReader().readSheet(embedded, QStringLiteral("Lists"));
    QVERIFY2(lists.ok(), qPrintable(lists.error()));
    QCOMPARE(lists->rows, (QVector<QStringList>{{QStringLiteral("lookup")}}));
}

void TestXlsReader::refusesAWorkbookOfOnlyCharts()
{
    REQUIRE_XLWT();
    const QString plain = writeXls(QStringLiteral("onlycharts.xls"), R"(
ws = wb.add_sheet('Data'); ws.write(0, 0, 'x')
)");
    QVERIFY(!plain.isEmpty());
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto ole = CompoundFile::parse(f.readAll());
    QVERIFY(ole.has_value());
    QByteArray stream = withChartSheet(*ole->stream(QStringLiteral("Workbook")), false);
    const int data = int(stream.indexOf(QByteArray("\x85\x00\x0C\x00", 4)));
    QVERIFY(data > 0);
    stream[data + 9] = 0x02; // Data made a chart sheet too
    const QString path = writeFile(QStringLiteral("charts.xls"),
                                   compoundFile({{QStringLiteral("Workbook"), stream}}));
    const auto read = XlsReader().readSheet(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), QStringLiteral("charts.xls holds no sheets with cells, only charts."));
    QCOMPARE(XlsReader().sheets(path).error(), read.error());
}

void TestXlsReader::refusesPasswordProtectedXls()
{
    REQUIRE_XLWT();
    const QString plain = writeXls(QStringLiteral("plain.xls"), kBook);
    QVERIFY(!plain.isEmpty());
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    // xlwt writes WRITEACCESS (0x005C, 112 bytes) early in the globals: put FILEPASS (XOR
    // obfuscation, 6 bytes) and a filler record of the same total size in its place, as Excel
    // puts FILEPASS right after BOF.
    const int at = int(bytes.indexOf(QByteArray("\x5C\x00\x70\x00", 4)));
    QVERIFY(at > 0);
    QByteArray filePass("\x2F\x00\x06\x00\x00\x00\x34\x12\x78\x56", 10);
    filePass += QByteArray("\xEF\x00\x66\x00", 4) + QByteArray(102, '\0');
    bytes.replace(at, 116, filePass);
    const QString path = writeFile(QStringLiteral("Budget 2026.xls"), bytes);

    QCOMPARE(SpreadsheetFile::detect(path), SpreadsheetFile::Kind::Xls);
    const auto read = SpreadsheetFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().startsWith(QStringLiteral("Budget 2026.xls is password-protected.")),
             qPrintable(read.error()));
    QVERIFY(read.error().contains(QStringLiteral("remove the password")));
    const auto sheets = SpreadsheetFile::sheets(path);
    QVERIFY(!sheets.ok());
    QCOMPARE(sheets.error(), read.error());
}

void TestXlsReader::refusesEncryptedXlsx()
{
    // What Excel writes for File > Info > Encrypt with Password: the .xlsx package encrypted,
    // in an OLE2 container beside the encryption parameters.
    const QByteArray bytes =
            compoundFile({{QStringLiteral("EncryptionInfo"), QByteArray(200, 'i')},
                          {QStringLiteral("EncryptedPackage"), QByteArray(5000, 'p')}});
    const auto ole = CompoundFile::parse(bytes);
    QVERIFY(ole.has_value());
    QCOMPARE(ole->entryNames(),
             (QStringList{QStringLiteral("Root Entry"), QStringLiteral("EncryptionInfo"),
                          QStringLiteral("EncryptedPackage")}));
    QCOMPARE(ole->stream(QStringLiteral("encryptedpackage"))->left(5000), QByteArray(5000, 'p'));

    for (const QString &name :
         {QStringLiteral("Contracts.xlsx"), QStringLiteral("Contracts.xls")}) {
        const QString path = writeFile(name, bytes);
        QCOMPARE(SpreadsheetFile::detect(path), SpreadsheetFile::Kind::Encrypted);
        const auto read = SpreadsheetFile::read(path);
        QVERIFY(!read.ok());
        QCOMPARE(read.error(), XlsReader::passwordProtected(name));
        QVERIFY(!read.error().contains(QStringLiteral("97-2003")));
        QVERIFY(!SpreadsheetFile::sheets(path).ok());
        // Called directly, the .xls reader says the same.
        QCOMPARE(XlsReader().readSheet(path).error(), read.error());
    }
}

void TestXlsReader::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    QTest::newRow("signature only") << signature;
    QTest::newRow("signature and zeros") << signature + QByteArray(512, '\0');
    QTest::newRow("signature and noise") << signature + QByteArray(3000, '\x5A');
    QTest::newRow("no workbook stream")
            << compoundFile({{QStringLiteral("WordDocument"), QByteArray(100, 'w')}});
    QByteArray loop = compoundFile({{QStringLiteral("Workbook"), QByteArray(4096, '\x09')}});
    put32(loop, 512 + 4 * 9, 2); // the stream's last sector points back to its first
    QTest::newRow("FAT loop") << loop;
    QTest::newRow("garbage workbook stream")
            << compoundFile({{QStringLiteral("Workbook"), QByteArray(4096, '\x85')}});
}

void TestXlsReader::refusesBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(QStringLiteral("broken.xls"), bytes);
    QElapsedTimer timer;
    timer.start();
    const auto read = XlsReader().readSheet(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().startsWith(QStringLiteral("broken.xls ")), qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral(".xlsx")), qPrintable(read.error()));
    QVERIFY(!read.error().contains(QStringLiteral("::")));
    QVERIFY(!XlsReader().sheets(path).ok());
    QVERIFY(timer.elapsed() < 5000);
    const auto viaFile = SpreadsheetFile::read(path);
    QVERIFY(!viaFile.ok());
    QVERIFY(viaFile.error().contains(QStringLiteral("broken.xls")));
}

void TestXlsReader::refusesRecordsLibfreexlMisreads_data()
{
    QTest::addColumn<QByteArray>("record"); // the record to find, type and size
    QTest::addColumn<int>("offset");        // where to put 0xFFFF in its body
    // libfreexl copies a string's declared length without looking at its record's size.
    QTest::newRow("SST string length") << QByteArray("\xFC\x00", 2) << 8;
    QTest::newRow("BOUNDSHEET name length") << QByteArray("\x85\x00", 2) << 6;
    QTest::newRow("DIMENSION columns") << QByteArray("\x00\x02\x0E\x00", 4) << 10;
}

void TestXlsReader::refusesRecordsLibfreexlMisreads()
{
    REQUIRE_XLWT();
    QFETCH(QByteArray, record);
    QFETCH(int, offset);
    const QString plain = writeXls(QStringLiteral("plain.xls"), kBook);
    QVERIFY(!plain.isEmpty());
    QFile f(plain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const int at = int(bytes.indexOf(record, 512)); // past the container's header
    QVERIFY(at > 0);
    put16(bytes, at + 4 + offset, 0xFFFF);
    const QString path = writeFile(QStringLiteral("crafted.xls"), bytes);
    const auto read = XlsReader().readSheet(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().startsWith(QStringLiteral("crafted.xls cannot be read")) ||
                     read.error().startsWith(QStringLiteral("crafted.xls is larger")),
             qPrintable(read.error()));
    QVERIFY(read.error().contains(QStringLiteral(".xlsx")));
    QVERIFY(!XlsReader().sheets(path).ok());
}

void TestXlsReader::convertsDateSerials_data()
{
    QTest::addColumn<QByteArray>("value");  // a Python expression xlwt writes
    QTest::addColumn<QByteArray>("format"); // its num_format_str
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warned");
    const QByteArray ymd("YYYY-MM-DD");
    QTest::newRow("1900-01-01") << QByteArray("1") << ymd << false << QStringLiteral("1900-01-01")
                                << false;
    QTest::newRow("fictitious 1900-02-29")
            << QByteArray("60") << ymd << false << QStringLiteral("1900-02-29") << false;
    QTest::newRow("1900-03-01") << QByteArray("61") << ymd << false << QStringLiteral("1900-03-01")
                                << false;
    QTest::newRow("after 2100") << QByteArray("datetime.date(2173, 10, 14)") << ymd << false
                                << QStringLiteral("2173-10-14") << false;
    QTest::newRow("2100-03-01") << QByteArray("datetime.date(2100, 3, 1)") << ymd << false
                                << QStringLiteral("2100-03-01") << false;
    QTest::newRow("9999-12-31") << QByteArray("datetime.date(9999, 12, 31)")
                                << QByteArray("DD.MM.YYYY") << false << QStringLiteral("9999-12-31")
                                << false;
    QTest::newRow("date-time") << QByteArray("datetime.datetime(2026, 2, 1, 8, 30, 15)")
                               << QByteArray("YYYY-MM-DD hh:mm:ss") << false
                               << QStringLiteral("2026-02-01T08:30:15") << false;
    QTest::newRow("midnight") << QByteArray("datetime.datetime(2026, 2, 1)")
                              << QByteArray("YYYY-MM-DD hh:mm") << false
                              << QStringLiteral("2026-02-01") << false;
    QTest::newRow("time of day") << QByteArray("datetime.time(8, 30, 15)") << QByteArray("hh:mm:ss")
                                 << false << QStringLiteral("08:30:15") << false;
    QTest::newRow("time of a date-time") << QByteArray("45000.75") << QByteArray("hh:mm") << false
                                         << QStringLiteral("18:00:00") << false;
    QTest::newRow("elapsed over 24 h") << QByteArray("27.5 / 24") << QByteArray("[h]:mm:ss")
                                       << false << QStringLiteral("27:30:00") << false;
    QTest::newRow("elapsed days") << QByteArray("100.25") << QByteArray("[h]:mm") << false
                                  << QStringLiteral("2406:00:00") << false;
    QTest::newRow("negative under a date")
            << QByteArray("-5") << ymd << false << QStringLiteral("-5") << true;
    QTest::newRow("negative under a time") << QByteArray("-0.25") << QByteArray("hh:mm:ss") << false
                                           << QStringLiteral("-0.25") << true;
    QTest::newRow("past 9999-12-31")
            << QByteArray("2958466.5") << ymd << false << QStringLiteral("2958466.5") << true;
    QTest::newRow("1904 serial 0")
            << QByteArray("0") << ymd << true << QStringLiteral("1904-01-01") << false;
    QTest::newRow("1904 leap day") << QByteArray("datetime.date(1904, 2, 29)") << ymd << true
                                   << QStringLiteral("1904-02-29") << false;
    QTest::newRow("1904 date-time")
            << QByteArray("datetime.datetime(2027, 3, 16, 18, 0)") << QByteArray("YYYY-MM-DD hh:mm")
            << true << QStringLiteral("2027-03-16T18:00:00") << false;
    QTest::newRow("1904 after 2100") << QByteArray("datetime.date(2200, 3, 1)") << ymd << true
                                     << QStringLiteral("2200-03-01") << false;
    // libfreexl took any format with an m and a d for a date, even in a quoted currency.
    QTest::newRow("not a date") << QByteArray("1234.5") << QByteArray("#,##0.00 \"DM\"") << false
                                << QStringLiteral("1234.5") << false;
}

void TestXlsReader::convertsDateSerials()
{
    REQUIRE_XLWT();
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, format);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QFETCH(bool, warned);
    const QByteArray script = QByteArray("wb.dates_1904 = ") + (date1904 ? "True" : "False") +
                              "\nws = wb.add_sheet('S')\nws.write(0, 0, 'x')\nws.write(0, 1, " +
                              value + ", xlwt.easyxf(num_format_str='" + format + "'))\n";
    const QString path = writeXls(QStringLiteral("serial.xls"), script);
    QVERIFY(!path.isEmpty());
    const auto read = XlsReader().readSheet(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->rows, (QVector<QStringList>{{QStringLiteral("x"), text}}));
    QCOMPARE(read->issues.size(), warned ? 1 : 0);
    if (warned) {
        const LocatedIssue &issue = read->issues.first();
        QCOMPARE(issue.severity, LocatedIssue::Severity::Warning);
        QCOMPARE(issue.row, 1);
        QCOMPARE(issue.column, 2);
        QVERIFY(issue.message.contains(text));
        QVERIFY(issue.message.contains(QStringLiteral("####")));
    }
}

void TestXlsReader::formatsNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QStringLiteral("0.3");
    QTest::newRow("integer") << 1250000.0 << QStringLiteral("1250000");
    QTest::newRow("decimal") << 1250000.5 << QStringLiteral("1250000.5");
    QTest::newRow("negative") << -3.75 << QStringLiteral("-3.75");
    QTest::newRow("minus zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("third") << 1.0 / 3 << QStringLiteral("0.333333333333333");
    QTest::newRow("small") << 1e-7 << QStringLiteral("0.0000001");
    QTest::newRow("large") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("15 digits") << 123456789012345.0 << QStringLiteral("123456789012345");
    QTest::newRow("17 digits") << 12345678901234567.0 << QStringLiteral("12345678901234600");
}

void TestXlsReader::formatsNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsReader::numberText(value), text);
}

void TestXlsReader::sniffsFormats_data()
{
    using Kind = SpreadsheetFile::Kind;
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("csv") << "a.csv" << QByteArray("Number,Amount\r\nWO-1,5\r\n") << Kind::Text;
    QTest::newRow("semicolon csv starting ID;P")
            << "ids.csv" << QByteArray("ID;Project;Amount\n1;P-7;5\n2;P-8;6\n") << Kind::Text;
    QTest::newRow("utf-32le csv") << "u32le.csv"
                                  << QByteArray("\xFF\xFE\0\0N\0\0\0,\0\0\0A\0\0\0", 16)
                                  << Kind::Text;
    QTest::newRow("utf-32be csv") << "u32be.csv"
                                  << QByteArray("\0\0\xFE\xFF\0\0\0N\0\0\0,\0\0\0A", 16)
                                  << Kind::Text;
    QTest::newRow("csv mentioning html")
            << "notes.csv" << QByteArray("Note\n\"<html> in a cell\"\n") << Kind::Text;
    QTest::newRow("html") << "export.xls"
                          << QByteArray("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                                        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                                        "<body><table><tr><td>1</td></tr></table></body></html>")
                          << Kind::Html;
    QTest::newRow("doctype") << "export.xls" << QByteArray("\r\n  <!DOCTYPE html>\n<html>")
                             << Kind::Html;
    QTest::newRow("bare table") << "report.csv"
                                << QByteArray("<TABLE border=1><TR><TD>Number</TD></TR></TABLE>")
                                << Kind::Html;
    QTest::newRow("html with bom")
            << "bom.xls" << QByteArray("\xEF\xBB\xBF<html><body>") << Kind::Html;
    QTest::newRow("html utf-16") << "wide.xls" << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14)
                                 << Kind::Html;
    QTest::newRow("comment then html")
            << "c.xls" << QByteArray("<!-- generated by ERP -->\n<html><table>") << Kind::Html;
    QTest::newRow("mhtml")
            << "web.xls"
            << QByteArray("MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
                          "Content-Type: multipart/related; boundary=\"----=_NextPart\"\r\n")
            << Kind::Html;
    QTest::newRow("excel 2003 xml")
            << "book.xls"
            << QByteArray(
                       "<?xml version=\"1.0\"?>\r\n<?mso-application progid=\"Excel.Sheet\"?>\r\n"
                       "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">")
            << Kind::ExcelXml;
    QTest::newRow("excel 2003 xml without pi")
            << "book.xml"
            << QByteArray("<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                          "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">")
            << Kind::ExcelXml;
    QTest::newRow("sylk") << "old.csv"
                          << QByteArray("ID;PWXL;N;E\r\nP;PGeneral\r\nC;Y1;X1;K\"Number\"\r\nE\r\n")
                          << Kind::Sylk;
    QTest::newRow("dif") << "old.xls"
                         << QByteArray("TABLE\r\n0,1\r\n\"EXCEL\"\r\nVECTORS\r\n0,2\r\n\"\"\r\n")
                         << Kind::Dif;
    QTest::newRow("dif lf") << "old.csv" << QByteArray("TABLE\n0,1\n\"\"\n") << Kind::Dif;
    QTest::newRow("png") << "photo.csv" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12)
                         << Kind::Binary;
    QTest::newRow("encrypted")
            << "locked.xlsx"
            << compoundFile({{QStringLiteral("EncryptionInfo"), QByteArray(10, 'i')},
                             {QStringLiteral("EncryptedPackage"), QByteArray(10, 'p')}})
            << Kind::Encrypted;
    QTest::newRow("ole2 workbook")
            << "data.csv" << compoundFile({{QStringLiteral("Workbook"), QByteArray(10, '\0')}})
            << Kind::Xls;
    QTest::newRow("biff5 book") << "old.xls"
                                << compoundFile({{QStringLiteral("Book"), QByteArray(10, '\0')}})
                                << Kind::Xls;
    QTest::newRow("word document")
            << "letter.xls" << compoundFile({{QStringLiteral("WordDocument"), QByteArray(10, 'w')}})
            << Kind::Binary;
}

void TestXlsReader::sniffsFormats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(SpreadsheetFile::Kind, kind);
    const QString path = writeFile(name, bytes);
    QCOMPARE(SpreadsheetFile::detect(path), kind);
}

void TestXlsReader::sniffsNumbersPackages()
{
    using Kind = SpreadsheetFile::Kind;
    // Zips, told apart by their entries, whatever their names.
    const QString xlsb = m_dir.filePath(QStringLiteral("binary.xlsx"));
    QVERIFY(XlsxTestWriter::writeRawParts(xlsb, {{QStringLiteral("[Content_Types].xml"), "<x/>"},
                                                 {QStringLiteral("xl/workbook.bin"), "bin"}}));
    QCOMPARE(SpreadsheetFile::detect(xlsb), Kind::Xlsb);
    const QString numbers = m_dir.filePath(QStringLiteral("Budget.zip"));
    QVERIFY(XlsxTestWriter::writeRawParts(numbers,
                                          {{QStringLiteral("Index/Document.iwa"), "iwa"},
                                           {QStringLiteral("Metadata/Properties.plist"), "p"}}));
    QCOMPARE(SpreadsheetFile::detect(numbers), Kind::Numbers);
    const QString ods = m_dir.filePath(QStringLiteral("calc.xlsx"));
    QVERIFY(XlsxTestWriter::writeRawParts(
            ods, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                  {QStringLiteral("content.xml"), "<office:document-content/>"}}));
    QCOMPARE(SpreadsheetFile::detect(ods), Kind::Ods);
    // Without its mimetype entry only the name can tell an .ods.
    const QString odsNoMime = m_dir.filePath(QStringLiteral("calc.ods"));
    QVERIFY(XlsxTestWriter::writeRawParts(
            odsNoMime, {{QStringLiteral("content.xml"), "<office:document-content/>"}}));
    QCOMPARE(SpreadsheetFile::detect(odsNoMime), Kind::Ods);
    // A Numbers package as macOS keeps it: a folder.
    QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("Budget.numbers/Index")));
    QCOMPARE(SpreadsheetFile::detect(dir.filePath(QStringLiteral("Budget.numbers"))),
             Kind::Numbers);
    const auto read = SpreadsheetFile::read(dir.filePath(QStringLiteral("Budget.numbers")));
    QVERIFY(!read.ok());
    QVERIFY(read.error().startsWith(QStringLiteral("Budget.numbers is an Apple Numbers")));
}

void TestXlsReader::namesTheFormatInMessages_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::newRow("html") << "export.xls" << QByteArray("<html><table>") << "web page (HTML)";
    QTest::newRow("xml") << "book.xls"
                         << QByteArray("<?xml version=\"1.0\"?><?mso-application "
                                       "progid=\"Excel.Sheet\"?><Workbook>")
                         << "Excel 2003 XML Spreadsheet";
    QTest::newRow("sylk") << "s.csv" << QByteArray("ID;PWXL\nC;Y1;X1;K1\nE\n") << "SYLK";
    QTest::newRow("dif") << "d.xls" << QByteArray("TABLE\n0,1\n\"\"\n") << "DIF";
    QTest::newRow("encrypted") << "locked.xlsx"
                               << compoundFile({{QStringLiteral("EncryptedPackage"),
                                                 QByteArray(10, 'p')}})
                               << "password-protected";
}

void TestXlsReader::namesTheFormatInMessages()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const QString path = writeFile(name, bytes);
    for (const QString &error :
         {SpreadsheetFile::read(path).error(), SpreadsheetFile::sheets(path).error()}) {
        QVERIFY2(error.startsWith(name + QLatin1Char(' ')), qPrintable(error));
        QVERIFY2(error.contains(format), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral(".xlsx")) ||
                         error.contains(QStringLiteral("remove the password")),
                 qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("::")));
        QVERIFY(!error.contains(QStringLiteral(": :")));
    }
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
