#include "csvreader.h"
#include "csvwriter.h"

#include <QTest>

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
};

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
    auto sheet = CsvReader().read("a,b\n\xFF\xFE\xFA,1\n", QStringLiteral("latin.csv"));
    QVERIFY(!sheet);
    QVERIFY(sheet.error().contains(QStringLiteral("latin.csv")));
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

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
