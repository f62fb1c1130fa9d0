#include "referenceprotocol.h"

#include "payloadreader.h"
#include "payloadwriter.h"
#include "primaveraprotocol.h"
#include "procoreprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <limits>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Paging = ReferenceRequestSpec::Paging;

QString fill(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QJsonValue fillJson(const QJsonValue &value, const QHash<QString, QString> &values)
{
    if (value.isString())
        return fill(value.toString(), values);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(fillJson(v, values));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), fillJson(it.value(), values));
        return out;
    }
    return value;
}

// A scalar as text: strings as they are, integers as their digits (exactly), booleans as
// true / false; empty for null, absent, objects and arrays.
QString scalarText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isString() || v.isDouble())
        return PayloadReader::idText(v);
    return QString();
}

// Intacct's query body, its members always in this order.
QByteArray queryBody(const QString &object, const QJsonArray &fields, const QJsonArray &filters,
                     qint64 start, qint64 size)
{
    QByteArray body = "{\"object\":" + PayloadWriter::string(object) +
                      ",\"fields\":" + QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (!filters.isEmpty())
        body += ",\"filters\":" + QJsonDocument(filters).toJson(QJsonDocument::Compact);
    body += ",\"start\":" + QByteArray::number(start) + ",\"size\":" + QByteArray::number(size) +
            '}';
    return body;
}

QString bodyMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return QString::fromUtf8(body.left(2000)).trimmed();
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// "BL01001: Customer C-9 does not exist (errorId)"
QString intacctError(const QJsonObject &error)
{
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    return code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message);
}

} // namespace

ReferenceProtocol::ReferenceProtocol(const ReferenceListSpec &list, ProtocolOptions options)
    : m_list(list)
    , m_options(std::move(options))
{}

VendorRequest ReferenceProtocol::build(const ReferenceRequestSpec &spec,
                                       const QHash<QString, QString> &values, int pageSize) const
{
    VendorRequest request;
    request.method = spec.method.toLatin1();
    request.path = fill(spec.path, values);
    for (const auto &item : spec.query)
        request.query.append({item.first, fill(item.second, values)});
    switch (spec.paging) {
    case Paging::None:
        break;
    case Paging::Pages:
        request.query.append({QStringLiteral("page"), QStringLiteral("1")});
        request.query.append({QStringLiteral("per_page"), QString::number(pageSize)});
        break;
    case Paging::Query:
        request.addHeader("Content-Type", "application/json");
        request.body = queryBody(spec.object, QJsonArray::fromStringList(m_list.record.paths()),
                                 fillJson(spec.filters, values).toArray(), 1, pageSize);
        break;
    }
    return request;
}

Result<QVector<VendorRequest>> ReferenceProtocol::listRequests(const ReferenceScope &scope) const
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("api_root"), m_options.apiRoot.isEmpty()
                                                      ? PrimaveraProtocol::defaultApiRoot()
                                                      : m_options.apiRoot);
    values.insert(QStringLiteral("company_id"), scope.companyId.trimmed());
    if (m_list.isScoped())
        values.insert(m_list.scope, scope.scopeValue.trimmed());
    QStringList needed = m_list.request.placeholders() + m_list.inactiveRequest.placeholders();
    for (const QString &name : std::as_const(needed)) {
        if (!values.value(name).isEmpty())
            continue;
        if (name == QLatin1String("company_id"))
            return Result<QVector<VendorRequest>>::failure(
                    tr("%1 needs the company id: set it in the connection profile.")
                            .arg(m_list.label));
        return Result<QVector<VendorRequest>>::failure(
                tr("%1 is read per project: the row names no project to read it for.")
                        .arg(m_list.label));
    }
    const int size = scope.pageSize > 0 ? scope.pageSize : defaultPageSize();
    QVector<VendorRequest> requests = {build(m_list.request, values, size)};
    if (!m_list.inactiveRequest.isEmpty())
        requests.append(build(m_list.inactiveRequest, values, size));
    return requests;
}

bool ReferenceProtocol::isInactiveListing(const VendorRequest &request) const
{
    if (m_list.inactiveRequest.isEmpty())
        return false;
    // The inactive path with each placeholder standing for one path segment.
    static const QRegularExpression placeholder(QStringLiteral(R"(\{[A-Za-z_]+\})"));
    const QString &path = m_list.inactiveRequest.path;
    QString pattern;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(path.mid(at, m.capturedStart() - at)) +
                   QStringLiteral("[^/]+");
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(path.mid(at));
    const QRegularExpression whole(QRegularExpression::anchoredPattern(pattern));
    return whole.match(request.path).hasMatch();
}

const ReferenceRequestSpec &ReferenceProtocol::specOf(const VendorRequest &request) const
{
    return isInactiveListing(request) ? m_list.inactiveRequest : m_list.request;
}

ReferenceRecord ReferenceProtocol::record(const QJsonObject &item, bool listedInactive) const
{
    const ReferenceRecordMap &map = m_list.record;
    auto text = [&item](const QString &path) {
        return path.isEmpty() ? QString()
                              : scalarText(PayloadReader::valueAt(item, path)).trimmed();
    };
    ReferenceRecord r;
    r.id = text(map.id);
    r.name = text(map.name);
    r.originId = text(map.originId);
    r.originCode = text(map.originCode);
    r.number = text(map.number);
    for (const QString &path : map.aliases) {
        const QString alias = text(path);
        if (!alias.isEmpty() && alias != r.name && !r.aliases.contains(alias))
            r.aliases.append(alias);
    }
    QStringList detail;
    for (const QString &path : map.detail) {
        const QString part = text(path);
        if (!part.isEmpty())
            detail.append(part);
    }
    r.detail = detail.join(QStringLiteral(", "));
    if (listedInactive) {
        r.active = false;
    } else if (!map.activeField.isEmpty()) {
        // A record that does not say is taken as active; one that says, by the list's values.
        const QJsonValue state = PayloadReader::valueAt(item, map.activeField);
        if (!state.isUndefined() && !state.isNull()) {
            const QString said = scalarText(state);
            r.active = false;
            for (const QJsonValue &v : map.activeValues)
                r.active = r.active || scalarText(v) == said;
        }
    }
    return r;
}

std::optional<ReferencePage> ReferenceProtocol::notReadable(int httpStatus,
                                                            const QString &message) const
{
    // The same words as a pull's (VendorProtocol), so they share their translations.
    const QString &vendor = m_list.vendorLabel;
    ReferencePage page;
    if (httpStatus == 0) {
        page.retry = true;
        page.problem = message.isEmpty()
                               ? VendorProtocol::tr("no answer from %1").arg(vendor)
                               : VendorProtocol::tr("no answer from %1: %2").arg(vendor, message);
    } else if (httpStatus == 429) {
        page.retry = true;
        page.problem = VendorProtocol::tr("%1 asked to slow down (HTTP 429)").arg(vendor);
    } else if (httpStatus >= 500) {
        page.retry = true;
        page.problem = VendorProtocol::tr("%1 could not answer (HTTP %2): %3")
                               .arg(vendor, QString::number(httpStatus), message);
    } else if (httpStatus < 200 || httpStatus >= 300) {
        page.problem =
                message.isEmpty() ? VendorProtocol::tr("%1 gave no reason").arg(vendor) : message;
    } else {
        return std::nullopt;
    }
    return page;
}

ReferencePage ReferenceProtocol::unreadable(const QByteArray &body) const
{
    ReferencePage page;
    page.retry = true;
    page.problem = VendorProtocol::tr("%1's answer could not be read: %2")
                           .arg(m_list.vendorLabel, bodyMessage(body));
    return page;
}

ReferencePage ReferenceProtocol::parsePage(const VendorRequest &request, int httpStatus,
                                           const Headers &headers, const QByteArray &body) const
{
    const ReferenceRequestSpec &spec = specOf(request);
    if (spec.paging == Paging::Query) {
        const QJsonObject root = PayloadReader::parse(body).object();
        const QJsonObject error = root.value(QLatin1String("ia::result"))
                                          .toObject()
                                          .value(QLatin1String("ia::error"))
                                          .toObject();
        if (auto failed = notReadable(httpStatus,
                                      error.isEmpty() ? bodyMessage(body) : intacctError(error)))
            return *failed;
        if (!error.isEmpty()) {
            ReferencePage page;
            page.problem = intacctError(error);
            return page;
        }
        if (!root.value(QLatin1String("ia::result")).isArray())
            return unreadable(body);
        return queryPage(request, root);
    }
    if (auto failed = notReadable(httpStatus, bodyMessage(body)))
        return *failed;
    const QJsonDocument doc = PayloadReader::parse(body);
    if (!doc.isArray())
        return unreadable(body);
    for (const QJsonValue &item : doc.array()) {
        if (!item.isObject())
            return unreadable(body);
    }
    if (spec.paging == Paging::Pages)
        return pagesPage(request, doc.array(), headers);
    ReferencePage page;
    const bool inactive = isInactiveListing(request);
    for (const QJsonValue &item : doc.array())
        page.records.append(record(item.toObject(), inactive));
    page.total = int(page.records.size()); // the whole list in one answer
    return page;
}

ReferencePage ReferenceProtocol::pagesPage(const VendorRequest &request, const QJsonArray &items,
                                           const Headers &headers) const
{
    ReferencePage page;
    const bool inactive = isInactiveListing(request);
    for (const QJsonValue &item : items)
        page.records.append(record(item.toObject(), inactive));

    page.next = ProcoreProtocol::followPages(request, headers, defaultPageSize(), &page.total);
    return page;
}

ReferencePage ReferenceProtocol::queryPage(const VendorRequest &request,
                                           const QJsonObject &root) const
{
    ReferencePage page;
    const QJsonArray items = root.value(QLatin1String("ia::result")).toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return unreadable(QJsonDocument(root).toJson(QJsonDocument::Compact));
        page.records.append(record(item.toObject(), false));
    }
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    const QString object = sent.value(QLatin1String("object")).toString();
    const QJsonArray fields = sent.value(QLatin1String("fields")).toArray();
    const QJsonArray filters = sent.value(QLatin1String("filters")).toArray();
    const qint64 start = qMax<qint64>(1, sent.value(QLatin1String("start")).toInteger(1));
    qint64 size = qMax<qint64>(1, sent.value(QLatin1String("size")).toInteger(defaultPageSize()));
    auto at = [&](qint64 from) {
        VendorRequest next = request;
        next.body = queryBody(object, fields, filters, from, size);
        return next;
    };
    const QJsonObject meta = root.value(QLatin1String("ia::meta")).toObject();
    bool known = false;
    const qint64 total =
            PayloadReader::idText(meta.value(QLatin1String("totalCount"))).toLongLong(&known);
    if (known && total >= 0) {
        page.total = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
        if (start == 1) {
            const qint64 served = meta.value(QLatin1String("pageSize")).toInteger();
            if (served > 0)
                size = served; // what Intacct serves, if it caps what was asked
            for (qint64 from = 1 + size; from <= total; from += size)
                page.next.append(at(from));
        }
        return page;
    }
    const qint64 next = PayloadReader::idText(meta.value(QLatin1String("next"))).toLongLong(&known);
    if (known && next > start) // never back, never twice
        page.next.append(at(next));
    return page;
}

ReferenceListPull::ReferenceListPull(const EntitySchema &schema, const ReferenceListSpec &list,
                                     ReferenceScope scope, const ProtocolOptions &options)
    : VendorProtocol(schema, options)
    , m_protocol(list, options)
    , m_scope(std::move(scope))
{}

QVector<VendorRequest> ReferenceListPull::pullRequests(const PullScope &scope) const
{
    ReferenceScope own = m_scope;
    if (scope.pageSize > 0)
        own.pageSize = scope.pageSize;
    auto requests = m_protocol.listRequests(own);
    return requests ? requests.value() : QVector<VendorRequest>();
}

PullPage ReferenceListPull::parsePullPage(const VendorRequest &request, int httpStatus,
                                          const QList<QPair<QByteArray, QByteArray>> &headers,
                                          const QByteArray &body) const
{
    ReferencePage read = m_protocol.parsePage(request, httpStatus, headers, body);
    PullPage page;
    page.references = std::move(read.records);
    page.next = std::move(read.next);
    page.total = read.total;
    page.retry = read.retry;
    page.problem = std::move(read.problem);
    return page;
}
