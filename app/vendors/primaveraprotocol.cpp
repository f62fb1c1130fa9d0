#include "primaveraprotocol.h"

#include "payloadwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QVector<VendorRequest> PrimaveraProtocol::buildRequests(const QVector<Record> &records) const
{
    const PayloadWriter writer(m_schema);
    // The schema's path is written under the seeds' root; the profile may name another.
    QString path = m_schema.path();
    const QString root = m_options.apiRoot.isEmpty() ? defaultApiRoot() : m_options.apiRoot;
    if (path.startsWith(defaultApiRoot()))
        path = root + path.mid(defaultApiRoot().size());
    QVector<VendorRequest> requests;
    const int size = batchSize();
    for (int start = 0; start < records.size(); start += size) {
        VendorRequest request;
        request.method = m_schema.method().toLatin1();
        request.path = path;
        request.addHeader("Content-Type", "application/json");
        request.body = "[";
        const int end = qMin(int(records.size()), start + size);
        for (int i = start; i < end; ++i) {
            const Record &record = records.at(i);
            const QString key = itemKey(record);
            PayloadWriter::Members extra;
            if (!key.isEmpty())
                extra.append({m_schema.idempotencyPath(), PayloadWriter::string(key)});
            if (i > start)
                request.body += ',';
            request.body += writer.item(record, extra);
            request.recordIds.append(record.id());
            request.itemKeys.append(key);
            request.remoteIds.append(record.remoteId());
        }
        request.body += ']';
        requests.append(request);
    }
    return requests;
}

QVector<ItemResult> PrimaveraProtocol::parseResponse(const VendorRequest &request, int httpStatus,
                                                     const QByteArray &body) const
{
    using Outcome = ItemResult::Outcome;
    if (httpStatus == 429 || httpStatus >= 500 || httpStatus == 0)
        return allItems(request, Outcome::Unknown, httpStatus, bodyMessage(body));
    if (httpStatus < 200 || httpStatus >= 300)
        return allItems(request, Outcome::Failed, httpStatus, bodyMessage(body));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isArray())
        return allItems(request, Outcome::Unknown, httpStatus,
                        tr("Primavera's answer could not be read: %1").arg(bodyMessage(body)));
    QVector<ItemResult> results = allItems(request, Outcome::Unknown, httpStatus, QString());
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject entry = v.toObject();
        const int i =
                int(request.itemKeys.indexOf(entry.value(QLatin1String("sourceId")).toString()));
        if (i < 0)
            continue;
        ItemResult &r = results[i];
        const int status = entry.value(QLatin1String("statusCode")).toInt();
        r.httpStatus = status;
        r.message = entry.value(QLatin1String("message")).toString();
        r.remoteId = idText(entry.value(QLatin1String("primaryKeyValue")));
        if (status == 201)
            r.outcome = Outcome::Created;
        else if (status == 200 || status == 204)
            r.outcome = Outcome::Updated;
        else
            r.outcome = Outcome::Failed;
    }
    markUnanswered(results, m_schema.vendorLabel());
    return results;
}
