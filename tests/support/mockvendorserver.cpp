#include "mockvendorserver.h"

#include "payloadreader.h"

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

// Sets a member at a dotted path, making the objects on the way.
void insertAt(QJsonObject &object, const QStringList &steps, int at, const QJsonValue &value)
{
    if (at + 1 == steps.size()) {
        object.insert(steps.at(at), value);
        return;
    }
    QJsonObject child = object.value(steps.at(at)).toObject();
    insertAt(child, steps, at + 1, value);
    object.insert(steps.at(at), child);
}

void insertAt(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    insertAt(object, path.split(QLatin1Char('.')), 0, value);
}

// A scalar's text for comparing a filter with a stored value: 42 and "42" match.
QString scalarText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return idText(v);
}

// A positive integer query parameter; `fallback` when absent, 0 when not a positive integer.
int positive(const QUrlQuery &query, const QString &name, int fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int n = query.queryItemValue(name).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

QString stamp(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QDateTime now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return t.addMSecs(-t.time().msec()); // vendors stamp whole seconds
}

} // namespace

MockVendorServer::MockVendorServer(const EntitySchema &schema, QObject *parent)
    : QObject(parent)
    , m_schema(schema)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MockVendorServer::onConnection);
}

MockVendorServer::~MockVendorServer()
{
    // A socket deleted after this object's members says "disconnected" to handlers that use
    // m_buffers, which is gone by then: every socket stops talking to this first.
    m_server.close();
    QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    sockets += m_server.findChildren<QTcpSocket *>();
    sockets += m_buffers.keys();
    for (QTcpSocket *socket : std::as_const(sockets))
        socket->disconnect(this);
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
    if (isPull(method, url))
        ++m_pulls;
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
    const bool signingIn = url.path().endsWith(QLatin1String("/oauth/token")) ||
                           url.path().endsWith(QLatin1String("/oauth2/token")) ||
                           url.path().endsWith(QLatin1String("/primediscovery/apitoken/request"));
    const int delay = current == Fault::Slow           ? slowMs
                      : signingIn && signInDelayMs > 0 ? signInDelayMs
                                                       : answerDelayMs;
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
    if (!headers.contains("authorization"))
        return refuse(401, QStringLiteral("%1 %2 without an Authorization header")
                                   .arg(QString::fromLatin1(method), url.path()));
    const QByteArray basic = "Basic " + (username + QLatin1Char(':') + secret).toUtf8().toBase64();
    if (refuseEveryToken || (headers.value("authorization") != "Bearer " + token.toLatin1() &&
                             !(acceptBasic && headers.value("authorization") == basic))) {
        // An expired token is the client's normal life, not a contract violation.
        return {401, {}, QByteArrayLiteral("{\"errors\":\"invalid or expired token\"}")};
    }
    ++m_authorized;
    if (!tenant.isEmpty() && headers.value("x-prime-tenant-code") != tenant.toLatin1())
        return refuse(401, QStringLiteral("x-prime-tenant-code missing"));
    // A GET (a listing) carries no body; everything else a JSON one.
    const bool read = method == "GET";
    QJsonDocument doc;
    if (read) {
        if (!body.isEmpty())
            return refuse(400, QStringLiteral("a GET with a body"));
    } else {
        if (!headers.value("content-type").startsWith("application/json"))
            return refuse(400, QStringLiteral("Content-Type is not application/json"));
        QJsonParseError error;
        doc = QJsonDocument::fromJson(body, &error);
        if (doc.isNull())
            return refuse(400, QStringLiteral("body is not JSON: %1").arg(error.errorString()));
    }
    const QString vendor = m_schema.vendor();
    if (vendor == QLatin1String("procore")) {
        if (headers.value("procore-company-id") != companyId.toLatin1())
            return refuse(403, QStringLiteral("Procore-Company-Id missing or wrong"));
        if (!read)
            return procore(method, url, doc);
        if (auto references = procoreReferences(url))
            return *references;
        return procoreList(url);
    }
    if (vendor == QLatin1String("primavera")) {
        if (!read)
            return primavera(method, url, doc);
        if (auto references = primaveraReferences(url))
            return *references;
        return primaveraList(url);
    }
    if (url.path() == QLatin1String("/services/core/query"))
        return method == "POST" ? intacctQuery(doc)
                                : refuse(405, QStringLiteral("the query service takes POST"));
    if (read)
        return refuse(405, QStringLiteral("the stand-in lists project contracts through "
                                          "services/core/query only"));
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
        m_records.append({QString::number(m_nextId++), key, item, 0, now(), {}});
        i = int(m_records.size()) - 1;
        if (!key.isEmpty())
            m_byKey.insert(key, i);
        m_byRemoteId.insert(m_records.at(i).remoteId, i);
    } else {
        for (auto it = item.begin(); it != item.end(); ++it)
            m_records[i].fields.insert(it.key(), it.value());
    }
    ++m_records[i].writes;
    m_records[i].updatedAt = now();
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
    QJsonObject batch;
    for (const FieldSpec &f : m_schema.fields()) {
        if (f.location == FieldLocation::BatchQuery && !query.hasQueryItem(f.path))
            return refuse(400, QStringLiteral("query parameter %1 is missing").arg(f.path));
        if (f.location == FieldLocation::BatchBody &&
            root.value(f.path).toVariant().metaType() != QMetaType::fromType<qlonglong>())
            return refuse(400, QStringLiteral("%1 is missing from the body").arg(f.path));
        if (f.location == FieldLocation::BatchQuery)
            batch.insert(f.path, query.queryItemValue(f.path).toLongLong());
        else if (f.location == FieldLocation::BatchBody)
            batch.insert(f.path, root.value(f.path));
    }
    // The project (and contract) the request names once: one Procore does not hold is a
    // whole-request 404, as Procore answers a bad project; not a contract violation.
    const QString project = idText(batch.value(QLatin1String("project_id")));
    if (hasReferences(ReferenceKind::Projects) &&
        !findReference(ReferenceKind::Projects, QStringLiteral("id"), project))
        return {404,
                {},
                json(QJsonObject{{QStringLiteral("errors"),
                                  QStringLiteral("Project %1 not found").arg(project)}})};
    const QString contract = idText(batch.value(QLatin1String("contract_id")));
    if (!contract.isEmpty() && hasReferences(ReferenceKind::Contracts)) {
        const QJsonObject *held =
                findReference(ReferenceKind::Contracts, QStringLiteral("id"), contract);
        if (!held || scalarText(held->value(QLatin1String("project_id"))) != project)
            return {404,
                    {},
                    json(QJsonObject{{QStringLiteral("errors"),
                                      QStringLiteral("Contract %1 not found in project %2")
                                              .arg(contract, project)}})};
    }
    const QJsonArray updates = root.value(QLatin1String("updates")).toArray();
    if (updates.isEmpty())
        return refuse(400, QStringLiteral("no updates"));
    if (updates.size() > m_schema.maxBatchItems())
        return refuse(413, QStringLiteral("more than %1 items").arg(m_schema.maxBatchItems()));
    return procoreItems(updates, batch);
}

MockVendorServer::Answer MockVendorServer::procoreItems(const QJsonArray &updates,
                                                        const QJsonObject &batch)
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
        QString member;
        if (const QString why = missingReference(item, &member); !why.isEmpty()) {
            item.insert(QStringLiteral("errors"), QJsonObject{{member, QJsonArray{why}}});
            errors.append(item);
            continue;
        }
        // Neither id nor origin_id: Procore creates a new record every time.
        for (auto it = batch.begin(); it != batch.end(); ++it)
            item.insert(it.key(), it.value());
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
        const QString missing = problems.isEmpty() ? missingReference(item) : QString();
        if (!missing.isEmpty()) {
            a.insert(QStringLiteral("statusCode"), 400);
            a.insert(QStringLiteral("message"), missing);
            answers.append(a);
            continue;
        }
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
        } else {
            failure = missingReference(item);
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

bool MockVendorServer::isPull(const QByteArray &method, const QUrl &url) const
{
    return method == "GET" || (m_schema.vendor() == QLatin1String("intacct") &&
                               url.path() == QLatin1String("/services/core/query"));
}

QString MockVendorServer::addRemoteOnly(const QJsonObject &fields)
{
    const QString key = idText(PayloadReader::valueAt(fields, m_schema.idempotencyPath()));
    const QDateTime at = now();
    m_records.append({QString::number(m_nextId++), key, fields, 0, at, at});
    const int i = int(m_records.size()) - 1;
    if (!key.isEmpty())
        m_byKey.insert(key, i);
    m_byRemoteId.insert(m_records.at(i).remoteId, i);
    return m_records.at(i).remoteId;
}

bool MockVendorServer::setRemoteField(const QString &remoteId, const QString &path,
                                      const QJsonValue &value)
{
    const int i = findByRemoteId(remoteId);
    if (i < 0)
        return false;
    Stored &stored = m_records[i];
    insertAt(stored.fields, path, value);
    stored.updatedAt = now();
    if (path == m_schema.idempotencyPath()) {
        if (m_byKey.value(stored.key, -1) == i)
            m_byKey.remove(stored.key);
        stored.key = idText(value);
        if (!stored.key.isEmpty())
            m_byKey.insert(stored.key, i);
    }
    return true;
}

QJsonObject MockVendorServer::vendorView(const Stored &stored, const QString &listPath) const
{
    QJsonObject view = stored.fields;
    const QString vendor = m_schema.vendor();
    if (vendor == QLatin1String("procore")) {
        view.insert(QStringLiteral("id"), stored.remoteId.toLongLong());
        view.insert(QStringLiteral("created_at"), stamp(stored.createdAt));
        view.insert(QStringLiteral("updated_at"), stamp(stored.updatedAt));
    } else if (vendor == QLatin1String("primavera")) {
        view.insert(m_schema.remoteIdPath(), stored.remoteId.toLongLong());
        view.insert(QStringLiteral("updateDate"), stamp(stored.updatedAt));
        view.insert(QStringLiteral("link"),
                    listPath.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + stored.remoteId);
    } else {
        view.insert(QStringLiteral("key"), stored.remoteId);
        view.insert(QStringLiteral("href"), m_schema.path() + QLatin1Char('/') + stored.remoteId);
        view.insert(QStringLiteral("audit"),
                    QJsonObject{{QStringLiteral("createdDateTime"), stamp(stored.createdAt)},
                                {QStringLiteral("modifiedDateTime"), stamp(stored.updatedAt)},
                                {QStringLiteral("createdBy"), QStringLiteral("1")},
                                {QStringLiteral("modifiedBy"), QStringLiteral("1")}});
        // Intacct's own totals, decimals as strings; none yet for a contract it was just sent.
        for (const FieldSpec &f : m_schema.fields()) {
            if (f.readOnly && f.type == FieldType::Decimal &&
                PayloadReader::valueAt(view, f.path).isUndefined())
                insertAt(view, f.path, QStringLiteral("0.00"));
        }
    }
    return view;
}

MockVendorServer::Answer MockVendorServer::procoreList(const QUrl &url)
{
    QString listPath = m_schema.path();
    if (listPath.endsWith(QLatin1String("/sync")))
        listPath.chop(5);
    if (url.path() != listPath)
        return refuse(404, QStringLiteral("no such path %1").arg(url.path()));
    const QUrlQuery query(url);
    const bool perContract = m_schema.indexOf(QStringLiteral("contract_id")) >= 0;
    const QString contractFilter = QStringLiteral("filters[contract_id]");
    const QString originFilter = QStringLiteral("filters[origin_id]");
    QStringList known = {QStringLiteral("project_id"), QStringLiteral("page"),
                         QStringLiteral("per_page"), originFilter};
    if (perContract)
        known.append(contractFilter);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!known.contains(item.first))
            return refuse(400, QStringLiteral("unknown query parameter %1").arg(item.first));
    }
    bool ok = false;
    const qint64 project = query.queryItemValue(QStringLiteral("project_id")).toLongLong(&ok);
    if (!ok)
        return refuse(400, QStringLiteral("project_id is missing or not a number"));
    const int page = positive(query, QStringLiteral("page"), 1);
    int perPage = positive(query, QStringLiteral("per_page"), 100);
    if (page == 0 || perPage == 0)
        return refuse(400, QStringLiteral("page and per_page must be positive integers"));
    perPage = qMin(perPage, maxPerPage);
    const QString contract = query.queryItemValue(contractFilter, QUrl::FullyDecoded);
    if (query.hasQueryItem(contractFilter)) {
        contract.toLongLong(&ok);
        if (!ok)
            return refuse(400, QStringLiteral("filters[contract_id] is not a number"));
    }
    const QString origin = query.queryItemValue(originFilter, QUrl::FullyDecoded);

    QVector<const Stored *> selected;
    for (const Stored &stored : std::as_const(m_records)) {
        if (idText(stored.fields.value(QLatin1String("project_id"))) != QString::number(project))
            continue;
        if (!contract.isEmpty() &&
            idText(stored.fields.value(QLatin1String("contract_id"))) != contract)
            continue;
        if (!origin.isEmpty() && stored.key != origin)
            continue;
        selected.append(&stored);
    }
    QVector<QJsonObject> views;
    for (const Stored *stored : std::as_const(selected))
        views.append(vendorView(*stored, listPath));
    return procorePaged(url, views);
}

MockVendorServer::Answer MockVendorServer::procorePaged(const QUrl &url,
                                                        const QVector<QJsonObject> &selected)
{
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    const int page = positive(query, QStringLiteral("page"), 1);
    int perPage = positive(query, QStringLiteral("per_page"), 100);
    if (page == 0 || perPage == 0)
        return refuse(400, QStringLiteral("page and per_page must be positive integers"));
    perPage = qMin(perPage, maxPerPage);
    const int total = int(selected.size());
    const int lastPage = qMax(1, (total + perPage - 1) / perPage);
    QJsonArray listing;
    for (int i = (page - 1) * perPage; i < qMin(total, page * perPage); ++i)
        listing.append(selected.at(i));

    // Link as Procore writes it: first, prev, last, next (first from page 2, prev from page 3,
    // no next on the last page), each the request's own URL at another page.
    auto at = [&](int n) {
        QUrl link = baseUrl();
        link.setPath(url.path());
        QUrlQuery q;
        bool paged = false;
        for (const auto &item : items) {
            if (item.first == QLatin1String("page")) {
                q.addQueryItem(item.first, QString::number(n));
                paged = true;
            } else if (item.first == QLatin1String("per_page")) {
                q.addQueryItem(item.first, QString::number(perPage));
            } else {
                q.addQueryItem(item.first, item.second);
            }
        }
        if (!paged)
            q.addQueryItem(QStringLiteral("page"), QString::number(n));
        if (!query.hasQueryItem(QStringLiteral("per_page")))
            q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
        link.setQuery(q);
        return '<' + link.toEncoded() + '>';
    };
    QByteArrayList links;
    if (page > 1)
        links.append(at(1) + "; rel=\"first\"");
    if (page > 2)
        links.append(at(page - 1) + "; rel=\"prev\"");
    links.append(at(lastPage) + "; rel=\"last\"");
    if (page < lastPage)
        links.append(at(page + 1) + "; rel=\"next\"");
    Answer answer{200, {}, json(listing)};
    answer.headers.append({"Link", links.join(", ")});
    answer.headers.append({"Per-Page", QByteArray::number(perPage)});
    if (reportTotals)
        answer.headers.append({"Total", QByteArray::number(total)});
    return answer;
}

MockVendorServer::Answer MockVendorServer::primaveraList(const QUrl &url)
{
    // Under whatever API root the profile names: …/commitment/externallySourced.
    const QString entity = m_schema.path().section(QLatin1Char('/'), -2, -2);
    if (!url.path().endsWith(QLatin1Char('/') + entity + QLatin1String("/externallySourced")))
        return refuse(404, QStringLiteral("no such path %1").arg(url.path()));
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QString field;
    QString wanted;
    for (const auto &item : items) {
        if (item.first != QLatin1String("filters"))
            return refuse(400, QStringLiteral("unknown query parameter %1").arg(item.first));
        field = item.second.section(QLatin1Char('='), 0, 0);
        wanted = item.second.section(QLatin1Char('='), 1);
        if (m_schema.indexOf(field) < 0 || wanted.isEmpty())
            return refuse(400, QStringLiteral("Invalid Input: filters=%1").arg(item.second));
    }
    QJsonArray listing;
    for (const Stored &stored : std::as_const(m_records)) {
        if (!field.isEmpty() && scalarText(PayloadReader::valueAt(stored.fields, field)) != wanted)
            continue;
        listing.append(vendorView(stored, url.path()));
    }
    return {200, {}, json(listing)};
}

MockVendorServer::Answer MockVendorServer::intacctQuery(const QJsonDocument &doc)
{
    const QJsonObject request = doc.object();
    static const QStringList members = {
            QStringLiteral("object"),  QStringLiteral("fields"),
            QStringLiteral("filters"), QStringLiteral("filterExpression"),
            QStringLiteral("orderBy"), QStringLiteral("start"),
            QStringLiteral("size")};
    for (auto it = request.begin(); it != request.end(); ++it) {
        if (!members.contains(it.key()))
            return refuse(400, QStringLiteral("unknown query member %1").arg(it.key()));
    }
    const QString object = m_schema.path().section(QLatin1Char('/'), 2);
    const QString asked = request.value(QLatin1String("object")).toString();
    // The reference lists' objects, with the fields the stand-in knows of them.
    static const QStringList customerFields = {QStringLiteral("id"), QStringLiteral("name"),
                                               QStringLiteral("status"), QStringLiteral("key"),
                                               QStringLiteral("href")};
    static const QStringList projectFields =
            customerFields +
            QStringList{QStringLiteral("customer.id"), QStringLiteral("customer.name")};
    const bool customers = asked == QLatin1String("accounts-receivable/customer");
    const bool projects = asked == QLatin1String("projects/project");
    if (asked != object && !customers && !projects)
        return refuse(400, QStringLiteral("object must be %1").arg(object));
    auto knownField = [&](const QString &path) {
        if (customers)
            return customerFields.contains(path);
        if (projects)
            return projectFields.contains(path);
        return m_schema.indexOf(path) >= 0;
    };
    const QJsonArray fields = request.value(QLatin1String("fields")).toArray();
    if (fields.isEmpty())
        return refuse(400, QStringLiteral("fields are missing"));
    for (const QJsonValue &f : fields) {
        if (!knownField(f.toString()))
            return refuse(
                    400,
                    QStringLiteral("unknown field %1").arg(QString::fromUtf8(json(QJsonArray{f}))));
    }
    QList<QPair<QString, QString>> equal;
    for (const QJsonValue &filter : request.value(QLatin1String("filters")).toArray()) {
        const QJsonObject condition = filter.toObject().value(QLatin1String("$eq")).toObject();
        if (filter.toObject().size() != 1 || condition.size() != 1)
            return refuse(400, QStringLiteral("the stand-in knows single $eq filters only: %1")
                                       .arg(QString::fromUtf8(json(filter.toObject()))));
        if (!knownField(condition.begin().key()))
            return refuse(400,
                          QStringLiteral("unknown filter field %1").arg(condition.begin().key()));
        equal.append({condition.begin().key(), scalarText(condition.begin().value())});
    }
    auto number = [&](const char *name, qint64 fallback) {
        const QJsonValue v = request.value(QLatin1String(name));
        if (v.isUndefined())
            return fallback;
        return v.isDouble() && v.toDouble() == double(v.toInteger()) ? v.toInteger() : 0;
    };
    const qint64 start = number("start", 1);
    qint64 size = number("size", 100);
    if (start < 1 || size < 1)
        return refuse(400, QStringLiteral("start and size must be positive integers"));
    size = qMin<qint64>(size, maxQuerySize);

    QVector<QJsonObject> views;
    if (customers || projects) {
        views = m_references.value(
                int(customers ? ReferenceKind::Customers : ReferenceKind::Projects));
    } else {
        for (const Stored &stored : std::as_const(m_records))
            views.append(vendorView(stored, QString()));
    }
    QVector<QJsonObject> selected;
    for (const QJsonObject &view : std::as_const(views)) {
        bool match = true;
        for (const auto &condition : std::as_const(equal))
            match = match &&
                    scalarText(PayloadReader::valueAt(view, condition.first)) == condition.second;
        if (match)
            selected.append(view);
    }
    const qint64 total = selected.size();
    QJsonArray result;
    for (qint64 i = start - 1; i < qMin(total, start - 1 + size); ++i) {
        QJsonObject out;
        for (const QJsonValue &f : fields) {
            const QJsonValue v = PayloadReader::valueAt(selected.at(i), f.toString());
            insertAt(out, f.toString(), v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
        }
        result.append(out);
    }
    QJsonObject meta{
            {QStringLiteral("start"), start},
            {QStringLiteral("pageSize"), size},
            {QStringLiteral("next"),
             start + size <= total ? QJsonValue(start + size) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("previous"),
             start > 1 ? QJsonValue(qMax<qint64>(1, start - size)) : QJsonValue(QJsonValue::Null)}};
    if (reportTotals)
        meta.insert(QStringLiteral("totalCount"), total);
    return {200,
            {},
            json(QJsonObject{{QStringLiteral("ia::result"), result},
                             {QStringLiteral("ia::meta"), meta}})};
}

void MockVendorServer::seedReferences(ReferenceKind kind, const QJsonArray &items)
{
    QVector<QJsonObject> &held = m_references[int(kind)];
    for (const QJsonValue &v : items)
        held.append(v.toObject());
}

const QJsonObject *MockVendorServer::findReference(ReferenceKind kind, const QString &member,
                                                   const QString &value) const
{
    const auto it = m_references.constFind(int(kind));
    if (it == m_references.constEnd() || value.isEmpty())
        return nullptr;
    for (const QJsonObject &item : it.value()) {
        if (scalarText(PayloadReader::valueAt(item, member)) == value)
            return &item;
    }
    return nullptr;
}

std::optional<MockVendorServer::Answer> MockVendorServer::procoreReferences(const QUrl &url)
{
    QString ownListing = m_schema.path();
    if (ownListing.endsWith(QLatin1String("/sync")))
        ownListing.chop(5);
    const QString path = url.path();
    const QString vendors = QStringLiteral("/rest/v1.0/vendors");
    const QString inactive = QStringLiteral("/rest/v1.0/companies/%1/vendors/inactive");
    const QString projects = QStringLiteral("/rest/v1.0/projects");
    const QString contracts = QStringLiteral("/rest/v1.0/work_order_contracts");
    const bool inactivePath = path.startsWith(QLatin1String("/rest/v1.0/companies/")) &&
                              path.endsWith(QLatin1String("/vendors/inactive"));
    if (path == ownListing ||
        (path != vendors && path != projects && path != contracts && !inactivePath))
        return std::nullopt;

    const QUrlQuery query(url);
    QStringList known = {QStringLiteral("page"), QStringLiteral("per_page")};
    if (path == vendors || path == projects)
        known.append(QStringLiteral("company_id"));
    if (path == contracts)
        known.append(QStringLiteral("project_id"));
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!known.contains(item.first))
            return refuse(400, QStringLiteral("unknown query parameter %1").arg(item.first));
    }
    if (inactivePath && path != inactive.arg(companyId))
        return refuse(404, QStringLiteral("no company in %1").arg(path));
    if ((path == vendors || path == projects) &&
        query.queryItemValue(QStringLiteral("company_id")) != companyId)
        return refuse(400, QStringLiteral("company_id is missing or not the company's"));
    const QString project = query.queryItemValue(QStringLiteral("project_id"));
    if (path == contracts && project.isEmpty())
        return refuse(400, QStringLiteral("project_id is missing or not a number"));

    QVector<QJsonObject> selected;
    if (path == vendors || inactivePath) {
        // Active vendors on the company's list; inactive ones only on their own.
        for (const QJsonObject &item : m_references.value(int(ReferenceKind::Vendors))) {
            const bool active = item.value(QLatin1String("is_active")).toBool(true);
            if (active != inactivePath)
                selected.append(item);
        }
    } else if (path == projects) {
        selected = m_references.value(int(ReferenceKind::Projects));
    } else {
        for (const QJsonObject &item : m_references.value(int(ReferenceKind::Contracts))) {
            if (scalarText(item.value(QLatin1String("project_id"))) == project)
                selected.append(item);
        }
    }
    return procorePaged(url, selected);
}

std::optional<MockVendorServer::Answer> MockVendorServer::primaveraReferences(const QUrl &url)
{
    const QString path = url.path();
    const bool projects = path.endsWith(QLatin1String("/project"));
    const bool commitments = path.endsWith(QLatin1String("/commitment/externallySourced")) &&
                             m_schema.entity() != QLatin1String("commitment");
    if (!projects && !commitments)
        return std::nullopt;
    const QUrlQuery query(url);
    QString wanted;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (projects || item.first != QLatin1String("filters") ||
            !item.second.startsWith(QLatin1String("projectId=")))
            return refuse(400, QStringLiteral("Invalid Input: %1=%2").arg(item.first, item.second));
        wanted = item.second.section(QLatin1Char('='), 1);
    }
    QJsonArray listing;
    const ReferenceKind kind = projects ? ReferenceKind::Projects : ReferenceKind::Commitments;
    for (const QJsonObject &item : m_references.value(int(kind))) {
        if (wanted.isEmpty() || scalarText(item.value(QLatin1String("projectId"))) == wanted)
            listing.append(item);
    }
    return Answer{200, {}, json(listing)};
}

QString MockVendorServer::missingReference(const QJsonObject &item, QString *field) const
{
    // [unverified] The vendors' wording for a reference they do not hold; the codes are
    // Oracle's (VENDOR_APIS.md: PRM-000000088, PRM-000001053).
    auto missing = [&](ReferenceKind kind, const QString &member, const QString &value) {
        return hasReferences(kind) && !value.isEmpty() && !findReference(kind, member, value);
    };
    const QString vendor = m_schema.vendor();
    auto says = [&](const QString &path, const QString &why) {
        if (field)
            *field = path;
        return why;
    };
    if (vendor == QLatin1String("procore")) {
        const QString vendorId = idText(item.value(QLatin1String("vendor_id")));
        if (m_schema.indexOf(QStringLiteral("vendor_id")) >= 0 &&
            missing(ReferenceKind::Vendors, QStringLiteral("id"), vendorId))
            return says(QStringLiteral("vendor"), QStringLiteral("must exist"));
        return QString();
    }
    if (vendor == QLatin1String("intacct")) {
        const QString customer =
                PayloadReader::valueAt(item, QStringLiteral("customer.id")).toString();
        if (missing(ReferenceKind::Customers, QStringLiteral("id"), customer))
            return says(QStringLiteral("customer.id"),
                        QStringLiteral("Customer %1 does not exist").arg(customer));
        const QString project =
                PayloadReader::valueAt(item, QStringLiteral("project.id")).toString();
        if (missing(ReferenceKind::Projects, QStringLiteral("id"), project))
            return says(QStringLiteral("project.id"),
                        QStringLiteral("Project %1 does not exist").arg(project));
        return QString();
    }
    const QString project = idText(item.value(QLatin1String("projectId")));
    if (missing(ReferenceKind::Projects, QStringLiteral("projectId"), project))
        return says(QStringLiteral("projectId"),
                    QStringLiteral("PRM-000000088: Invalid project or workspace: projectId %1")
                            .arg(project));
    const QString code = item.value(QLatin1String("associatedAgreementCode")).toString();
    if (m_schema.indexOf(QStringLiteral("associatedAgreementCode")) >= 0 &&
        hasReferences(ReferenceKind::Commitments) && !code.isEmpty()) {
        const QJsonObject *commitment =
                findReference(ReferenceKind::Commitments, QStringLiteral("itemCode"), code);
        if (!commitment || (!project.isEmpty() &&
                            scalarText(commitment->value(QLatin1String("projectId"))) != project))
            return says(
                    QStringLiteral("associatedAgreementCode"),
                    QStringLiteral("PRM-000001053: The commitment %1 does not exist.").arg(code));
        if (commitment->value(QLatin1String("commitmentStatus")).toString() !=
            QLatin1String("APPROVED"))
            return says(QStringLiteral("associatedAgreementCode"),
                        QStringLiteral("The commitment %1 is not approved.").arg(code));
    }
    return QString();
}
