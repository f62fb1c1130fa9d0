#include "fieldspec.h"

namespace {

QString foldForEnum(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        folded.append(c.toCaseFolded());
    }
    return folded;
}

struct TypeName
{
    FieldType type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
        {FieldType::String, "string"},   {FieldType::Integer, "integer"},
        {FieldType::Boolean, "boolean"}, {FieldType::Decimal, "decimal"},
        {FieldType::Date, "date"},       {FieldType::DateTime, "datetime"},
        {FieldType::Enum, "enum"},       {FieldType::Reference, "reference"},
};

} // namespace

std::optional<QString> FieldSpec::enumValueFor(const QString &text) const
{
    for (const EnumValue &v : values) {
        if (v.value == text)
            return v.value;
    }
    const QString folded = foldForEnum(text);
    if (folded.isEmpty())
        return std::nullopt;
    for (const EnumValue &v : values) {
        if (foldForEnum(v.value) == folded || foldForEnum(v.label) == folded)
            return v.value;
    }
    return std::nullopt;
}

QString FieldSpec::enumLabelFor(const QString &value) const
{
    for (const EnumValue &v : values) {
        if (v.value == value)
            return v.label.isEmpty() ? v.value : v.label;
    }
    return value;
}

std::optional<FieldType> FieldSpec::typeFromName(const QString &name)
{
    for (const TypeName &t : kTypeNames) {
        if (name == QLatin1String(t.name))
            return t.type;
    }
    return std::nullopt;
}

QString FieldSpec::typeName(FieldType type)
{
    for (const TypeName &t : kTypeNames) {
        if (t.type == type)
            return QLatin1String(t.name);
    }
    return QString();
}
