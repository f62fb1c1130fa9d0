#include "csvreader.h"
#include "csvwriter.h"

#include <QLocale>
#include <QStringEncoder>
#include <QTest>

using Rows = QVector<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRfc4180();
    void countsSourceRowsAcrossQuotedLineBreaks();
    void skipsBlankLinesAndBom();
    void reportsUnclosedQuote();
    void rejectsInvalidUtf8();
    void writerOutputReadsBack();

    void readsQuotingEdgeCases_data();
    void readsQuotingEdgeCases();
    void reportsWhereAnUnclosedQuoteOpens();
    void decodesEncodings_data();
    void decodesEncodings();
    void detectsEncoding_data();
    void detectsEncoding();
    void offersEncodings();
    void refusesUnknownEncodingAndDelimiter();
    void locatesInvalidUtf8WhenUtf8IsForced();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void explicitDelimiterWins();
    void readsDemoFiles();
    void reportsRaggedRowsUnderTitleRows();
    void capsRaggedRowIssues();
    void rejectsOverlongCell_data();
    void rejectsOverlongCell();
    void acceptsCellAtTheLimit();
    void rejectsTooManyColumns();
    void reportsProgressAndCancels();
    void parsesClipboard_data();
    void parsesClipboard();
    void clipboardOverLimitGivesAnErrorIssue();

    void readsSepLine_data();
    void readsSepLine();
    void locatesRowsAfterSepLine();
    void readsUtf32_data();
    void readsUtf32();
    void namesEncodingsAndAliases();
    void roundTripsEveryEncoding();
    void streamsMultiByteAcrossBlocks_data();
    void streamsMultiByteAcrossBlocks();
    void warnsAboutReplacementCharacters_data();
    void warnsAboutReplacementCharacters();
};

namespace {

QByteArray utf16Bytes(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

QByteArray utf32Bytes(const QString &text, bool littleEndian, bool bom = true)
{
    QByteArray out;
    auto put = [&](char32_t c) {
        for (int k = 0; k < 4; ++k)
            out.append(char((c >> (8 * (littleEndian ? k : 3 - k))) & 0xFF));
    };
    if (bom)
        put(0xFEFF);
    for (const char32_t c : text.toUcs4())
        put(c);
    return out;
}

// Every row CsvStream hands over, cells as text, and the issues after the last row.
struct Streamed
{
    QVector<QStringList> rows;
    QVector<int> rowNumbers;
    QVector<LocatedIssue> issues;
    QString error;
};

Streamed streamAll(const QByteArray &bytes, const CsvReader::Options &options, qsizetype block,
                   const QString &fileName)
{
    Streamed out;
    auto stream = CsvReader(options).stream(bytes, fileName);
    if (!stream) {
        out.error = stream.error();
        return out;
    }
    stream->setBlockSize(block);
    const Status scanned = stream->scan(
            [&](const CsvStream::Row &row) {
                QStringList cells;
                for (int c = 0; c < row.count; ++c)
                    cells.append(CsvStream::text(row.cells[c]));
                out.rows.append(cells);
                out.rowNumbers.append(row.line);
                return true;
            },
            &out.issues);
    if (!scanned)
        out.error = scanned.error();
    return out;
}

QString issuesText(const SheetData &sheet)
{
    QStringList lines;
    for (const LocatedIssue &issue : sheet.issues)
        lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestCsvReader::readsRfc4180()
{
    const QByteArray csv = "number,title,amount\r\n"
                           "WO-001,\"Lobby, level 2\",\"1,250.00\"\r\n"
                           "WO-002,\"He said \"\"fine\"\"\",10\n"
                           "WO-003,,\r";
    auto sheet = CsvReader().read(csv, QStringLiteral("c.csv"));
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows.at(1), QStringList({"WO-001", "Lobby, level 2", "1,250.00"}));
    QCOMPARE(sheet->rows.at(2), QStringList({"WO-002", "He said \"fine\"", "10"}));
    QCOMPARE(sheet->rows.at(3), QStringList({"WO-003", "", ""}));
}

void TestCsvReader::countsSourceRowsAcrossQuotedLineBreaks()
{
    const QByteArray csv = "a,b\n1,\"two\nlines\"\r\n3,x\n";
    auto sheet = CsvReader().read(csv, QStringLiteral("c.csv"));
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.at(1).at(1), QStringLiteral("two\nlines"));
    QCOMPARE(sheet->rowNumbers, QVector<int>({1, 2, 4}));
}

void TestCsvReader::skipsBlankLinesAndBom()
{
    const QByteArray csv = "\xEF\xBB\xBFnumber;title\n\n;\nA;B\n";
    auto sheet = CsvReader(QLatin1Char(';')).read(csv, QStringLiteral("c.csv"));
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 2);
    QCOMPARE(sheet->rows.first().first(), QStringLiteral("number"));
    QCOMPARE(sheet->rowNumbers.last(), 4);
}

void TestCsvReader::reportsUnclosedQuote()
{
    auto sheet = CsvReader().read("a,b\n1,\"open\n2,3\n", QStringLiteral("broken.csv"));
    QVERIFY(!sheet);
    QVERIFY(sheet.error().contains(QStringLiteral("broken.csv")));
    QVERIFY(sheet.error().contains(QStringLiteral("row 2")));
}

void TestCsvReader::rejectsInvalidUtf8()
{
    // Detected, bytes that are not UTF-8 read as Windows-1252; forced UTF-8 refuses them.
    const QByteArray bytes = "a,b\n\xFF\xFE\xFA,1\n";
    CsvReader::Options utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    auto sheet = CsvReader(utf8).read(bytes, QStringLiteral("latin.csv"));
    QVERIFY(!sheet);
    QVERIFY(sheet.error().contains(QStringLiteral("latin.csv")));

    auto detected = CsvReader().read(bytes, QStringLiteral("latin.csv"));
    QVERIFY2(detected, qPrintable(detected.error()));
    QCOMPARE(detected->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(detected->rows.at(1).at(0), QStringLiteral(u"\u00FF\u00FE\u00FA"));
}

void TestCsvReader::writerOutputReadsBack()
{
    const QVector<QStringList> rows = {{"path", "value"},        {"a", "comma, inside"},
                                       {"b", "quote \" inside"}, {"c", "line\nbreak"},
                                       {"d", " edge spaces "},   {"e", ""}};
    CsvWriter writer;
    for (const QStringList &row : rows)
        writer.addRow(row);
    auto sheet = CsvReader().read(writer.bytes(), QStringLiteral("w.csv"));
    QVERIFY(sheet);
    QCOMPARE(sheet->rows, rows);
}

void TestCsvReader::readsQuotingEdgeCases_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QVector<int>>("rowNumbers");

    QTest::newRow("quote inside an unquoted cell is kept")
            << QByteArray("size,what\n5\" pipe,a\"b\"c\n")
            << Rows{{"size", "what"}, {"5\" pipe", "a\"b\"c"}} << QVector<int>{1, 2};
    QTest::newRow("text after a closing quote is kept")
            << QByteArray("a,b\n\"x\"y,\"q\" \n") << Rows{{"a", "b"}, {"xy", "q "}}
            << QVector<int>{1, 2};
    QTest::newRow("CR line ends, CR and CRLF inside quotes")
            << QByteArray("a,b\r\"1\r2\",\"3\r\n4\"\r5,6\r")
            << Rows{{"a", "b"}, {"1\r2", "3\r\n4"}, {"5", "6"}} << QVector<int>{1, 2, 5};
    QTest::newRow("whitespace-only and empty-cell lines are skipped")
            << QByteArray("a,b\n   \n , \n\"\",\"\"\n1,2") << Rows{{"a", "b"}, {"1", "2"}}
            << QVector<int>{1, 5};
    QTest::newRow("empty quoted cells and a trailing delimiter")
            << QByteArray("a,b,c\n\"\",x,\n") << Rows{{"a", "b", "c"}, {"", "x", ""}}
            << QVector<int>{1, 2};
    QTest::newRow("last line without a line break")
            << QByteArray("a,b\n1,\"2\"") << Rows{{"a", "b"}, {"1", "2"}} << QVector<int>{1, 2};
    QTest::newRow("only a header") << QByteArray("a,b\n") << Rows{{"a", "b"}} << QVector<int>{1};
    QTest::newRow("empty input") << QByteArray() << Rows{} << QVector<int>{};
    QTest::newRow("doubled quotes next to line breaks")
            << QByteArray("a,b\n\"\"\"\n\"\"\",z\n") << Rows{{"a", "b"}, {"\"\n\"", "z"}}
            << QVector<int>{1, 2};
}

void TestCsvReader::readsQuotingEdgeCases()
{
    QFETCH(QByteArray, csv);
    QFETCH(Rows, rows);
    QFETCH(QVector<int>, rowNumbers);
    CsvReader::Options options;
    options.delimiter = QLatin1Char(',');
    auto sheet = CsvReader(options).read(csv, QStringLiteral("e.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows, rows);
    QCOMPARE(sheet->rowNumbers, rowNumbers);
}

void TestCsvReader::reportsWhereAnUnclosedQuoteOpens()
{
    // The record starts on row 2; the quote that never closes opens on row 3.
    auto sheet = CsvReader().read("a,b,c\n\"x\ny\",\"open\n1,2,3\n4,5,6\n",
                                  QStringLiteral("broken.csv"));
    QVERIFY(!sheet);
    QVERIFY2(sheet.error().startsWith(QStringLiteral("broken.csv, row 3:")),
             qPrintable(sheet.error()));
}

void TestCsvReader::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");

    const QString german = QStringLiteral(u"Lieferant,Betrag\nMüller GmbH,€ 1.250\n");
    const Rows germanRows = {{"Lieferant", "Betrag"},
                             {QStringLiteral(u"Müller GmbH"), QStringLiteral(u"€ 1.250")}};
    QTest::newRow("UTF-8 without BOM")
            << german.toUtf8() << QString() << "UTF-8" << QChar(',') << germanRows;
    QTest::newRow("UTF-8 with BOM (stripped)") << QByteArray("\xEF\xBB\xBF") + german.toUtf8()
                                               << QString() << "UTF-8" << QChar(',') << germanRows;

    // Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated.
    const QString unicodeText =
            QStringLiteral(u"Nummer\tBeschreibung\tBetrag\r\nCO-1\t\"Zeile 1\r\nZeile 2\"\t"
                           u"1.250,50\r\nCO-2\tÄnderung „Süd“ ✓\t-3,5\r\n");
    const Rows unicodeRows = {{"Nummer", "Beschreibung", "Betrag"},
                              {"CO-1", "Zeile 1\r\nZeile 2", "1.250,50"},
                              {"CO-2", QStringLiteral(u"Änderung „Süd“ ✓"), "-3,5"}};
    QTest::newRow("UTF-16LE with BOM, tabs") << utf16Bytes(unicodeText, true) << QString()
                                             << "UTF-16LE" << QChar('\t') << unicodeRows;
    QTest::newRow("UTF-16BE with BOM, tabs") << utf16Bytes(unicodeText, false) << QString()
                                             << "UTF-16BE" << QChar('\t') << unicodeRows;
    QTest::newRow("UTF-16LE forced, no BOM") << utf16Bytes(unicodeText, true).mid(2) << "UTF-16LE"
                                             << "UTF-16LE" << QChar('\t') << unicodeRows;

    // A German Excel "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, decimal commas.
    const QByteArray ansi = "Lieferant;Betrag;W\xE4hrung;Notiz\r\n"
                            "M\xFCller GmbH;1.250,50;\x80;\x84Gr\xFC\xDF"
                            "e\x93\r\n"
                            "Stra\xDF"
                            "enbau AG;3,5;\x80;\x96 \x85 \x99\r\n";
    const Rows ansiRows = {{"Lieferant", "Betrag", QStringLiteral(u"Währung"), "Notiz"},
                           {QStringLiteral(u"Müller GmbH"), "1.250,50", QStringLiteral(u"€"),
                            QStringLiteral(u"„Grüße“")},
                           {QStringLiteral(u"Straßenbau AG"), "3,5", QStringLiteral(u"€"),
                            QStringLiteral(u"– … ™")}};
    QTest::newRow("Windows-1252 detected, semicolons")
            << ansi << QString() << "Windows-1252" << QChar(';') << ansiRows;
    QTest::newRow("Windows-1252 forced (lower case name)")
            << ansi << "windows-1252"
            << "Windows-1252" << QChar(';') << ansiRows;
    QTest::newRow("Windows-1252 undefined bytes are C1 controls")
            << QByteArray("a;b\n\x81\x8D;\x8F\x90\x9D\n") << QString() << "Windows-1252"
            << QChar(';')
            << Rows{{"a", "b"},
                    {QStringLiteral(u"\u0081\u008D"), QStringLiteral(u"\u008F\u0090\u009D")}};
    QTest::newRow("Windows-1252 forced on UTF-8 bytes")
            << QByteArray("a,b\nM\xC3\xBCller,1\n") << "Windows-1252"
            << "Windows-1252" << QChar(',') << Rows{{"a", "b"}, {QStringLiteral(u"MÃ¼ller"), "1"}};
    QTest::newRow("UTF-8 forced (lower case name)") << german.toUtf8() << "utf-8"
                                                    << "UTF-8" << QChar(',') << germanRows;
}

void TestCsvReader::decodesEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);
    CsvReader::Options options;
    options.encoding = forced;
    auto sheet = CsvReader(options).read(bytes, QStringLiteral("enc.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->encoding, encoding);
    QCOMPARE(sheet->delimiter, delimiter);
    QCOMPARE(sheet->rows, rows);
    QVERIFY2(sheet->issues.isEmpty(), qPrintable(issuesText(sheet.value())));
}

void TestCsvReader::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("empty") << QByteArray() << "UTF-8";
    QTest::newRow("ASCII") << QByteArray("a,b\n1,2\n") << "UTF-8";
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                             "a")
                               << "UTF-8";
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE"
                                                "a\0",
                                                4)
                                  << "UTF-16LE";
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0a", 4) << "UTF-16BE";
    QTest::newRow("UTF-32LE BOM (before UTF-16LE)")
            << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << "UTF-32LE";
    QTest::newRow("UTF-32BE BOM") << QByteArray("\0\0\xFE\xFF\0\0\0a", 8) << "UTF-32BE";
    QTest::newRow("UTF-8 umlaut and euro") << QByteArray("M\xC3\xBCller \xE2\x82\xAC") << "UTF-8";
    QTest::newRow("4-byte UTF-8") << QByteArray("\xF0\x9F\x98\x80") << "UTF-8";
    QTest::newRow("Latin umlaut") << QByteArray("M\xFCller") << "Windows-1252";
    QTest::newRow("euro byte") << QByteArray("\x80 5") << "Windows-1252";
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << "Windows-1252";
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << "Windows-1252";
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << "Windows-1252";
    QTest::newRow("cut off at the end") << QByteArray("abcdefgh\xE2\x82") << "Windows-1252";
    QTest::newRow("invalid after 8-byte ASCII run")
            << QByteArray("abcdefghijklmnop\xE4q") << "Windows-1252";
}

void TestCsvReader::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QCOMPARE(CsvReader::detectEncoding(bytes), encoding);
}

void TestCsvReader::offersEncodings()
{
    QCOMPARE(
            CsvReader::encodings().mid(0, 6),
            QStringList({"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "Windows-1252"}));
}

void TestCsvReader::refusesUnknownEncodingAndDelimiter()
{
    CsvReader::Options options;
    options.encoding = QStringLiteral("EBCDIC");
    auto sheet = CsvReader(options).read("a,b\n", QStringLiteral("x.csv"));
    QVERIFY(!sheet);
    QVERIFY(sheet.error().contains(QStringLiteral("EBCDIC")));
    QVERIFY(sheet.error().contains(QStringLiteral("Windows-1252")));

    auto quote = CsvReader(QLatin1Char('"')).read("a,b\n", QStringLiteral("x.csv"));
    QVERIFY(!quote);
    QVERIFY(quote.error().contains(QStringLiteral("x.csv")));
}

void TestCsvReader::locatesInvalidUtf8WhenUtf8IsForced()
{
    CsvReader::Options options;
    options.encoding = QStringLiteral("UTF-8");
    const QByteArray bytes = "a,b\r\n1,\"x\ny\"\r\n2,\xE4nderung\n";
    auto sheet = CsvReader(options).read(bytes, QStringLiteral("forced.csv"));
    QVERIFY(!sheet);
    QVERIFY2(sheet.error().startsWith(QStringLiteral("forced.csv, row 4:")),
             qPrintable(sheet.error()));
    QVERIFY2(sheet.error().contains(QStringLiteral("0xE4")), qPrintable(sheet.error()));
}

void TestCsvReader::sniffsDelimiter_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << QChar(',') << 3;
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n4;5;6\n") << QChar(';') << 3;
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar('\t') << 3;
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n4|5|6\n") << QChar('|') << 3;
    QTest::newRow("semicolon rows with decimal commas")
            << QByteArray("Menge;Preis\n1,5;2,5\n3;4,25\n10,75;1\n") << QChar(';') << 2;
    QTest::newRow("headerless decimal commas")
            << QByteArray("1,5;2,5\n3,5;4,5\n") << QChar(';') << 2;
    QTest::newRow("comma with quoted semicolons and pipes")
            << QByteArray("a,b,c\n\"x;y;z\",\"p|q|r|s\",1\n\"u;v;w\",2,\"t|u|v|w\"\n") << QChar(',')
            << 3;
    QTest::newRow("semicolon with quoted commas")
            << QByteArray("a;b\n\"1,2,3\";x\n\"4,5\";\"y,z,w\"\n") << QChar(';') << 2;
    QTest::newRow("tab with commas in every cell")
            << QByteArray("a,1\tb,2\n1,250.00\t3,5\n") << QChar('\t') << 2;
    QTest::newRow("comma, unquoted semicolons in some cells")
            << QByteArray("id,scope,terms\n1,Formwork; rebar; pour,Net 30\n2,Steel,Net 45\n"
                          "3,Glass,Net 30\n")
            << QChar(',') << 3;
    QTest::newRow("quoted line breaks holding other delimiters")
            << QByteArray("a;b\n\"x,\ny,\nz\";1\n2;3\n") << QChar(';') << 2;
    QTest::newRow("title rows above the header")
            << QByteArray("Commitments export\n\nnumber;title;amount\nC-1;Steel;1.000,00\n"
                          "C-2;Glass;250,00\n")
            << QChar(';') << 3;
    QTest::newRow("one column: comma") << QByteArray("title\nalpha\nbeta\n") << QChar(',') << 1;
}

void TestCsvReader::sniffsDelimiter()
{
    QFETCH(QByteArray, csv);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);
    QCOMPARE(CsvReader::sniffDelimiter(QString::fromUtf8(csv)), delimiter);
    auto sheet = CsvReader().read(csv, QStringLiteral("s.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->delimiter, delimiter);
    QCOMPARE(sheet->rows.constLast().size(), columns);
}

void TestCsvReader::explicitDelimiterWins()
{
    const QByteArray csv = "a;b,c\n1;2,3\n";
    auto comma = CsvReader(QLatin1Char(',')).read(csv, QStringLiteral("d.csv"));
    QVERIFY(comma);
    QCOMPARE(comma->delimiter, QChar(','));
    QCOMPARE(comma->rows.at(1), QStringList({"1;2", "3"}));
    CsvReader::Options options;
    options.delimiter = QLatin1Char(';');
    auto semicolon = CsvReader(options).read(csv, QStringLiteral("d.csv"));
    QVERIFY(semicolon);
    QCOMPARE(semicolon->rows.at(1), QStringList({"1", "2,3"}));
}

void TestCsvReader::readsDemoFiles()
{
    // The demo rows ship as comma CSV with semicolons in some cells.
    const QStringList names = {"intacct.project_contract", "primavera.change_order",
                               "primavera.commitment", "procore.potential_change_order",
                               "procore.work_order_contract"};
    for (const QString &name : names) {
        auto sheet = CsvReader().readFile(QStringLiteral(CD_SOURCE_DIR "/resources/demo/") + name +
                                          QStringLiteral(".csv"));
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->delimiter, QChar(','));
        QCOMPARE(sheet->encoding, QStringLiteral("UTF-8"));
        QVERIFY2(sheet->issues.isEmpty(), qPrintable(issuesText(sheet.value())));
        QVERIFY(sheet->rows.size() > 1);
    }
}

void TestCsvReader::reportsRaggedRowsUnderTitleRows()
{
    const QByteArray csv = "Commitments export\n"
                           "\n"
                           "number,title,amount\n"
                           "C-1,Steel,1000\n"
                           "C-2,Glass\n"
                           "C-3,Doors,200,extra\n"
                           "C-4,Paint,300\n";
    auto sheet = CsvReader().read(csv, QStringLiteral("ragged.csv"));
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 6);
    QCOMPARE(sheet->rows.at(3), QStringList({"C-2", "Glass"})); // not padded
    QCOMPARE(sheet->issues.size(), 3);
    const QVector<int> rows = {1, 5, 6};
    const QVector<int> cells = {1, 2, 4};
    for (int i = 0; i < 3; ++i) {
        const LocatedIssue &issue = sheet->issues.at(i);
        QCOMPARE(issue.severity, LocatedIssue::Severity::Warning);
        QCOMPARE(issue.file, QStringLiteral("ragged.csv"));
        QCOMPARE(issue.row, rows.at(i));
        QCOMPARE(issue.column, 0);
    }
    // (Plural forms come from the English translation, which a unit test does not load.)
    const QString message = sheet->issues.at(1).message;
    QVERIFY2(message.startsWith(QStringLiteral("the row has 2 cell")), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("where most rows have 3: check it for a missing or "
                                             "extra delimiter or quote")),
             qPrintable(message));
    QVERIFY(sheet->issues.at(2).toString().startsWith(
            QStringLiteral("ragged.csv, row 6: warning: the row has 4 cell")));
}

void TestCsvReader::capsRaggedRowIssues()
{
    QByteArray csv = "a,b,c\n";
    for (int i = 0; i < 400; ++i)
        csv += (i % 2 == 0) ? QByteArray("1,2,3\n") : QByteArray("1,2\n");
    csv += "x,y,z\n";
    auto sheet = CsvReader().read(csv, QStringLiteral("many.csv"));
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 402);
    QCOMPARE(sheet->issues.size(), 101);
    QCOMPARE(sheet->issues.at(0).row, 3);
    QCOMPARE(sheet->issues.at(99).row, 201);
    const LocatedIssue &summary = sheet->issues.constLast();
    QCOMPARE(summary.severity, LocatedIssue::Severity::Warning);
    QCOMPARE(summary.row, 0);
    QVERIFY2(summary.message.contains(QStringLiteral("and 100 more row")),
             qPrintable(summary.message));
}

void TestCsvReader::rejectsOverlongCell_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::addColumn<bool>("doubledQuotes");
    QTest::newRow("plain") << false << false;
    QTest::newRow("quoted") << true << false;
    QTest::newRow("quoted with doubled quotes") << true << true;
}

void TestCsvReader::rejectsOverlongCell()
{
    QFETCH(bool, quoted);
    QFETCH(bool, doubledQuotes);
    const int length = 10 * 1000 * 1000;
    QByteArray big(length, 'x');
    if (doubledQuotes) {
        for (int i = 0; i < length; i += 1000)
            big[i] = '"';
        big.replace("\"", "\"\"");
    }
    QByteArray csv = "a,b,c\n1,";
    csv += quoted ? "\"" + big + "\"" : big;
    csv += ",3\n";
    auto sheet = CsvReader().read(csv, QStringLiteral("big.csv"));
    QVERIFY(!sheet);
    const QString expected = QStringLiteral("big.csv, row 2, column B: a cell holds %1 characters")
                                     .arg(QLocale().toString(length));
    QVERIFY2(sheet.error().startsWith(expected), qPrintable(sheet.error()));
    QVERIFY2(sheet.error().contains(QLocale().toString(CsvReader::kMaxCellChars)),
             qPrintable(sheet.error()));
}

void TestCsvReader::acceptsCellAtTheLimit()
{
    const QByteArray cell(CsvReader::kMaxCellChars, 'y');
    auto sheet = CsvReader().read("a,b\n1,\"" + cell + "\"\n2," + cell + "\n",
                                  QStringLiteral("edge.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows.at(1).at(1).size(), CsvReader::kMaxCellChars);
    QCOMPARE(sheet->rows.at(2).at(1).size(), CsvReader::kMaxCellChars);

    // A stray quote swallowing the rest of the file says where its text runs to.
    QByteArray stray = "a,b\n1,\"stray\n";
    for (int i = 0; i < 5000; ++i)
        stray += "2,filler text\n";
    stray += "\"\n";
    auto runaway = CsvReader().read(stray, QStringLiteral("stray.csv"));
    QVERIFY(!runaway);
    QVERIFY2(runaway.error().contains(QStringLiteral("row 5003")), qPrintable(runaway.error()));
}

void TestCsvReader::rejectsTooManyColumns()
{
    QByteArray widest = "a\n";
    widest += QByteArray(CsvReader::kMaxColumns - 1, ',') + "\n";
    widest += "x" + QByteArray(CsvReader::kMaxColumns - 1, ',') + "\n";
    auto fits = CsvReader(QLatin1Char(',')).read(widest, QStringLiteral("wide.csv"));
    QVERIFY2(fits, qPrintable(fits.error()));
    QCOMPARE(fits->rows.constLast().size(), CsvReader::kMaxColumns);

    QByteArray tooWide = "a,b\n1,2\n";
    tooWide += "x" + QByteArray(CsvReader::kMaxColumns, ',') + "\n";
    auto sheet = CsvReader().read(tooWide, QStringLiteral("wide.csv"));
    QVERIFY(!sheet);
    QVERIFY2(sheet.error().startsWith(QStringLiteral("wide.csv, row 3:")),
             qPrintable(sheet.error()));
    QVERIFY2(sheet.error().contains(QLocale().toString(CsvReader::kMaxColumns)),
             qPrintable(sheet.error()));
}

void TestCsvReader::reportsProgressAndCancels()
{
    QByteArray csv = "number,title,amount\n";
    for (int i = 0; i < 40000; ++i)
        csv += "WO-" + QByteArray::number(i) + ",\"Lobby, level 2\",1250.00\n";

    QVector<QPair<qint64, qint64>> calls;
    auto sheet = CsvReader().read(csv, QStringLiteral("p.csv"), [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY(sheet);
    QCOMPARE(sheet->rows.size(), 40001);
    QVERIFY(calls.size() >= 3);
    for (int i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, qint64(csv.size()));
        QVERIFY(calls.at(i).first <= calls.at(i).second);
        if (i > 0)
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);
    }
    QCOMPARE(calls.constLast().first, qint64(csv.size()));

    int asked = 0;
    auto cancelled = CsvReader().read(csv, QStringLiteral("p.csv"),
                                      [&](qint64, qint64) { return ++asked < 2; });
    QVERIFY(!cancelled);
    QCOMPARE(asked, 2);
    QVERIFY2(cancelled.error().contains(QStringLiteral("cancelled")),
             qPrintable(cancelled.error()));
    QVERIFY(cancelled.error().contains(QStringLiteral("p.csv")));
}

void TestCsvReader::parsesClipboard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("Excel block, trailing line break")
            << QStringLiteral("a\tb\r\n1\t2\r\n") << Rows{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted line break and quotes")
            << QStringLiteral("\"line\nbreak\"\t\"say \"\"hi\"\"\"\nx\ty\n")
            << Rows{{"line\nbreak", "say \"hi\""}, {"x", "y"}};
    QTest::newRow("empty rows stay in place")
            << QStringLiteral("a\tb\n\t\nc\td\n") << Rows{{"a", "b"}, {"", ""}, {"c", "d"}};
    QTest::newRow("commas and semicolons are text")
            << QStringLiteral("1,5;2\t3,25\n") << Rows{{"1,5;2", "3,25"}};
    QTest::newRow("single cell, no line break") << QStringLiteral("42") << Rows{{"42"}};
    QTest::newRow("unpaired quote from a text editor")
            << QStringLiteral("\"quoted start\tx\n12 pipe\ty\n")
            << Rows{{"\"quoted start", "x"}, {"12 pipe", "y"}};
    QTest::newRow("extra line breaks at the end")
            << QStringLiteral("a\tb\n\n\n") << Rows{{"a", "b"}};
    QTest::newRow("empty") << QString() << Rows{};
}

void TestCsvReader::parsesClipboard()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    const SheetData sheet = CsvReader::parseClipboard(text);
    QCOMPARE(sheet.rows, rows);
    QCOMPARE(sheet.delimiter, QChar('\t'));
    QCOMPARE(sheet.rowNumbers.size(), rows.size());
    for (const LocatedIssue &issue : sheet.issues)
        QCOMPARE(issue.severity, LocatedIssue::Severity::Warning);
}

void TestCsvReader::clipboardOverLimitGivesAnErrorIssue()
{
    const QString text = QStringLiteral("a\t") + QString(CsvReader::kMaxCellChars + 1, QChar('z'));
    const SheetData sheet = CsvReader::parseClipboard(text);
    QVERIFY(sheet.rows.isEmpty());
    QCOMPARE(sheet.issues.size(), 1);
    QCOMPARE(sheet.issues.first().severity, LocatedIssue::Severity::Error);
    QVERIFY2(sheet.issues.first().message.contains(QStringLiteral("row 1, column B")),
             qPrintable(sheet.issues.first().message));
}

void TestCsvReader::readsSepLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("forced");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QVector<int>>("rowNumbers");

    // Commas in the data: the sniffer alone would take them; the sep= line says semicolon.
    const Rows semicolonRows = {{"name", "amount"}, {"Lobby, east", "1,5"}};
    QTest::newRow("sep=;") << QByteArray("sep=;\nname;amount\nLobby, east;1,5\n") << QChar()
                           << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("CRLF") << QByteArray("sep=;\r\nname;amount\r\nLobby, east;1,5\r\n") << QChar()
                          << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("CR") << QByteArray("sep=;\rname;amount\rLobby, east;1,5") << QChar()
                        << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("after a UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBFsep=;\nname;amount\nLobby, east;1,5\n") << QChar()
            << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("quoted") << QByteArray("\"sep=;\"\r\nname;amount\r\nLobby, east;1,5\r\n")
                            << QChar() << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("upper case") << QByteArray("SEP=;\nname;amount\nLobby, east;1,5\n") << QChar()
                                << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("after a blank line it is data")
            << QByteArray("\nsep=;\nname;amount\n") << QChar() << QChar(';')
            << Rows{{"sep=", ""}, {"name", "amount"}} << QVector<int>{2, 3};
    QTest::newRow("sep=, (tab and pipe in the data)")
            << QByteArray("sep=,\na|b\tc,d\n") << QChar() << QChar(',') << Rows{{"a|b\tc", "d"}}
            << QVector<int>{2};
    QTest::newRow("sep=tab") << QByteArray("sep=\t\na;b\tc\n") << QChar() << QChar('\t')
                             << Rows{{"a;b", "c"}} << QVector<int>{2};
    QTest::newRow("sep=|") << QByteArray("sep=|\r\na,b|c\r\n") << QChar() << QChar('|')
                           << Rows{{"a,b", "c"}} << QVector<int>{2};
    QTest::newRow("an explicit delimiter wins, the line is still no row")
            << QByteArray("sep=;\na;b,c\n") << QChar(',') << QChar(',') << Rows{{"a;b", "c"}}
            << QVector<int>{2};
    QTest::newRow("only the sep line")
            << QByteArray("sep=;") << QChar() << QChar(';') << Rows{} << QVector<int>{};
    QTest::newRow("only the sep line and a line break")
            << QByteArray("sep=;\r\n") << QChar() << QChar(';') << Rows{} << QVector<int>{};
    QTest::newRow("Windows-1252 text")
            << QByteArray("sep=;\nM\xFCller;1,5\n") << QChar() << QChar(';')
            << Rows{{QStringLiteral(u"Müller"), "1,5"}} << QVector<int>{2};
    QTest::newRow("UTF-16LE with BOM")
            << utf16Bytes(QStringLiteral("sep=;\r\nname;amount\r\nLobby, east;1,5\r\n"), true)
            << QChar() << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("UTF-32BE with BOM")
            << utf32Bytes(QStringLiteral("sep=;\nname;amount\nLobby, east;1,5\n"), false) << QChar()
            << QChar(';') << semicolonRows << QVector<int>{2, 3};
    QTest::newRow("more after the delimiter: data")
            << QByteArray("sep=;;\na;b\n") << QChar() << QChar(';')
            << Rows{{"sep=", "", ""}, {"a", "b"}} << QVector<int>{1, 2};
}

void TestCsvReader::readsSepLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, forced);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);
    QFETCH(QVector<int>, rowNumbers);
    CsvReader::Options options;
    options.delimiter = forced;
    auto sheet = CsvReader(options).read(bytes, QStringLiteral("sep.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->delimiter, delimiter);
    QCOMPARE(sheet->rows, rows);
    QCOMPARE(sheet->rowNumbers, rowNumbers);

    // The streamed import reads the same, with block ends everywhere.
    for (const qsizetype block : {qsizetype(1), qsizetype(3), CsvStream::kBlockSize}) {
        const Streamed streamed = streamAll(bytes, options, block, QStringLiteral("x.csv"));
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        QCOMPARE(streamed.rows, rows);
        QCOMPARE(streamed.rowNumbers, rowNumbers);
    }
    auto stream = CsvReader(options).stream(bytes, QStringLiteral("sep.csv"));
    QCOMPARE(stream->delimiter(), delimiter);
}

void TestCsvReader::locatesRowsAfterSepLine()
{
    // Messages name the file's lines: the data after "sep=;" starts on line 2.
    const QByteArray ragged = "sep=;\na;b\n1;2\n3\n";
    auto sheet = CsvReader().read(ragged, QStringLiteral("sep.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->issues.size(), 1);
    QCOMPARE(sheet->issues.first().row, 4);
    QVERIFY2(issuesText(sheet.value()).startsWith(QStringLiteral("sep.csv, row 4: warning: ")),
             qPrintable(issuesText(sheet.value())));
    const Streamed streamed = streamAll(ragged, {}, 2, QStringLiteral("sep.csv"));
    QCOMPARE(streamed.issues.size(), 1);
    QCOMPARE(streamed.issues.first().toString(), sheet->issues.first().toString());

    const QByteArray open = "sep=;\r\na;b\r\n1;\"never\r\n";
    auto failed = CsvReader().read(open, QStringLiteral("sep.csv"));
    QVERIFY(!failed);
    QVERIFY2(failed.error().startsWith(QStringLiteral("sep.csv, row 3:")),
             qPrintable(failed.error()));
    QCOMPARE(streamAll(open, {}, 1, QStringLiteral("sep.csv")).error, failed.error());
}

void TestCsvReader::readsUtf32_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("encoding");

    const QString text = QStringLiteral(u"Nummer\tBetrag\r\nCO-1 \U0001F600\t1.250,50\r\n"
                                        u"Änderung „Süd“\t-3,5\r\n");
    QTest::newRow("UTF-32LE with BOM") << utf32Bytes(text, true) << QString() << "UTF-32LE";
    QTest::newRow("UTF-32BE with BOM") << utf32Bytes(text, false) << QString() << "UTF-32BE";
    QTest::newRow("UTF-32LE forced, no BOM") << utf32Bytes(text, true, false) << "utf-32le"
                                             << "UTF-32LE";
    QTest::newRow("UTF-32BE forced, no BOM") << utf32Bytes(text, false, false) << "UTF-32BE"
                                             << "UTF-32BE";
}

void TestCsvReader::readsUtf32()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, encoding);
    const Rows rows = {{"Nummer", "Betrag"},
                       {QStringLiteral(u"CO-1 \U0001F600"), "1.250,50"},
                       {QStringLiteral(u"Änderung „Süd“"), "-3,5"}};
    CsvReader::Options options;
    options.encoding = forced;
    auto sheet = CsvReader(options).read(bytes, QStringLiteral("u32.txt"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->encoding, encoding);
    QCOMPARE(sheet->delimiter, QChar('\t'));
    QCOMPARE(sheet->rows, rows);
    QVERIFY2(sheet->issues.isEmpty(), qPrintable(issuesText(sheet.value())));
    if (forced.isEmpty())
        QCOMPARE(CsvReader::detectEncoding(bytes), encoding);
    const Streamed streamed = streamAll(bytes, options, 5, QStringLiteral("x.csv"));
    QCOMPARE(streamed.rows, rows);
}

void TestCsvReader::namesEncodingsAndAliases()
{
    const QStringList offered = CsvReader::encodings();
    // Qt on Debian decodes these through ICU; a Qt without ICU offers the first six only.
    for (const char *name :
         {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "Windows-1252", "Windows-1250",
          "Windows-1251", "ISO-8859-2", "ISO-8859-15", "KOI8-R", "Big5", "Shift_JIS", "EUC-JP",
          "EUC-KR", "GB18030", "macintosh", "IBM850"})
        QVERIFY2(offered.contains(QLatin1String(name)), name);
    QStringList unique = offered;
    QCOMPARE(unique.removeDuplicates(), 0);
    const QVector<QPair<QString, QString>> aliases = {{"utf8", "UTF-8"},
                                                      {"UTF-16", "UTF-16LE"},
                                                      {"utf_32be", "UTF-32BE"},
                                                      {"cp1252", "Windows-1252"},
                                                      {"latin1", "Windows-1252"},
                                                      {"ISO-8859-1", "Windows-1252"},
                                                      {"windows-1250", "Windows-1250"},
                                                      {"CP1250", "Windows-1250"},
                                                      {"sjis", "Shift_JIS"},
                                                      {"cp932", "Shift_JIS"},
                                                      {"x-mac-roman", "macintosh"},
                                                      {"gb18030", "GB18030"},
                                                      {" Big5 ", "Big5"},
                                                      {"EBCDIC", ""},
                                                      {"UTF-7", ""},
                                                      {"", ""}};
    for (const auto &[alias, name] : aliases)
        QCOMPARE(CsvReader::canonicalEncoding(alias), name);
}

void TestCsvReader::roundTripsEveryEncoding()
{
    // For each encoding offered: text written by Qt's encoder in it (the characters it can
    // write from a sample of many scripts) reads back as that text, whole and streamed.
    const QString sample =
            QStringLiteral(u"äöüßéèñçøåłśźżčřšžőűăîșțабвгдежзыюяґєїαβγδεωאבגדابتثçğıกขคđươ"
                           u"şİ€–“”…™日本語中文한국어漢字¥");
    for (const QString &encoding : CsvReader::encodings()) {
        QString characters;
        for (const QChar c : sample) {
            QStringEncoder encoder(encoding.toLatin1().constData());
            const QByteArray bytes = encoder.encode(QString(c));
            QStringDecoder decoder(encoding.toLatin1().constData());
            if (!encoder.hasError() && QString(decoder.decode(bytes)) == QString(c) &&
                !decoder.hasError())
                characters += c;
        }
        QVERIFY2(encoding.startsWith(QLatin1String("UTF")) || characters.size() >= 2,
                 qPrintable(encoding));
        const QString text =
                QStringLiteral("Name;Amount\r\n\"%1, %1\";1,5\r\n%1;2\r\n").arg(characters);
        QStringEncoder encoder(encoding.toLatin1().constData());
        const QByteArray bytes = encoder.encode(text);
        QVERIFY2(!encoder.hasError(), qPrintable(encoding));
        const Rows rows = {{"Name", "Amount"},
                           {characters + QStringLiteral(", ") + characters, "1,5"},
                           {characters, "2"}};
        CsvReader::Options options;
        options.encoding = encoding;
        auto sheet = CsvReader(options).read(bytes, QStringLiteral("e.csv"));
        QVERIFY2(sheet, qPrintable(sheet.error()));
        QCOMPARE(sheet->encoding, encoding);
        QCOMPARE(sheet->rows, rows);
        QVERIFY2(sheet->issues.isEmpty(), qPrintable(encoding + issuesText(sheet.value())));
        const Streamed streamed = streamAll(bytes, options, 3, QStringLiteral("x.csv"));
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        QCOMPARE(streamed.rows, rows);
        QVERIFY(streamed.issues.isEmpty());
    }
}

void TestCsvReader::streamsMultiByteAcrossBlocks_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("Shift_JIS") << "Shift_JIS";
    QTest::newRow("GB18030") << "GB18030"; // U+1F600 is four bytes in it
    QTest::newRow("Big5") << "Big5";
    QTest::newRow("EUC-KR") << "EUC-KR";
}

void TestCsvReader::streamsMultiByteAcrossBlocks()
{
    QFETCH(QString, encoding);
    QString name = QStringLiteral(u"日本語の表");
    if (encoding == QLatin1String("GB18030"))
        name = QStringLiteral(u"中文表格 \U0001F600");
    else if (encoding == QLatin1String("Big5"))
        name = QStringLiteral(u"繁體中文表格");
    else if (encoding == QLatin1String("EUC-KR"))
        name = QStringLiteral(u"한국어 표");
    const QString text = QStringLiteral("sep=;\n\"%1\";%1\n%1|x;\"a\n%1\"\n").arg(name);
    QStringEncoder encoder(encoding.toLatin1().constData());
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const Rows rows = {{name, name}, {name + QStringLiteral("|x"), QStringLiteral("a\n") + name}};
    CsvReader::Options options;
    options.encoding = encoding;
    auto sheet = CsvReader(options).read(bytes, QStringLiteral("mb.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QCOMPARE(sheet->rows, rows);
    QCOMPARE(sheet->rowNumbers, (QVector<int>{2, 3}));
    // Blocks of 1 to 7 bytes end inside every multi-byte character.
    for (qsizetype block = 1; block <= 7; ++block) {
        const Streamed streamed = streamAll(bytes, options, block, QStringLiteral("x.csv"));
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        QCOMPARE(streamed.rows, rows);
        QCOMPARE(streamed.rowNumbers, (QVector<int>{2, 3}));
        QVERIFY(streamed.issues.isEmpty());
    }
}

void TestCsvReader::warnsAboutReplacementCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");

    QTest::newRow("Shift_JIS, invalid byte")
            << QByteArray("a;b\n1;2\n3;x\xFFy\n4;\xFF\n") << "Shift_JIS" << 3 << 2;
    QTest::newRow("Shift_JIS, lead byte cut off at the end")
            << QByteArray("sep=;\na;b\n1;\x82") << "Shift_JIS" << 3 << 2;
    QTest::newRow("GB18030, after a sep line")
            << QByteArray("sep=,\na,b\n\x81\x30\x20,1\n") << "GB18030" << 3 << 1;
    QTest::newRow("UTF-16LE, odd byte") << QByteArray("\xFF\xFE"
                                                      "a\0,\0b\0\n\0x",
                                                      11)
                                        << QString() << 2 << 1;
    QTest::newRow("UTF-32BE, beyond U+10FFFF")
            << QByteArray("\0\0\xFE\xFF\0\0\0a\0\0\0,\0\0\0b\0\0\0\n\0\0\0x\0\0\0,\0\x11\0\0", 32)
            << QString() << 2 << 2;
}

void TestCsvReader::warnsAboutReplacementCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, row);
    QFETCH(int, column);
    CsvReader::Options options;
    options.encoding = encoding;
    auto sheet = CsvReader(options).read(bytes, QStringLiteral("bad.csv"));
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QVERIFY(!sheet->issues.isEmpty());
    const LocatedIssue &issue = sheet->issues.first();
    QCOMPARE(issue.severity, LocatedIssue::Severity::Warning);
    QCOMPARE(issue.row, row);
    QCOMPARE(issue.column, column);
    const QString message = issue.toString();
    QVERIFY2(message.startsWith(QStringLiteral("bad.csv, row %1, column %2: warning: ")
                                        .arg(row)
                                        .arg(LocatedIssue::columnLetters(column))),
             qPrintable(message));
    QVERIFY2(message.contains(sheet->encoding), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("--encoding")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral(": :")), qPrintable(message));
    QVERIFY(sheet->rows.at(sheet->rowNumbers.indexOf(row))
                    .at(column - 1)
                    .contains(QChar(QChar::ReplacementCharacter)));
    // The streamed import warns the same.
    for (const qsizetype block : {qsizetype(1), qsizetype(4), CsvStream::kBlockSize}) {
        const Streamed streamed = streamAll(bytes, options, block, QStringLiteral("bad.csv"));
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        QCOMPARE(streamed.rows, sheet->rows);
        QVERIFY(!streamed.issues.isEmpty());
        QCOMPARE(streamed.issues.first().toString(), message);
    }
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
