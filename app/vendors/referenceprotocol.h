#pragma once

#include "referencelistspec.h"
#include "referencerecord.h"
#include "result.h"
#include "vendorprotocol.h"
#include "vendorrequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QVector>

// What a reference list is read for: the profile's company (Procore's company_id), and for a
// list read per project the project's id (the value of the field that scopes it).
struct ReferenceScope
{
    QString companyId;
    QString scopeValue;
    int pageSize = 0; // records a page; 0: the protocol's default
};

// One page of a reference list.
struct ReferencePage
{
    QVector<ReferenceRecord> records;
    QVector<VendorRequest> next; // further pages this page makes known, to fetch next
    int total = -1;              // records the listing holds, as the vendor says; -1: unknown
    bool retry = false;          // 429, 5xx or an unreadable answer: send the same request again
    QString problem;             // the page could not be read; with retry false, for good
};

// Reading a vendor's reference list (resources/references), as pure functions: the first
// requests of a list for a scope — the listing and, where the vendor lists inactive records
// apart (Procore's inactive vendors), that listing too — and an answer page read into
// ReferenceRecords with the further pages it makes known. Paging as the pull protocols read it:
// Procore's page / per_page with Total (every further page at once) or Link rel="next" (one by
// one); Intacct's query start / size with ia::meta totalCount or next; Primavera one array.
// Ids are kept as text exactly as the vendor wrote them (Procore's exceed 2^53: never through
// double). No network, no state: unit-tested with golden JSON.
class ReferenceProtocol
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceProtocol)

public:
    explicit ReferenceProtocol(const ReferenceListSpec &list, ProtocolOptions options = {});

    // The first requests: a failure when the scope lacks what the list needs (the company for
    // Procore's lists, the project for a list read per project).
    Result<QVector<VendorRequest>> listRequests(const ReferenceScope &scope) const;
    // `headers` are the answer's (Procore pages by Link and Total headers).
    ReferencePage parsePage(const VendorRequest &request, int httpStatus,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body) const;
    // One item of an answer as a record; `listedInactive`: it came from a listing of inactive
    // records only.
    ReferenceRecord record(const QJsonObject &item, bool listedInactive) const;
    // The request reads the listing of inactive records (its path is the inactive request's).
    bool isInactiveListing(const VendorRequest &request) const;

    const ReferenceListSpec &list() const { return m_list; }
    // Records a page asks for: Procore documents per_page up to 2,000 as recommended [cited],
    // Intacct's maximum is not documented [unverified]; the pull protocols use 1,000 too.
    static int defaultPageSize() { return 1000; }

private:
    VendorRequest build(const ReferenceRequestSpec &spec, const QHash<QString, QString> &values,
                        int pageSize) const;
    ReferencePage pagesPage(const VendorRequest &request, const QJsonArray &items,
                            const QList<QPair<QByteArray, QByteArray>> &headers) const;
    ReferencePage queryPage(const VendorRequest &request, const QJsonObject &root) const;
    std::optional<ReferencePage> notReadable(int httpStatus, const QString &message) const;
    ReferencePage unreadable(const QByteArray &body) const;
    const ReferenceRequestSpec &specOf(const VendorRequest &request) const;

    ReferenceListSpec m_list;
    ProtocolOptions m_options;
};

// A reference list read through SyncEngine::runPull (its retries, pacing, renewal and paging):
// a VendorProtocol whose pull is the list's and whose pages carry their records in
// PullPage::references. It pushes nothing. `schema` is the target whose field names the list
// (it outlives this object, as for every protocol).
class ReferenceListPull : public VendorProtocol
{
public:
    ReferenceListPull(const EntitySchema &schema, const ReferenceListSpec &list,
                      ReferenceScope scope, const ProtocolOptions &options = {});

    QVector<VendorRequest> buildRequests(const QVector<Record> &) const override { return {}; }
    QVector<ItemResult> parseResponse(const VendorRequest &, int, const QByteArray &) const override
    {
        return {};
    }
    // The list's first requests for this object's scope (the PullScope's page size applies);
    // empty when the scope lacks what the list needs (firstRequests says why).
    QVector<VendorRequest> pullRequests(const PullScope &scope) const override;
    PullPage parsePullPage(const VendorRequest &request, int httpStatus,
                           const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QByteArray &body) const override;

    Result<QVector<VendorRequest>> firstRequests() const
    {
        return m_protocol.listRequests(m_scope);
    }
    const ReferenceProtocol &protocol() const { return m_protocol; }

private:
    ReferenceProtocol m_protocol;
    ReferenceScope m_scope;
};
