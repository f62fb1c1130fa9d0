#pragma once

#include "result.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

class SchemaRegistry;

// How a vendor's reference list is read, as data (resources/references/<vendor>.json): the
// request, how its pages follow each other, and which member of an answer's item fills which
// ReferenceRecord member. The protocol (app/vendors/referenceprotocol) reads this; a list whose
// endpoint turns out different is a change to its file, not to code.
struct ReferenceRequestSpec
{
    // How the further pages of an answer are known, as the pull protocols read them.
    enum class Paging {
        None,  // one JSON array holds the whole list (Primavera)
        Pages, // page / per_page in the query; Total, Per-Page, Link headers (Procore)
        Query, // Intacct's query service: start / size in the body; ia::meta totalCount, next
    };

    QString method; // "GET", "POST"
    // Below the profile's base URL; may hold placeholders ({company_id}, {project_id},
    // {api_root}).
    QString path;
    QList<QPair<QString, QString>> query; // in order; values may hold placeholders
    QString object;                       // Paging::Query: the object queried
    QJsonArray filters;                   // Paging::Query: the filters, as sent
    Paging paging = Paging::None;
    QString source; // seed / cited / unverified, for this request when it has its own

    bool isEmpty() const { return path.isEmpty(); }
    // The placeholders the request uses, without braces: {"company_id", "project_id"}.
    QStringList placeholders() const;
};

// Which member of a vendor's item fills which ReferenceRecord member; dotted paths read nested
// objects ("vendor.name"). Empty: the vendor has no such member.
struct ReferenceRecordMap
{
    QString id;
    QString name;
    QString originId;
    QString originCode;
    QString number;
    QStringList aliases;
    QStringList detail; // joined with ", " into ReferenceRecord::detail
    // Active when the member holds one of these values (compared as JSON scalars); no field:
    // every record is active, unless its request lists inactive records only.
    QString activeField;
    QJsonArray activeValues;

    // Every member path the map reads, in a stable order (what Intacct's query asks for).
    QStringList paths() const;
};

struct ReferenceListSpec
{
    QString id;     // "procore.vendors": what a schema field's reference.list names
    QString vendor; // "procore"
    QString vendorLabel;
    QString label; // for people: "Procore company vendors"
    // The placeholder the scope value fills ("project_id" for the contracts of a project);
    // empty for a list read company-wide.
    QString scope;
    QString source; // seed / cited / unverified, as in VENDOR_APIS.md
    ReferenceRequestSpec request;
    // A second listing holding only inactive records (Procore's inactive vendors): read too,
    // its records inactive whatever they say. Empty when the vendor has none.
    ReferenceRequestSpec inactiveRequest;
    ReferenceRecordMap record;

    bool isScoped() const { return !scope.isEmpty(); }
};

// The reference lists the application knows, loaded from resources/references/*.json. Created
// by whoever needs it and passed down; not a singleton.
class ReferenceListRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceListRegistry)

public:
    // The lists built into the application (resources/references).
    static Result<ReferenceListRegistry> loadBuiltIn();
    static Result<ReferenceListRegistry> loadDirectory(const QString &directory);
    // One vendor's file. `origin` names it in error messages.
    static Result<QVector<ReferenceListSpec>> fromJson(const QJsonObject &json,
                                                       const QString &origin);

    const QVector<ReferenceListSpec> &lists() const { return m_lists; }
    QStringList ids() const;
    // nullptr when there is no such list.
    const ReferenceListSpec *find(const QString &id) const;
    // Every reference field of every schema names a list here, of the schema's vendor, and a
    // scoped field names a scoped list (and an unscoped field an unscoped one).
    Status checkSchemas(const SchemaRegistry &schemas) const;

private:
    Status add(QVector<ReferenceListSpec> lists, const QString &origin);

    QVector<ReferenceListSpec> m_lists;
};
