#include "clipboardpaste.h"

#include "entityschema.h"
#include "valueconverter.h"

QVector<CellChange> ClipboardPaste::changes(const EntitySchema &schema,
                                            const QVector<Target> &targets)
{
    QStringList dates;
    QStringList numbers;
    for (const Target &t : targets) {
        const FieldType type = schema.field(t.field).type;
        if (type == FieldType::Date || type == FieldType::DateTime)
            dates.append(t.text);
        else if (type == FieldType::Decimal)
            numbers.append(t.text);
    }
    const ValueConverter converter(ValueConverter::detect(dates, numbers));
    QVector<CellChange> changes;
    changes.reserve(targets.size());
    for (const Target &t : targets) {
        const FieldSpec &field = schema.field(t.field);
        if (field.readOnly)
            continue;
        changes.append({t.recordId, t.field, t.current, converter.convert(field, t.text).value});
    }
    return changes;
}
