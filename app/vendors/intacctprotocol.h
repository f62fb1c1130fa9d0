#pragma once

#include "vendorprotocol.h"

// Sage Intacct's project contracts through bulk requests: new rows as a POST of a JSON array
// (at most 500) to the object's endpoint, rows Intacct already holds as a PATCH of an array
// whose items carry their key. References are objects ({"id": "BTI"}), dates YYYY-MM-DD. Each
// request carries an Idempotency-Key made from its own content, so a re-sent request carries
// the same key and Intacct replays its first answer instead of creating twice. The answer
// (201, 207 on partial success) holds one ia::result entry per record, in order: the record
// or an ia::error.
//
// Reading back: POST services/core/query for the object's fields, filtered by project, page by
// page (start is 1-based): the first page's ia::meta.totalCount makes every further page known
// at once; without it ia::meta.next (the next start) is followed one page at a time.
class IntacctProtocol : public VendorProtocol
{
public:
    using VendorProtocol::VendorProtocol;

    QVector<VendorRequest> buildRequests(const QVector<Record> &records) const override;
    QVector<ItemResult> parseResponse(const VendorRequest &request, int httpStatus,
                                      const QByteArray &body) const override;

    QVector<VendorRequest> pullRequests(const PullScope &scope) const override;
    PullPage parsePullPage(const VendorRequest &request, int httpStatus,
                           const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QByteArray &body) const override;

    // The Idempotency-Key of a request: a digest of its method, path and body.
    static QByteArray idempotencyKey(const VendorRequest &request);
    // Records a query page asks for [unverified: Sage documents no maximum we could confirm].
    static int defaultPageSize() { return 1000; }
    static QString queryPath() { return QStringLiteral("/services/core/query"); }

private:
    // One page of the query: `filters` as sent, records from `start` (1-based).
    VendorRequest queryRequest(const QJsonArray &filters, qint64 start, int size) const;
};
