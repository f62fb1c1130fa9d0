// Result<T> and Status: values and errors pass through; reading the value of a failure stops the
// program in every build instead of reading an empty optional.

#include "result.h"

#include <QProcess>
#include <QTest>

#include <vector>

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void carriesValueOrError();
    void rvalueValueOutlivesTheResult();
    void valueOfAFailureStops();
};

namespace {

Result<std::vector<int>> numbers(bool ok)
{
    if (!ok)
        return Result<std::vector<int>>::failure(QStringLiteral("no numbers today"));
    return std::vector<int>{1, 2, 3};
}

} // namespace

void TestResult::carriesValueOrError()
{
    const auto good = numbers(true);
    QVERIFY(good.ok());
    QCOMPARE(good->size(), size_t(3));
    const auto bad = numbers(false);
    QVERIFY(!bad);
    QCOMPARE(bad.error(), QStringLiteral("no numbers today"));
    const Status failed = Status::failure(QStringLiteral("disk full"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error(), QStringLiteral("disk full"));
    QVERIFY(Status().ok());
}

void TestResult::rvalueValueOutlivesTheResult()
{
    // value() of a temporary is a value, so a range-for over it reads live memory.
    int sum = 0;
    for (int n : numbers(true).value())
        sum += n;
    QCOMPARE(sum, 6);
}

void TestResult::valueOfAFailureStops()
{
    if (qEnvironmentVariableIsSet("CD_RESULT_CHILD")) {
        const auto bad = numbers(false);
        const std::vector<int> &read = bad.value(); // must not return
        QTest::qFail(read.empty() ? "value() returned an empty vector" : "value() returned",
                     __FILE__, __LINE__);
        return;
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_RESULT_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("valueOfAFailureStops")});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // Qt Test logs the fatal message to standard output, plain Qt to standard error.
    const QByteArray said = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(said.contains("Result::value() of a failure: no numbers today"), said.constData());
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
