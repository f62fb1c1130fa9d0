#pragma once

#include <QtGlobal>

#include <functional>

// Called by readers now and then with how far they are (in bytes or rows of `total`; total is
// 0 when unknown). Returning false cancels the read, which then fails with a "cancelled" error.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;
