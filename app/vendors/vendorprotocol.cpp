#include "vendorprotocol.h"

#include "intacctprotocol.h"
#include "payloadreader.h"

#include "primaveraprotocol.h"
#include "procoreprotocol.h"
#include "valuecodec.h"
#include <QJsonArray>
#include <QJsonDocument>

#include <QJsonDocument>

VendorProtocol::VendorProtocol(const EntitySchema &schema, Options options)
    : m_schema(schema)
    , m_options(std::move(options))
    , m_keyField(schema.indexOf(schema.idempotencyPath()))
{}

std::unique_ptr<VendorProtocol> VendorProtocol::forSchema(const EntitySchema &schema,
                                                          const Options &options)
{
    if (schema.vendor() == QLatin1String("procore"))
        return std::make_unique<ProcoreProtocol>(schema, options);
    if (schema.vendor() == QLatin1String("primavera"))
        return std::make_unique<PrimaveraProtocol>(schema, options);
    if (schema.vendor() == QLatin1String("intacct"))
        return std::make_unique<IntacctProtocol>(schema, options);
    return nullptr;
}

QString VendorProtocol::itemKey(const Record &record) const
{
    if (m_keyField >= 0 && m_keyField < record.fieldCount()) {
        const QVariant &v = record.value(m_keyField);
        if (!ValueCodec::isEmpty(v))
            return ValueCodec::toText(m_schema.field(m_keyField), v);
    }
    return record.syncKey();
}

int VendorProtocol::batchSize() const
{
    const int limit = qMax(1, m_schema.maxBatchItems());
    return m_options.batchSize > 0 ? qMin(m_options.batchSize, limit) : limit;
}

void VendorProtocol::appendItem(VendorRequest &request, QByteArray &items,
                                const PayloadWriter &writer, const Record &record,
                                const PayloadWriter::Members &extra) const
{
    const QString key = itemKey(record);
    PayloadWriter::Members members;
    if (!key.isEmpty())
        members.append({m_schema.idempotencyPath(), PayloadWriter::string(key)});
    members += extra;
    if (!request.recordIds.isEmpty())
        items += ',';
    items += writer.item(record, members);
    request.recordIds.append(record.id());
    request.itemKeys.append(key);
    request.remoteIds.append(record.remoteId());
}

std::optional<QVector<ItemResult>>
VendorProtocol::notReadable(const VendorRequest &request, int httpStatus, const QByteArray &body)
{
    if (httpStatus == 429 || httpStatus >= 500 || httpStatus == 0)
        return allItems(request, ItemResult::Outcome::Unknown, httpStatus, bodyMessage(body));
    if (httpStatus < 200 || httpStatus >= 300)
        return allItems(request, ItemResult::Outcome::Failed, httpStatus, bodyMessage(body));
    return std::nullopt;
}

QVector<ItemResult> VendorProtocol::allItems(const VendorRequest &request,
                                             ItemResult::Outcome outcome, int httpStatus,
                                             const QString &message)
{
    QVector<ItemResult> out;
    for (int i = 0; i < request.recordIds.size(); ++i)
        out.append({request.recordIds.at(i), outcome, request.remoteIds.value(i), httpStatus,
                    message});
    return out;
}

QString VendorProtocol::idText(const QJsonValue &id)
{
    return PayloadReader::idText(id);
}

QString VendorProtocol::bodyMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return QString::fromUtf8(body.left(2000)).trimmed();
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

void VendorProtocol::markUnanswered(QVector<ItemResult> &results, const QString &vendor)
{
    for (ItemResult &r : results) {
        if (r.outcome == ItemResult::Outcome::Unknown && r.message.isEmpty())
            r.message = tr("%1's answer does not mention this row; it is looked up before it "
                           "is sent again.")
                                .arg(vendor);
    }
}

std::optional<PullPage> VendorProtocol::pageNotReadable(int httpStatus,
                                                        const QString &message) const
{
    const QString &vendor = m_schema.vendorLabel();
    PullPage page;
    if (httpStatus == 0) {
        page.retry = true;
        page.problem = message.isEmpty() ? tr("no answer from %1").arg(vendor)
                                         : tr("no answer from %1: %2").arg(vendor, message);
    } else if (httpStatus == 429) {
        page.retry = true;
        page.problem = tr("%1 asked to slow down (HTTP 429)").arg(vendor);
    } else if (httpStatus >= 500) {
        page.retry = true;
        page.problem = tr("%1 could not answer (HTTP %2): %3")
                               .arg(vendor, QString::number(httpStatus), message);
    } else if (httpStatus < 200 || httpStatus >= 300) {
        page.problem = message.isEmpty() ? tr("%1 gave no reason").arg(vendor) : message;
    } else {
        return std::nullopt;
    }
    return page;
}

PullPage VendorProtocol::unreadablePage(const QByteArray &body) const
{
    PullPage page;
    page.retry = true;
    page.problem =
            tr("%1's answer could not be read: %2").arg(m_schema.vendorLabel(), bodyMessage(body));
    return page;
}

PullPage VendorProtocol::arrayPage(int httpStatus, const QByteArray &body) const
{
    if (auto failed = pageNotReadable(httpStatus, bodyMessage(body)))
        return *failed;
    const QJsonDocument doc = PayloadReader::parse(body);
    if (!doc.isArray())
        return unreadablePage(body);
    PullPage page;
    const PayloadReader reader(m_schema);
    const QJsonArray items = doc.array();
    page.records.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return unreadablePage(body);
        page.records.append(reader.record(item.toObject()));
    }
    return page;
}

QByteArray VendorProtocol::headerValue(const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return QByteArray();
}
