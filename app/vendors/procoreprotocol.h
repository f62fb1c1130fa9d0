#pragma once

#include "vendorprotocol.h"

#include <QUrl>

// Procore's sync actions (work order contracts, potential change orders): PATCH …/sync with
// {"updates": [...]} of at most 1,000 items. The project (and for change orders the contract)
// is per request — in the body for work order contracts, in the query for change orders — so
// rows of different projects or contracts go in separate requests. Each item carries its
// origin_id (a generated one when the sheet has none: without it Procore creates a new record
// every time) and, once known, Procore's id. The answer is HTTP 200 even when items failed:
// {"entities": [...], "errors": [...]}, matched back by origin_id or id, never by position.
//
// Reading back: GET the listing (…/work_order_contracts, …/potential_change_orders) of the
// project, change orders once per contract (filters[contract_id]), page by page: the first
// page's Total header makes every further page known at once; without it the Link header's
// rel="next" is followed one page at a time.
class ProcoreProtocol : public VendorProtocol
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

    // Records a listing page asks for [cited: Procore's pagination guide recommends per_page at
    // or below 2,000]. 1,000 keeps a retried page small and needs a tenth of the round trips of
    // the default 100: 10,000 records in 10 requests.
    static int defaultPageSize() { return 1000; }
    // The URL of a Link header's rel="next" entry; empty when there is none (the last page).
    static QUrl nextLink(const QByteArray &linkHeader);
    // The pages after `request` of a paged GET list (the pull's and the reference lists'): with
    // a Total header, the first page asks for all the others at once (fetched side by side) and
    // sets *total; without, the Link rel=next is followed one page at a time.
    static QVector<VendorRequest> followPages(const VendorRequest &request,
                                              const QList<QPair<QByteArray, QByteArray>> &headers,
                                              int defaultPerPage, int *total);

private:
    // The listing below the sync action: "/rest/v1.0/work_order_contracts".
    QString listPath() const;
};
