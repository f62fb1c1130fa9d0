#pragma once

#include "record.h"
#include "referencedata.h"
#include "referenceindex.h"
#include "referenceresolution.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QPair>
#include <QString>
#include <QVector>

#include <memory>

struct ConnectionProfile;
class EntitySchema;
class RecordTableModel;
class WorkspaceStore;

// The reference lists a workspace keeps for one profile, each indexed once: a ReferenceIndex
// per list id and scope value. Cheap to copy (the indexes are shared).
class ReferenceLists
{
public:
    ReferenceLists() = default;
    static ReferenceLists fromKept(const QVector<KeptReferenceList> &lists);

    void add(const QString &listId, const QString &scope, QVector<ReferenceRecord> records);
    // nullptr when no such list is kept.
    const ReferenceIndex *find(const QString &listId, const QString &scope) const;
    // True when any list of the vendor ("procore" for "procore.vendors") is kept.
    bool holdsVendor(const QString &vendor) const;
    bool isEmpty() const { return m_indexes.isEmpty(); }

    // The vendor a list id belongs to: the part before its first dot.
    static QString vendorOf(const QString &listId);

private:
    static QString key(const QString &listId, const QString &scope);
    QHash<QString, std::shared_ptr<const ReferenceIndex>> m_indexes;
    QHash<QString, int> m_listsByVendor;
};

// One distinct reference value of a target's sheet and what resolving it found: one per field,
// scope value and value as written.
struct ReferenceEntry
{
    int fieldIndex = -1;
    QString field; // the field's path
    QString value; // as written in the cells
    // For a field whose list is read per scope (a PCO's contract per project): the scope value
    // whose list was used, i.e. the row's resolved project id. Empty for other fields.
    QString scope;
    QVector<qint64> recordIds;
    QVector<int> rows; // 1-based, in sheet order
    ReferenceResolution resolution;
    // False when the workspace keeps no list of the field's vendor yet: a cell that holds what
    // the field takes goes as written (resolution Exact by id, unchecked); anything else is
    // NotFound until the lists are read.
    bool checked = true;
    // Resolution needs a list the workspace does not keep (never read for this scope).
    bool listMissing = false;
    // A scoped field in rows whose scope (the project) is itself unresolved or empty.
    bool scopeUnresolved = false;

    bool resolved() const { return resolution.resolved(); }
};

// Resolves a target's reference cells against the vendor's lists kept in the workspace and a
// person's earlier choices (the crosswalk), never guessing: only Exact and Chosen carry an id
// to write. Widget-free; the CLI and the window use it alike.
//
// Rules:
// - A field refers to a list when its schema names one (FieldSpec::referenceList). A scoped
//   field (FieldSpec::referenceScope) is looked up in the list of the row's own scope value:
//   the resolved id of the row's scope field, or the default scope when that cell is empty.
// - While the workspace keeps no list of a vendor, a cell that holds what its field takes (a
//   whole number in an integer field, any text in a text field) goes as written; text that
//   cannot be an id (a name in an integer field) is unresolved. Once any list of the vendor is
//   kept, every reference of that vendor is checked, and an unresolved one blocks.
class ReferenceResolver
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceResolver)

public:
    ReferenceResolver(const EntitySchema &schema, QString profile, ReferenceLists lists,
                      const QVector<CrosswalkChoice> &crosswalk);
    // The lists kept for `profile` and the target's crosswalk, read from the workspace; choose()
    // then records choices there.
    static Result<ReferenceResolver> load(WorkspaceStore &workspace, const EntitySchema &schema,
                                          const QString &profile);
    // The same through a connection profile: its project is the default scope of every field
    // scoped by a project (as the push and the vendor's own defaults have it).
    static Result<ReferenceResolver> load(WorkspaceStore &workspace, const EntitySchema &schema,
                                          const ConnectionProfile &profile);

    const EntitySchema &schema() const { return *m_schema; }
    const QString &profile() const { return m_profile; }
    const ReferenceLists &lists() const { return m_lists; }
    // The scope used for rows whose scope field is empty (the profile's default project).
    void setDefaultScope(const QString &scopeField, const QString &id);

    // The fields that refer to a list, scope fields before the fields they scope.
    QVector<int> referenceFields() const;
    // One entry per distinct field, scope and value, in field order, then by first row.
    QVector<ReferenceEntry> resolve(const QVector<Record> &records) const;
    // The (list id, scope) pairs the entries needed and the workspace does not keep.
    static QVector<QPair<QString, QString>> missingLists(const EntitySchema &schema,
                                                         const QVector<ReferenceEntry> &entries);

    // Writes the id of every Exact and Chosen entry into its rows as ONE undo step, persisted
    // through the model's store. Cells changed since the entries were made are left alone.
    // Gives the number of cells written.
    Result<int> apply(RecordTableModel &model, const QVector<ReferenceEntry> &entries) const;
    // Records that `value` of `field` (within `scope`, for a scoped field) means the record `id`
    // of the field's list: in the crosswalk of the workspace it was loaded from (if any) and in
    // this resolver. The id must be an active record of the kept list.
    Status choose(const QString &field, const QString &value, const QString &id,
                  const QString &scope = QString());
    // Forgets a choice.
    Status forget(const QString &field, const QString &value, const QString &scope = QString());
    // The choices this resolver applies (the target's crosswalk for its profile), in field
    // order, then by value: what the window shows and exports.
    QVector<CrosswalkChoice> choices() const;
    // The record `id` of the list a field (within `scope`) refers to; nullptr when not kept.
    const ReferenceRecord *record(const QString &field, const QString &scope,
                                  const QString &id) const;
    // Records of the kept list a field (within `scope`) refers to whose name, id, origin id,
    // origin code or number contains `text` (case, spaces and punctuation folded), active ones
    // first, at most `limit`: for choosing a record that resolving did not suggest. Score 0.
    QVector<ReferenceResolution::Candidate> search(const QString &field, const QString &scope,
                                                   const QString &text, int limit = 50) const;

    // The entries in the CLI's JSON (a contract): an array of {"field", "value", "rows",
    // "outcome", "id", "name", "matchedBy", "candidates": [{"id", "name", "score"}]}; a scoped
    // field's entry also carries "scope". Absent id, name or matchedBy are null.
    static QJsonArray toJson(const QVector<ReferenceEntry> &entries);

private:
    ReferenceEntry resolveOne(int field, const QString &scope, const QString &text,
                              bool takesAsWritten, bool scopeUnresolved) const;
    static QString choiceKey(const QString &field, const QString &scope);

    const EntitySchema *m_schema;
    QString m_profile;
    ReferenceLists m_lists;
    WorkspaceStore *m_workspace = nullptr;
    // (field, scope) -> exactKey(value) -> id
    QHash<QString, QHash<QString, QString>> m_choices;
    // The same choices in full (value as written, name, date), by choiceKey + exactKey(value).
    QHash<QString, CrosswalkChoice> m_chosen;
    QHash<QString, QString> m_defaultScopes;
};
