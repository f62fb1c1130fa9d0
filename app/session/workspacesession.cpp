#include "workspacesession.h"

#include "connectionprofile.h"
#include "demoworkspace.h"
#include "entityschema.h"
#include "pullservice.h"
#include "pushservice.h"
#include "recordtablemodel.h"
#include "referencelistreader.h"
#include "schemaregistry.h"
#include "synclogmodel.h"
#include "workspace.h"

#include <QNetworkAccessManager>
#include <QUndoStack>

Result<std::unique_ptr<WorkspaceSession>>
WorkspaceSession::open(const QString &path, const SchemaRegistry &registry, bool create)
{
    using R = Result<std::unique_ptr<WorkspaceSession>>;
    auto workspace = Workspace::open(path, create ? Workspace::OpenMode::CreateIfMissing
                                                  : Workspace::OpenMode::OpenExisting);
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
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing);
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

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace,
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
    m->setRecords(std::move(records).value());
    return Status();
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
    Workspace::SnapshotInfo stored;
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
        model->setRecords(std::move(records).value());
        connect(model, &RecordTableModel::editFailed, this, &WorkspaceSession::saveFailed);
        connect(model, &RecordTableModel::dataChanged, this, &WorkspaceSession::saved);
        m_models.append(model);
    }
    m_syncLog->setEntries(m_workspace->syncHistory());
    return Status();
}

Status WorkspaceSession::keepReferenceList(const QString &listId, const QString &profile,
                                           const QString &scope,
                                           const QVector<ReferenceRecord> &records,
                                           const QDateTime &readAt)
{
    return m_workspace->saveReferenceList(listId, profile, scope, records, readAt);
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
