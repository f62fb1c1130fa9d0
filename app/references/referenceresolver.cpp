#include "referenceresolver.h"

#include "connectionprofile.h"
#include "entityschema.h"
#include "namefolding.h"
#include "rawtext.h"
#include "recordtablemodel.h"
#include "valuecodec.h"
#include "workspacestore.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

ReferenceLists ReferenceLists::fromKept(const QVector<KeptReferenceList> &lists)
{
    ReferenceLists out;
    for (const KeptReferenceList &list : lists)
        out.add(list.listId, list.scope, list.records);
    return out;
}

QString ReferenceLists::key(const QString &listId, const QString &scope)
{
    return listId + QChar(0x1f) + scope;
}

QString ReferenceLists::vendorOf(const QString &listId)
{
    return listId.section(QLatin1Char('.'), 0, 0);
}

void ReferenceLists::add(const QString &listId, const QString &scope,
                         QVector<ReferenceRecord> records)
{
    const QString k = key(listId, scope);
    if (!m_indexes.contains(k))
        ++m_listsByVendor[vendorOf(listId)];
    m_indexes.insert(k, std::make_shared<const ReferenceIndex>(std::move(records)));
}

const ReferenceIndex *ReferenceLists::find(const QString &listId, const QString &scope) const
{
    const auto it = m_indexes.constFind(key(listId, scope));
    return it == m_indexes.cend() ? nullptr : it->get();
}

bool ReferenceLists::holdsVendor(const QString &vendor) const
{
    return m_listsByVendor.value(vendor) > 0;
}

ReferenceResolver::ReferenceResolver(const EntitySchema &schema, QString profile,
                                     ReferenceLists lists,
                                     const QVector<CrosswalkChoice> &crosswalk)
    : m_schema(&schema)
    , m_profile(std::move(profile))
    , m_lists(std::move(lists))
{
    for (const CrosswalkChoice &c : crosswalk) {
        if (c.target != schema.id() && !c.target.isEmpty())
            continue;
        const QString valueKey = c.valueKey.isEmpty() ? NameFolding::exactKey(c.value) : c.valueKey;
        m_choices[choiceKey(c.field, c.scope)].insert(valueKey, c.id);
        m_chosen.insert(choiceKey(c.field, c.scope) + QChar(0) + valueKey, c);
    }
}

Result<ReferenceResolver> ReferenceResolver::load(WorkspaceStore &workspace,
                                                  const EntitySchema &schema,
                                                  const QString &profile)
{
    auto lists = workspace.loadReferenceLists(profile);
    if (!lists)
        return Result<ReferenceResolver>::failure(lists.error());
    ReferenceResolver resolver(schema, profile, ReferenceLists::fromKept(lists.value()),
                               workspace.crosswalk(schema.id(), profile));
    resolver.m_workspace = &workspace;
    return resolver;
}

Result<ReferenceResolver> ReferenceResolver::load(WorkspaceStore &workspace,
                                                  const EntitySchema &schema,
                                                  const ConnectionProfile &profile)
{
    auto resolver = load(workspace, schema, profile.name);
    if (!resolver)
        return resolver;
    const QString project = profile.projectId.trimmed();
    if (!project.isEmpty()) {
        for (int i = 0; i < schema.fieldCount(); ++i) {
            const QString &scope = schema.field(i).referenceScope;
            if (!scope.isEmpty())
                resolver.value().setDefaultScope(scope, project);
        }
    }
    return resolver;
}

void ReferenceResolver::setDefaultScope(const QString &scopeField, const QString &id)
{
    m_defaultScopes.insert(scopeField, id);
}

QString ReferenceResolver::choiceKey(const QString &field, const QString &scope)
{
    return field + QChar(0x1f) + scope;
}

QVector<int> ReferenceResolver::referenceFields() const
{
    QVector<int> unscoped;
    QVector<int> scoped;
    for (int i = 0; i < m_schema->fieldCount(); ++i) {
        const FieldSpec &f = m_schema->field(i);
        if (f.referenceList.isEmpty())
            continue;
        (f.referenceScope.isEmpty() ? unscoped : scoped).append(i);
    }
    // A scope field scoped in turn (a contract's line within a contract) comes after its own
    // scope: order the scoped fields so that each one's scope is resolved before it.
    QVector<int> ordered = unscoped;
    while (!scoped.isEmpty()) {
        const qsizetype before = scoped.size();
        for (auto it = scoped.begin(); it != scoped.end();) {
            const int scopeIndex = m_schema->indexOf(m_schema->field(*it).referenceScope);
            const bool scopeReady = scopeIndex < 0 || ordered.contains(scopeIndex) ||
                                    m_schema->field(scopeIndex).referenceList.isEmpty();
            if (scopeReady) {
                ordered.append(*it);
                it = scoped.erase(it);
            } else {
                ++it;
            }
        }
        if (scoped.size() == before) { // a cycle in the schema: resolve them anyway
            ordered += scoped;
            break;
        }
    }
    return ordered;
}

ReferenceEntry ReferenceResolver::resolveOne(int field, const QString &scope, const QString &text,
                                             bool takesAsWritten, bool scopeUnresolved) const
{
    using Outcome = ReferenceResolution::Outcome;
    const FieldSpec &spec = m_schema->field(field);
    ReferenceEntry entry;
    entry.fieldIndex = field;
    entry.field = spec.path;
    entry.value = text;
    entry.scope = scope;
    entry.scopeUnresolved = scopeUnresolved;
    if (!m_lists.holdsVendor(ReferenceLists::vendorOf(spec.referenceList))) {
        // No list of this vendor yet: what the field takes goes as written, as before lists.
        entry.checked = false;
        if (takesAsWritten) {
            entry.resolution.outcome = Outcome::Exact;
            entry.resolution.matchedBy = ReferenceResolution::MatchedBy::Id;
            entry.resolution.id = text.trimmed();
        } else {
            entry.listMissing = true;
        }
        return entry;
    }
    if (scopeUnresolved)
        return entry; // NotFound: the row's project must be resolved first
    const ReferenceIndex *index = m_lists.find(spec.referenceList, scope);
    if (!index) {
        entry.listMissing = true;
        return entry;
    }
    static const QHash<QString, QString> noChoices;
    const auto choices = m_choices.constFind(choiceKey(spec.path, scope));
    entry.resolution = index->resolve(text, choices == m_choices.cend() ? noChoices : *choices);
    return entry;
}

QVector<ReferenceEntry> ReferenceResolver::resolve(const QVector<Record> &records) const
{
    QVector<ReferenceEntry> entries;
    // Each row's resolved id of every reference field, for the fields it scopes.
    QHash<int, QVector<QString>> resolvedIds;
    for (const int field : referenceFields()) {
        const FieldSpec &spec = m_schema->field(field);
        const int scopeIndex =
                spec.referenceScope.isEmpty() ? -1 : m_schema->indexOf(spec.referenceScope);
        const bool scoped = !spec.referenceScope.isEmpty();
        const bool scopeIsReference =
                scopeIndex >= 0 && !m_schema->field(scopeIndex).referenceList.isEmpty();
        QVector<QString> &ids = resolvedIds[field];
        ids.resize(records.size());
        QHash<QString, int> entryByKey; // scope + value -> index in entries
        for (int row = 0; row < records.size(); ++row) {
            const Record &record = records.at(row);
            const QVariant &cell = record.value(field);
            if (ValueCodec::isEmpty(cell))
                continue;
            const bool raw = ValueCodec::isRaw(cell);
            const QString text = ValueCodec::toText(spec, cell);
            if (text.trimmed().isEmpty())
                continue;
            QString scope;
            bool scopeUnresolved = false;
            if (scoped) {
                if (scopeIsReference) {
                    scope = resolvedIds.value(scopeIndex).value(row);
                    const QVariant &scopeCell = record.value(scopeIndex);
                    if (scope.isEmpty() && ValueCodec::isEmpty(scopeCell))
                        scope = m_defaultScopes.value(spec.referenceScope);
                    scopeUnresolved = scope.isEmpty();
                } else if (scopeIndex >= 0 && !ValueCodec::isEmpty(record.value(scopeIndex))) {
                    scope = ValueCodec::toText(m_schema->field(scopeIndex),
                                               record.value(scopeIndex))
                                    .trimmed();
                } else {
                    scope = m_defaultScopes.value(spec.referenceScope);
                    scopeUnresolved = scope.isEmpty();
                }
            }
            const QString key = scope + QChar(0x1f) + text;
            auto it = entryByKey.constFind(key);
            if (it == entryByKey.cend()) {
                entries.append(resolveOne(field, scope, text, !raw, scopeUnresolved));
                it = entryByKey.insert(key, int(entries.size() - 1));
            }
            ReferenceEntry &entry = entries[*it];
            entry.recordIds.append(record.id());
            entry.rows.append(row + 1);
            if (entry.resolution.resolved())
                ids[row] = entry.resolution.id;
        }
    }
    // Field order of the schema, then by first row.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ReferenceEntry &a, const ReferenceEntry &b) {
                         if (a.fieldIndex != b.fieldIndex)
                             return a.fieldIndex < b.fieldIndex;
                         return a.rows.constFirst() < b.rows.constFirst();
                     });
    return entries;
}

QVector<QPair<QString, QString>>
ReferenceResolver::missingLists(const EntitySchema &schema, const QVector<ReferenceEntry> &entries)
{
    QVector<QPair<QString, QString>> missing;
    for (const ReferenceEntry &e : entries) {
        if (!e.listMissing || e.scopeUnresolved)
            continue;
        const QPair<QString, QString> list{schema.field(e.fieldIndex).referenceList, e.scope};
        if (!missing.contains(list))
            missing.append(list);
    }
    return missing;
}

Result<int> ReferenceResolver::apply(RecordTableModel &model,
                                     const QVector<ReferenceEntry> &entries) const
{
    QVector<CellChange> changes;
    for (const ReferenceEntry &e : entries) {
        if (!e.resolved() || !e.checked || e.fieldIndex < 0)
            continue;
        const FieldSpec &spec = m_schema->field(e.fieldIndex);
        const ValueCodec::Parsed id = ValueCodec::fromText(spec, e.resolution.id);
        if (!id.problem.isEmpty() || ValueCodec::isRaw(id.value))
            continue; // an id the field cannot hold is never written
        for (const qint64 recordId : e.recordIds) {
            const int row = model.rowOfRecord(recordId);
            if (row < 0)
                continue; // deleted since
            const QVariant &before = model.records().at(row).value(e.fieldIndex);
            if (ValueCodec::toText(spec, before) != e.value)
                continue; // edited since: the person's newer value stays
            changes.append({recordId, e.fieldIndex, before, id.value});
        }
    }
    const qsizetype count =
            std::count_if(changes.cbegin(), changes.cend(), [](const CellChange &c) {
                return !ValueCodec::identical(c.before, c.after);
            });
    const Status written = model.setCells(std::move(changes), tr("Resolve references"));
    if (!written)
        return Result<int>::failure(written.error());
    return int(count);
}

Status ReferenceResolver::choose(const QString &field, const QString &value, const QString &id,
                                 const QString &scope)
{
    const int index = m_schema->indexOf(field);
    if (index < 0 || m_schema->field(index).referenceList.isEmpty())
        return Status::failure(tr("%1 is not a field of %2 that refers to a vendor's list.")
                                       .arg(field, m_schema->id()));
    if (NameFolding::exactKey(value).isEmpty())
        return Status::failure(tr("Choose an id for a value, not for an empty cell."));
    const FieldSpec &spec = m_schema->field(index);
    const ReferenceIndex *list = m_lists.find(spec.referenceList, scope);
    if (!list)
        return Status::failure(
                tr("The list %1 has not been read from the vendor yet; read it before choosing.")
                        .arg(spec.referenceList));
    const ReferenceRecord *record = list->findId(id);
    if (!record)
        return Status::failure(
                tr("%1 is not in the vendor's list %2.").arg(id, spec.referenceList));
    if (!record->active)
        return Status::failure(tr("%1 (%2) is inactive at the vendor; choose an active record.")
                                       .arg(id, record->name));
    CrosswalkChoice choice;
    choice.target = m_schema->id();
    choice.profile = m_profile;
    choice.field = field;
    choice.scope = scope;
    choice.value = value;
    choice.valueKey = NameFolding::exactKey(value);
    choice.id = id;
    choice.name = record->name;
    choice.chosenAt = QDateTime::currentDateTimeUtc();
    if (m_workspace) {
        const Status saved = m_workspace->saveChoice(choice);
        if (!saved)
            return saved;
    }
    m_choices[choiceKey(field, scope)].insert(choice.valueKey, id);
    m_chosen.insert(choiceKey(field, scope) + QChar(0) + choice.valueKey, choice);
    return Status();
}

Status ReferenceResolver::forget(const QString &field, const QString &value, const QString &scope)
{
    if (m_workspace) {
        const Status removed =
                m_workspace->removeChoice(m_schema->id(), m_profile, field, scope, value);
        if (!removed)
            return removed;
    }
    auto it = m_choices.find(choiceKey(field, scope));
    if (it != m_choices.end())
        it->remove(NameFolding::exactKey(value));
    m_chosen.remove(choiceKey(field, scope) + QChar(0) + NameFolding::exactKey(value));
    return Status();
}

QVector<CrosswalkChoice> ReferenceResolver::choices() const
{
    QVector<CrosswalkChoice> all;
    all.reserve(m_chosen.size());
    for (const CrosswalkChoice &c : m_chosen)
        all.append(c);
    std::sort(all.begin(), all.end(), [this](const CrosswalkChoice &a, const CrosswalkChoice &b) {
        const int fa = m_schema->indexOf(a.field);
        const int fb = m_schema->indexOf(b.field);
        if (fa != fb)
            return fa < fb;
        if (a.scope != b.scope)
            return a.scope < b.scope;
        return a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    });
    return all;
}

const ReferenceRecord *ReferenceResolver::record(const QString &field, const QString &scope,
                                                 const QString &id) const
{
    const int index = m_schema->indexOf(field);
    if (index < 0)
        return nullptr;
    const ReferenceIndex *list = m_lists.find(m_schema->field(index).referenceList, scope);
    return list ? list->findId(id) : nullptr;
}

QVector<ReferenceResolution::Candidate> ReferenceResolver::search(const QString &field,
                                                                  const QString &scope,
                                                                  const QString &text,
                                                                  int limit) const
{
    QVector<ReferenceResolution::Candidate> found;
    const int index = m_schema->indexOf(field);
    const QString needle = NameFolding::exactKey(text);
    if (index < 0 || needle.isEmpty() || limit <= 0)
        return found;
    const ReferenceIndex *list = m_lists.find(m_schema->field(index).referenceList, scope);
    if (!list)
        return found;
    // A scan is fine here: one search per keystroke pause over one list, not one per cell.
    QVector<ReferenceResolution::Candidate> inactive;
    for (const ReferenceRecord &r : list->records()) {
        const bool hit = r.id.contains(text.trimmed(), Qt::CaseInsensitive) ||
                         NameFolding::exactKey(r.name).contains(needle) ||
                         NameFolding::exactKey(r.originId).contains(needle) ||
                         NameFolding::exactKey(r.originCode).contains(needle) ||
                         NameFolding::exactKey(r.number).contains(needle);
        if (!hit)
            continue;
        ReferenceResolution::Candidate c;
        c.id = r.id;
        c.name = r.name;
        c.detail = r.detail;
        c.active = r.active;
        (r.active ? found : inactive).append(c);
        if (found.size() >= limit)
            break;
    }
    found += inactive;
    found.resize(qMin(found.size(), qsizetype(limit)));
    return found;
}

QJsonArray ReferenceResolver::toJson(const QVector<ReferenceEntry> &entries)
{
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonArray array;
    for (const ReferenceEntry &e : entries) {
        QJsonArray rows;
        for (const int row : e.rows)
            rows.append(row);
        QJsonArray candidates;
        for (const ReferenceResolution::Candidate &c : e.resolution.candidates)
            candidates.append(
                    QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("score"), std::round(c.score * 1000.0) / 1000.0}});
        QJsonObject o{
                {QStringLiteral("field"), e.field},
                {QStringLiteral("value"), e.value},
                {QStringLiteral("rows"), rows},
                {QStringLiteral("outcome"), ReferenceResolution::outcomeName(e.resolution.outcome)},
                {QStringLiteral("id"), textOrNull(e.resolution.id)},
                {QStringLiteral("name"), textOrNull(e.resolution.name)},
                {QStringLiteral("matchedBy"),
                 textOrNull(ReferenceResolution::matchedByName(e.resolution.matchedBy))},
                {QStringLiteral("candidates"), candidates},
        };
        if (!e.scope.isEmpty() || e.scopeUnresolved)
            o.insert(QStringLiteral("scope"), textOrNull(e.scope));
        array.append(o);
    }
    return array;
}
