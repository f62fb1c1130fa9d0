#pragma once

#include "entityschema.h"
#include "itemresult.h"
#include "payloadwriter.h"
#include "pullpage.h"
#include "record.h"
#include "vendorrequest.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <memory>
#include <optional>

// How one target talks to its vendor, as pure functions: rows to requests (batched to the
// vendor's limit, each row carrying its idempotency key) and a response to one result per row.
// No network, no clock, no state: unit-tested with golden JSON. The sync engine sends the
// requests, adds the connection's headers, retries, and commits the results.
struct ProtocolOptions
{
    QString apiRoot;   // Primavera: the profile's API root (default "/primeapi/restapi")
    int batchSize = 0; // at most this many rows a request; 0: the vendor's limit
};

class VendorProtocol
{
    Q_DECLARE_TR_FUNCTIONS(VendorProtocol)

public:
    using Options = ProtocolOptions;

    explicit VendorProtocol(const EntitySchema &schema, Options options);
    virtual ~VendorProtocol() = default;

    // The protocol of a schema's vendor; nullptr for a vendor ContractDesk does not know.
    static std::unique_ptr<VendorProtocol> forSchema(const EntitySchema &schema,
                                                     const Options &options = {});

    // Rows with validation errors must be left out before this call.
    virtual QVector<VendorRequest> buildRequests(const QVector<Record> &records) const = 0;
    // One result per row of the request, in the request's order.
    virtual QVector<ItemResult> parseResponse(const VendorRequest &request, int httpStatus,
                                              const QByteArray &body) const = 0;

    // Reading back (reconciliation). The first requests of a listing: one per Procore contract
    // when the scope names contracts, else one. Pages after the first come from parsePullPage:
    // all of them at once when the first page tells the total (they are then fetched
    // concurrently), else one by one following the vendor's next link.
    virtual QVector<VendorRequest> pullRequests(const PullScope &scope) const = 0;
    // `headers` are the answer's (Procore pages by Link and Total headers).
    virtual PullPage parsePullPage(const VendorRequest &request, int httpStatus,
                                   const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &body) const = 0;

    const EntitySchema &schema() const { return m_schema; }
    // The key that makes a re-sent row update instead of duplicate: the sheet's value of the
    // idempotency field, else the stable key generated for the row.
    QString itemKey(const Record &record) const;
    int batchSize() const;

protected:
    // Appends one row to a request: its item (with its idempotency key and the `extra` members)
    // to `items`, comma-separated, and its id, key and remote id to the request's lists.
    void appendItem(VendorRequest &request, QByteArray &items, const PayloadWriter &writer,
                    const Record &record, const PayloadWriter::Members &extra = {}) const;
    // The results of an answer that is not a 2xx to read: 429, 5xx and no answer leave every
    // row Unknown, other statuses fail them all; nullopt for a 2xx.
    static std::optional<QVector<ItemResult>> notReadable(const VendorRequest &request,
                                                          int httpStatus, const QByteArray &body);
    // Every row of a request with the same outcome (a whole-request failure).
    static QVector<ItemResult> allItems(const VendorRequest &request, ItemResult::Outcome outcome,
                                        int httpStatus, const QString &message);
    // A vendor id from JSON, exactly: integers beyond 2^53 are not rounded through double.
    static QString idText(const QJsonValue &id);
    // What an error body says, as readable text (its JSON, or the text itself).
    static QString bodyMessage(const QByteArray &body);
    // Rows answered neither way are Unknown: never assume they were or were not created.
    static void markUnanswered(QVector<ItemResult> &results, const QString &vendor);

    // A listing page that is not a 2xx to read: 429, 5xx and no answer are asked for again,
    // other statuses end the pull with `message` (the vendor's words); nullopt for a 2xx.
    std::optional<PullPage> pageNotReadable(int httpStatus, const QString &message) const;
    // A 2xx page whose body is not the listing expected: asked for again.
    PullPage unreadablePage(const QByteArray &body) const;
    // A page whose answer is a JSON array of records (Procore, Primavera): its records, typed;
    // or the page that says why it cannot be read.
    PullPage arrayPage(int httpStatus, const QByteArray &body) const;
    // The value of an answer's header, its name compared without case; empty when absent.
    static QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &name);
    // The page size a pull asks for: the scope's, else the protocol's default.
    static int pageSizeOf(const PullScope &scope, int fallback)
    {
        return scope.pageSize > 0 ? scope.pageSize : fallback;
    }

    const EntitySchema &m_schema;
    Options m_options;
    int m_keyField = -1;
};
