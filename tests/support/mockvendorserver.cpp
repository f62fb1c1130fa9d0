#include "mockvendorserver.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 207:
        return "Multi-Status";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// Leaves of a JSON object as dotted paths.
void flatten(const QJsonObject &object, const QString &prefix,
             QList<QPair<QString, QJsonValue>> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), path, out);
        else
            out.append({path, it.value()});
    }
}

QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QVariant var = v.toVariant();
    return var.isValid() ? QString::number(var.toLongLong()) : QString();
}

} // namespace

MockVendorServer::MockVendorServer(const EntitySchema &schema, QObject *parent)
    : QObject(parent)
    , m_schema(schema)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MockVendorServer::onConnection);
}

bool MockVendorServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl MockVendorServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void MockVendorServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void MockVendorServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                               lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        handle(socket, requestLine.value(0), QUrl(QString::fromLatin1(requestLine.value(1))),
               headers, body);
    }
}

void MockVendorServer::handle(QTcpSocket *socket, const QByteArray &method, const QUrl &url,
                              const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    ++m_requests;
    const Fault current = m_faults.isEmpty() ? Fault::None : m_faults.takeFirst();
    if (current == Fault::RateLimited) {
        Answer a{429, {}, QByteArrayLiteral("{\"errors\":\"Rate limit exceeded\"}")};
        if (m_schema.vendor() == QLatin1String("procore"))
            a.headers.append(
                    {"X-Rate-Limit-Reset",
                     QByteArray::number(QDateTime::currentSecsSinceEpoch() + retryAfterSeconds)});
        else
            a.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
        return send(socket, a);
    }
    if (current == Fault::ServerError)
        return send(socket, {500, {}, QByteArrayLiteral("{\"error\":\"internal\"}")});
    if (current == Fault::Unavailable)
        return send(socket, {503, {}, QByteArrayLiteral("Service Unavailable")});

    const int createdBefore = m_creates;
    const Answer answer = process(method, url, headers, body);
    emit requestSeen(QStringLiteral("%1 %2 -> %3 (%4 created, %5 held)")
                             .arg(QString::fromLatin1(method), url.path())
                             .arg(answer.status)
                             .arg(m_creates - createdBefore)
                             .arg(m_records.size()));
    if (current == Fault::DropAfterCommit) {
        socket->abort();
        return;
    }
    if (current == Fault::Malformed)
        return send(socket, {200, {}, QByteArrayLiteral("{\"entities\": [ <html>oops")});
    const int delay = current == Fault::Slow ? slowMs : answerDelayMs;
    if (delay > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, guard, answer] {
            if (guard)
                send(guard, answer);
        });
        return;
    }
    send(socket, answer);
}

void MockVendorServer::send(QTcpSocket *socket, const Answer &answer)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) +
                     "\r\nContent-Type: application/json\r\n";
    for (const auto &h : answer.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(answer.body.size()) +
           "\r\nConnection: close\r\n\r\n" + answer.body;
    socket->write(out);
    socket->disconnectFromHost();
}

MockVendorServer::Answer MockVendorServer::refuse(int status, const QString &why)
{
    m_violations.append(why);
    if (m_schema.vendor() == QLatin1String("intacct")) {
        QJsonObject error{{QStringLiteral("code"), QStringLiteral("invalidRequest")},
                          {QStringLiteral("message"), why}};
        return {status,
                {},
                json(QJsonObject{{QStringLiteral("ia::result"),
                                  QJsonObject{{QStringLiteral("ia::error"), error}}}})};
    }
    return {status, {}, json(QJsonObject{{QStringLiteral("errors"), why}})};
}

MockVendorServer::Answer MockVendorServer::process(const QByteArray &method, const QUrl &url,
                                                   const QHash<QByteArray, QByteArray> &headers,
                                                   const QByteArray &body)
{
    if (url.path().endsWith(QLatin1String("/authorize")) ||
        url.path().endsWith(QLatin1String("/oauth/token")) ||
        url.path().endsWith(QLatin1String("/oauth2/token")) ||
        url.path().endsWith(QLatin1String("/primediscovery/apitoken/request")))
        return signIn(method, url, headers, body);
    if (expireTokenAfter >= 0 && m_authorized == expireTokenAfter) {
        token += QStringLiteral("-renewed");
        expireTokenAfter = -1;
    }
    const QByteArray basic = "Basic " + (username + QLatin1Char(':') + secret).toUtf8().toBase64();
    if (headers.value("authorization") != "Bearer " + token.toLatin1() &&
        !(acceptBasic && headers.value("authorization") == basic)) {
        // An expired token is the client's normal life, not a contract violation.
        return {401, {}, QByteArrayLiteral("{\"errors\":\"invalid or expired token\"}")};
    }
    ++m_authorized;
    if (!tenant.isEmpty() && headers.value("x-prime-tenant-code") != tenant.toLatin1())
        return refuse(401, QStringLiteral("x-prime-tenant-code missing"));
    if (!headers.value("content-type").startsWith("application/json"))
        return refuse(400, QStringLiteral("Content-Type is not application/json"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull())
        return refuse(400, QStringLiteral("body is not JSON: %1").arg(error.errorString()));
    const QString vendor = m_schema.vendor();
    if (vendor == QLatin1String("procore")) {
        if (headers.value("procore-company-id") != companyId.toLatin1())
            return refuse(403, QStringLiteral("Procore-Company-Id missing or wrong"));
        return procore(method, url, doc);
    }
    if (vendor == QLatin1String("primavera"))
        return primavera(method, url, doc);
    return intacct(method, url, headers, body, doc);
}

MockVendorServer::Answer MockVendorServer::signIn(const QByteArray &method, const QUrl &url,
                                                  const QHash<QByteArray, QByteArray> &headers,
                                                  const QByteArray &body)
{
    if (url.path().endsWith(QLatin1String("/authorize"))) {
        // The user "signs in" at once: back to the app's loopback address with a code.
        const QUrlQuery query(url);
        if (query.queryItemValue(QStringLiteral("client_id")) != clientId ||
            query.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code"))
            return {400, {}, QByteArrayLiteral("{\"error\":\"invalid_request\"}")};
        QUrl back(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("code"), authorizationCode);
        answer.addQueryItem(QStringLiteral("state"),
                            query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        back.setQuery(answer);
        return {302, {{"Location", back.toEncoded()}}, QByteArray()};
    }
    if (method != "POST")
        return {405, {}, QByteArrayLiteral("{}")};
    if (url.path().endsWith(QLatin1String("/primediscovery/apitoken/request"))) {
        const QByteArray expected =
                "Basic " + (username + QLatin1Char(':') + secret).toUtf8().toBase64();
        if (headers.value("authorization") != expected ||
            !QUrlQuery(url)
                     .queryItemValue(QStringLiteral("scope"))
                     .startsWith(QLatin1String("http://")))
            return {401, {}, QByteArrayLiteral("{\"error\":\"invalid credentials\"}")};
        ++signIns;
        tenant = QStringLiteral("T1");
        return {200,
                {},
                json(QJsonObject{{QStringLiteral("accessToken"), token},
                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 {QStringLiteral("expiresIn"), 3600},
                                 {QStringLiteral("requestHeaders"),
                                  QJsonObject{{QStringLiteral("x-prime-tenant-code"), tenant}}}})};
    }
    const QUrlQuery form(QString::fromUtf8(body));
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
    if (grant == QLatin1String("authorization_code") || grant == QLatin1String("refresh_token")) {
        const bool ok = form.queryItemValue(QStringLiteral("client_id")) == clientId &&
                        (grant == QLatin1String("authorization_code")
                                 ? form.queryItemValue(QStringLiteral("code"),
                                                       QUrl::FullyDecoded) == authorizationCode
                                 : !refreshToken.isEmpty() &&
                                           form.queryItemValue(QStringLiteral("refresh_token"),
                                                               QUrl::FullyDecoded) == refreshToken);
        if (!ok)
            return {400, {}, QByteArrayLiteral("{\"error\":\"invalid_grant\"}")};
        ++signIns;
        refreshToken = QStringLiteral("refresh-%1").arg(++refreshes);
        return {200,
                {},
                json(QJsonObject{{QStringLiteral("access_token"), token},
                                 {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                 {QStringLiteral("expires_in"), 5400},
                                 {QStringLiteral("refresh_token"), refreshToken}})};
    }
    if (!headers.value("content-type").startsWith("application/x-www-form-urlencoded") ||
        form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials") ||
        form.queryItemValue(QStringLiteral("client_id")) != clientId ||
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != secret)
        return {401, {}, QByteArrayLiteral("{\"error\":\"invalid_client\"}")};
    ++signIns;
    return {200,
            {},
            json(QJsonObject{{QStringLiteral("access_token"), token},
                             {QStringLiteral("token_type"), QStringLiteral("bearer")},
                             {QStringLiteral("expires_in"), 5400}})};
}

QStringList MockVendorServer::checkItem(const QJsonObject &item, const QStringList &allowed) const
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QStringList problems;
    QList<QPair<QString, QJsonValue>> leaves;
    flatten(item, QString(), leaves);
    for (const auto &leaf : leaves) {
        if (allowed.contains(leaf.first))
            continue;
        const int index = m_schema.indexOf(leaf.first);
        if (index < 0) {
            problems.append(QStringLiteral("unknown field %1").arg(leaf.first));
            continue;
        }
        const FieldSpec &f = m_schema.field(index);
        const QJsonValue &v = leaf.second;
        if (f.readOnly || f.location != FieldLocation::Item) {
            problems.append(QStringLiteral("%1 may not be sent in an item").arg(f.path));
            continue;
        }
        bool ok = true;
        switch (f.type) {
        case FieldType::Integer:
            ok = f.wireAsString ? v.isString()
                                : (v.isDouble() &&
                                   v.toVariant().metaType() == QMetaType::fromType<qlonglong>());
            break;
        case FieldType::Decimal:
            ok = f.wireAsString ? v.isString() : v.isDouble();
            break;
        case FieldType::Boolean:
            ok = v.isBool();
            break;
        case FieldType::Date:
            ok = v.isString() && isoDate.match(v.toString()).hasMatch();
            break;
        case FieldType::DateTime:
            ok = v.isString() && QDateTime::fromString(v.toString(), Qt::ISODate).isValid();
            break;
        case FieldType::Enum: {
            ok = v.isString();
            bool known = false;
            for (const EnumValue &e : f.values)
                known = known || e.value == v.toString();
            ok = ok && known;
            break;
        }
        case FieldType::String:
        case FieldType::Reference:
            ok = v.isString() && (!f.maxLength || v.toString().size() <= *f.maxLength);
            break;
        }
        if (!ok)
            problems.append(
                    QStringLiteral("%1 has the wrong type or value: %2")
                            .arg(f.path, QString::fromUtf8(json(QJsonObject{{f.path, v}}))));
    }
    return problems;
}

int MockVendorServer::findByKey(const QString &key) const
{
    return key.isEmpty() ? -1 : m_byKey.value(key, -1);
}

int MockVendorServer::findByRemoteId(const QString &id) const
{
    return id.isEmpty() ? -1 : m_byRemoteId.value(id, -1);
}

int MockVendorServer::store(const QString &key, const QJsonObject &item, const QString &remoteId)
{
    int i = remoteId.isEmpty() ? findByKey(key) : findByRemoteId(remoteId);
    if (i < 0) {
        ++m_creates;
        m_records.append({QString::number(m_nextId++), key, item, 0});
        i = int(m_records.size()) - 1;
        if (!key.isEmpty())
            m_byKey.insert(key, i);
        m_byRemoteId.insert(m_records.at(i).remoteId, i);
    } else {
        for (auto it = item.begin(); it != item.end(); ++it)
            m_records[i].fields.insert(it.key(), it.value());
    }
    ++m_records[i].writes;
    return i;
}

bool MockVendorServer::refused(const QJsonObject &item) const
{
    return !refuseField.isEmpty() && item.value(refuseField).toVariant().toString() == refuseValue;
}

MockVendorServer::Answer MockVendorServer::procore(const QByteArray &method, const QUrl &url,
                                                   const QJsonDocument &doc)
{
    if (method != "PATCH")
        return refuse(405, QStringLiteral("Procore sync takes PATCH, not %1")
                                   .arg(QString::fromLatin1(method)));
    if (url.path() != m_schema.path())
        return refuse(404, QStringLiteral("no such path %1").arg(url.path()));
    const QUrlQuery query(url);
    const QJsonObject root = doc.object();
    for (const FieldSpec &f : m_schema.fields()) {
        if (f.location == FieldLocation::BatchQuery && !query.hasQueryItem(f.path))
            return refuse(400, QStringLiteral("query parameter %1 is missing").arg(f.path));
        if (f.location == FieldLocation::BatchBody &&
            root.value(f.path).toVariant().metaType() != QMetaType::fromType<qlonglong>())
            return refuse(400, QStringLiteral("%1 is missing from the body").arg(f.path));
    }
    const QJsonArray updates = root.value(QLatin1String("updates")).toArray();
    if (updates.isEmpty())
        return refuse(400, QStringLiteral("no updates"));
    if (updates.size() > m_schema.maxBatchItems())
        return refuse(413, QStringLiteral("more than %1 items").arg(m_schema.maxBatchItems()));
    return procoreItems(updates);
}

MockVendorServer::Answer MockVendorServer::procoreItems(const QJsonArray &updates)
{
    QJsonArray entities;
    QJsonArray errors;
    for (const QJsonValue &v : updates) {
        QJsonObject item = v.toObject();
        const QStringList problems = checkItem(item, {});
        if (!problems.isEmpty()) {
            m_violations += problems;
            item.insert(
                    QStringLiteral("errors"),
                    QJsonObject{{QStringLiteral("base"), QJsonArray::fromStringList(problems)}});
            errors.append(item);
            continue;
        }
        const QString id = idText(item.value(QLatin1String("id")));
        const QString origin = item.value(QLatin1String("origin_id")).toString();
        if (!id.isEmpty() && findByRemoteId(id) < 0) {
            item.insert(
                    QStringLiteral("errors"),
                    QJsonObject{{QStringLiteral("id"), QJsonArray{QStringLiteral("not found")}}});
            errors.append(item);
            continue;
        }
        if (refused(item)) {
            item.insert(QStringLiteral("errors"),
                        QJsonObject{{refuseField, QJsonArray{QStringLiteral("is invalid")}}});
            errors.append(item);
            continue;
        }
        // Neither id nor origin_id: Procore creates a new record every time.
        const int i = store(origin, item, id);
        QJsonObject entity = m_records.at(i).fields;
        entity.insert(QStringLiteral("id"), m_records.at(i).remoteId.toLongLong());
        entities.append(entity);
    }
    return {200,
            {},
            json(QJsonObject{{QStringLiteral("entities"), entities},
                             {QStringLiteral("errors"), errors}})};
}

MockVendorServer::Answer MockVendorServer::primavera(const QByteArray &method, const QUrl &url,
                                                     const QJsonDocument &doc)
{
    if (method != "POST")
        return refuse(405, QStringLiteral("syncBatch takes POST"));
    // Under whatever API root the profile names: …/commitment/syncBatch.
    if (!url.path().endsWith(QLatin1Char('/') + m_schema.path().section(QLatin1Char('/'), -2)))
        return refuse(404, QStringLiteral("no such path %1").arg(url.path()));
    if (!doc.isArray())
        return refuse(400, QStringLiteral("Invalid Input: the body must be a JSON array"));
    const QJsonArray items = doc.array();
    if (items.isEmpty() || items.size() > m_schema.maxBatchItems())
        return refuse(400, QStringLiteral("Invalid Input: %1 items").arg(items.size()));
    QJsonArray answers;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString sourceId = item.value(QLatin1String("sourceId")).toString();
        QJsonObject a{{QStringLiteral("sourceId"), sourceId}};
        const QStringList problems = checkItem(item, {});
        if (sourceId.isEmpty() || !problems.isEmpty() || refused(item)) {
            m_violations += problems;
            a.insert(QStringLiteral("statusCode"), 400);
            a.insert(QStringLiteral("message"), problems.isEmpty()
                                                        ? QStringLiteral("Invalid value")
                                                        : problems.join(QStringLiteral("; ")));
            answers.append(a);
            continue;
        }
        const bool exists = findByKey(sourceId) >= 0;
        const int i = store(sourceId, item);
        a.insert(QStringLiteral("statusCode"), exists ? 204 : 201);
        a.insert(QStringLiteral("primaryKeyName"), m_schema.remoteIdPath());
        a.insert(QStringLiteral("primaryKeyValue"), m_records.at(i).remoteId.toLongLong());
        answers.append(a);
    }
    return {207, {}, json(answers)};
}

MockVendorServer::Answer MockVendorServer::intacct(const QByteArray &method, const QUrl &url,
                                                   const QHash<QByteArray, QByteArray> &headers,
                                                   const QByteArray &body, const QJsonDocument &doc)
{
    if (url.path() != m_schema.path())
        return refuse(404, QStringLiteral("no such path %1").arg(url.path()));
    if (method != "POST" && method != "PATCH")
        return refuse(405, QStringLiteral("bulk requests take POST or PATCH"));
    const QByteArray key = headers.value("idempotency-key");
    if (key.isEmpty() || key.size() > 256)
        return refuse(400, QStringLiteral("Idempotency-Key missing or too long"));
    if (m_idempotent.contains(key)) {
        if (m_idempotent.value(key).first != body)
            return refuse(409, QStringLiteral("Idempotency-Key reused with another body"));
        return m_idempotent.value(key).second; // the first answer, replayed
    }
    if (!doc.isArray() || doc.array().isEmpty() || doc.array().size() > m_schema.maxBatchItems())
        return refuse(400, QStringLiteral("the body must be an array of 1 to %1 records")
                                   .arg(m_schema.maxBatchItems()));
    QJsonArray results;
    int errors = 0;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const QString remote = item.value(QLatin1String("key")).toString();
        const QStringList problems = checkItem(
                item, method == "PATCH" ? QStringList{QStringLiteral("key")} : QStringList());
        QString failure;
        if (!problems.isEmpty()) {
            m_violations += problems;
            failure = problems.join(QStringLiteral("; "));
        } else if (method == "POST" && (id.isEmpty() || findByKey(id) >= 0)) {
            failure = QStringLiteral("Project contract ID %1 already exists").arg(id);
        } else if (method == "PATCH" && findByRemoteId(remote) < 0) {
            failure = QStringLiteral("No project contract with key %1").arg(remote);
        } else if (refused(item)) {
            failure = QStringLiteral("%1 is not valid").arg(refuseField);
        }
        if (!failure.isEmpty()) {
            ++errors;
            results.append(QJsonObject{
                    {QStringLiteral("ia::error"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("invalidRequest")},
                                 {QStringLiteral("message"), failure}}}});
            continue;
        }
        const int i = store(id, item, remote);
        results.append(QJsonObject{{QStringLiteral("key"), m_records.at(i).remoteId},
                                   {QStringLiteral("id"), id}});
    }
    const int total = int(results.size());
    const Answer answer{
            errors ? 207 : (method == "POST" ? 201 : 200),
            {},
            json(QJsonObject{{QStringLiteral("ia::result"), results},
                             {QStringLiteral("ia::meta"),
                              QJsonObject{{QStringLiteral("totalCount"), total},
                                          {QStringLiteral("totalSuccess"), total - errors},
                                          {QStringLiteral("totalError"), errors}}}})};
    m_idempotent.insert(key, {body, answer});
    return answer;
}
