#include "sheetvalidation.h"

#include "referencecheck.h"
#include "valuecodec.h"

SheetValidation::SheetValidation(const EntitySchema &schema)
    : m_validator(schema)
    , m_keyCounts(schema.uniqueFields().size())
{}

void SheetValidation::setReferenceCheck(std::shared_ptr<ReferenceCheck> check)
{
    m_references = std::move(check);
    m_validator.setReferencesCheckedElsewhere(m_references != nullptr);
}

void SheetValidation::reset(const QVector<Record> &records)
{
    m_own.clear();
    for (auto &counts : m_keyCounts) {
        counts.clear();
        counts.reserve(records.size());
    }
    m_ownErrors = m_ownWarnings = m_duplicateErrors = 0;
    for (const Record &record : records)
        add(record);
}

void SheetValidation::update(const Record &before, const Record &after)
{
    remove(before);
    add(after);
}

void SheetValidation::add(const Record &record)
{
    QVector<ValidationIssue> own;
    m_validator.check(record, own);
    if (m_references)
        m_references->check(record, own);
    if (!own.isEmpty()) {
        count(own, +1);
        m_own.insert(record.id(), std::move(own));
    }
    addKeys(record);
}

void SheetValidation::remove(const Record &record)
{
    const auto it = m_own.find(record.id());
    if (it != m_own.end()) {
        count(it.value(), -1);
        m_own.erase(it);
    }
    removeKeys(record);
}

void SheetValidation::count(const QVector<ValidationIssue> &issues, int sign)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            m_ownErrors += sign;
        else
            m_ownWarnings += sign;
    }
}

QString SheetValidation::keyOf(int field, const Record &record) const
{
    if (field >= record.fieldCount())
        return QString();
    const QVariant &value = record.value(field);
    if (ValueCodec::isEmpty(value))
        return QString();
    return ValueCodec::toText(m_validator.schema().field(field), value).trimmed();
}

void SheetValidation::addKeys(const Record &record)
{
    const QVector<int> &unique = m_validator.schema().uniqueFields();
    for (int rule = 0; rule < unique.size(); ++rule) {
        const QString key = keyOf(unique.at(rule), record);
        if (key.isEmpty())
            continue;
        const int now = ++m_keyCounts[rule][key];
        m_duplicateErrors += now == 2 ? 2 : (now > 2 ? 1 : 0);
    }
}

void SheetValidation::removeKeys(const Record &record)
{
    const QVector<int> &unique = m_validator.schema().uniqueFields();
    for (int rule = 0; rule < unique.size(); ++rule) {
        const QString key = keyOf(unique.at(rule), record);
        if (key.isEmpty())
            continue;
        auto &counts = m_keyCounts[rule];
        const auto it = counts.find(key);
        if (it == counts.end())
            continue;
        const int was = it.value();
        m_duplicateErrors -= was == 2 ? 2 : (was > 2 ? 1 : 0);
        if (was <= 1)
            counts.erase(it);
        else
            --it.value();
    }
}

int SheetValidation::duplicatesOf(int rule, const Record &record) const
{
    if (m_duplicateErrors == 0)
        return 0; // no key is shared: the usual sheet, asked about every row as it opens
    const QString key = keyOf(m_validator.schema().uniqueFields().at(rule), record);
    return key.isEmpty() ? 0 : m_keyCounts.at(rule).value(key) - 1;
}

QVector<ValidationIssue> SheetValidation::issues(const Record &record) const
{
    QVector<ValidationIssue> out = m_own.value(record.id());
    const EntitySchema &schema = m_validator.schema();
    const QVector<int> &unique = schema.uniqueFields();
    for (int rule = 0; rule < unique.size(); ++rule) {
        const int others = duplicatesOf(rule, record);
        if (others <= 0)
            continue;
        const FieldSpec &field = schema.field(unique.at(rule));
        out.append(
                {unique.at(rule), Severity::Error,
                 tr("%1 '%2' is also used by %n other row(s); each row needs its own.", "", others)
                         .arg(field.label, keyOf(unique.at(rule), record))});
    }
    std::stable_sort(
            out.begin(), out.end(),
            [](const ValidationIssue &a, const ValidationIssue &b) { return a.field < b.field; });
    return out;
}

QVector<ValidationIssue> SheetValidation::cellIssues(const Record &record, int field) const
{
    QVector<ValidationIssue> out;
    for (const ValidationIssue &issue : issues(record)) {
        if (issue.field == field)
            out.append(issue);
    }
    return out;
}

std::optional<SheetValidation::Severity> SheetValidation::cellSeverity(const Record &record,
                                                                       int field) const
{
    std::optional<Severity> worst;
    const auto it = m_own.constFind(record.id());
    if (it != m_own.constEnd()) {
        for (const ValidationIssue &issue : it.value()) {
            if (issue.field != field)
                continue;
            if (issue.isError())
                return Severity::Error;
            worst = Severity::Warning;
        }
    }
    const QVector<int> &unique = m_validator.schema().uniqueFields();
    const int rule = int(unique.indexOf(field));
    if (rule >= 0 && duplicatesOf(rule, record) > 0)
        return Severity::Error;
    return worst;
}

bool SheetValidation::hasIssues(const Record &record) const
{
    if (m_own.contains(record.id()))
        return true;
    for (int rule = 0; rule < m_keyCounts.size(); ++rule) {
        if (duplicatesOf(rule, record) > 0)
            return true;
    }
    return false;
}

bool SheetValidation::hasErrors(const Record &record) const
{
    const auto it = m_own.constFind(record.id());
    if (it != m_own.constEnd()) {
        for (const ValidationIssue &issue : it.value()) {
            if (issue.isError())
                return true;
        }
    }
    for (int rule = 0; rule < m_keyCounts.size(); ++rule) {
        if (duplicatesOf(rule, record) > 0)
            return true;
    }
    return false;
}
