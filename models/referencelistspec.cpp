#include "referencelistspec.h"

#include "schemaregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

// Fixed order: the vendors as the schemas list them.
const char *const kBuiltInVendors[] = {"procore", "primavera", "intacct"};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

// Placeholders any list may use: the profile's company and API root.
const QStringList &profilePlaceholders()
{
    static const QStringList names = {QStringLiteral("company_id"), QStringLiteral("api_root")};
    return names;
}

Result<ReferenceRequestSpec> requestFromJson(const QJsonObject &json, const QString &where)
{
    using Paging = ReferenceRequestSpec::Paging;
    ReferenceRequestSpec r;
    r.method = json.value(QLatin1String("method")).toString();
    r.path = json.value(QLatin1String("path")).toString();
    if (r.method.isEmpty() || r.path.isEmpty())
        return Result<ReferenceRequestSpec>::failure(
                ReferenceListRegistry::tr("%1: the request needs a method and a path").arg(where));
    if (!r.path.startsWith(QLatin1Char('/')) && !r.path.startsWith(QLatin1Char('{')))
        return Result<ReferenceRequestSpec>::failure(
                ReferenceListRegistry::tr("%1: the request path '%2' does not start with '/'")
                        .arg(where, r.path));
    for (const QJsonValue &v : json.value(QLatin1String("query")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString name = item.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return Result<ReferenceRequestSpec>::failure(
                    ReferenceListRegistry::tr("%1: a query parameter has no name").arg(where));
        r.query.append({name, item.value(QLatin1String("value")).toString()});
    }
    r.object = json.value(QLatin1String("object")).toString();
    r.filters = json.value(QLatin1String("filters")).toArray();
    r.source = json.value(QLatin1String("source")).toString();
    const QString paging = json.value(QLatin1String("paging")).toString();
    if (paging == QLatin1String("none"))
        r.paging = Paging::None;
    else if (paging == QLatin1String("pages"))
        r.paging = Paging::Pages;
    else if (paging == QLatin1String("query"))
        r.paging = Paging::Query;
    else
        return Result<ReferenceRequestSpec>::failure(
                ReferenceListRegistry::tr("%1: unknown paging '%2' (none, pages or query)")
                        .arg(where, paging));
    if (r.paging == Paging::Query && (r.object.isEmpty() || r.method != QLatin1String("POST")))
        return Result<ReferenceRequestSpec>::failure(
                ReferenceListRegistry::tr("%1: a query is a POST naming its object").arg(where));
    return r;
}

Result<ReferenceListSpec> listFromJson(const QJsonObject &json, const QString &vendor,
                                       const QString &vendorLabel, const QString &origin)
{
    ReferenceListSpec list;
    list.id = json.value(QLatin1String("id")).toString();
    if (list.id.isEmpty())
        return Result<ReferenceListSpec>::failure(
                ReferenceListRegistry::tr("%1: a list has no id").arg(origin));
    if (!list.id.startsWith(vendor + QLatin1Char('.')))
        return Result<ReferenceListSpec>::failure(
                ReferenceListRegistry::tr("%1: list %2 is not named after its vendor '%3'")
                        .arg(origin, list.id, vendor));
    const QString where = QStringLiteral("%1: %2").arg(origin, list.id);
    list.vendor = vendor;
    list.vendorLabel = vendorLabel;
    list.label = json.value(QLatin1String("label")).toString();
    list.scope = json.value(QLatin1String("scope")).toString();
    list.source = json.value(QLatin1String("source")).toString();
    if (list.label.isEmpty() || list.source.isEmpty())
        return Result<ReferenceListSpec>::failure(
                ReferenceListRegistry::tr("%1: a list needs a label and a source").arg(where));

    auto request = requestFromJson(json.value(QLatin1String("request")).toObject(), where);
    if (!request)
        return Result<ReferenceListSpec>::failure(request.error());
    list.request = std::move(request).value();
    const QJsonObject inactive = json.value(QLatin1String("inactive")).toObject();
    if (!inactive.isEmpty()) {
        auto second = requestFromJson(inactive, where);
        if (!second)
            return Result<ReferenceListSpec>::failure(second.error());
        list.inactiveRequest = std::move(second).value();
    }

    // Placeholders: the profile's, and the scope's; a scope the request never uses scopes
    // nothing.
    QStringList known = profilePlaceholders();
    if (list.isScoped())
        known.append(list.scope);
    for (const ReferenceRequestSpec *r : {&list.request, &list.inactiveRequest}) {
        for (const QString &name : r->placeholders()) {
            if (!known.contains(name))
                return Result<ReferenceListSpec>::failure(
                        ReferenceListRegistry::tr("%1: the request uses the placeholder {%2}, "
                                                  "which nothing fills")
                                .arg(where, name));
        }
    }
    if (list.isScoped() && !list.request.placeholders().contains(list.scope))
        return Result<ReferenceListSpec>::failure(
                ReferenceListRegistry::tr("%1: the list is scoped by {%2}, which its request "
                                          "does not use")
                        .arg(where, list.scope));

    const QJsonObject record = json.value(QLatin1String("record")).toObject();
    ReferenceRecordMap &map = list.record;
    map.id = record.value(QLatin1String("id")).toString();
    map.name = record.value(QLatin1String("name")).toString();
    map.originId = record.value(QLatin1String("originId")).toString();
    map.originCode = record.value(QLatin1String("originCode")).toString();
    map.number = record.value(QLatin1String("number")).toString();
    map.aliases = stringList(record.value(QLatin1String("aliases")));
    map.detail = stringList(record.value(QLatin1String("detail")));
    const QJsonObject active = record.value(QLatin1String("active")).toObject();
    map.activeField = active.value(QLatin1String("field")).toString();
    map.activeValues = active.value(QLatin1String("values")).toArray();
    if (map.id.isEmpty() || map.name.isEmpty())
        return Result<ReferenceListSpec>::failure(
                ReferenceListRegistry::tr("%1: the record map needs an id and a name").arg(where));
    if (!map.activeField.isEmpty() && map.activeValues.isEmpty())
        return Result<ReferenceListSpec>::failure(
                ReferenceListRegistry::tr("%1: the active field %2 lists no value that means "
                                          "active")
                        .arg(where, map.activeField));
    return list;
}

Result<QVector<ReferenceListSpec>> loadFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QVector<ReferenceListSpec>>::failure(
                ReferenceListRegistry::tr("Cannot read the reference list file %1: %2")
                        .arg(fileName, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QVector<ReferenceListSpec>>::failure(
                ReferenceListRegistry::tr("The reference list file %1 is not valid JSON: %2 at %3")
                        .arg(fileName, error.errorString())
                        .arg(error.offset));
    return ReferenceListRegistry::fromJson(doc.object(), fileName);
}

} // namespace

QStringList ReferenceRequestSpec::placeholders() const
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([A-Za-z_]+)\})"));
    QStringList names;
    QStringList texts = {path};
    for (const auto &item : query)
        texts.append(item.second);
    if (!filters.isEmpty())
        texts.append(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    for (const QString &text : std::as_const(texts)) {
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QStringList ReferenceRecordMap::paths() const
{
    QStringList out;
    auto add = [&out](const QString &path) {
        if (!path.isEmpty() && !out.contains(path))
            out.append(path);
    };
    add(id);
    add(name);
    add(originId);
    add(originCode);
    add(number);
    for (const QString &a : aliases)
        add(a);
    for (const QString &d : detail)
        add(d);
    add(activeField);
    return out;
}

Result<QVector<ReferenceListSpec>> ReferenceListRegistry::fromJson(const QJsonObject &json,
                                                                   const QString &origin)
{
    const QString vendor = json.value(QLatin1String("vendor")).toString();
    if (vendor.isEmpty())
        return Result<QVector<ReferenceListSpec>>::failure(
                tr("%1: the reference list file names no vendor").arg(origin));
    const QString vendorLabel = json.value(QLatin1String("vendorLabel")).toString(vendor);
    QVector<ReferenceListSpec> lists;
    for (const QJsonValue &v : json.value(QLatin1String("lists")).toArray()) {
        auto list = listFromJson(v.toObject(), vendor, vendorLabel, origin);
        if (!list)
            return Result<QVector<ReferenceListSpec>>::failure(list.error());
        lists.append(std::move(list).value());
    }
    if (lists.isEmpty())
        return Result<QVector<ReferenceListSpec>>::failure(
                tr("%1: the reference list file holds no list").arg(origin));
    return lists;
}

Status ReferenceListRegistry::add(QVector<ReferenceListSpec> lists, const QString &origin)
{
    for (ReferenceListSpec &list : lists) {
        if (find(list.id))
            return Status::failure(tr("%1: list %2 is defined twice").arg(origin, list.id));
        m_lists.append(std::move(list));
    }
    return {};
}

Result<ReferenceListRegistry> ReferenceListRegistry::loadBuiltIn()
{
    ReferenceListRegistry registry;
    for (const char *vendor : kBuiltInVendors) {
        const QString fileName = QStringLiteral(":/references/%1.json").arg(QLatin1String(vendor));
        auto lists = loadFile(fileName);
        if (!lists)
            return Result<ReferenceListRegistry>::failure(lists.error());
        if (const Status added = registry.add(std::move(lists).value(), fileName); !added)
            return Result<ReferenceListRegistry>::failure(added.error());
    }
    return registry;
}

Result<ReferenceListRegistry> ReferenceListRegistry::loadDirectory(const QString &directory)
{
    ReferenceListRegistry registry;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto lists = loadFile(dir.filePath(name));
        if (!lists)
            return Result<ReferenceListRegistry>::failure(lists.error());
        if (const Status added = registry.add(std::move(lists).value(), dir.filePath(name)); !added)
            return Result<ReferenceListRegistry>::failure(added.error());
    }
    return registry;
}

QStringList ReferenceListRegistry::ids() const
{
    QStringList out;
    for (const ReferenceListSpec &list : m_lists)
        out.append(list.id);
    return out;
}

const ReferenceListSpec *ReferenceListRegistry::find(const QString &id) const
{
    for (const ReferenceListSpec &list : m_lists) {
        if (list.id == id)
            return &list;
    }
    return nullptr;
}

Status ReferenceListRegistry::checkSchemas(const SchemaRegistry &schemas) const
{
    for (const EntitySchema &schema : schemas.schemas()) {
        for (const FieldSpec &field : schema.fields()) {
            if (field.referenceList.isEmpty())
                continue;
            const ReferenceListSpec *list = find(field.referenceList);
            if (!list)
                return Status::failure(tr("%1: field %2 refers to the list %3, which no reference "
                                          "list file defines")
                                               .arg(schema.id(), field.path, field.referenceList));
            if (list->vendor != schema.vendor())
                return Status::failure(tr("%1: field %2 refers to %3, a list of another vendor")
                                               .arg(schema.id(), field.path, list->id));
            if (list->isScoped() != !field.referenceScope.isEmpty())
                return Status::failure(
                        tr("%1: field %2 and its list %3 disagree on whether the list is read "
                           "per scope")
                                .arg(schema.id(), field.path, list->id));
        }
    }
    return {};
}
