#pragma once

#include <QString>

#include <memory>

// A fresh, empty PostgreSQL database on the tests' private server (tests/tools/
// run-with-postgres.sh exports PGHOST, PGPORT and PGUSER), dropped again when this goes.
// Without a server, create() says why: the caller skips — or fails, when
// CONTRACTDESK_TEST_POSTGRES=1 says the server must be there (as in CI).
class TestDatabase
{
public:
    static std::unique_ptr<TestDatabase> create(QString *whyNot);
    // True when the test run promised a server (a missing one is then a failure).
    static bool required();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const QString &name() const { return m_name; }
    // postgresql://USER@HOST:PORT/NAME
    QString uri() const;

private:
    explicit TestDatabase(QString name);
    QString m_name;
};

// In a test function: a fresh database in `var`, or QSKIP/QFAIL with the reason.
#define CD_REQUIRE_TEST_DATABASE(var)                                                              \
    QString var##WhyNot;                                                                           \
    const auto var = TestDatabase::create(&var##WhyNot);                                           \
    if (!var) {                                                                                    \
        if (TestDatabase::required())                                                              \
            QFAIL(qPrintable(var##WhyNot));                                                        \
        QSKIP(qPrintable(var##WhyNot));                                                            \
    }
