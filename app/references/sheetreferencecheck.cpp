#include "sheetreferencecheck.h"

#include "entityschema.h"
#include "rawtext.h"
#include "valuecodec.h"

SheetReferenceCheck::SheetReferenceCheck(ReferenceResolver resolver, const QVector<Record> &records)
    : m_resolver(std::move(resolver))
    , m_fields(m_resolver.referenceFields())
{
    const EntitySchema &schema = m_resolver.schema();
    m_slotOfField.fill(-1, schema.fieldCount());
    for (int slot = 0; slot < m_fields.size(); ++slot) {
        const int field = m_fields.at(slot);
        m_slotOfField[field] = slot;
        if (!m_inputFields.contains(field))
            m_inputFields.append(field);
        const int scope = schema.indexOf(schema.field(field).referenceScope);
        if (scope >= 0 && !m_inputFields.contains(scope))
            m_inputFields.append(scope);
    }
    if (m_fields.isEmpty())
        return;
    // The whole sheet at once: each distinct value is resolved once, however many rows hold it.
    QHash<qint64, QVarLengthArray<int, 4>> entriesOf;
    entriesOf.reserve(records.size());
    for (const ReferenceEntry &entry : m_resolver.resolve(records)) {
        const int kept = keep(entry);
        for (const qint64 id : entry.recordIds) {
            auto &byField = entriesOf[id];
            if (byField.isEmpty())
                byField.resize(m_fields.size(), -1);
            byField[m_slotOfField.at(entry.fieldIndex)] = kept;
        }
    }
    m_records.reserve(records.size());
    for (const Record &record : records) {
        RecordState state;
        state.inputs.reserve(m_inputFields.size());
        for (const int field : std::as_const(m_inputFields))
            state.inputs.append(record.value(field));
        state.entries = entriesOf.value(record.id());
        if (state.entries.isEmpty())
            state.entries.resize(m_fields.size(), -1);
        m_records.insert(record.id(), std::move(state));
    }
}

int SheetReferenceCheck::keep(const ReferenceEntry &entry)
{
    const QString key = QString::number(entry.fieldIndex) + QChar(0x1f) + entry.scope +
                        QChar(0x1f) + entry.value;
    const auto it = m_entryByKey.constFind(key);
    if (it != m_entryByKey.cend())
        return *it;
    ReferenceEntry kept = entry;
    kept.recordIds.clear(); // rows change with every edit; the outcome is per value
    kept.rows.clear();
    m_entries.append(std::move(kept));
    return *m_entryByKey.insert(key, int(m_entries.size() - 1));
}

bool SheetReferenceCheck::current(const RecordState &state, const Record &record) const
{
    for (int i = 0; i < m_inputFields.size(); ++i) {
        if (!ValueCodec::identical(state.inputs.at(i), record.value(m_inputFields.at(i))))
            return false;
    }
    return true;
}

SheetReferenceCheck::RecordState
SheetReferenceCheck::stateOf(const Record &record, const QVector<ReferenceEntry> &entries,
                             const QVector<int> &entryIndexes) const
{
    RecordState state;
    state.inputs.reserve(m_inputFields.size());
    for (const int field : m_inputFields)
        state.inputs.append(record.value(field));
    state.entries.resize(m_fields.size(), -1);
    for (int i = 0; i < entries.size(); ++i)
        state.entries[m_slotOfField.at(entries.at(i).fieldIndex)] = entryIndexes.at(i);
    return state;
}

void SheetReferenceCheck::check(const Record &record, QVector<ValidationIssue> &out)
{
    if (m_fields.isEmpty())
        return;
    auto it = m_records.find(record.id());
    if (it == m_records.end() || !current(*it, record)) {
        // An edit (or a row added): this record alone, by the resolver's own rule.
        ++m_singleResolves;
        const QVector<ReferenceEntry> entries = m_resolver.resolve({record});
        QVector<int> indexes;
        indexes.reserve(entries.size());
        for (const ReferenceEntry &entry : entries)
            indexes.append(keep(entry));
        it = m_records.insert(record.id(), stateOf(record, entries, indexes));
    }
    for (const int kept : std::as_const(it->entries)) {
        if (kept < 0)
            continue;
        const ReferenceEntry &entry = m_entries.at(kept);
        const QString why = message(m_resolver.schema(), entry);
        if (!why.isEmpty())
            out.append({entry.fieldIndex, ValidationIssue::Severity::Error, why});
    }
}

const ReferenceEntry *SheetReferenceCheck::entryOf(const Record &record, int field) const
{
    const int slot = m_slotOfField.value(field, -1);
    if (slot < 0)
        return nullptr;
    const auto it = m_records.constFind(record.id());
    if (it == m_records.cend() || !current(*it, record))
        return nullptr;
    const int kept = it->entries.at(slot);
    return kept < 0 ? nullptr : &m_entries.at(kept);
}

QString SheetReferenceCheck::displayName(const Record &record, int field) const
{
    const ReferenceEntry *entry = entryOf(record, field);
    if (!entry || !entry->checked || !entry->resolved() || entry->resolution.name.isEmpty())
        return QString();
    // An id is shown with its name; a name or code with the record (and id) it stands for.
    if (entry->resolution.matchedBy == ReferenceResolution::MatchedBy::Id)
        return entry->resolution.name;
    return QStringLiteral("%1 (%2)").arg(entry->resolution.name, entry->resolution.id);
}

const ReferenceIndex *SheetReferenceCheck::list(const Record &record, int field) const
{
    const int slot = m_slotOfField.value(field, -1);
    if (slot < 0)
        return nullptr;
    const FieldSpec &spec = m_resolver.schema().field(field);
    const ReferenceLists &lists = m_resolver.lists();
    if (!lists.holdsVendor(ReferenceLists::vendorOf(spec.referenceList)))
        return nullptr;
    if (spec.referenceScope.isEmpty())
        return lists.find(spec.referenceList, QString());
    if (const ReferenceEntry *entry = entryOf(record, field))
        return entry->scopeUnresolved ? nullptr : lists.find(spec.referenceList, entry->scope);
    // An empty cell: where a value would be looked up, asked of the resolver with a stand-in.
    Record probe = record;
    probe.setValue(field, QVariant::fromValue(RawText{QStringLiteral("?")}));
    for (const ReferenceEntry &entry : m_resolver.resolve({probe})) {
        if (entry.fieldIndex == field && !entry.scopeUnresolved)
            return lists.find(spec.referenceList, entry.scope);
    }
    return nullptr;
}

QString SheetReferenceCheck::message(const EntitySchema &schema, const ReferenceEntry &entry)
{
    using Outcome = ReferenceResolution::Outcome;
    if (entry.resolved() || entry.fieldIndex < 0)
        return QString();
    const FieldSpec &field = schema.field(entry.fieldIndex);
    const QString vendor = schema.vendorLabel();
    if (!entry.checked)
        return tr("%1 '%2' is not an id; read %3's lists in Vendor ▸ Resolve References "
                  "(Ctrl+Shift+K) to find the record it names.")
                .arg(field.label, entry.value, vendor);
    if (entry.scopeUnresolved) {
        const int scope = schema.indexOf(field.referenceScope);
        return tr("%1 '%2' cannot be checked until the row's %3 is resolved; resolve that first "
                  "in Vendor ▸ Resolve References (Ctrl+Shift+K).")
                .arg(field.label, entry.value,
                     scope >= 0 ? schema.field(scope).label : field.referenceScope);
    }
    if (entry.listMissing)
        return tr("%1 '%2' cannot be checked: %3's list for it has not been read yet; read it in "
                  "Vendor ▸ Resolve References (Ctrl+Shift+K).")
                .arg(field.label, entry.value, vendor);
    switch (entry.resolution.outcome) {
    case Outcome::Ambiguous:
        return tr("%1 '%2' names %n records in %3's list (they share that name); choose the "
                  "right one in Vendor ▸ Resolve References (Ctrl+Shift+K).",
                  nullptr, int(qMax<qsizetype>(2, entry.resolution.candidates.size())))
                .arg(field.label, entry.value, vendor);
    case Outcome::Suggested:
        return tr("%1 '%2' is not in %3's list; near names wait for your choice: Vendor ▸ "
                  "Resolve References (Ctrl+Shift+K).")
                .arg(field.label, entry.value, vendor);
    case Outcome::Inactive:
        return tr("%1 '%2' is inactive at %3; choose an active record in Vendor ▸ Resolve "
                  "References (Ctrl+Shift+K).")
                .arg(field.label, entry.value, vendor);
    case Outcome::NotFound:
    case Outcome::Exact:
    case Outcome::Chosen:
        break;
    }
    return tr("%1 '%2' is not in %3's list; correct the cell, or read the list again in Vendor ▸ "
              "Resolve References (Ctrl+Shift+K).")
            .arg(field.label, entry.value, vendor);
}
