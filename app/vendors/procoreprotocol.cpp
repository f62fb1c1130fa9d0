#include "procoreprotocol.h"

#include "payloadwriter.h"
#include "valuecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

// "number: has already been taken; title: can't be blank"
QString errorText(const QJsonValue &errors)
{
    if (errors.isString())
        return errors.toString();
    QStringList parts;
    const QJsonObject object = errors.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList messages;
        if (it.value().isArray()) {
            for (const QJsonValue &m : it.value().toArray())
                messages.append(
                        m.isString() ? m.toString()
                                     : QString::fromUtf8(QJsonDocument(m.toObject())
                                                                 .toJson(QJsonDocument::Compact)));
        } else {
            messages.append(it.value().toVariant().toString());
        }
        parts.append(QStringLiteral("%1: %2").arg(it.key(), messages.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QVector<VendorRequest> ProcoreProtocol::buildRequests(const QVector<Record> &records) const
{
    const PayloadWriter writer(m_schema);
    // The batch's own fields: project_id (body or query), contract_id (query).
    QVector<int> batchFields;
    for (int i = 0; i < m_schema.fieldCount(); ++i) {
        if (m_schema.field(i).location != FieldLocation::Item)
            batchFields.append(i);
    }
    const int remoteIdField = m_schema.indexOf(m_schema.remoteIdPath());
    const bool sendsId = remoteIdField >= 0 && !m_schema.field(remoteIdField).readOnly;

    // Rows grouped by their batch values, in the order the groups first appear.
    QMap<QString, int> groupIndex;
    QVector<QVector<const Record *>> groups;
    for (const Record &record : records) {
        QStringList values;
        for (int f : std::as_const(batchFields))
            values.append(ValueCodec::toText(m_schema.field(f), record.value(f)));
        const QString group = values.join(QChar(0x1f));
        auto it = groupIndex.find(group);
        if (it == groupIndex.end()) {
            it = groupIndex.insert(group, int(groups.size()));
            groups.append(QVector<const Record *>());
        }
        groups[it.value()].append(&record);
    }

    QVector<VendorRequest> requests;
    const int size = batchSize();
    for (const auto &group : std::as_const(groups)) {
        for (int start = 0; start < group.size(); start += size) {
            VendorRequest request;
            request.method = m_schema.method().toLatin1();
            request.path = m_schema.path();
            request.addHeader("Content-Type", "application/json");
            const Record &first = *group.at(start);
            QByteArray head;
            for (int f : std::as_const(batchFields)) {
                const FieldSpec &field = m_schema.field(f);
                if (field.location == FieldLocation::BatchQuery)
                    request.query.append({field.path, ValueCodec::toText(field, first.value(f))});
                else
                    head += PayloadWriter::string(field.path) + ':' +
                            writer.value(field, first.value(f)) + ',';
            }
            QByteArray items;
            const int end = qMin(int(group.size()), start + size);
            for (int i = start; i < end; ++i) {
                const Record &record = *group.at(i);
                PayloadWriter::Members extra;
                if (sendsId && !record.remoteId().isEmpty() &&
                    ValueCodec::isEmpty(record.value(remoteIdField)))
                    extra.append({m_schema.remoteIdPath(), record.remoteId().toLatin1()});
                appendItem(request, items, writer, record, extra);
            }
            request.body = '{' + head + "\"updates\":[" + items + "]}";
            requests.append(request);
        }
    }
    return requests;
}

QVector<ItemResult> ProcoreProtocol::parseResponse(const VendorRequest &request, int httpStatus,
                                                   const QByteArray &body) const
{
    using Outcome = ItemResult::Outcome;
    if (auto failed = notReadable(request, httpStatus, body))
        return *failed;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return allItems(request, Outcome::Unknown, httpStatus,
                        tr("Procore's answer could not be read: %1").arg(bodyMessage(body)));

    QVector<ItemResult> results = allItems(request, Outcome::Unknown, httpStatus, QString());
    // Which row an answered item is: its origin_id, else its id.
    auto rowOf = [&](const QJsonObject &item) {
        const QString origin = item.value(m_schema.idempotencyPath()).toString();
        if (!origin.isEmpty()) {
            const int i = int(request.itemKeys.indexOf(origin));
            if (i >= 0)
                return i;
        }
        const QString id = idText(item.value(m_schema.remoteIdPath()));
        return id.isEmpty() ? -1 : int(request.remoteIds.indexOf(id));
    };
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QLatin1String("entities")).toArray()) {
        const QJsonObject entity = v.toObject();
        const int i = rowOf(entity);
        if (i < 0)
            continue;
        ItemResult &r = results[i];
        r.remoteId = idText(entity.value(m_schema.remoteIdPath()));
        r.outcome = request.remoteIds.at(i).isEmpty() ? Outcome::Created : Outcome::Updated;
    }
    for (const QJsonValue &v : root.value(QLatin1String("errors")).toArray()) {
        const QJsonObject item = v.toObject();
        const int i = rowOf(item);
        if (i < 0)
            continue;
        results[i].outcome = Outcome::Failed;
        results[i].message = errorText(item.value(QLatin1String("errors")));
    }
    markUnanswered(results, m_schema.vendorLabel());
    return results;
}
