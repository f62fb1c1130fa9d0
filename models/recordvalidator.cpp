#include "recordvalidator.h"

#include "decimal.h"
#include "rawtext.h"
#include "valuecodec.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace {

QString labelsOf(const FieldSpec &field)
{
    QStringList labels;
    for (const EnumValue &v : field.values) {
        if (labels.size() == 8) {
            labels.append(QStringLiteral("…"));
            break;
        }
        labels.append(v.label.isEmpty() ? v.value : v.label);
    }
    return labels.join(QStringLiteral(", "));
}

QString joinedLabels(const EntitySchema &schema, const QStringList &paths)
{
    QStringList labels;
    for (const QString &path : paths) {
        const int i = schema.indexOf(path);
        labels.append(i >= 0 ? schema.field(i).label : path);
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace

RecordValidator::RecordValidator(const EntitySchema &schema)
    : m_schema(schema)
    , m_required(schema.fieldCount(), false)
    , m_enumValues(schema.fieldCount())
    , m_vendor(schema.vendorLabel())
{
    for (int i = 0; i < schema.fieldCount(); ++i) {
        const FieldSpec &f = schema.field(i);
        m_required[i] = f.required && !f.readOnly;
        if (f.type == FieldType::Enum) {
            for (const EnumValue &v : f.values)
                m_enumValues[i].insert(v.value);
        }
    }
    for (int i : schema.alsoRequired())
        m_required[i] = true;
}

QString RecordValidator::expectation(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Date:
        return tr("a date such as 2026-03-31 (3/31/2026 and 31.03.2026 are read too)");
    case FieldType::DateTime:
        return tr("a date and time such as 2026-03-31 08:30, or a date");
    case FieldType::Decimal:
        return tr("a number such as 1250.50");
    case FieldType::Integer:
        return field.integerWidth == 32 ? tr("a whole number up to 2,147,483,647")
                                        : tr("a whole number such as 4711");
    case FieldType::Boolean:
        return tr("yes or no");
    case FieldType::Enum:
        return tr("one of: %1").arg(labelsOf(field));
    case FieldType::String:
    case FieldType::Reference:
        break;
    }
    return tr("text");
}

QVector<ValidationIssue> RecordValidator::check(const Record &record) const
{
    QVector<ValidationIssue> out;
    check(record, out);
    return out;
}

void RecordValidator::check(const Record &record, QVector<ValidationIssue> &out) const
{
    const int n = qMin(record.fieldCount(), m_schema.fieldCount());
    for (int i = 0; i < n; ++i)
        checkField(i, record.value(i), out);

    // One of a group (Primavera: projectId, projectCode or projectSourceId).
    for (const QStringList &group : m_schema.requireOneOf()) {
        bool any = false;
        for (const QString &path : group) {
            const int i = m_schema.indexOf(path);
            any = any || (i >= 0 && i < n && !ValueCodec::isEmpty(record.value(i)));
        }
        if (!any && !group.isEmpty())
            out.append({m_schema.indexOf(group.first()), ValidationIssue::Severity::Error,
                        tr("%1 needs one of %2 to know the project; all are empty.")
                                .arg(m_vendor, joinedLabels(m_schema, group))});
    }

    // A start after its completion.
    for (const auto &pair : m_schema.dateOrder()) {
        if (pair.first >= n || pair.second >= n)
            continue;
        const QVariant &a = record.value(pair.first);
        const QVariant &b = record.value(pair.second);
        if (ValueCodec::isEmpty(a) || ValueCodec::isEmpty(b) || ValueCodec::isRaw(a) ||
            ValueCodec::isRaw(b))
            continue;
        if (ValueCodec::compare(a, b) > 0) {
            const FieldSpec &first = m_schema.field(pair.first);
            const FieldSpec &second = m_schema.field(pair.second);
            out.append({pair.first, ValidationIssue::Severity::Warning,
                        tr("%1 (%2) is after %3 (%4): is one of the dates mistyped?")
                                .arg(first.label, ValueCodec::toText(first, a), second.label,
                                     ValueCodec::toText(second, b))});
        }
    }

    // Values the seed allows but the vendor does not take here.
    for (const auto &expected : m_schema.expectedValues()) {
        if (expected.first >= n)
            continue;
        const QVariant &v = record.value(expected.first);
        if (ValueCodec::isEmpty(v) || ValueCodec::isRaw(v))
            continue;
        const FieldSpec &field = m_schema.field(expected.first);
        const QString value = ValueCodec::toText(field, v);
        const bool allowed = std::any_of(field.values.begin(), field.values.end(),
                                         [&value](const EnumValue &e) { return e.value == value; });
        if (expected.second.contains(value) || (field.type == FieldType::Enum && !allowed))
            continue; // fine, or already an error of its own
        QStringList labels;
        for (const QString &e : expected.second)
            labels.append(field.enumLabelFor(e));
        out.append({expected.first, ValidationIssue::Severity::Warning,
                    tr("%1 is %2, but %3 takes only %4 here; it will likely refuse the row.")
                            .arg(field.label, field.enumLabelFor(value), m_vendor,
                                 labels.join(QStringLiteral(", ")))});
    }

    // Percentages outside 0-100.
    static const Decimal hundred = Decimal::fromInteger(100);
    for (int i : m_schema.percentFields()) {
        if (i >= n)
            continue;
        const QVariant &v = record.value(i);
        if (v.metaType() != QMetaType::fromType<Decimal>())
            continue;
        const Decimal d = v.value<Decimal>();
        if (d.isNegative() || d > hundred)
            out.append({i, ValidationIssue::Severity::Warning,
                        tr("%1 is %2 %, outside 0-100 %.")
                                .arg(m_schema.field(i).label, d.toString())});
    }
}

void RecordValidator::checkField(int index, const QVariant &value,
                                 QVector<ValidationIssue> &out) const
{
    const FieldSpec &field = m_schema.field(index);
    if (ValueCodec::isEmpty(value)) {
        if (!m_required.at(index))
            return;
        QString why;
        if (field.location == FieldLocation::BatchQuery ||
            field.location == FieldLocation::BatchBody)
            why = tr("%1 is required: %2 needs it to send the row's batch.")
                          .arg(field.label, m_vendor);
        else
            why = tr("%1 is required by %2.").arg(field.label, m_vendor);
        out.append({index, ValidationIssue::Severity::Error, why});
        return;
    }
    if (field.readOnly) {
        out.append({index, ValidationIssue::Severity::Warning,
                    tr("%1 is filled in by %2 and is never sent; the value here is for "
                       "reference only.")
                            .arg(field.label, m_vendor)});
        return;
    }
    if (ValueCodec::isRaw(value)) {
        if (m_referencesElsewhere && !field.referenceList.isEmpty())
            return;
        out.append({index, ValidationIssue::Severity::Error,
                    tr("'%1' is not %2.").arg(value.value<RawText>().text, expectation(field))});
        return;
    }
    switch (field.type) {
    case FieldType::Enum: {
        const QString text = value.toString();
        if (!m_enumValues.at(index).contains(text))
            out.append({index, ValidationIssue::Severity::Error,
                        tr("'%1' is not a %2 value for %3; use %4.")
                                .arg(text, m_vendor, field.label, expectation(field))});
        break;
    }
    case FieldType::String:
    case FieldType::Reference: {
        const qsizetype length = value.toString().size();
        if (field.maxLength && length > *field.maxLength)
            out.append({index, ValidationIssue::Severity::Error,
                        tr("%1 has %2 characters; %3 takes at most %4. Shorten it.")
                                .arg(field.label)
                                .arg(length)
                                .arg(m_vendor)
                                .arg(*field.maxLength)});
        else if (field.minLength && length < *field.minLength)
            out.append({index, ValidationIssue::Severity::Error,
                        tr("%1 needs at least %2 characters.")
                                .arg(field.label)
                                .arg(*field.minLength)});
        break;
    }
    case FieldType::Integer: {
        if (field.integerWidth == 32) {
            const qint64 v = value.toLongLong();
            if (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max())
                out.append({index, ValidationIssue::Severity::Error,
                            tr("%1 is too large for %2, which takes %3 here.")
                                    .arg(QString::number(v), m_vendor, expectation(field))});
        }
        break;
    }
    case FieldType::Boolean:
    case FieldType::Decimal:
    case FieldType::Date:
    case FieldType::DateTime:
        break;
    }
}
