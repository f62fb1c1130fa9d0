#include "procoreprotocol.h"

#include "payloadreader.h"
#include "payloadwriter.h"
#include "valuecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrlQuery>

#include <limits>

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

// Listing filters are spelled filters[contract_id] in the query.
QString filterName(const QString &field)
{
    return QStringLiteral("filters[%1]").arg(field);
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

QString ProcoreProtocol::listPath() const
{
    QString path = m_schema.path();
    if (path.endsWith(QLatin1String("/sync")))
        path.chop(5);
    return path;
}

QVector<VendorRequest> ProcoreProtocol::pullRequests(const PullScope &scope) const
{
    // Change orders hang from a contract: one listing per contract the scope names.
    const int contractField = m_schema.indexOf(QStringLiteral("contract_id"));
    QStringList contracts;
    if (contractField >= 0 && m_schema.field(contractField).location != FieldLocation::Item)
        contracts = scope.contractIds;
    contracts.removeDuplicates();
    if (contracts.isEmpty())
        contracts.append(QString());
    QVector<VendorRequest> requests;
    for (const QString &contract : std::as_const(contracts)) {
        VendorRequest request;
        request.method = "GET";
        request.path = listPath();
        if (!scope.projectId.isEmpty())
            request.query.append({QStringLiteral("project_id"), scope.projectId});
        if (!contract.isEmpty())
            request.query.append({filterName(QStringLiteral("contract_id")), contract});
        request.query.append({QStringLiteral("page"), QStringLiteral("1")});
        request.query.append({QStringLiteral("per_page"),
                              QString::number(pageSizeOf(scope, defaultPageSize()))});
        requests.append(request);
    }
    return requests;
}

QUrl ProcoreProtocol::nextLink(const QByteArray &linkHeader)
{
    // <url>; rel="first", <url>; rel="next": each entry read from its angle brackets, as a URL
    // may itself hold commas.
    static const QRegularExpression rel(QStringLiteral(R"(;\s*rel\s*=\s*"?([^";,]*))"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(linkHeader);
    qsizetype at = 0;
    for (;;) {
        const qsizetype open = text.indexOf(QLatin1Char('<'), at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('>'), open);
        if (close < 0)
            return QUrl();
        const qsizetype following = text.indexOf(QLatin1Char('<'), close);
        const QString params = text.mid(close + 1, following < 0 ? -1 : following - close - 1);
        const QRegularExpressionMatch match = rel.match(params);
        if (match.hasMatch() && match.captured(1)
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                        .contains(QLatin1String("next"), Qt::CaseInsensitive))
            return QUrl(text.mid(open + 1, close - open - 1));
        if (following < 0)
            return QUrl();
        at = following;
    }
}

PullPage ProcoreProtocol::parsePullPage(const VendorRequest &request, int httpStatus,
                                        const QList<QPair<QByteArray, QByteArray>> &headers,
                                        const QByteArray &body) const
{
    PullPage page = arrayPage(httpStatus, body);
    if (!page.problem.isEmpty())
        return page;
    for (Record &record : page.records) {
        // The project (and contract) a record belongs to, when the listing leaves it out: the
        // one this request asked for.
        for (int i = 0; i < m_schema.fieldCount(); ++i) {
            const FieldSpec &field = m_schema.field(i);
            if (field.location == FieldLocation::Item || !ValueCodec::isEmpty(record.value(i)))
                continue;
            QString asked = request.queryValue(field.path);
            if (asked.isEmpty())
                asked = request.queryValue(filterName(field.path));
            if (!asked.isEmpty())
                record.setValue(i, ValueCodec::fromText(field, asked).value);
        }
    }

    page.next = followPages(request, headers, defaultPageSize(), &page.total);
    return page;
}

QVector<VendorRequest>
ProcoreProtocol::followPages(const VendorRequest &request,
                             const QList<QPair<QByteArray, QByteArray>> &headers,
                             int defaultPerPage, int *total)
{
    QVector<VendorRequest> pages;
    const int current = qMax(1, request.queryValue(QStringLiteral("page")).toInt());
    bool known = false;
    int perPage = headerValue(headers, "Per-Page").toInt(&known);
    if (!known || perPage <= 0)
        perPage = request.queryValue(QStringLiteral("per_page")).toInt();
    if (perPage <= 0)
        perPage = defaultPerPage;
    const qint64 listed = headerValue(headers, "Total").toLongLong(&known);
    if (known && listed >= 0) {
        *total = int(qMin<qint64>(listed, std::numeric_limits<int>::max()));
        // The first page asks for all the others at once, fetched side by side; those pages
        // ask for nothing more (each is asked for exactly once).
        if (current == 1) {
            const qint64 count = (listed + perPage - 1) / perPage;
            for (qint64 n = 2; n <= count; ++n) {
                VendorRequest next = request;
                next.setQueryValue(QStringLiteral("page"), QString::number(n));
                next.setQueryValue(QStringLiteral("per_page"), QString::number(perPage));
                pages.append(next);
            }
        }
        return pages;
    }
    // No total: the next link, one page at a time. Its query items replace the request's; the
    // request's own filters stay if the link leaves them out, and the path stays below the
    // profile's base URL.
    const QUrl link = nextLink(headerValue(headers, "Link"));
    if (!link.isValid() || !link.hasQuery())
        return pages;
    VendorRequest next = request;
    const auto linkItems = QUrlQuery(link).queryItems(QUrl::FullyDecoded);
    for (const auto &item : linkItems)
        next.setQueryValue(item.first, item.second);
    if (next.queryValue(QStringLiteral("page")).toInt() > current) // never back, never twice
        pages.append(next);
    return pages;
}
