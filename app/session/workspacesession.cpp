#include "workspacesession.h"

#include "connectionprofile.h"
#include "demoworkspace.h"
#include "entityschema.h"
#include "pullservice.h"
#include "pushservice.h"
#include "recordtablemodel.h"
#include "referencelistreader.h"
#include "schemaregistry.h"
#include "sheetreferencecheck.h"
#include "synclogmodel.h"
#include "valuecodec.h"
#include "workspaceopener.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUndoStack>

Result<std::unique_ptr<WorkspaceSession>> WorkspaceSession::open(const QString &location,
                                                                 const SchemaRegistry &registry,
                                                                 bool create,
                                                                 const QString &password)
{
    using R = Result<std::unique_ptr<WorkspaceSession>>;
    auto workspace = WorkspaceOpener::open(location,
                                           create ? Workspace::OpenMode::CreateIfMissing
                                                  : Workspace::OpenMode::OpenExisting,
                                           registry, password);
    if (!workspace)
        return R::failure(workspace.error());
    std::unique_ptr<WorkspaceSession> session(
            new WorkspaceSession(std::move(workspace).value(), registry));
    const Status loaded = session->load();
    if (!loaded)
        return R::failure(loaded.error());
    return R(std::move(session));
}

Result<std::unique_ptr<WorkspaceSession>> WorkspaceSession::openDemo(const QString &path,
                                                                     const SchemaRegistry &registry)
{
    using R = Result<std::unique_ptr<WorkspaceSession>>;
    auto workspace = WorkspaceOpener::open(path, Workspace::OpenMode::CreateIfMissing, registry);
    if (!workspace)
        return R::failure(workspace.error());
    bool empty = true;
    for (const EntitySchema &schema : registry.schemas())
        empty = empty && workspace.value()->recordCount(schema.id()) == 0;
    if (empty) {
        const Status filled = DemoWorkspace::populate(*workspace.value(), registry);
        if (!filled)
            return R::failure(filled.error());
    }
    std::unique_ptr<WorkspaceSession> session(
            new WorkspaceSession(std::move(workspace).value(), registry));
    const Status loaded = session->load();
    if (!loaded)
        return R::failure(loaded.error());
    return R(std::move(session));
}

WorkspaceSession::WorkspaceSession(std::unique_ptr<WorkspaceStore> workspace,
                                   const SchemaRegistry &registry)
    : m_workspace(std::move(workspace))
    , m_registry(registry)
    , m_undoStack(new QUndoStack(this))
    , m_syncLog(new SyncLogModel(this))
    , m_network(createNetwork(this))
{}

WorkspaceSession::~WorkspaceSession()
{
    // Models refer to the workspace; let them go first.
    qDeleteAll(m_models);
    m_models.clear();
    delete m_undoStack;
    m_undoStack = nullptr;
}

const QString &WorkspaceSession::path() const
{
    return m_workspace->path();
}

RecordTableModel *WorkspaceSession::model(const QString &target) const
{
    for (RecordTableModel *m : m_models) {
        if (m->schema().id() == target)
            return m;
    }
    return nullptr;
}

Status WorkspaceSession::reloadTarget(const QString &target)
{
    RecordTableModel *m = model(target);
    if (!m)
        return Status();
    auto records = m_workspace->loadRecords(m->schema());
    if (!records)
        return Status::failure(records.error());
    // The undo history stays: its commands name records by id, and the reloaded records keep
    // their ids (a command whose record is gone says so when undone).
    QVector<Record> loaded = std::move(records).value();
    return installReferenceCheck(*m, &loaded);
}

QNetworkAccessManager *WorkspaceSession::createNetwork(QObject *parent)
{
    return new QNetworkAccessManager(parent);
}

std::unique_ptr<PushService> WorkspaceSession::makePushService(const EntitySchema &schema)
{
    return std::make_unique<PushService>(*m_workspace, schema, m_network);
}

std::unique_ptr<PullService> WorkspaceSession::makePullService(const EntitySchema &schema)
{
    return std::make_unique<PullService>(*m_workspace, schema, m_network);
}

QVector<MappingTemplate> WorkspaceSession::mappingTemplates() const
{
    QVector<MappingTemplate> templates;
    for (const EntitySchema &schema : m_registry.schemas())
        templates += m_workspace->mappingTemplates(schema.id());
    return templates;
}

QVector<MappingTemplate> WorkspaceSession::mappingTemplates(const QString &target) const
{
    return m_workspace->mappingTemplates(target);
}

Result<QVector<Record>> WorkspaceSession::loadSnapshot(const EntitySchema &schema,
                                                       const QString &profile,
                                                       PulledSnapshot *info) const
{
    WorkspaceStore::SnapshotInfo stored;
    auto records = m_workspace->loadSnapshot(schema, profile, &stored);
    if (info) {
        info->id = stored.id;
        info->profile = stored.profile;
        info->pulledAt = stored.pulledAt;
        info->recordCount = stored.recordCount;
    }
    return records;
}

Result<QHash<qint64, Record>> WorkspaceSession::lastPushed(const EntitySchema &schema) const
{
    return m_workspace->lastPushed(schema);
}

Status WorkspaceSession::load()
{
    for (const EntitySchema &schema : m_registry.schemas()) {
        auto records = m_workspace->loadRecords(schema);
        if (!records)
            return Status::failure(records.error());
        auto *model = new RecordTableModel(schema, m_workspace.get());
        model->setUndoStack(m_undoStack);
        QVector<Record> loaded = std::move(records).value();
        const Status checked = installReferenceCheck(*model, &loaded);
        if (!checked) {
            delete model;
            return checked;
        }
        connect(model, &RecordTableModel::editFailed, this, &WorkspaceSession::saveFailed);
        connect(model, &RecordTableModel::dataChanged, this, &WorkspaceSession::saved);
        connect(model, &RecordTableModel::editConflicted, this,
                [this, model](const QVector<CellChange> &wanted, const QString &undoText) {
                    reportConflict(*model, wanted, undoText);
                });
        m_models.append(model);
    }
    m_syncLog->setEntries(m_workspace->syncHistory());
    // Others' changes arrive as notices; a short wait gathers a burst into one re-read.
    m_mergeTimer = new QTimer(this);
    m_mergeTimer->setSingleShot(true);
    m_mergeTimer->setInterval(50);
    connect(m_mergeTimer, &QTimer::timeout, this, &WorkspaceSession::mergeChangesElsewhere);
    m_workspace->setChangeListener(
            [this](const QString &target, const WorkspaceStore::ChangedRows &rows) {
                noteChangedElsewhere(target, rows);
            });
    return Status();
}

bool WorkspaceSession::isShared() const
{
    return m_workspace->isShared();
}

void WorkspaceSession::noteChangedElsewhere(const QString &target,
                                            const std::optional<QVector<qint64>> &rows)
{
    auto it = m_changedTargets.find(target);
    if (!rows) {
        m_changedTargets.insert(target, std::nullopt);
    } else {
        if (it == m_changedTargets.end())
            it = m_changedTargets.insert(target, QSet<qint64>());
        if (it->has_value())
            (*it)->unite(QSet<qint64>(rows->cbegin(), rows->cend()));
    }
    if (!m_mergeTimer->isActive())
        m_mergeTimer->start();
}

void WorkspaceSession::mergeChangesElsewhere()
{
    const auto targets = std::exchange(m_changedTargets, {});
    const bool everything = targets.contains(QString());
    for (RecordTableModel *model : std::as_const(m_models)) {
        const QString &target = model->schema().id();
        const auto heard = targets.constFind(target);
        if (!everything && heard == targets.cend())
            continue;
        // Named rows are re-read alone (an edit: one row, not the sheet); else the target.
        const bool some = !everything && heard->has_value();
        const QVector<qint64> ids =
                some ? QVector<qint64>((*heard)->cbegin(), (*heard)->cend()) : QVector<qint64>();
        if (some && ids.isEmpty())
            continue; // its history or snapshots changed, not its rows
        auto records = some ? m_workspace->loadRecordsById(model->schema(), ids)
                            : m_workspace->loadRecords(model->schema());
        if (!records) {
            emit saveFailed(tr("Changes others made to %1 could not be read: %2")
                                    .arg(model->schema().label(), records.error()));
            continue;
        }
        const int rows = model->mergeStored(std::move(records).value(), some ? &ids : nullptr);
        if (rows > 0 || !everything)
            emit changedElsewhere(target, rows);
    }
    m_syncLog->setEntries(m_workspace->syncHistory());
    if (everything) {
        refreshReferenceChecks();
        emit changedElsewhere(QString(), 0);
    }
}

void WorkspaceSession::reportConflict(RecordTableModel &model, const QVector<CellChange> &wanted,
                                      const QString &undoText)
{
    // The rows moved on: read what they hold now, so the sheet shows it and the choice is fair.
    QVector<qint64> ids;
    for (const CellChange &change : wanted) {
        if (!ids.contains(change.recordId))
            ids.append(change.recordId);
    }
    auto records = m_workspace->loadRecordsById(model.schema(), ids);
    if (!records) {
        emit saveFailed(records.error());
        return;
    }
    model.mergeStored(std::move(records).value(), &ids);
    EditConflict conflict;
    conflict.target = model.schema().id();
    conflict.undoText = undoText;
    const QLocale locale;
    for (const CellChange &change : wanted) {
        const int row = model.rowOfRecord(change.recordId);
        const FieldSpec &field = model.schema().field(change.field);
        EditConflict::Cell cell;
        cell.recordId = change.recordId;
        cell.field = change.field;
        cell.fieldLabel = field.label;
        cell.seen = change.before;
        cell.mine = change.after;
        cell.mineText = ValueCodec::toDisplay(field, change.after, locale);
        if (row >= 0) {
            cell.rowKey = model.rowKey(row);
            cell.theirs = model.records().at(row).value(change.field);
            cell.theirsText = ValueCodec::toDisplay(field, cell.theirs, locale);
        } else {
            cell.theirsText = tr("(row deleted)");
        }
        // Someone else wrote the very value wanted: nothing to choose.
        if (row >= 0 && ValueCodec::identical(cell.theirs, cell.mine))
            continue;
        conflict.cells.append(cell);
    }
    if (conflict.cells.isEmpty())
        return;
    // Someone else changed the row but none of these cells (another field, a push's result):
    // nothing to choose, the person's edit goes onto the row as it is now.
    const bool untouched = std::all_of(conflict.cells.cbegin(), conflict.cells.cend(),
                                       [&model](const EditConflict::Cell &c) {
                                           return model.rowOfRecord(c.recordId) >= 0 &&
                                                  ValueCodec::identical(c.theirs, c.seen);
                                       });
    if (untouched) {
        // A conflict again (changed once more meanwhile) is reported by that attempt.
        const Status applied = keepMine(conflict);
        if (!applied && !applied.isConflict())
            emit saveFailed(applied.error());
        return;
    }
    emit conflictFound(conflict);
}

Status WorkspaceSession::keepMine(const EditConflict &conflict)
{
    RecordTableModel *m = model(conflict.target);
    if (!m)
        return Status::failure(tr("The sheet of this change is no longer open."));
    QVector<CellChange> changes;
    for (const EditConflict::Cell &cell : conflict.cells) {
        if (m->rowOfRecord(cell.recordId) < 0)
            continue; // deleted meanwhile: nothing to keep it in
        changes.append({cell.recordId, cell.field, cell.theirs, cell.mine});
    }
    return m->setCells(changes,
                       conflict.undoText.isEmpty() ? tr("Keep my values") : conflict.undoText);
}

Status WorkspaceSession::keepReferenceList(const QString &listId, const QString &profile,
                                           const QString &scope,
                                           const QVector<ReferenceRecord> &records,
                                           const QDateTime &readAt)
{
    const Status kept = m_workspace->saveReferenceList(listId, profile, scope, records, readAt);
    const QString vendor = ReferenceLists::vendorOf(listId);
    if (kept && m_referenceProfiles.contains(vendor) &&
        m_referenceProfiles.value(vendor).name == profile)
        refreshReferenceChecks();
    return kept;
}

QVector<KeptReferenceList> WorkspaceSession::referenceLists(const QString &profile) const
{
    return m_workspace->referenceListsOf(profile);
}

Result<ReferenceResolver>
WorkspaceSession::referenceResolver(const QString &target, const ConnectionProfile &profile) const
{
    const EntitySchema *schema = m_registry.find(target);
    if (!schema)
        return Result<ReferenceResolver>::failure(tr("There is no target %1.").arg(target));
    return ReferenceResolver::load(*m_workspace, *schema, profile);
}

Result<QVector<ReferenceEntry>>
WorkspaceSession::resolveReferences(const QString &target, const ConnectionProfile &profile) const
{
    using R = Result<QVector<ReferenceEntry>>;
    const RecordTableModel *table = model(target);
    if (!table)
        return R::failure(tr("There is no target %1.").arg(target));
    auto resolver = referenceResolver(target, profile);
    if (!resolver)
        return R::failure(resolver.error());
    return resolver->resolve(table->records());
}

std::unique_ptr<ReferenceListReader>
WorkspaceSession::makeReferenceReader(const QString &target, const ConnectionProfile &profile,
                                      bool all, QObject *parent)
{
    const RecordTableModel *table = model(target);
    if (!table)
        return nullptr;
    return std::make_unique<ReferenceListReader>(*m_workspace, table->schema(), profile,
                                                 table->records(), all, m_network, parent);
}

Result<int> WorkspaceSession::applyReferences(const ReferenceResolver &resolver,
                                              const QVector<ReferenceEntry> &entries)
{
    RecordTableModel *table = model(resolver.schema().id());
    if (!table)
        return Result<int>::failure(tr("There is no target %1.").arg(resolver.schema().id()));
    return resolver.apply(*table, entries);
}

namespace {

bool hasReferences(const EntitySchema &schema)
{
    for (int i = 0; i < schema.fieldCount(); ++i) {
        if (!schema.field(i).referenceList.isEmpty())
            return true;
    }
    return false;
}

} // namespace

Status WorkspaceSession::installReferenceCheck(RecordTableModel &model, QVector<Record> *records)
{
    const EntitySchema &schema = model.schema();
    if (!hasReferences(schema)) {
        if (records)
            model.setRecords(std::move(*records));
        return Status();
    }
    auto resolver = ReferenceResolver::load(*m_workspace, schema,
                                            m_referenceProfiles.value(schema.vendor()));
    if (!resolver)
        return Status::failure(resolver.error());
    // New rows and their check together: the sheet is resolved once, not row by row.
    auto check = std::make_shared<SheetReferenceCheck>(std::move(resolver).value(),
                                                       records ? *records : model.records());
    if (records)
        model.setRecords(std::move(*records), std::move(check));
    else
        model.setReferenceCheck(std::move(check));
    return Status();
}

Status WorkspaceSession::setReferenceProfile(const QString &vendor,
                                             const ConnectionProfile &profile)
{
    // No profile kept yet is the same as an empty one: the sheets were checked with it at load,
    // and a window choosing no profile must not check 100,000 rows again.
    const ConnectionProfile was = m_referenceProfiles.value(vendor);
    if (was.name == profile.name && was.projectId == profile.projectId)
        return Status();
    m_referenceProfiles.insert(vendor, profile);
    Status status;
    for (RecordTableModel *m : std::as_const(m_models)) {
        if (m->schema().vendor() != vendor)
            continue;
        const Status installed = installReferenceCheck(*m);
        if (!installed && status)
            status = installed;
    }
    emit referencesChanged();
    return status;
}

ConnectionProfile WorkspaceSession::referenceProfile(const QString &vendor) const
{
    return m_referenceProfiles.value(vendor);
}

void WorkspaceSession::refreshReferenceChecks()
{
    for (RecordTableModel *m : std::as_const(m_models)) {
        const Status installed = installReferenceCheck(*m);
        if (!installed)
            emit saveFailed(installed.error());
    }
    emit referencesChanged();
}
