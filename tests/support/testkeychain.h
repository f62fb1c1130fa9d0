#pragma once

#include "result.h"

#include <QString>

// Reads a keychain entry the way the product does (a CredentialJob), waiting for it in the test
// with QTest::qWait, so tests can check what was stored without a nested loop in the product.
class TestKeychain
{
public:
    static Result<QString> read(const QString &key);
};
