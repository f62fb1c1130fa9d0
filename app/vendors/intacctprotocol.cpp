#include "intacctprotocol.h"

#include "payloadreader.h"
#include "payloadwriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

// "BL01001: Project contract ID ABC already exists"
QString errorText(const QJsonObject &error)
{
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    QString text = code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message);
    const QString id = error.value(QLatin1String("errorId")).toString();
    if (!id.isEmpty())
        text += QStringLiteral(" (%1)").arg(id);
    return text;
}

} // namespace

QByteArray IntacctProtocol::idempotencyKey(const VendorRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(request.path.toUtf8());
    hash.addData(request.body);
    return "cd-" + hash.result().toHex();
}

QVector<VendorRequest> IntacctProtocol::buildRequests(const QVector<Record> &records) const
{
    const PayloadWriter writer(m_schema);
    QVector<const Record *> creates;
    QVector<const Record *> updates;
    for (const Record &record : records)
        (record.remoteId().isEmpty() ? creates : updates).append(&record);

    QVector<VendorRequest> requests;
    const int size = batchSize();
    auto build = [&](const QVector<const Record *> &rows, bool update) {
        for (int start = 0; start < rows.size(); start += size) {
            VendorRequest request;
            request.method = update ? QByteArrayLiteral("PATCH") : m_schema.method().toLatin1();
            request.path = m_schema.path();
            QByteArray items;
            const int end = qMin(int(rows.size()), start + size);
            for (int i = start; i < end; ++i) {
                const Record &record = *rows.at(i);
                PayloadWriter::Members extra;
                if (update)
                    extra.append(
                            {m_schema.remoteIdPath(), PayloadWriter::string(record.remoteId())});
                appendItem(request, items, writer, record, extra);
            }
            request.body = '[' + items + ']';
            request.addHeader("Content-Type", "application/json");
            request.addHeader("Idempotency-Key", idempotencyKey(request));
            requests.append(request);
        }
    };
    build(creates, false);
    build(updates, true);
    return requests;
}

QVector<ItemResult> IntacctProtocol::parseResponse(const VendorRequest &request, int httpStatus,
                                                   const QByteArray &body) const
{
    using Outcome = ItemResult::Outcome;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue result = doc.object().value(QLatin1String("ia::result"));
    if (httpStatus == 429 || httpStatus >= 500 || httpStatus == 0)
        return allItems(request, Outcome::Unknown, httpStatus, bodyMessage(body));
    if (httpStatus < 200 || httpStatus >= 300) {
        // A whole-request refusal: {"ia::result": {"ia::error": {...}}}.
        const QJsonObject error = result.toObject().value(QLatin1String("ia::error")).toObject();
        return allItems(request, Outcome::Failed, httpStatus,
                        error.isEmpty() ? bodyMessage(body) : errorText(error));
    }
    if (!result.isArray() && !result.isObject())
        return allItems(request, Outcome::Unknown, httpStatus,
                        tr("Sage Intacct's answer could not be read: %1").arg(bodyMessage(body)));
    const QJsonArray entries = result.isArray() ? result.toArray() : QJsonArray{result};
    QVector<ItemResult> results = allItems(request, Outcome::Unknown, httpStatus, QString());
    const bool update = request.method == "PATCH";
    for (int n = 0; n < entries.size(); ++n) {
        const QJsonObject entry = entries.at(n).toObject();
        // Entries come in request order; an entry naming its id is placed by that id.
        int i = n;
        const QString id = entry.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && request.itemKeys.value(i) != id)
            i = int(request.itemKeys.indexOf(id));
        if (i < 0 || i >= results.size())
            continue;
        ItemResult &r = results[i];
        const QJsonObject error = entry.value(QLatin1String("ia::error")).toObject();
        if (!error.isEmpty()) {
            r.outcome = Outcome::Failed;
            r.message = errorText(error);
            continue;
        }
        const QString key = idText(entry.value(m_schema.remoteIdPath()));
        if (!key.isEmpty())
            r.remoteId = key;
        r.outcome = update ? Outcome::Updated : Outcome::Created;
    }
    markUnanswered(results, m_schema.vendorLabel());
    return results;
}

VendorRequest IntacctProtocol::queryRequest(const QJsonArray &filters, qint64 start, int size) const
{
    // Every field of the schema (what is sent and what Intacct fills in), its key included.
    QStringList fields;
    for (const FieldSpec &field : m_schema.fields()) {
        if (field.location == FieldLocation::Item)
            fields.append(field.path);
    }
    if (!fields.contains(m_schema.remoteIdPath()))
        fields.prepend(m_schema.remoteIdPath());
    QByteArray names;
    for (const QString &field : std::as_const(fields))
        names += (names.isEmpty() ? "" : ",") + PayloadWriter::string(field);
    // "construction/project-contract", from the object's path.
    const QString object = m_schema.path().section(QLatin1Char('/'), 2);

    VendorRequest request;
    request.method = "POST";
    request.path = queryPath();
    request.addHeader("Content-Type", "application/json");
    request.body = "{\"object\":" + PayloadWriter::string(object) + ",\"fields\":[" + names + ']';
    if (!filters.isEmpty())
        request.body += ",\"filters\":" + QJsonDocument(filters).toJson(QJsonDocument::Compact);
    request.body += ",\"start\":" + QByteArray::number(start) +
                    ",\"size\":" + QByteArray::number(size) + '}';
    return request;
}

QVector<VendorRequest> IntacctProtocol::pullRequests(const PullScope &scope) const
{
    QJsonArray filters;
    if (!scope.projectId.isEmpty())
        filters.append(QJsonObject{{QStringLiteral("$eq"),
                                    QJsonObject{{QStringLiteral("project.id"), scope.projectId}}}});
    return {queryRequest(filters, 1, pageSizeOf(scope, defaultPageSize()))};
}

PullPage IntacctProtocol::parsePullPage(const VendorRequest &request, int httpStatus,
                                        const QList<QPair<QByteArray, QByteArray>> &,
                                        const QByteArray &body) const
{
    const QJsonObject root = PayloadReader::parse(body).object();
    const QJsonValue result = root.value(QLatin1String("ia::result"));
    const QJsonObject error = result.toObject().value(QLatin1String("ia::error")).toObject();
    if (auto failed =
                pageNotReadable(httpStatus, error.isEmpty() ? bodyMessage(body) : errorText(error)))
        return *failed;
    if (!error.isEmpty()) {
        PullPage page;
        page.problem = errorText(error);
        return page;
    }
    if (!result.isArray())
        return unreadablePage(body);

    PullPage page;
    const PayloadReader reader(m_schema);
    const QJsonArray items = result.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return unreadablePage(body);
        page.records.append(reader.record(item.toObject()));
    }

    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    const QJsonArray filters = sent.value(QLatin1String("filters")).toArray();
    const qint64 start = qMax<qint64>(1, sent.value(QLatin1String("start")).toInteger(1));
    int size = int(sent.value(QLatin1String("size")).toInteger(defaultPageSize()));
    const QJsonObject meta = root.value(QLatin1String("ia::meta")).toObject();
    bool known = false;
    const qint64 total = idText(meta.value(QLatin1String("totalCount"))).toLongLong(&known);
    if (known && total >= 0) {
        page.total = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
        // The first page asks for all the others at once; those ask for nothing more.
        if (start == 1) {
            const int pageSize = int(meta.value(QLatin1String("pageSize")).toInteger());
            if (pageSize > 0)
                size = pageSize; // what Intacct serves, if it caps what was asked
            for (qint64 next = 1 + size; next <= total; next += size)
                page.next.append(queryRequest(filters, next, size));
        }
        return page;
    }
    const qint64 next = idText(meta.value(QLatin1String("next"))).toLongLong(&known);
    if (known && next > start) // never back, never twice
        page.next.append(queryRequest(filters, next, size));
    return page;
}
