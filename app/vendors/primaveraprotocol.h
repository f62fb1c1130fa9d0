#pragma once

#include "vendorprotocol.h"

// Oracle Primavera Cloud's syncBatch (commitments, change orders): POST …/syncBatch with a JSON
// array of externally sourced objects, each keyed by its sourceId (send the same sourceId
// again and Primavera updates instead of creating). The API root comes from the profile. The
// answer is 207 with one entry per object: statusCode 201 created, 200 or 204 updated, else
// failed with its message; matched back by sourceId.
//
// Reading back: GET …/commitment/externallySourced (…/changeOrder/externallySourced), the
// integrated objects of the project as one JSON array.
class PrimaveraProtocol : public VendorProtocol
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

    static QString defaultApiRoot() { return QStringLiteral("/primeapi/restapi"); }

private:
    // The schema's path under the profile's API root (the schema writes the seeds' root).
    QString rootedPath() const;
};
