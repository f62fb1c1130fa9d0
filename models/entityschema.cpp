#include "entityschema.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

std::optional<int> optionalInt(const QJsonObject &json, QLatin1String key)
{
    if (!json.contains(key))
        return std::nullopt;
    return json.value(key).toInt();
}

Result<FieldSpec> fieldFromJson(const QJsonObject &json, const QString &origin)
{
    FieldSpec f;
    f.path = json.value(QLatin1String("path")).toString();
    if (f.path.isEmpty())
        return Result<FieldSpec>::failure(EntitySchema::tr("%1: a field has no path").arg(origin));
    const QString typeName = json.value(QLatin1String("type")).toString();
    const auto type = FieldSpec::typeFromName(typeName);
    if (!type)
        return Result<FieldSpec>::failure(EntitySchema::tr("%1: field %2 has an unknown type '%3'")
                                                  .arg(origin, f.path, typeName));
    f.type = *type;
    f.label = json.value(QLatin1String("label")).toString(f.path);
    f.description = json.value(QLatin1String("description")).toString();
    f.integerWidth = json.value(QLatin1String("width")).toInt(64);
    if (f.type == FieldType::Integer && f.integerWidth != 32 && f.integerWidth != 64)
        return Result<FieldSpec>::failure(
                EntitySchema::tr("%1: integer field %2 must be 32 or 64 bits wide")
                        .arg(origin, f.path));
    f.wireAsString = json.value(QLatin1String("wire")).toString() == QLatin1String("string");
    f.required = json.value(QLatin1String("required")).toBool();
    f.readOnly = json.value(QLatin1String("readOnly")).toBool();
    f.costObject = json.value(QLatin1String("costObject")).toBool();
    f.minLength = optionalInt(json, QLatin1String("minLength"));
    f.maxLength = optionalInt(json, QLatin1String("maxLength"));
    const QJsonArray values = json.value(QLatin1String("values")).toArray();
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        f.values.append({o.value(QLatin1String("value")).toString(),
                         o.value(QLatin1String("label")).toString()});
    }
    if (f.type == FieldType::Enum && f.values.isEmpty())
        return Result<FieldSpec>::failure(
                EntitySchema::tr("%1: enum field %2 lists no values").arg(origin, f.path));
    f.valuesSource = json.value(QLatin1String("valuesSource")).toString();
    const QString location = json.value(QLatin1String("location")).toString();
    if (location == QLatin1String("body"))
        f.location = FieldLocation::BatchBody;
    else if (location == QLatin1String("query"))
        f.location = FieldLocation::BatchQuery;
    else if (!location.isEmpty() && location != QLatin1String("item"))
        return Result<FieldSpec>::failure(
                EntitySchema::tr("%1: field %2 has an unknown location '%3'")
                        .arg(origin, f.path, location));
    f.referenceBy = json.value(QLatin1String("referenceBy")).toString();
    const QJsonObject reference = json.value(QLatin1String("reference")).toObject();
    f.referenceList = reference.value(QLatin1String("list")).toString();
    f.referenceScope = reference.value(QLatin1String("scope")).toString();
    f.synonyms = stringList(json.value(QLatin1String("synonyms")));
    return f;
}

} // namespace

Result<EntitySchema> EntitySchema::fromJson(const QJsonObject &json, const QString &origin)
{
    EntitySchema s;
    s.m_id = json.value(QLatin1String("id")).toString();
    if (s.m_id.isEmpty())
        return Result<EntitySchema>::failure(
                EntitySchema::tr("%1: the schema has no id").arg(origin));
    s.m_vendor = json.value(QLatin1String("vendor")).toString();
    s.m_vendorLabel = json.value(QLatin1String("vendorLabel")).toString(s.m_vendor);
    s.m_entity = json.value(QLatin1String("entity")).toString();
    s.m_label = json.value(QLatin1String("label")).toString(s.m_entity);
    const QJsonObject operation = json.value(QLatin1String("operation")).toObject();
    s.m_method = operation.value(QLatin1String("method")).toString();
    s.m_path = operation.value(QLatin1String("path")).toString();
    s.m_maxBatchItems =
            json.value(QLatin1String("batch")).toObject().value(QLatin1String("maxItems")).toInt(1);

    const QJsonArray fields = json.value(QLatin1String("fields")).toArray();
    for (const QJsonValue &v : fields) {
        auto field = fieldFromJson(v.toObject(), origin);
        if (!field)
            return Result<EntitySchema>::failure(field.error());
        if (s.m_indexByPath.contains(field->path))
            return Result<EntitySchema>::failure(
                    EntitySchema::tr("%1: field %2 is listed twice").arg(origin, field->path));
        s.m_indexByPath.insert(field->path, int(s.m_fields.size()));
        s.m_fields.append(std::move(field).value());
    }
    if (s.m_fields.isEmpty())
        return Result<EntitySchema>::failure(
                EntitySchema::tr("%1: the schema lists no fields").arg(origin));
    // A reference's scope is another field of the same schema (the project a list of contracts
    // is read for), and a scope without a list means nothing.
    for (const FieldSpec &f : std::as_const(s.m_fields)) {
        if (f.referenceScope.isEmpty())
            continue;
        if (f.referenceList.isEmpty())
            return Result<EntitySchema>::failure(
                    EntitySchema::tr("%1: field %2 has a reference scope but no reference list")
                            .arg(origin, f.path));
        if (f.referenceScope == f.path || !s.m_indexByPath.contains(f.referenceScope))
            return Result<EntitySchema>::failure(
                    EntitySchema::tr("%1: the reference of field %2 is scoped by '%3', which is "
                                     "not another field of the schema")
                            .arg(origin, f.path, f.referenceScope));
    }

    const QJsonObject keys = json.value(QLatin1String("keys")).toObject();
    s.m_remoteIdPath = keys.value(QLatin1String("remoteId")).toString();
    s.m_idempotencyPath = keys.value(QLatin1String("idempotency")).toString();
    s.m_displayPath = keys.value(QLatin1String("display")).toString();
    s.m_matchPaths = stringList(keys.value(QLatin1String("match")));
    QStringList keyPaths = {s.m_remoteIdPath, s.m_idempotencyPath, s.m_displayPath};
    keyPaths += s.m_matchPaths;
    const QJsonArray oneOf = json.value(QLatin1String("requireOneOf")).toArray();
    for (const QJsonValue &group : oneOf) {
        s.m_requireOneOf.append(stringList(group));
        keyPaths += s.m_requireOneOf.last();
    }
    for (const QString &path : std::as_const(keyPaths)) {
        if (!s.m_indexByPath.contains(path))
            return Result<EntitySchema>::failure(
                    EntitySchema::tr("%1: key field '%2' is not one of the schema's fields")
                            .arg(origin, path));
    }
    s.m_notes = stringList(json.value(QLatin1String("notes")));

    const QJsonObject rules = json.value(QLatin1String("rules")).toObject();
    QString unknown;
    auto indexes = [&](const QJsonValue &list) {
        QVector<int> out;
        for (const QString &path : stringList(list)) {
            const int i = s.indexOf(path);
            if (i < 0)
                unknown = path;
            else
                out.append(i);
        }
        return out;
    };
    s.m_uniqueFields = indexes(rules.value(QLatin1String("unique")));
    s.m_percentFields = indexes(rules.value(QLatin1String("percent")));
    s.m_alsoRequired = indexes(rules.value(QLatin1String("required")));
    const QJsonObject expected = rules.value(QLatin1String("expected")).toObject();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const int i = s.indexOf(it.key());
        if (i < 0)
            unknown = it.key();
        else
            s.m_expectedValues.append({i, stringList(it.value())});
    }
    for (const QJsonValue &pair : rules.value(QLatin1String("dateOrder")).toArray()) {
        const QVector<int> two = indexes(pair);
        if (two.size() == 2)
            s.m_dateOrder.append({two.at(0), two.at(1)});
        else if (unknown.isEmpty())
            unknown = QStringLiteral("dateOrder");
    }
    if (!unknown.isEmpty())
        return Result<EntitySchema>::failure(
                EntitySchema::tr("%1: rule field '%2' is not one of the schema's fields")
                        .arg(origin, unknown));
    return s;
}

QString EntitySchema::title() const
{
    return QStringLiteral("%1 · %2").arg(m_vendorLabel, m_label);
}
