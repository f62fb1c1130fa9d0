// Exports to CSV and XLSX: every target's records re-import to the same records, text that a
// spreadsheet program would run as a formula is neutralised, issue lists carry their messages.

#include "atomicfilewriter.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "decimal.h"
#include "entityschema.h"
#include "formulaguard.h"
#include "rawtext.h"
#include "recordexporter.h"
#include "recordimporter.h"
#include "schemaregistry.h"
#include "spreadsheetfile.h"
#include "valuecodec.h"
#include "xlsxreader.h"
#include "xlsxtablewriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <limits>
#include <optional>
#include <string>

#include <unzip.h>

namespace {

const QStringList kTexts = {
        QStringLiteral("=SUM(A1)"),
        QStringLiteral("@cmd"),
        QStringLiteral("+1 555"),
        QStringLiteral("-x"),
        QStringLiteral("'=already quoted"),
        QStringLiteral("-12.50"),
        QStringLiteral("\tTabbed"),
        QStringLiteral(u"M\u00fcller & S\u00f6hne, \"Lobby\"\nline 2"),
        QStringLiteral("plain"),
        QStringLiteral("'apostrophe only"),
};

const QStringList kDecimals = {
        QStringLiteral("1234567.89"),
        QStringLiteral("0.1"),
        QStringLiteral("-12.50"),
        QStringLiteral("10"),
        QStringLiteral("0.125"),
        QStringLiteral("123456789012345678"),   // 18 digits: text in a workbook
        QStringLiteral("0.000000000000000001"), // scale 18, one significant digit
        QStringLiteral("999999999999999.99"),   // 17 digits: text
        QStringLiteral("-0.01"),
        QStringLiteral("999999999999999"), // 15 digits: the largest number cell
};

QVariant decimal(const QString &text)
{
    return QVariant::fromValue(*Decimal::fromString(text));
}

// A value of the field's type for row r, cycling through the interesting cases.
QVariant sampleValue(const FieldSpec &field, int r, int fieldIndex)
{
    if ((r * 7 + fieldIndex) % 11 == 10)
        return QVariant();
    const int k = r + fieldIndex;
    switch (field.type) {
    case FieldType::String:
    case FieldType::Reference:
        return kTexts.at(k % kTexts.size());
    case FieldType::Integer: {
        if (field.integerWidth == 32) {
            const QVector<qint64> values = {0, -42, std::numeric_limits<qint32>::max(),
                                            std::numeric_limits<qint32>::min(), 1000};
            return QVariant::fromValue<qint64>(values.at(k % values.size()));
        }
        const QVector<qint64> values = {0,
                                        -42,
                                        Q_INT64_C(562949953421612),
                                        Q_INT64_C(9007199254740993),
                                        Q_INT64_C(999999999999999),
                                        Q_INT64_C(1000000000000000),
                                        std::numeric_limits<qint64>::max(),
                                        std::numeric_limits<qint64>::min()};
        return QVariant::fromValue<qint64>(values.at(k % values.size()));
    }
    case FieldType::Boolean:
        return k % 2 == 0;
    case FieldType::Decimal:
        if (k % 13 == 12) // unreadable text kept in a number column is neutralised too
            return QVariant::fromValue(RawText{QStringLiteral("=1+2")});
        return decimal(kDecimals.at(k % kDecimals.size()));
    case FieldType::Date: {
        const QVector<QDate> dates = {QDate(2026, 2, 1),  QDate(1999, 12, 31), QDate(1900, 1, 1),
                                      QDate(2024, 2, 29), QDate(1900, 3, 1),   QDate(9999, 12, 31)};
        return dates.at(k % dates.size());
    }
    case FieldType::DateTime: {
        const QVector<QDateTime> values = {
                QDateTime(QDate(2026, 2, 1), QTime(8, 30), Qt::UTC),
                QDateTime(QDate(2026, 2, 1), QTime(8, 30, 15, 123), Qt::UTC),
                QDateTime(QDate(2026, 2, 1), QTime(8, 30), Qt::OffsetFromUTC, 7200)};
        return values.at(k % values.size());
    }
    case FieldType::Enum:
        return field.values.at(k % field.values.size()).value;
    }
    return QVariant();
}

QVector<Record> sampleRecords(const EntitySchema &schema, int rows = 14)
{
    QVector<Record> records;
    for (int r = 0; r < rows; ++r) {
        Record record(schema.fieldCount());
        for (int i = 0; i < schema.fieldCount(); ++i)
            record.setValue(i, sampleValue(schema.field(i), r, i));
        records.append(record);
    }
    return records;
}

// What RecordExporter::toJson wrote before it streamed: one QJsonArray, one indented document.
QByteArray referenceJson(const EntitySchema &schema, const QVector<Record> &records)
{
    QJsonArray array;
    for (const Record &record : records) {
        QJsonObject object;
        for (int i = 0; i < schema.fieldCount(); ++i) {
            const QVariant &value = record.value(i);
            if (ValueCodec::isEmpty(value))
                continue;
            object.insert(schema.field(i).path, ValueCodec::toJson(schema.field(i), value));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// What RecordExporter::toCsv wrote before it streamed: a grid of canonical texts, CsvWriter.
QByteArray referenceCsv(const EntitySchema &schema, const QVector<Record> &records)
{
    CsvWriter writer;
    QStringList header;
    for (const FieldSpec &field : schema.fields())
        header.append(field.path);
    writer.addRow(header);
    for (const Record &record : records) {
        QStringList cells;
        for (int i = 0; i < schema.fieldCount(); ++i)
            cells.append(ValueCodec::toText(schema.field(i), record.value(i)));
        writer.addRow(cells);
    }
    return writer.bytes();
}

// Records with what an encoder gets wrong: every kind of text edge, lone surrogates, control
// characters, the extreme integers, dates outside 1000-9999, raw text in typed fields, empty
// records and empty strings.
QVector<Record> awkwardRecords(const EntitySchema &schema)
{
    const QStringList texts = {
            QString(),
            QStringLiteral(" leading"),
            QStringLiteral("trailing "),
            QStringLiteral(u"\u00a0no-break space"),
            QStringLiteral("a,b"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("line\r\nbreak\nand\rmore"),
            QStringLiteral("tab\tinside"),
            QStringLiteral("\x01\x1f\x7f\b\f control"),
            QStringLiteral("back\\slash /slash"),
            QStringLiteral(u"\U0001F600 emoji, \u4e2d\u6587, \u00dcml\u00e4ut, \u20ac"),
            QString(QChar(0xd800)) + QStringLiteral("x lone high"),
            QStringLiteral("lone low ") + QChar(0xdc00),
            QStringLiteral("lone high at the end ") + QChar(0xdbff),
            QStringLiteral("=HYPERLINK(\"x\")"),
            QStringLiteral("-1+2"),
            QStringLiteral("+49 30"),
            QStringLiteral("@SUM"),
            QStringLiteral("''=x"),
            QStringLiteral("\r=x"),
            QStringLiteral("-12.50"),
    };
    const QVector<qint64> integers = {std::numeric_limits<qint64>::max(),
                                      std::numeric_limits<qint64>::min(),
                                      Q_INT64_C(9007199254740993), 0, -1};
    const QVector<QDate> dates = {QDate(12, 3, 4),
                                  QDate(999, 12, 31),
                                  QDate(1000, 1, 1),
                                  QDate(9999, 12, 31),
                                  QDate(2024, 2, 29),
                                  QDate(-5, 1, 1),
                                  QDate()};
    QVector<Record> records;
    records.append(Record(schema.fieldCount())); // every cell empty
    for (int r = 0; r < texts.size(); ++r) {
        Record record(schema.fieldCount());
        for (int i = 0; i < schema.fieldCount(); ++i) {
            const FieldSpec &field = schema.field(i);
            const int k = r + i;
            switch (field.type) {
            case FieldType::String:
            case FieldType::Reference:
            case FieldType::Enum:
                record.setValue(i, texts.at(k % texts.size()));
                break;
            case FieldType::Integer:
                record.setValue(i, QVariant::fromValue<qint64>(integers.at(k % integers.size())));
                break;
            case FieldType::Boolean:
                record.setValue(i, k % 3 == 0);
                break;
            case FieldType::Decimal:
                record.setValue(i, decimal(kDecimals.at(k % kDecimals.size())));
                break;
            case FieldType::Date:
                record.setValue(i, dates.at(k % dates.size()));
                break;
            case FieldType::DateTime:
                record.setValue(i, QDateTime(QDate(2026, 2, 1), QTime(8, 30, 15, k % 2 ? 5 : 0),
                                             Qt::OffsetFromUTC, -3600 * (k % 3)));
                break;
            }
            if (k % 5 == 4) // what the sheet could not read, kept as typed
                record.setValue(i, QVariant::fromValue(RawText{texts.at(k % texts.size())}));
        }
        records.append(record);
    }
    return records;
}

int firstTextField(const EntitySchema &schema)
{
    for (int i = 0; i < schema.fieldCount(); ++i) {
        if (schema.field(i).type == FieldType::String)
            return i;
    }
    return -1;
}

// The delimiter as --delimiter gives it: see TestExport::sniffsTheDelimiterOfAnExport.
CsvReader::Options commaSeparated()
{
    CsvReader::Options options;
    options.delimiter = QLatin1Char(',');
    return options;
}

QByteArray zipPart(const QString &path, const char *name)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return {};
    QByteArray bytes;
    if (unzLocateFile(zip, name, 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return bytes;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guardsFormulaText_data();
    void guardsFormulaText();
    void restoreUndoesNeutraliseExactly();
    void roundTrips_data();
    void roundTrips();
    void sniffsTheDelimiterOfAnExport();
    void neutralisedCellsCarryAnApostrophe();
    void workbookIsTypedAndLaidOut();
    void exportsIssues();
    void failedWorkbookLeavesDestinationAlone();
    void atomicWriterReplacesWholeOrNotAtAll();
    void makesSheetNamesValid();
    void workbookKeepsControlCharacters();
    void writesNumbersUnderACommaLocale();
    void streamsTheBytesOfTheWholeDocument_data();
    void streamsTheBytesOfTheWholeDocument();
    void streamedFileIsWholeOrAbsent();

private:
    enum class Format {
        Csv,
        Xlsx,
    };
    QString write(const EntitySchema &schema, const QVector<Record> &records, Format format,
                  const QString &name);
    // Reads the file back as the import does: SpreadsheetFile, the planner's mapping, the
    // importer (which takes the guard apostrophes off again).
    RecordImporter::Outcome reimport(const EntitySchema &schema, const QString &path);

    std::optional<SchemaRegistry> m_registry;
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
    QCOMPARE(m_registry->ids().size(), 5);
}

QString TestExport::write(const EntitySchema &schema, const QVector<Record> &records, Format format,
                          const QString &name)
{
    const RecordExporter exporter(schema);
    const QString path = m_dir.filePath(
            name + (format == Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx")));
    if (format == Format::Xlsx) {
        const Status written = exporter.toXlsx(records, path);
        if (!written)
            qWarning("%s", qPrintable(written.error()));
        return written ? path : QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(exporter.toCsv(records));
    return path;
}

RecordImporter::Outcome TestExport::reimport(const EntitySchema &schema, const QString &path)
{
    auto sheet = SpreadsheetFile::read(path, QString(), commaSeparated());
    if (!sheet) {
        qWarning("%s", qPrintable(sheet.error()));
        return {};
    }
    return RecordImporter(schema).import(sheet.value());
}

void TestExport::guardsFormulaText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guarded");
    auto row = [](const char *name, const QString &text, const QString &guarded) {
        QTest::newRow(name) << text << guarded;
    };
    row("formula", QStringLiteral("=SUM(A1)"), QStringLiteral("'=SUM(A1)"));
    row("at", QStringLiteral("@cmd"), QStringLiteral("'@cmd"));
    row("phone", QStringLiteral("+1 555"), QStringLiteral("'+1 555"));
    row("minus text", QStringLiteral("-x"), QStringLiteral("'-x"));
    row("DDE", QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    row("tab", QStringLiteral("\tx"), QStringLiteral("'\tx"));
    row("carriage return", QStringLiteral("\rx"), QStringLiteral("'\rx"));
    row("lone minus", QStringLiteral("-"), QStringLiteral("'-"));
    row("negative number", QStringLiteral("-12.50"), QStringLiteral("-12.50"));
    row("positive number", QStringLiteral("+3"), QStringLiteral("+3"));
    row("negative fraction", QStringLiteral("-.5"), QStringLiteral("-.5"));
    row("exponent is not plain", QStringLiteral("-1E5"), QStringLiteral("'-1E5"));
    row("two points", QStringLiteral("-1.2.3"), QStringLiteral("'-1.2.3"));
    row("already quoted", QStringLiteral("'=x"), QStringLiteral("''=x"));
    row("apostrophe text", QStringLiteral("'hello"), QStringLiteral("'hello"));
    row("apostrophe number", QStringLiteral("'-12.50"), QStringLiteral("'-12.50"));
    row("plain", QStringLiteral("Lobby = east"), QStringLiteral("Lobby = east"));
    row("empty", QString(), QString());
}

void TestExport::guardsFormulaText()
{
    QFETCH(QString, text);
    QFETCH(QString, guarded);
    QCOMPARE(FormulaGuard::neutralise(text), guarded);
    QCOMPARE(FormulaGuard::needsGuard(text), guarded != text);
    QCOMPARE(FormulaGuard::restore(guarded), text);
}

void TestExport::restoreUndoesNeutraliseExactly()
{
    // Every string of up to four characters from the ones that matter.
    const QString alphabet = QStringLiteral("'=+-@\t\r1.x ");
    QStringList texts = {QString()};
    for (int length = 1; length <= 4; ++length) {
        QStringList longer;
        for (const QString &t : std::as_const(texts)) {
            if (t.size() == length - 1) {
                for (const QChar c : alphabet)
                    longer.append(t + c);
            }
        }
        texts += longer;
    }
    for (const QString &text : std::as_const(texts)) {
        const QString guarded = FormulaGuard::neutralise(text);
        QVERIFY2(FormulaGuard::restore(guarded) == text, qPrintable(text));
        QVERIFY2(!FormulaGuard::needsGuard(guarded.mid(guarded == text ? 0 : 1)) || guarded != text,
                 qPrintable(text));
    }
    // restore() leaves what a person typed alone.
    QCOMPARE(FormulaGuard::restore(QStringLiteral("'-12.50")), QStringLiteral("'-12.50"));
    QCOMPARE(FormulaGuard::restore(QStringLiteral("'hello")), QStringLiteral("'hello"));
    QCOMPARE(FormulaGuard::restore(QStringLiteral("=x")), QStringLiteral("=x"));
}

void TestExport::roundTrips_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("xlsx");
    for (const QString &id : m_registry->ids()) {
        QTest::newRow(qPrintable(id + QStringLiteral(" csv"))) << id << false;
        QTest::newRow(qPrintable(id + QStringLiteral(" xlsx"))) << id << true;
    }
}

void TestExport::roundTrips()
{
    QFETCH(QString, target);
    QFETCH(bool, xlsx);
    const EntitySchema &schema = *m_registry->find(target);
    const Format format = xlsx ? Format::Xlsx : Format::Csv;
    const QVector<Record> records = sampleRecords(schema);
    const QString path = write(schema, records, format, target);
    QVERIFY(!path.isEmpty());

    const RecordImporter::Outcome outcome = reimport(schema, path);
    QVERIFY2(outcome.ignoredColumns.isEmpty(), qPrintable(outcome.ignoredColumns.join(u'|')));
    QCOMPARE(outcome.records.size(), records.size());
    for (int r = 0; r < records.size(); ++r) {
        for (int i = 0; i < schema.fieldCount(); ++i) {
            const FieldSpec &field = schema.field(i);
            const QVariant &expected = records.at(r).value(i);
            const QVariant &actual = outcome.records.at(r).value(i);
            // A number cell keeps the value, not the scale it was written with.
            const bool same = xlsx && field.type == FieldType::Decimal
                                      ? ValueCodec::sameValue(expected, actual)
                                      : ValueCodec::identical(expected, actual);
            QVERIFY2(same, qPrintable(QStringLiteral("row %1, %2: wrote '%3', read '%4'")
                                              .arg(r)
                                              .arg(field.path, ValueCodec::toText(field, expected),
                                                   ValueCodec::toText(field, actual))));
        }
    }
}

void TestExport::sniffsTheDelimiterOfAnExport()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("intacct.project_contract"));
    const QByteArray csv = RecordExporter(schema).toCsv(sampleRecords(schema));
    auto sheet = CsvReader().read(csv, QStringLiteral("export.csv"));
    QVERIFY(sheet);
    QCOMPARE(sheet->delimiter, QLatin1Char(','));
}

void TestExport::neutralisedCellsCarryAnApostrophe()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("primavera.change_order"));
    const int text = firstTextField(schema);
    const int money = schema.indexOf(QStringLiteral("changeOrderCost.changeValue"));
    QVERIFY(text >= 0 && money >= 0);
    QVector<Record> records;
    const QStringList texts = {QStringLiteral("=SUM(A1)"), QStringLiteral("@cmd"),
                               QStringLiteral("+1 555"), QStringLiteral("-x"),
                               QStringLiteral("-12.50")};
    for (const QString &t : texts) {
        Record record(schema.fieldCount());
        record.setValue(text, t);
        record.setValue(money, decimal(QStringLiteral("-12.50")));
        records.append(record);
    }
    Record formulaInMoney(schema.fieldCount());
    formulaInMoney.setValue(money, QVariant::fromValue(RawText{QStringLiteral("=1+2")}));
    records.append(formulaInMoney);

    const QStringList guardedTexts = {QStringLiteral("'=SUM(A1)"), QStringLiteral("'@cmd"),
                                      QStringLiteral("'+1 555"), QStringLiteral("'-x"),
                                      QStringLiteral("-12.50")};
    // CSV: the cells as any reader sees them.
    const QByteArray csv = RecordExporter(schema).toCsv(records);
    QVERIFY(csv.contains("'=SUM(A1)"));
    QVERIFY(!csv.contains("'-12.50"));
    auto csvSheet = CsvReader().read(csv, QStringLiteral("guard.csv"));
    QVERIFY2(csvSheet, qPrintable(csvSheet.error()));
    // XLSX: the cells' text as stored in the workbook.
    const QString path = write(schema, records, Format::Xlsx, QStringLiteral("guard"));
    QVERIFY(!path.isEmpty());
    auto xlsxSheet = XlsxReader().readSheet(path);
    QVERIFY2(xlsxSheet, qPrintable(xlsxSheet.error()));

    for (const bool isCsv : {true, false}) {
        const SheetData &sheet = isCsv ? csvSheet.value() : xlsxSheet.value();
        QCOMPARE(sheet.rows.size(), records.size() + 1);
        for (int r = 0; r < texts.size(); ++r) {
            QCOMPARE(sheet.rows.at(r + 1).at(text), guardedTexts.at(r));
            // A number, not text: no apostrophe (and in a workbook, no trailing zero).
            QCOMPARE(sheet.rows.at(r + 1).at(money),
                     isCsv ? QStringLiteral("-12.50") : QStringLiteral("-12.5"));
        }
        QCOMPARE(sheet.rows.last().at(money), QStringLiteral("'=1+2"));
    }
    const QByteArray strings = zipPart(path, "xl/sharedStrings.xml");
    QVERIFY(strings.contains(">'=SUM(A1)<"));
    QVERIFY(!strings.contains("'-12.5"));
}

void TestExport::workbookIsTypedAndLaidOut()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("intacct.project_contract"));
    const QVector<Record> records = sampleRecords(schema);
    const QString path = write(schema, records, Format::Xlsx, QStringLiteral("layout"));
    QVERIFY(!path.isEmpty());
    const QByteArray sheet = zipPart(path, "xl/worksheets/sheet1.xml");
    const QByteArray styles = zipPart(path, "xl/styles.xml");
    const QByteArray workbook = zipPart(path, "xl/workbook.xml");
    QVERIFY(!sheet.isEmpty() && !styles.isEmpty());
    QVERIFY(workbook.contains("name=\"Project Contracts\""));
    QVERIFY(sheet.contains("state=\"frozen\""));
    QVERIFY(sheet.contains("<autoFilter"));
    QVERIFY(sheet.contains("<cols>"));
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(styles.contains("formatCode=\"#,##0.00\""));
    QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd\""));
    // Money of up to 15 digits as numbers, with their exact digits; longer ones as text.
    QVERIFY(sheet.contains("<v>1234567.89</v>"));
    QVERIFY(sheet.contains("<v>0.1</v>"));
    QVERIFY(sheet.contains("<v>999999999999999</v>"));
    const QByteArray strings = zipPart(path, "xl/sharedStrings.xml");
    QVERIFY(strings.contains(">123456789012345678<"));
    QVERIFY(strings.contains(">999999999999999.99<"));
    QVERIFY(sheet.contains("t=\"b\""));

    // The number cells really are numbers: the scale is gone, the value is not.
    auto read = XlsxReader().readSheet(path);
    QVERIFY(read);
    const int money = schema.indexOf(QStringLiteral("summary.totalPrice"));
    QVERIFY(money >= 0);
    QStringList column;
    for (int r = 1; r < read->rows.size(); ++r)
        column.append(read->rows.at(r).value(money));
    QVERIFY2(column.contains(QStringLiteral("-12.5")), qPrintable(column.join(u'|')));
    QVERIFY(column.contains(QStringLiteral("123456789012345678")));
    const int date = schema.indexOf(QStringLiteral("contractDate"));
    QVERIFY(date >= 0);
    QStringList dates;
    for (int r = 1; r < read->rows.size(); ++r)
        dates.append(read->rows.at(r).value(date));
    QVERIFY(dates.contains(QStringLiteral("2026-02-01")));
    QVERIFY(dates.contains(QStringLiteral("1900-01-01"))); // before March 1900: text
}

void TestExport::exportsIssues()
{
    const QVector<LocatedIssue> issues = {
            {LocatedIssue::Severity::Error, QStringLiteral("contracts.csv"), QString(), 5, 3,
             QStringLiteral("Contract date"), QStringLiteral("'31/02/2026' is not a date")},
            {LocatedIssue::Severity::Warning, QStringLiteral("contracts.csv"), QString(), 7, 0,
             QString(), QStringLiteral("=HYPERLINK(\"x\") looks like a formula")},
            {LocatedIssue::Severity::Error, QStringLiteral("contracts.csv"), QString(), 0, 0,
             QString(), QStringLiteral("the file is empty")}};

    const QByteArray csv = RecordExporter::issuesToCsv(issues);
    auto sheet = CsvReader().read(csv, QStringLiteral("issues.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows.at(0), QStringList({QStringLiteral("Severity"), QStringLiteral("Row"),
                                             QStringLiteral("Column"), QStringLiteral("Field"),
                                             QStringLiteral("Message")}));
    QCOMPARE(sheet->rows.at(1), QStringList({QStringLiteral("Error"), QStringLiteral("5"),
                                             QStringLiteral("C"), QStringLiteral("Contract date"),
                                             QStringLiteral("'31/02/2026' is not a date")}));
    QCOMPARE(sheet->rows.at(2).at(0), QStringLiteral("Warning"));
    QCOMPARE(sheet->rows.at(2).at(4), QStringLiteral("'=HYPERLINK(\"x\") looks like a formula"));
    QCOMPARE(sheet->rows.at(3).at(4), QStringLiteral("the file is empty"));

    // As a second sheet after the records, and as a workbook of its own.
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    const QString withRecords = m_dir.filePath(QStringLiteral("with-issues.xlsx"));
    QVERIFY(RecordExporter(schema).toXlsx(sampleRecords(schema, 3), withRecords, issues));
    const QString alone = m_dir.filePath(QStringLiteral("issues.xlsx"));
    QVERIFY(RecordExporter::issuesToXlsx(issues, alone));

    auto names = XlsxReader().sheets(withRecords);
    QVERIFY(names);
    QCOMPARE(names->size(), 2);
    QCOMPARE(names->at(1).name, QStringLiteral("Issues"));
    for (const auto &[path, name] :
         {std::pair(withRecords, QStringLiteral("Issues")), std::pair(alone, QString())}) {
        auto read = XlsxReader().readSheet(path, name);
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->rows.size(), 4);
        QCOMPARE(read->rows.at(0), sheet->rows.at(0));
        QCOMPARE(read->rows.at(1), sheet->rows.at(1));
        QCOMPARE(read->rows.at(2).at(4), sheet->rows.at(2).at(4));
        QCOMPARE(read->rows.at(3).at(4), QStringLiteral("the file is empty"));
    }
    // The records sheet still comes first and re-imports.
    auto first = SpreadsheetFile::read(withRecords);
    QVERIFY(first);
    QCOMPARE(RecordImporter(schema).import(first.value()).records.size(), 3);
}

void TestExport::failedWorkbookLeavesDestinationAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.xlsx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous export");
    old.close();

    XlsxTableWriter writer;
    writer.addSheet({QStringLiteral("Too long"),
                     {{QStringLiteral("notes"), XlsxTableWriter::ColumnType::Text}},
                     {{QString(40000, QLatin1Char('x'))}}});
    const Status status = writer.write(path);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("row 2, column A")),
             qPrintable(status.error()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the previous export"));
    old.close();

    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/x.xlsx"));
    XlsxTableWriter fine;
    fine.addSheet({QStringLiteral("S"), {{QStringLiteral("a")}}, {{QStringLiteral("1")}}});
    QVERIFY(!fine.write(nowhere));
    QVERIFY(!QFile::exists(nowhere));
}

void TestExport::atomicWriterReplacesWholeOrNotAtAll()
{
    const QString path = m_dir.filePath(QStringLiteral("atomic.csv"));
    QVERIFY(AtomicFileWriter::write(path, "first,version\n"));
    QVERIFY(AtomicFileWriter::write(path, "second\n"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second\n")); // replaced, not appended
    file.close();

    // A target that cannot be written says which file and why, and leaves nothing behind.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/x.csv"));
    const Status refused = AtomicFileWriter::write(nowhere, "x");
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral("Cannot write ") + nowhere),
             qPrintable(refused.error()));
    QVERIFY(!QFile::exists(nowhere));

    // A source that fails part-way leaves the old file as it was.
    QFile unreadable(m_dir.filePath(QStringLiteral("never-opened.bin")));
    QVERIFY(!AtomicFileWriter::copy(unreadable, path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second\n"));
}

void TestExport::makesSheetNamesValid()
{
    QCOMPARE(XlsxTableWriter::validSheetName(QStringLiteral("a/b:c*d?[e]\\f")),
             QStringLiteral("a_b_c_d__e__f"));
    QCOMPARE(XlsxTableWriter::validSheetName(QStringLiteral("'quoted'")), QStringLiteral("quoted"));
    QCOMPARE(XlsxTableWriter::validSheetName(QString(40, QLatin1Char('n'))).size(), 31);
    QCOMPARE(XlsxTableWriter::validSheetName(QString()), QStringLiteral("Sheet"));

    XlsxTableWriter writer;
    writer.addSheet({QStringLiteral("Same"), {}, {}});
    writer.addSheet({QStringLiteral("same"), {}, {}});
    const QString path = m_dir.filePath(QStringLiteral("names.xlsx"));
    QVERIFY(writer.write(path));
    auto names = XlsxReader().sheets(path);
    QVERIFY(names);
    QCOMPARE(names->size(), 2);
    QCOMPARE(names->at(1).name, QStringLiteral("same (2)"));
}

void TestExport::workbookKeepsControlCharacters()
{
    const QStringList texts = {QStringLiteral("_x0041_ stays"), QStringLiteral("a\rb"),
                               QStringLiteral("\rCR")};
    XlsxTableWriter writer;
    writer.addSheet({QStringLiteral("S"),
                     {{QStringLiteral("text")}},
                     {{texts.at(0)}, {texts.at(1)}, {texts.at(2)}}});
    const QString path = m_dir.filePath(QStringLiteral("control.xlsx"));
    QVERIFY(writer.write(path));
    // Stored as Excel stores them: ECMA-376 escapes, the look-alike's underscore escaped.
    const QByteArray strings = zipPart(path, "xl/sharedStrings.xml");
    QVERIFY(strings.contains(">_x005F_x0041_ stays<"));
    QVERIFY(strings.contains(">a_x000D_b<"));
    QVERIFY(strings.contains(">'_x000D_CR<"));

    auto sheet = XlsxReader().readSheet(path);
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows.at(1).at(0), texts.at(0));
    QCOMPARE(sheet->rows.at(2).at(0), texts.at(1));
    QCOMPARE(FormulaGuard::restore(sheet->rows.at(3).at(0)), texts.at(2));
}

// libxlsxwriter formats numbers with sprintf, which follows LC_NUMERIC: a German C locale must
// not turn 0.01 into "0,01" (read back as 1). Skipped where no such locale is installed
// (LOCPATH can point at one made with localedef).
void TestExport::writesNumbersUnderACommaLocale()
{
    const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
    const char *comma = nullptr;
    for (const char *name : {"de_DE.UTF-8", "de_DE.utf8", "de_DE", "German_Germany.1252"}) {
        if (std::setlocale(LC_NUMERIC, name)) {
            comma = name;
            break;
        }
    }
    if (!comma)
        QSKIP("no locale with a decimal comma is installed");
    XlsxTableWriter writer;
    writer.addSheet({QStringLiteral("S"),
                     {{QStringLiteral("amount"), XlsxTableWriter::ColumnType::Decimal}},
                     {{QStringLiteral("-0.01")}, {QStringLiteral("1234567.89")}}});
    const QString path = m_dir.filePath(QStringLiteral("comma.xlsx"));
    const Status written = writer.write(path);
    std::setlocale(LC_NUMERIC, previous.c_str());
    QVERIFY(written);
    const QByteArray sheet = zipPart(path, "xl/worksheets/sheet1.xml");
    QVERIFY2(sheet.contains("<v>-0.01</v>"), sheet.constData());
    QVERIFY(sheet.contains("<v>1234567.89</v>"));
}

void TestExport::streamsTheBytesOfTheWholeDocument_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &id : m_registry->ids())
        QTest::newRow(qPrintable(id)) << id;
}

// The streaming writer must write byte for byte what the whole-document code wrote: key
// order, escapes, indentation, quoting, CRLF, formula guards. Large enough to span chunks.
void TestExport::streamsTheBytesOfTheWholeDocument()
{
    QFETCH(QString, target);
    const EntitySchema &schema = *m_registry->find(target);
    const RecordExporter exporter(schema);

    const QVector<Record> records = awkwardRecords(schema) + sampleRecords(schema, 40);
    QCOMPARE(exporter.toJson(records), referenceJson(schema, records));
    QCOMPARE(exporter.toCsv(records), referenceCsv(schema, records));
    if (target == QLatin1String("procore.work_order_contract")) { // the cases are exercised
        const QByteArray json = exporter.toJson(records);
        for (const char *part : {"\\ud800x", "\\u0001\\u001f\x7f\\b\\f", "\"0012-03-04\"",
                                 "\xf0\x9f\x98\x80", "-9223372036854775808", "\\r\\n"})
            QVERIFY2(json.contains(part), part);
        const QByteArray csv = exporter.toCsv(records);
        for (const char *part : {"'=HYPERLINK", "\"say \"\"hi\"\"\"", "\" leading\"", "0012-03-04"})
            QVERIFY2(csv.contains(part), part);
    }
    QCOMPARE(exporter.toJson({}), referenceJson(schema, {}));
    QCOMPARE(exporter.toCsv({}), referenceCsv(schema, {}));
    QCOMPARE(exporter.toJson({Record(schema.fieldCount())}),
             referenceJson(schema, {Record(schema.fieldCount())}));

    const QVector<Record> many = [&] {
        QVector<Record> out;
        while (out.size() < 5000)
            out += records;
        return out;
    }();
    for (const auto format : {RecordStreamWriter::Format::Json, RecordStreamWriter::Format::Csv}) {
        const QByteArray expected = format == RecordStreamWriter::Format::Json
                                            ? referenceJson(schema, many)
                                            : referenceCsv(schema, many);
        if (format == RecordStreamWriter::Format::Json) // more than one chunk
            QVERIFY(expected.size() > (qsizetype(1) << 20));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(exporter.write(format, many, buffer));
        QVERIFY(buffer.data() == expected);

        const QString path = m_dir.filePath(target + QStringLiteral(".stream"));
        QVERIFY(exporter.writeFile(format, many, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == expected);
    }
}

void TestExport::streamedFileIsWholeOrAbsent()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    const RecordExporter exporter(schema);
    const QString path = m_dir.filePath(QStringLiteral("kept.json"));
    QVERIFY(AtomicFileWriter::write(path, "before"));

    // A device that refuses writes: the writer reports it and the caller cancels.
    QBuffer closed;
    QVERIFY(!exporter.write(RecordStreamWriter::Format::Csv, sampleRecords(schema), closed));

    const Status failed =
            exporter.writeFile(RecordStreamWriter::Format::Json, sampleRecords(schema),
                               m_dir.filePath(QStringLiteral("no/such/dir.json")));
    QVERIFY(!failed);
    QVERIFY(failed.error().contains(QStringLiteral("dir.json")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("before"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
