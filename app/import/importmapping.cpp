#include "importmapping.h"

#include "columnmatcher.h"
#include "entityschema.h"

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columns;
    for (int c = 0; c < headers.size(); ++c) {
        const QString field = fieldOfColumn.value(c);
        if (headers.at(c).trimmed().isEmpty())
            continue;
        columns.insert(headers.at(c), field.isEmpty() ? QJsonValue(QJsonValue::Null) : field);
    }
    QJsonObject constantsJson;
    for (auto it = constants.begin(); it != constants.end(); ++it)
        constantsJson.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("target"), target},
                     {QStringLiteral("headerRow"), headerRow + 1},
                     {QStringLiteral("columns"), columns},
                     {QStringLiteral("constants"), constantsJson},
                     {QStringLiteral("formats"), formats.toJson()}};
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json, const EntitySchema &schema)
{
    ImportMapping m;
    m.target = json.value(QLatin1String("target")).toString(schema.id());
    if (m.target != schema.id())
        return Result<ImportMapping>::failure(
                tr("the mapping is for %1, not %2").arg(m.target, schema.id()));
    m.sheet = json.value(QLatin1String("sheet")).toString();
    const int headerRow = json.value(QLatin1String("headerRow")).toInt(0);
    m.headerRow = headerRow > 0 ? headerRow - 1 : -1; // -1: detect
    const QJsonObject columns = json.value(QLatin1String("columns")).toObject();
    QMap<QString, QString> byHeader;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (!it.value().isNull() && !it.value().isString())
            return Result<ImportMapping>::failure(
                    tr("column '%1': the field must be a field path or null").arg(it.key()));
        byHeader.insert(it.key(), it.value().toString());
    }
    m.applyColumnsByHeader(byHeader);
    const QJsonObject constants = json.value(QLatin1String("constants")).toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it)
        m.constants.insert(it.key(), it.value().isString() ? it.value().toString()
                                                           : it.value().toVariant().toString());
    m.formats = ImportFormats::fromJson(json.value(QLatin1String("formats")).toObject());
    const Status valid = m.validate(schema);
    if (!valid)
        return Result<ImportMapping>::failure(valid.error());
    return m;
}

void ImportMapping::applyColumnsByHeader(const QMap<QString, QString> &byHeader)
{
    // Kept as the explicit choice per header; resolved against real headers by the planner.
    headers = byHeader.keys();
    fieldOfColumn.clear();
    for (const QString &h : std::as_const(headers))
        fieldOfColumn.append(byHeader.value(h));
}

QMap<QString, QString> ImportMapping::columnsByHeader() const
{
    QMap<QString, QString> map;
    for (int c = 0; c < headers.size(); ++c)
        map.insert(headers.at(c), fieldOfColumn.value(c));
    return map;
}

QString ImportMapping::headerSignature(const QStringList &headers)
{
    QStringList folded;
    for (const QString &h : headers) {
        const QString f = ColumnMatcher::fold(h);
        if (!f.isEmpty())
            folded.append(f);
    }
    return folded.join(QLatin1Char('|'));
}

Status ImportMapping::validate(const EntitySchema &schema) const
{
    for (int c = 0; c < fieldOfColumn.size(); ++c) {
        const QString &path = fieldOfColumn.at(c);
        if (!path.isEmpty() && schema.indexOf(path) < 0)
            return Status::failure(tr("column '%1': %2 has no field '%3'")
                                           .arg(headers.value(c), schema.id(), path));
    }
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        if (schema.indexOf(it.key()) < 0)
            return Status::failure(tr("constant: %1 has no field '%2'").arg(schema.id(), it.key()));
    }
    return Status();
}
