#include "decimal.h"

#include <QTest>

#include <limits>

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndKeepsScale_data();
    void parsesAndKeepsScale();
    void rejects_data();
    void rejects();
    void comparesAcrossScales_data();
    void comparesAcrossScales();
    void arithmeticIsExact();
    void overflowIsReportedNotWrapped();
    void normalizesAndRescales();
    void extremesPrint();
};

void TestDecimal::parsesAndKeepsScale_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("scale");
    QTest::newRow("integer") << "1250000"
                             << "1250000" << 0;
    QTest::newRow("cents") << "1250000.50"
                           << "1250000.50" << 2;
    QTest::newRow("trailing zeros kept") << "10.500"
                                         << "10.500" << 3;
    QTest::newRow("negative") << "-0.05"
                              << "-0.05" << 2;
    QTest::newRow("plus sign") << "+7.1"
                               << "7.1" << 1;
    QTest::newRow("leading point") << ".5"
                                   << "0.5" << 1;
    QTest::newRow("trailing point") << "12."
                                    << "12" << 0;
    QTest::newRow("spaces") << "  3.25 "
                            << "3.25" << 2;
    QTest::newRow("tenth that double cannot hold") << "0.1"
                                                   << "0.1" << 1;
    QTest::newRow("18 places") << "0.123456789012345678"
                               << "0.123456789012345678" << 18;
    QTest::newRow("max int64") << "9223372036854775807"
                               << "9223372036854775807" << 0;
}

void TestDecimal::parsesAndKeepsScale()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(int, scale);
    const auto d = Decimal::fromString(input);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), canonical);
    QCOMPARE(d->scale(), scale);
}

void TestDecimal::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "12a";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("sign only") << "-";
    QTest::newRow("point only") << ".";
    QTest::newRow("thousands comma") << "1,250.00";
    QTest::newRow("exponent") << "1e5";
    QTest::newRow("19 places") << "0.1234567890123456789";
    QTest::newRow("too large") << "9223372036854775808";
    QTest::newRow("too many digits with scale") << "92233720368547758.08";
}

void TestDecimal::rejects()
{
    QFETCH(QString, input);
    QVERIFY(!Decimal::fromString(input).has_value());
}

void TestDecimal::comparesAcrossScales_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("10 = 10.00") << "10"
                                << "10.00" << 0;
    QTest::newRow("10.5 > 10.49") << "10.5"
                                  << "10.49" << 1;
    QTest::newRow("-1 < 0.01") << "-1"
                               << "0.01" << -1;
    QTest::newRow("-0.5 > -0.51") << "-0.5"
                                  << "-0.51" << 1;
    QTest::newRow("huge vs tiny scale") << "9000000000000000000"
                                        << "0.000000000000000001" << 1;
    QTest::newRow("huge negative vs scaled") << "-9000000000000000000"
                                             << "-0.5" << -1;
    QTest::newRow("zero forms") << "0"
                                << "-0.000" << 0;
}

void TestDecimal::comparesAcrossScales()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const Decimal x = *Decimal::fromString(a);
    const Decimal y = *Decimal::fromString(b);
    QCOMPARE(x.compare(y), expected);
    QCOMPARE(y.compare(x), -expected);
    QCOMPARE(x == y, expected == 0);
    QCOMPARE(x < y, expected < 0);
}

void TestDecimal::arithmeticIsExact()
{
    // 0.1 + 0.2 is 0.30000000000000004 in double; here it is 0.3.
    const auto sum = Decimal::fromString(QStringLiteral("0.1"))
                             ->plus(*Decimal::fromString(QStringLiteral("0.2")));
    QVERIFY(sum);
    QCOMPARE(sum->toString(), QStringLiteral("0.3"));
    Decimal total;
    for (int i = 0; i < 1000; ++i)
        total = *total.plus(*Decimal::fromString(QStringLiteral("1234.56")));
    QCOMPARE(total.toString(), QStringLiteral("1234560.00"));
    const auto diff = Decimal::fromString(QStringLiteral("100"))
                              ->minus(*Decimal::fromString(QStringLiteral("0.01")));
    QCOMPARE(diff->toString(), QStringLiteral("99.99"));
}

void TestDecimal::overflowIsReportedNotWrapped()
{
    const Decimal max = Decimal::fromInteger(std::numeric_limits<qint64>::max());
    QVERIFY(!max.plus(Decimal::fromInteger(1)).has_value());
    QVERIFY(!max.withScale(2).has_value());
    const Decimal min = Decimal::fromInteger(std::numeric_limits<qint64>::min());
    QVERIFY(!min.minus(Decimal::fromInteger(1)).has_value());
    QVERIFY(!Decimal::fromInteger(1).minus(min).has_value());
}

void TestDecimal::normalizesAndRescales()
{
    const Decimal d = *Decimal::fromString(QStringLiteral("10.500"));
    QCOMPARE(d.normalized().toString(), QStringLiteral("10.5"));
    QCOMPARE(d.withScale(2)->toString(), QStringLiteral("10.50"));
    QCOMPARE(d.withScale(4)->toString(), QStringLiteral("10.5000"));
    QVERIFY(!Decimal::fromString(QStringLiteral("10.55"))->withScale(1).has_value());
    QCOMPARE(*Decimal::fromString(QStringLiteral("42.000"))->toInteger(), Q_INT64_C(42));
    QVERIFY(!Decimal::fromString(QStringLiteral("42.5"))->toInteger().has_value());
    QVERIFY(d.isIdenticalTo(*Decimal::fromString(QStringLiteral("10.500"))));
    QVERIFY(!d.isIdenticalTo(*Decimal::fromString(QStringLiteral("10.5"))));
}

void TestDecimal::extremesPrint()
{
    QCOMPARE(Decimal::fromInteger(std::numeric_limits<qint64>::min()).toString(),
             QStringLiteral("-9223372036854775808"));
    QCOMPARE(Decimal::fromParts(-5, 3)->toString(), QStringLiteral("-0.005"));
    QVERIFY(!Decimal::fromParts(1, 19).has_value());
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
