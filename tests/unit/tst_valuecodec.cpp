#include "decimal.h"
#include "rawtext.h"
#include "valuecodec.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTest>

#include <limits>

class TestValueCodec : public QObject
{
    Q_OBJECT

private slots:
    void textRoundTrips_data();
    void textRoundTrips();
    void unreadableTextIsKeptWithAProblem_data();
    void unreadableTextIsKeptWithAProblem();
    void enumsMatchLabelsLoosely();
    void jsonIsTyped();
    void jsonReadsBack();
    void displayUsesLocale();
    void sameValueComparesByType();
    void datesMatchQtFormatting();
    void dateTimesMatchQtFormatting();
    void datesParseLikeTheRegexPath();
    void jsonIntegersMatchTheTextPath();

private:
    static FieldSpec field(FieldType type, int width = 64);
};

FieldSpec TestValueCodec::field(FieldType type, int width)
{
    FieldSpec f;
    f.path = QStringLiteral("f");
    f.type = type;
    f.integerWidth = width;
    if (type == FieldType::Enum) {
        f.values = {{QStringLiteral("Out For Signature"), QStringLiteral("Out for signature")},
                    {QStringLiteral("LUMP_SUM"), QStringLiteral("Lump sum")},
                    {QStringLiteral("not_pricing"), QStringLiteral("Not pricing")}};
    }
    return f;
}

void TestValueCodec::textRoundTrips_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("string keeps spaces") << int(FieldType::String) << "  Lobby, level 2 ";
    QTest::newRow("integer") << int(FieldType::Integer) << "562949953421312";
    QTest::newRow("negative integer") << int(FieldType::Integer) << "-42";
    QTest::newRow("boolean") << int(FieldType::Boolean) << "true";
    QTest::newRow("decimal scale") << int(FieldType::Decimal) << "1250000.50";
    QTest::newRow("date") << int(FieldType::Date) << "2026-02-28";
    QTest::newRow("datetime utc") << int(FieldType::DateTime) << "2026-02-01T00:00:00Z";
    QTest::newRow("datetime offset") << int(FieldType::DateTime) << "2026-02-01T08:30:00+02:00";
    QTest::newRow("datetime ms") << int(FieldType::DateTime) << "2026-02-01T08:30:00.250Z";
    QTest::newRow("enum") << int(FieldType::Enum) << "Out For Signature";
    QTest::newRow("reference") << int(FieldType::Reference) << "DIM - BTI";
}

void TestValueCodec::textRoundTrips()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    const FieldSpec f = field(FieldType(type));
    const auto parsed = ValueCodec::fromText(f, text);
    QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
    QVERIFY(!ValueCodec::isRaw(parsed.value));
    QCOMPARE(ValueCodec::toText(f, parsed.value), text);
}

void TestValueCodec::unreadableTextIsKeptWithAProblem_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("text");
    QTest::newRow("word as integer") << int(FieldType::Integer) << 64 << "twelve";
    QTest::newRow("int32 overflow") << int(FieldType::Integer) << 32 << "2147483648";
    QTest::newRow("fraction as integer") << int(FieldType::Integer) << 64 << "12.5";
    QTest::newRow("maybe as boolean") << int(FieldType::Boolean) << 64 << "maybe";
    QTest::newRow("comma decimal") << int(FieldType::Decimal) << 64 << "1.250,00";
    QTest::newRow("31 February") << int(FieldType::Date) << 64 << "2026-02-31";
    QTest::newRow("US date") << int(FieldType::Date) << 64 << "02/28/2026";
    QTest::newRow("bad datetime") << int(FieldType::DateTime) << 64 << "yesterday";
    QTest::newRow("unknown status") << int(FieldType::Enum) << 64 << "Signed";
}

void TestValueCodec::unreadableTextIsKeptWithAProblem()
{
    QFETCH(int, type);
    QFETCH(int, width);
    QFETCH(QString, text);
    const FieldSpec f = field(FieldType(type), width);
    const auto parsed = ValueCodec::fromText(f, text);
    QVERIFY(!parsed.problem.isEmpty());
    QVERIFY(ValueCodec::isRaw(parsed.value));
    QCOMPARE(ValueCodec::toText(f, parsed.value), text);
    QVERIFY(parsed.problem.contains(text));
}

void TestValueCodec::enumsMatchLabelsLoosely()
{
    const FieldSpec f = field(FieldType::Enum);
    QCOMPARE(ValueCodec::fromText(f, QStringLiteral("out_for_signature")).value.toString(),
             QStringLiteral("Out For Signature"));
    QCOMPARE(ValueCodec::fromText(f, QStringLiteral("Lump sum")).value.toString(),
             QStringLiteral("LUMP_SUM"));
    QCOMPARE(ValueCodec::fromText(f, QStringLiteral("NOT PRICING")).value.toString(),
             QStringLiteral("not_pricing"));
}

void TestValueCodec::jsonIsTyped()
{
    QCOMPARE(ValueCodec::toJson(field(FieldType::Integer),
                                QVariant::fromValue<qint64>(Q_INT64_C(9007199254740993))),
             QJsonValue(Q_INT64_C(9007199254740993)));
    QCOMPARE(ValueCodec::toJson(field(FieldType::Decimal),
                                QVariant::fromValue(*Decimal::fromString(QStringLiteral("10.50")))),
             QJsonValue(QStringLiteral("10.50")));
    QCOMPARE(ValueCodec::toJson(field(FieldType::Boolean), true), QJsonValue(true));
    QCOMPARE(ValueCodec::toJson(field(FieldType::Date), QDate(2026, 3, 1)),
             QJsonValue(QStringLiteral("2026-03-01")));
    QVERIFY(ValueCodec::toJson(field(FieldType::Date), QVariant()).isUndefined());
}

void TestValueCodec::jsonReadsBack()
{
    const auto i = ValueCodec::fromJson(field(FieldType::Integer),
                                        QJsonValue(Q_INT64_C(9007199254740993)));
    QCOMPARE(i.value.toLongLong(), Q_INT64_C(9007199254740993));
    const auto d = ValueCodec::fromJson(field(FieldType::Decimal), QJsonValue(0.1));
    QCOMPARE(d.value.value<Decimal>().toString(), QStringLiteral("0.1"));
    const auto b = ValueCodec::fromJson(field(FieldType::Boolean), QJsonValue(false));
    QCOMPARE(b.value, QVariant(false));
}

void TestValueCodec::displayUsesLocale()
{
    const QVariant money = QVariant::fromValue(*Decimal::fromString(QStringLiteral("-1250000.5")));
    QCOMPARE(ValueCodec::toDisplay(field(FieldType::Decimal), money, QLocale(QLocale::English)),
             QStringLiteral("-1,250,000.5"));
    QCOMPARE(ValueCodec::toDisplay(field(FieldType::Decimal), money, QLocale(QLocale::German)),
             QStringLiteral("-1.250.000,5"));
    QCOMPARE(
            ValueCodec::toDisplay(field(FieldType::Enum), QStringLiteral("LUMP_SUM"), QLocale::c()),
            QStringLiteral("Lump sum"));
}

void TestValueCodec::sameValueComparesByType()
{
    const QVariant ten = QVariant::fromValue(*Decimal::fromString(QStringLiteral("10")));
    const QVariant tenCents = QVariant::fromValue(*Decimal::fromString(QStringLiteral("10.00")));
    QVERIFY(ValueCodec::sameValue(ten, tenCents));
    QVERIFY(!ValueCodec::identical(ten, tenCents));
    QVERIFY(ValueCodec::sameValue(QVariant(), QString()));
    QVERIFY(!ValueCodec::sameValue(ten, QVariant()));
}

namespace {

// The implementations before the hand-written date paths, kept as the reference they must match.
ValueCodec::Parsed referenceParseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return {QVariant::fromValue(RawText{text}),
                ValueCodec::tr("'%1' is not a date (expected YYYY-MM-DD)").arg(text)};
    return {date, QString()};
}

ValueCodec::Parsed referenceFromText(const FieldSpec &, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {QVariant(), QString()};
    return referenceParseDate(text);
}

QString referenceDateTimeText(const QDateTime &dateTime)
{
    return dateTime.toString(dateTime.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

bool sameParse(const ValueCodec::Parsed &a, const ValueCodec::Parsed &b)
{
    return a.problem == b.problem && ValueCodec::identical(a.value, b.value);
}

} // namespace

void TestValueCodec::datesMatchQtFormatting()
{
    const FieldSpec date = field(FieldType::Date);
    int checked = 0;
    for (QDate d(1900, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1), ++checked)
        QCOMPARE(ValueCodec::toText(date, d), d.toString(Qt::ISODate));
    QVERIFY(checked > 73000);
    const QDate edges[] = {QDate(),
                           QDate(1, 1, 1),
                           QDate(-1, 12, 31),
                           QDate(-4713, 1, 2),
                           QDate(999, 7, 4),
                           QDate(9999, 12, 31),
                           QDate(10000, 1, 1),
                           QDate(2024, 2, 29),
                           QDate(2000, 2, 29),
                           QDate(12, 3, 4)};
    for (const QDate &d : edges) {
        QCOMPARE(ValueCodec::toText(date, d), d.toString(Qt::ISODate));
        QCOMPARE(ValueCodec::toJson(date, d), QJsonValue(d.toString(Qt::ISODate)));
    }
    // What a date-time cell shows at midnight UTC is its date.
    const QDateTime midnight(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(ValueCodec::toDisplay(field(FieldType::DateTime), midnight, QLocale::c()),
             QStringLiteral("2026-02-01"));
}

void TestValueCodec::dateTimesMatchQtFormatting()
{
    const FieldSpec dateTime = field(FieldType::DateTime);
    const QTime times[] = {QTime(0, 0),       QTime(0, 0, 0, 1), QTime(8, 30, 0, 250),
                           QTime(12, 5, 9),   QTime(23, 59, 59), QTime(23, 59, 59, 999),
                           QTime(9, 7, 3, 40)};
    const QDate dates[] = {QDate(1900, 1, 1),   QDate(1970, 1, 1), QDate(2026, 2, 28),
                           QDate(2100, 12, 31), QDate(1, 1, 1),    QDate(9999, 12, 31),
                           QDate(10000, 1, 1),  QDate(-1, 6, 15)};
    for (const QDate &d : dates) {
        for (const QTime &t : times) {
            const QDateTime values[] = {QDateTime(d, t, Qt::UTC), QDateTime(d, t, Qt::LocalTime),
                                        QDateTime(d, t, Qt::OffsetFromUTC, 7200),
                                        QDateTime(d, t, Qt::OffsetFromUTC, -19800)};
            for (const QDateTime &v : values)
                QCOMPARE(ValueCodec::toText(dateTime, v), referenceDateTimeText(v));
        }
    }
    QCOMPARE(ValueCodec::toText(dateTime, QDateTime()), referenceDateTimeText(QDateTime()));
}

void TestValueCodec::datesParseLikeTheRegexPath()
{
    const FieldSpec date = field(FieldType::Date);
    for (QDate d(1900, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        const QString text = d.toString(Qt::ISODate);
        QVERIFY(sameParse(ValueCodec::fromText(date, text), referenceFromText(date, text)));
    }
    // Every month/day pair of a leap and a common year, invalid ones included.
    for (int year : {1900, 2000, 2023, 2024}) {
        for (int month = 0; month <= 13; ++month) {
            for (int day = 0; day <= 32; ++day) {
                const QString text = QString::asprintf("%04d-%02d-%02d", year, month, day);
                QVERIFY2(sameParse(ValueCodec::fromText(date, text), referenceFromText(date, text)),
                         qPrintable(text));
            }
        }
    }
    const QString odd[] = {
            QStringLiteral("2026-02-30"),
            QStringLiteral("0000-01-01"),
            QStringLiteral("0001-01-01"),
            QStringLiteral("9999-12-31"),
            QStringLiteral("10000-01-01"),
            QStringLiteral("-2026-01-01"),
            QStringLiteral("+2026-01-01"),
            QStringLiteral(" 2026-01-01 "),
            QStringLiteral("2026-01-01\n"),
            QStringLiteral("2026 -01-01"),
            QStringLiteral("2026-1-01"),
            QStringLiteral("2026-01-1"),
            QStringLiteral("2026/01/01"),
            QStringLiteral("2026.01.01"),
            QStringLiteral("20260101"),
            QStringLiteral("2026-01-01T00:00:00"),
            QStringLiteral("2026-01-0a"),
            QStringLiteral("２０２６-01-01"),
            QStringLiteral("٢٠٢٦-01-01"),
            QStringLiteral("2026-01-01x"),
            QStringLiteral("2026-00-10"),
            QStringLiteral("2026-12-00"),
            QStringLiteral("1900-02-29"),
            QStringLiteral("2000-02-29"),
            QStringLiteral("2026-\u00AD1-01"),
            QStringLiteral(""),
            QStringLiteral("   "),
            QStringLiteral("yesterday"),
            QStringLiteral("2026-01-01 "),
            QStringLiteral("\t2026-01-01"),
    };
    for (const QString &text : odd)
        QVERIFY2(sameParse(ValueCodec::fromText(date, text), referenceFromText(date, text)),
                 qPrintable(text));
    // A date-time field reads a bare date as midnight UTC, through the same parser.
    const auto midnight =
            ValueCodec::fromText(field(FieldType::DateTime), QStringLiteral("2026-03-01"));
    QVERIFY(midnight.problem.isEmpty());
    QCOMPARE(midnight.value.toDateTime().date(), QDate(2026, 3, 1));
}

void TestValueCodec::jsonIntegersMatchTheTextPath()
{
    const qint64 values[] = {0,
                             1,
                             -1,
                             42,
                             std::numeric_limits<qint32>::max(),
                             qint64(std::numeric_limits<qint32>::max()) + 1,
                             std::numeric_limits<qint32>::min(),
                             qint64(std::numeric_limits<qint32>::min()) - 1,
                             Q_INT64_C(9007199254740993),
                             std::numeric_limits<qint64>::max(),
                             std::numeric_limits<qint64>::min()};
    for (int width : {32, 64}) {
        const FieldSpec integer = field(FieldType::Integer, width);
        for (qint64 v : values) {
            const QJsonValue json(v);
            const auto expected = ValueCodec::fromText(integer, QString::number(json.toInteger()));
            QVERIFY(sameParse(ValueCodec::fromJson(integer, json), expected));
        }
        // Doubles, fractional and out of range included, as JSON parsing gives them.
        for (double d : {0.0, 1.5, -2.5, 1e10, 3e9, -3e9, 1e19, -1e19, 1e300, 0.1}) {
            const QJsonValue json(d);
            const auto expected = ValueCodec::fromText(integer, QString::number(json.toInteger()));
            QVERIFY2(sameParse(ValueCodec::fromJson(integer, json), expected),
                     qPrintable(QString::number(d)));
        }
    }
}

QTEST_APPLESS_MAIN(TestValueCodec)
#include "tst_valuecodec.moc"
