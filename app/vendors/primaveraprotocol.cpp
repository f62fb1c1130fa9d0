#include "primaveraprotocol.h"

#include "payloadreader.h"
#include "payloadwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString PrimaveraProtocol::rootedPath() const
{
    QString path = m_schema.path();
    const QString root = m_options.apiRoot.isEmpty() ? defaultApiRoot() : m_options.apiRoot;
    if (path.startsWith(defaultApiRoot()))
        path = root + path.mid(defaultApiRoot().size());
    return path;
}

QVector<VendorRequest> PrimaveraProtocol::buildRequests(const QVector<Record> &records) const
{
    const PayloadWriter writer(m_schema);
    const QString path = rootedPath();
    QVector<VendorRequest> requests;
    const int size = batchSize();
    for (int start = 0; start < records.size(); start += size) {
        VendorRequest request;
        request.method = m_schema.method().toLatin1();
        request.path = path;
        request.addHeader("Content-Type", "application/json");
        QByteArray items;
        const int end = qMin(int(records.size()), start + size);
        for (int i = start; i < end; ++i)
            appendItem(request, items, writer, records.at(i));
        request.body = '[' + items + ']';
        requests.append(request);
    }
    return requests;
}

QVector<ItemResult> PrimaveraProtocol::parseResponse(const VendorRequest &request, int httpStatus,
                                                     const QByteArray &body) const
{
    using Outcome = ItemResult::Outcome;
    if (auto failed = notReadable(request, httpStatus, body))
        return *failed;
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

QVector<VendorRequest> PrimaveraProtocol::pullRequests(const PullScope &scope) const
{
    VendorRequest request;
    request.method = "GET";
    // …/commitment/syncBatch -> …/commitment/externallySourced
    request.path =
            rootedPath().section(QLatin1Char('/'), 0, -2) + QStringLiteral("/externallySourced");
    // [unverified] The filter in the style Oracle documents for these listings
    // (?filters=commitmentStatus=APPROVED); the listing is one array, not paged, so the scope's
    // page size does not apply.
    if (!scope.projectId.isEmpty())
        request.query.append(
                {QStringLiteral("filters"), QStringLiteral("projectId=") + scope.projectId});
    return {request};
}

PullPage PrimaveraProtocol::parsePullPage(const VendorRequest &, int httpStatus,
                                          const QList<QPair<QByteArray, QByteArray>> &,
                                          const QByteArray &body) const
{
    PullPage page = arrayPage(httpStatus, body);
    if (!page.problem.isEmpty())
        return page;
    page.total = int(page.records.size()); // the whole listing in one answer
    return page;
}
