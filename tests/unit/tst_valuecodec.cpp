#include "decimal.h"
#include "rawtext.h"
#include "valuecodec.h"

#include <QDate>
#include <QDateTime>
#include <QTest>

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

QTEST_APPLESS_MAIN(TestValueCodec)
#include "tst_valuecodec.moc"
