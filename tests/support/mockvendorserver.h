#pragma once

#include "entityschema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <QVector>

#include <optional>

class QTcpSocket;

// A vendor's write endpoint for one target on 127.0.0.1, for tests: it enforces the seed's
// contract (method, path, bearer token, Procore's company header, JSON body shape, every item
// field known, writable and of its wire type, the batch limit) and answers as the vendor does —
// Procore 200 with entities and errors, Primavera 207 per item, Intacct 201/207 with ia::result
// and Idempotency-Key replays. It keeps what it was sent, as the vendor would, so a test can
// prove that no row was created twice. Faults can be queued for the next requests.
//
// It also serves the read side (reconciliation) from what it holds, with the members a vendor
// fills in itself: Procore's paged listings (page, per_page; Total, Per-Page and Link headers
// as Procore writes them), Primavera's externallySourced arrays (filters=projectId=…) and
// Intacct's query service (start, size, ia::meta with next and previous; only the fields asked
// for). The same checks apply (token, company and tenant headers, method, path, every query
// parameter or query member known), and so do the queued faults.
//
// Reference lists (resources/references): once a test seeds the vendor's vendors, projects,
// customers, contracts or commitments (seedReferences), the stand-in serves them where the
// vendor does, with the same paging — Procore's company vendors (active ones; inactive ones
// apart under /companies/{id}/vendors/inactive), projects and a project's work order contracts;
// Intacct's customers and projects through the query service; Primavera's projects and a
// project's commitments — and refuses a synced item naming one it does not hold, as the vendor
// does: Procore an item's error in the 200 answer (a missing project or contract, which the
// request names once, is a 404 for the whole request), Intacct an ia::error for the item,
// Primavera a 207 entry with statusCode 400 and the PRM code. A kind never seeded is not
// checked, so tests that seed nothing see the stand-in as before.
class MockVendorServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        RateLimited,     // 429 with Retry-After (Procore: X-Rate-Limit-Reset), nothing done
        ServerError,     // 500, nothing done
        Unavailable,     // 503, nothing done
        DropAfterCommit, // done, then the connection is cut before any answer
        Malformed,       // done, then an answer that is not JSON
        Slow,            // done, answered after slowMs
    };
    struct Stored
    {
        QString remoteId;
        QString key; // the idempotency key it was created under
        QJsonObject fields;
        int writes = 0;
        QDateTime createdAt; // as the vendor stamps it (Procore created_at, Intacct audit)
        QDateTime updatedAt;
    };

    explicit MockVendorServer(const EntitySchema &schema, QObject *parent = nullptr);
    ~MockVendorServer() override;

    bool listen(quint16 port = 0);
    QUrl baseUrl() const;

    QString token = QStringLiteral("test-token");
    // Sign-in: OAuth client credentials (Procore /oauth/token, Intacct /oauth2/token) or
    // Primavera's token exchange with Basic credentials, which also hands out a tenant header
    // that every later call must carry.
    QString clientId = QStringLiteral("cd-client");
    QString username = QStringLiteral("planner");
    QString secret = QStringLiteral("s3cret");
    QString tenant;           // Primavera: required x-prime-tenant-code once a token was handed out
    bool acceptBasic = false; // Primavera: plain Basic credentials on data calls too
    int signIns = 0;
    // After this many signed-in calls the token expires: the old one gets 401, a new sign-in
    // hands out the next. -1: never.
    int expireTokenAfter = -1;
    // Every signed-in call is refused with 401, whatever token it carries (a revoked client:
    // signing in still works, the calls do not).
    bool refuseEveryToken = false;
    // Interactive sign-in: /oauth/authorize redirects with this code; refresh tokens are
    // single-use, as Procore's are (each refresh hands out the next one).
    QString authorizationCode = QStringLiteral("code-42");
    QString refreshToken;
    int refreshes = 0;
    QString companyId = QStringLiteral("4264");
    int retryAfterSeconds = 1;
    int slowMs = 3000;
    int answerDelayMs = 0; // every answer, after the work (a stand-in's latency)
    int signInDelayMs = 0; // sign-in answers only (token endpoints), instead of answerDelayMs
    void queueFaults(const QVector<Fault> &faults) { m_faults += faults; }

    const QVector<Stored> &records() const { return m_records; }
    int requestCount() const { return m_requests; }
    int createCount() const { return m_creates; }
    // Every way a request broke the contract; a correct client leaves this empty.
    const QStringList &violations() const { return m_violations; }
    // Items the vendor refuses on purpose: an item whose `field` has this value fails.
    QString refuseField;
    QString refuseValue;

    // Reading back. Procore's largest page: per_page above it is served at this size (Procore
    // documents 10,000 as the highest per_page; what it does above that is not documented).
    int maxPerPage = 10000;
    // Intacct's largest query page: size above it is served at this size [unverified].
    int maxQuerySize = 4000;
    // false: no Procore Total header and no Intacct ia::meta.totalCount, so that a client has to
    // follow the next links page by page.
    bool reportTotals = true;
    // A record made in the vendor's own screens: it gets a remote id (returned), and no
    // idempotency key unless `fields` carries one. Not counted as a create.
    QString addRemoteOnly(const QJsonObject &fields);
    // A change made on the vendor's side: `path` dotted ("project.id", "summary.totalPrice").
    // False when no record has that remote id.
    bool setRemoteField(const QString &remoteId, const QString &path, const QJsonValue &value);
    // Listing requests received (Procore and Primavera GETs, Intacct queries), faulted ones too.
    int pullRequestCount() const { return m_pulls; }

    // The vendor's reference records, as it answers them (vendor-shaped JSON items):
    // Vendors     Procore company vendors (id, name, origin_code, is_active: false lists it as
    //             inactive)
    // Projects    Procore projects (id, name, project_number, active); Intacct projects (id,
    //             name, status, customer.id); Primavera projects (projectId, projectName,
    //             projectCode, status)
    // Contracts   Procore work order contracts (id, title, number, project_id, status)
    // Customers   Intacct customers (id, name, status)
    // Commitments Primavera commitments (itemCode, name, projectId, commitmentStatus)
    enum class ReferenceKind {
        Vendors,
        Projects,
        Contracts,
        Customers,
        Commitments,
    };
    void seedReferences(ReferenceKind kind, const QJsonArray &items);
    bool hasReferences(ReferenceKind kind) const { return m_references.contains(int(kind)); }

signals:
    // "PATCH /rest/v1.0/... -> 200 (3 created)": one line per request, for the stand-in tool.
    void requestSeen(const QString &line);

private:
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QUrl &url,
                const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    void send(QTcpSocket *socket, const Answer &answer);
    Answer process(const QByteArray &method, const QUrl &url,
                   const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    Answer procore(const QByteArray &method, const QUrl &url, const QJsonDocument &doc);
    // `batch`: the request's project (and contract), kept with each record.
    Answer procoreItems(const QJsonArray &updates, const QJsonObject &batch);
    Answer procoreList(const QUrl &url);
    Answer primaveraList(const QUrl &url);
    Answer intacctQuery(const QJsonDocument &doc);
    // Procore's paging of any listing: the page asked for, Total, Per-Page and Link headers.
    Answer procorePaged(const QUrl &url, const QVector<QJsonObject> &selected);
    // Reference listings; nullopt when the path is none of them.
    std::optional<Answer> procoreReferences(const QUrl &url);
    std::optional<Answer> primaveraReferences(const QUrl &url);
    // Why the vendor refuses an item naming a reference it does not hold; empty when it holds
    // them all (or that kind was never seeded). `field`: the member refused.
    QString missingReference(const QJsonObject &item, QString *field = nullptr) const;
    // The seeded item of `kind` whose `member` is `value`; nullptr when none.
    const QJsonObject *findReference(ReferenceKind kind, const QString &member,
                                     const QString &value) const;
    // A stored record as the vendor shows it: what it was sent and the members it fills in.
    QJsonObject vendorView(const Stored &stored, const QString &listPath) const;
    bool isPull(const QByteArray &method, const QUrl &url) const;
    Answer primavera(const QByteArray &method, const QUrl &url, const QJsonDocument &doc);
    Answer intacct(const QByteArray &method, const QUrl &url,
                   const QHash<QByteArray, QByteArray> &headers, const QByteArray &body,
                   const QJsonDocument &doc);
    // Problems with one item's fields; `allowed` names extra members the call takes.
    QStringList checkItem(const QJsonObject &item, const QStringList &allowed) const;
    Answer refuse(int status, const QString &why);
    Answer signIn(const QByteArray &method, const QUrl &url,
                  const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    int findByKey(const QString &key) const;
    int findByRemoteId(const QString &id) const;
    int store(const QString &key, const QJsonObject &item, const QString &remoteId = {});
    bool refused(const QJsonObject &item) const;

    const EntitySchema &m_schema;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QVector<Fault> m_faults;
    QVector<Stored> m_records;
    QHash<QString, int> m_byKey;                               // idempotency key -> record
    QHash<QString, int> m_byRemoteId;                          // vendor id -> record
    QHash<QByteArray, QPair<QByteArray, Answer>> m_idempotent; // Intacct: key -> (body, answer)
    QStringList m_violations;
    int m_requests = 0;
    int m_authorized = 0;
    int m_creates = 0;
    int m_pulls = 0;
    qint64 m_nextId = 900000000001;
    QHash<int, QVector<QJsonObject>> m_references; // by ReferenceKind
};
