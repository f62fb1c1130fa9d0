#pragma once

#include "vendorprotocol.h"

// Procore's sync actions (work order contracts, potential change orders): PATCH …/sync with
// {"updates": [...]} of at most 1,000 items. The project (and for change orders the contract)
// is per request — in the body for work order contracts, in the query for change orders — so
// rows of different projects or contracts go in separate requests. Each item carries its
// origin_id (a generated one when the sheet has none: without it Procore creates a new record
// every time) and, once known, Procore's id. The answer is HTTP 200 even when items failed:
// {"entities": [...], "errors": [...]}, matched back by origin_id or id, never by position.
class ProcoreProtocol : public VendorProtocol
{
public:
    using VendorProtocol::VendorProtocol;

    QVector<VendorRequest> buildRequests(const QVector<Record> &records) const override;
    QVector<ItemResult> parseResponse(const VendorRequest &request, int httpStatus,
                                      const QByteArray &body) const override;
};
