#include "intacctprotocol.h"

#include "payloadwriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
