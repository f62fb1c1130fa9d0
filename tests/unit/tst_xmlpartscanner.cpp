#include "xmlpartscanner.h"

#include <QtTest>

#include <cstring>

// The tokenizer behind the XLSX sheet reader: the same tokens however the bytes arrive, and a
// clear refusal of what no workbook holds.
class TestXmlPartScanner : public QObject
{
    Q_OBJECT

private slots:
    void tokenizesWhatWorkbooksWrite();
    void givesTheSameTokensForAnyChunking_data();
    void givesTheSameTokensForAnyChunking();
    void handsOutLongTextInPiecesWithoutSplittingCharacters();
    void refuses_data();
    void refuses();
    void reportsSourceFailures();
};

namespace {

// A source handing out at most `step` bytes per call.
XmlPartScanner::Source sourceOf(const QByteArray &bytes, qint64 step)
{
    auto offset = std::make_shared<qint64>(0);
    return [bytes, step, offset](char *data, qint64 max) -> qint64 {
        const qint64 n = qMin(qMin(max, step), qint64(bytes.size()) - *offset);
        std::memcpy(data, bytes.constData() + *offset, size_t(n));
        *offset += n;
        return n;
    };
}

// Every token as a line: "<name a=1>", "</name>", "'text'"; adjacent text pieces joined.
QStringList tokens(const QByteArray &xml, qint64 step, XmlPartScanner::Problem *problem = nullptr)
{
    XmlPartScanner scanner(sourceOf(xml, step), 16);
    QStringList out;
    QString text;
    auto flush = [&] {
        if (!text.trimmed().isEmpty())
            out.append(QLatin1Char('\'') + text + QLatin1Char('\''));
        text.clear();
    };
    for (;;) {
        const auto t = scanner.next();
        if (t == XmlPartScanner::Token::Characters) {
            if (!scanner.appendText(text)) {
                out.append(QStringLiteral("!entity"));
                break;
            }
            continue;
        }
        flush();
        if (t == XmlPartScanner::Token::StartElement) {
            QString line = QLatin1Char('<') + QString::fromUtf8(scanner.name());
            for (const char *a : {"r", "t", "s", "id"}) {
                const QByteArrayView v = scanner.attribute(QByteArrayView(a));
                if (!v.isNull())
                    line += QStringLiteral(" %1=%2").arg(QLatin1String(a), QString::fromUtf8(v));
            }
            out.append(line + QLatin1Char('>'));
        } else if (t == XmlPartScanner::Token::EndElement) {
            out.append(QStringLiteral("</%1>").arg(QString::fromUtf8(scanner.name())));
        } else {
            if (t == XmlPartScanner::Token::Invalid)
                out.append(QStringLiteral("!invalid: ") + scanner.errorString());
            break;
        }
    }
    if (problem)
        *problem = scanner.problem();
    return out;
}

const QByteArray kSheet =
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<x:worksheet xmlns:x=\"urn:s\" xmlns:r=\"urn:r\"><!-- written by hand -->"
        "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>"
        "<x:c r='B1' s='3'><x:v>46055</x:v></x:c><x:c r=\"C1\"/></x:row>"
        "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>Fish &amp; Chips &#x4E2D;&#65;"
        " caf\xC3\xA9\r\nline</x:t></x:is></x:c><x:c r=\"B2\" t=\"str\"><x:v><![CDATA[a<b&c]]>"
        "</x:v></x:c></x:row></x:sheetData></x:worksheet>\n";

} // namespace

void TestXmlPartScanner::tokenizesWhatWorkbooksWrite()
{
    const QStringList expected = {
            QStringLiteral("<worksheet>"),
            QStringLiteral("<sheetData>"),
            QStringLiteral("<row r=1>"),
            QStringLiteral("<c r=A1 t=s>"),
            QStringLiteral("<v>"),
            QStringLiteral("'0'"),
            QStringLiteral("</v>"),
            QStringLiteral("</c>"),
            QStringLiteral("<c r=B1 s=3>"),
            QStringLiteral("<v>"),
            QStringLiteral("'46055'"),
            QStringLiteral("</v>"),
            QStringLiteral("</c>"),
            QStringLiteral("<c r=C1>"),
            QStringLiteral("</c>"),
            QStringLiteral("</row>"),
            QStringLiteral("<row r=2>"),
            QStringLiteral("<c r=A2 t=inlineStr>"),
            QStringLiteral("<is>"),
            QStringLiteral("<t>"),
            QStringLiteral("'Fish & Chips \u4E2DA caf\u00E9\nline'"),
            QStringLiteral("</t>"),
            QStringLiteral("</is>"),
            QStringLiteral("</c>"),
            QStringLiteral("<c r=B2 t=str>"),
            QStringLiteral("<v>"),
            QStringLiteral("'a<b&c'"),
            QStringLiteral("</v>"),
            QStringLiteral("</c>"),
            QStringLiteral("</row>"),
            QStringLiteral("</sheetData>"),
            QStringLiteral("</worksheet>"),
    };
    QCOMPARE(tokens(kSheet, 1 << 20), expected);
}

void TestXmlPartScanner::givesTheSameTokensForAnyChunking_data()
{
    QTest::addColumn<qint64>("step");
    for (qint64 step : {1, 2, 3, 7, 64, 4096})
        QTest::newRow(qPrintable(QString::number(step))) << step;
}

void TestXmlPartScanner::givesTheSameTokensForAnyChunking()
{
    QFETCH(qint64, step);
    QCOMPARE(tokens(kSheet, step), tokens(kSheet, 1 << 20));
}

void TestXmlPartScanner::handsOutLongTextInPiecesWithoutSplittingCharacters()
{
    // 3 MB of text without a '<', made of 2-, 3- and 4-byte characters and entities, arriving
    // in odd-sized chunks: the pieces must join to exactly the text.
    const QString unit = QStringLiteral("\u00E9\u4E2D\U0001F600&x");
    QByteArray raw = unit.toUtf8().replace("&", "&amp;");
    const int repeats = (3 << 20) / int(raw.size());
    const QByteArray xml = "<t>" + raw.repeated(repeats) + "</t>";
    XmlPartScanner scanner(sourceOf(xml, 100003), 4);
    QString text;
    int pieces = 0;
    for (;;) {
        const auto t = scanner.next();
        QVERIFY2(t != XmlPartScanner::Token::Invalid, qPrintable(scanner.errorString()));
        if (t == XmlPartScanner::Token::EndDocument)
            break;
        if (t == XmlPartScanner::Token::Characters) {
            ++pieces;
            QVERIFY(scanner.appendText(text));
        }
    }
    QVERIFY(pieces > 1);
    QCOMPARE(text.size(), unit.size() * repeats);
    QCOMPARE(text, unit.repeated(repeats));
}

void TestXmlPartScanner::refuses_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("words");
    const int syntax = int(XmlPartScanner::Problem::Syntax);
    QTest::newRow("DTD") << QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>")
                         << int(XmlPartScanner::Problem::Entities) << "DTD";
    QTest::newRow("deep") << QByteArray("<a>").repeated(17) + QByteArray("</a>").repeated(17)
                          << int(XmlPartScanner::Problem::TooDeep) << "16 levels";
    QTest::newRow("mismatched") << QByteArray("<a><b></a></b>") << syntax << "does not match";
    QTest::newRow("truncated") << QByteArray("<a><b>text") << syntax << "ends before";
    QTest::newRow("inside tag") << QByteArray("<a><b r=\"1") << syntax << "inside a tag";
    QTest::newRow("text outside") << QByteArray("junk<a/>") << syntax << "outside";
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << syntax << "second";
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE<\0a\0/\0>\0", 10) << syntax << "UTF-16";
    QTest::newRow("empty") << QByteArray() << syntax << "ends before";
    QTest::newRow("no quotes") << QByteArray("<a r=1/>") << syntax << "quotes";
    QTest::newRow("endless tag") << "<a " + QByteArray(9 << 20, 'x') << syntax << "never ends";
}

void TestXmlPartScanner::refuses()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, problem);
    QFETCH(QString, words);
    XmlPartScanner::Problem found = XmlPartScanner::Problem::None;
    const QStringList seen = tokens(xml, 65536, &found);
    QCOMPARE(int(found), problem);
    QVERIFY2(seen.last().contains(words), qPrintable(seen.join(QLatin1Char('|'))));
}

void TestXmlPartScanner::reportsSourceFailures()
{
    int calls = 0;
    XmlPartScanner scanner(
            [&calls](char *data, qint64 max) -> qint64 {
                if (calls++ > 0)
                    return -1;
                const QByteArray head("<a><b>");
                const qint64 n = qMin<qint64>(max, head.size());
                std::memcpy(data, head.constData(), size_t(n));
                return n;
            },
            8);
    XmlPartScanner::Token t;
    do {
        t = scanner.next();
    } while (t != XmlPartScanner::Token::Invalid && t != XmlPartScanner::Token::EndDocument);
    QCOMPARE(t, XmlPartScanner::Token::Invalid);
    QCOMPARE(scanner.problem(), XmlPartScanner::Problem::Source);
    // An undeclared entity is the reader's to report, as a failed decode.
    QString out;
    QVERIFY(!XmlPartScanner::decode("a &nbsp; b", out));
    QVERIFY(XmlPartScanner::decode("a &lt;&#x20AC;&#8364;&gt;", out));
    QCOMPARE(out, QStringLiteral("a <\u20AC\u20AC>"));
}

QTEST_APPLESS_MAIN(TestXmlPartScanner)
#include "tst_xmlpartscanner.moc"
