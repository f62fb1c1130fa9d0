#pragma once

#include "mappingtemplate.h"
#include "referencedata.h"
#include "synclogentry.h"
#include "workspacecontent.h"
#include "workspacestore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

class QSqlQuery;

// The small tables' rows as both stores (SQLite and PostgreSQL) map them to and from query
// columns. The SQL stays with each store (the dialects differ); the only difference in the
// mapping, how an instant or a required text is stored, is passed in by the store.
namespace StoredEntries {

// SQLite keeps an instant as ISO text with milliseconds, PostgreSQL as timestamptz.
using InstantReader = QDateTime (*)(const QVariant &value);
using InstantWriter = QVariant (*)(const QDateTime &at);
// How a store binds the NOT NULL texts the two stores have always bound differently
// (PostgreSQL never as NULL; SQLite mostly as they are, so a null one is refused).
using TextWriter = QVariant (*)(const QString &text);
// SQLite keeps a flag as 0 or 1, PostgreSQL as a boolean.
using FlagWriter = QVariant (*)(bool flag);

// Text bound as text, never as NULL: NOT NULL and UNIQUE treat an empty scope as a value.
QString notNull(const QString &text);

// Aliases as one JSON array of texts.
QString aliasesJson(const QStringList &aliases);
QStringList aliasesFromJson(const QString &json);

// Columns: id, at, target, profile, record_id, row_key, action, outcome, remote_id,
// http_status, message.
SyncLogEntry syncLogEntry(const QSqlQuery &q, InstantReader readInstant);
// Columns at, target, profile, record_id, row_key, action, outcome, remote_id, http_status,
// message (no id: the store gives it, or the caller puts it first).
QVariantList syncLogValues(const SyncLogEntry &e, InstantWriter instant, TextWriter requiredText);

// Columns: id, profile, pulled_at, record_count.
WorkspaceStore::SnapshotInfo snapshotInfo(const QSqlQuery &q, InstantReader readInstant);

// Columns: list_id, scope, read_at, record_count; the profile is the one the lists were read for.
KeptReferenceList referenceListOf(const QSqlQuery &q, const QString &profile,
                                  InstantReader readInstant);
// Columns: record_id, name, origin_id, origin_code, number, aliases, detail, active.
ReferenceRecord referenceRecord(const QSqlQuery &q);
// Columns list, position, then those of referenceRecord(). Every text as text (never as a
// number): an id beyond 2^53 stays exactly as read.
QVariantList referenceRecordValues(const QVariant &list, int position, const ReferenceRecord &r,
                                   FlagWriter flag);

// Columns: field, scope, value, value_key, chosen_id, chosen_name, chosen_at.
CrosswalkChoice crosswalkChoice(const QSqlQuery &q, const QString &target, const QString &profile,
                                InstantReader readInstant);
// Columns target, profile, field, scope, value, value_key (the value's exact key when the
// choice has none), chosen_id, chosen_name, chosen_at.
QVariantList crosswalkValues(const CrosswalkChoice &c, InstantWriter instant,
                             TextWriter requiredText);

// Columns: name, header_signature, mapping.
MappingTemplate mappingTemplate(const QSqlQuery &q, const QString &target);
// Columns: target, name, header_signature, mapping, updated_at.
WorkspaceContent::Template storedTemplate(const QSqlQuery &q, InstantReader readInstant);
// Columns as storedTemplate() reads them.
QVariantList templateValues(const WorkspaceContent::Template &t, InstantWriter instant,
                            TextWriter requiredText);

// Columns: id, target, source, row_count, imported_at.
WorkspaceContent::Import storedImport(const QSqlQuery &q, InstantReader readInstant);
// Columns as storedImport() reads them.
QVariantList importValues(const WorkspaceContent::Import &i, InstantWriter instant,
                          TextWriter requiredText);

} // namespace StoredEntries
