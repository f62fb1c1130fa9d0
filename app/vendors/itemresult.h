#pragma once

#include <QString>

// What the vendor did with one row of a request.
struct ItemResult
{
    enum class Outcome {
        Created,
        Updated,
        Failed,
        Skipped,
        // No definite answer (the response left the row out, or could not be read): the engine
        // looks the row up or re-sends it under the same idempotency key, never blindly.
        Unknown,
    };

    qint64 recordId = 0;
    Outcome outcome = Outcome::Unknown;
    QString remoteId;
    int httpStatus = 0;
    QString message; // the vendor's words, in full
};
