#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// The kind of value a field holds; drives editors, validation, conversion and payloads.
enum class FieldType {
    String,
    Integer,
    Boolean,
    Decimal,
    Date,
    DateTime,
    Enum,
    Reference,
};

// Where a field travels in a request: inside each item, or once per batch.
enum class FieldLocation {
    Item,
    BatchBody,
    BatchQuery,
};

struct EnumValue
{
    QString value; // as the vendor spells it on the wire
    QString label; // as a person reads it
};

// One field of a vendor target, as its schema file describes it.
struct FieldSpec
{
    QString path; // JSON path in the request item, nested objects dotted: "project.id"
    QString label;
    QString description;
    FieldType type = FieldType::String;
    int integerWidth = 64;     // 32 or 64 for integers
    bool wireAsString = false; // the vendor carries this decimal/date as a JSON string
    bool required = false;
    bool readOnly = false;
    bool costObject = false;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    QVector<EnumValue> values;
    QString valuesSource;
    FieldLocation location = FieldLocation::Item;
    QString referenceBy; // "id" or "name" for references
    // A field that names a record of a vendor's reference list (resources/references/): the
    // list's id ("procore.vendors") and, for a list read per project or contract, the path of
    // the field whose value scopes it ("project_id"). Both empty for any other field.
    QString referenceList;
    QString referenceScope;
    QStringList synonyms;

    // The vendor value for a label or a value, matched ignoring case, spaces, '_' and '-'.
    std::optional<QString> enumValueFor(const QString &text) const;
    QString enumLabelFor(const QString &value) const;

    static std::optional<FieldType> typeFromName(const QString &name);
    static QString typeName(FieldType type);
};
