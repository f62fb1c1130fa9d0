#pragma once

#include "cellchange.h"
#include "connectionprofile.h"
#include "editconflict.h"
#include "mappingtemplate.h"
#include "record.h"
#include "referencedata.h"
#include "referenceresolver.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class EntitySchema;
class PullService;
class PushService;
class QNetworkAccessManager;
class QTimer;
class QUndoStack;
class RecordTableModel;
class ReferenceListReader;
class SchemaRegistry;
class SyncLogModel;
class WorkspaceStore;

// What a vendor held for one target when it was pulled through one profile (the widgets' copy of
// WorkspaceStore::SnapshotInfo). No snapshot: id == 0.
struct PulledSnapshot
{
    qint64 id = 0;
    QString profile;
    QDateTime pulledAt;
    int recordCount = 0;
};

// An open workspace as the GUI works with it: the file, one table model per target, the undo
// history of edits, the sync log and the network. Widgets talk to this and nothing below it
// (tests/checks/check-layers.sh keeps ui/ from including workspace.h, QSql* or
// QNetworkAccessManager); it talks to storage through WorkspaceStore, opened as a Workspace.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    // `location`: a .cdw path or a postgresql:// URI (a team workspace; `password` when the
    // person typed one or the keychain held it — else libpq's PGPASSWORD or ~/.pgpass).
    static Result<std::unique_ptr<WorkspaceSession>> open(const QString &location,
                                                          const SchemaRegistry &registry,
                                                          bool create,
                                                          const QString &password = QString());
    // Creates (or opens) a workspace and fills every empty target with the demo rows.
    static Result<std::unique_ptr<WorkspaceSession>> openDemo(const QString &path,
                                                              const SchemaRegistry &registry);
    ~WorkspaceSession() override;

    const QString &path() const;
    // For tests and app/ code; widgets use the calls below.
    WorkspaceStore &workspace() { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    SyncLogModel *syncLog() const { return m_syncLog; }
    const QVector<RecordTableModel *> &models() const { return m_models; }
    RecordTableModel *model(const QString &target) const;
    // Re-reads one target's rows from the file (after an import or a push saved through another
    // connection). The undo history stays: imports only add rows, a push only adds keys, vendor
    // ids and sync states, and every undo command names its records by id.
    Status reloadTarget(const QString &target);
    // Whether others work in this workspace at once (a team workspace on a server).
    bool isShared() const;
    // Resolves a conflict the person's way: their values are written over what the workspace
    // holds now, as one undo step. (Taking the other's values needs nothing: they show.)
    Status keepMine(const EditConflict &conflict);

    // The one network manager of this workspace's vendor traffic (owned by the session).
    QNetworkAccessManager *network() const { return m_network; }
    // A network manager owned by `parent`, for widgets that talk to vendors without a workspace
    // open (connection profiles).
    static QNetworkAccessManager *createNetwork(QObject *parent);
    // Services over this workspace and its network.
    std::unique_ptr<PushService> makePushService(const EntitySchema &schema);
    std::unique_ptr<PullService> makePullService(const EntitySchema &schema);

    // Saved import mappings of every target.
    QVector<MappingTemplate> mappingTemplates() const;
    QVector<MappingTemplate> mappingTemplates(const QString &target) const;
    // The newest snapshot of a target (of one profile, or of any when `profile` is empty).
    // No snapshot: an empty list and info->id == 0.
    Result<QVector<Record>> loadSnapshot(const EntitySchema &schema, const QString &profile,
                                         PulledSnapshot *info = nullptr) const;
    // Each pushed record's values as they were last pushed, by record id.
    Result<QHash<qint64, Record>> lastPushed(const EntitySchema &schema) const;

    // References resolved against the vendor (issue 14).
    // Keeps a list as read from the vendor through `profile`, replacing the one kept before
    // whole; when it fails, the old list stays.
    Status keepReferenceList(const QString &listId, const QString &profile, const QString &scope,
                             const QVector<ReferenceRecord> &records, const QDateTime &readAt);
    // The lists kept for a profile (without their records).
    QVector<KeptReferenceList> referenceLists(const QString &profile) const;
    // A resolver of one target's references through one profile: the lists kept for the
    // profile, the target's crosswalk and the profile's project as the default project; its
    // choose() and forget() write to this workspace.
    Result<ReferenceResolver> referenceResolver(const QString &target,
                                                const ConnectionProfile &profile) const;
    // Every distinct reference value of the target's rows as its table holds them, resolved.
    Result<QVector<ReferenceEntry>> resolveReferences(const QString &target,
                                                      const ConnectionProfile &profile) const;
    // A reader of the lists the target's references point to, through `profile` and this
    // session's network, for the rows as the table holds them now: every list (`all`) or those
    // not kept yet. What it reads lands in this workspace; the caller owns and starts it.
    std::unique_ptr<ReferenceListReader> makeReferenceReader(const QString &target,
                                                             const ConnectionProfile &profile,
                                                             bool all, QObject *parent = nullptr);
    // Writes the id of every Exact and Chosen entry into the target's rows as ONE step on this
    // session's undo stack, persisted; gives the number of cells written.
    Result<int> applyReferences(const ReferenceResolver &resolver,
                                const QVector<ReferenceEntry> &entries);

    // The sheets' reference checks (SheetReferenceCheck): the lists of `profile` judge the
    // reference cells of every target of `vendor` (an unresolved one is an error, as it blocks
    // the push; a resolved id shows its name). An empty profile: no lists, the no-list rule.
    // Re-resolves only when the profile differs from the one in use.
    Status setReferenceProfile(const QString &vendor, const ConnectionProfile &profile);
    // The profile whose lists judge the vendor's sheets (empty name when none).
    ConnectionProfile referenceProfile(const QString &vendor) const;
    // Re-resolves every sheet against the lists and choices the workspace keeps now: after
    // lists are read or a choice is made.
    void refreshReferenceChecks();

signals:
    // An edit, undo or redo could not be written to the workspace file.
    void saveFailed(const QString &message);
    // Every accepted change is on disk.
    void saved();
    // The sheets' reference checks were re-resolved (another profile, new lists or choices).
    void referencesChanged();
    // Someone else's change reached the sheets and the log (a team workspace): `rows` rows of
    // `target` changed, came or went (an empty target: everything was re-read).
    void changedElsewhere(const QString &target, int rows);
    // An edit was not applied because someone else changed the same cells first.
    void conflictFound(const EditConflict &conflict);

private:
    WorkspaceSession(std::unique_ptr<WorkspaceStore> workspace, const SchemaRegistry &registry);
    Status load();
    Status installReferenceCheck(RecordTableModel &model, QVector<Record> *records = nullptr);
    // Someone else changed the store: re-read what changed, soon (changes come in bursts).
    void noteChangedElsewhere(const QString &target, const std::optional<QVector<qint64>> &rows);
    void mergeChangesElsewhere();
    void reportConflict(RecordTableModel &model, const QVector<CellChange> &wanted,
                        const QString &undoText);

    std::unique_ptr<WorkspaceStore> m_workspace;
    const SchemaRegistry &m_registry;
    QUndoStack *m_undoStack;
    SyncLogModel *m_syncLog;
    QNetworkAccessManager *m_network;
    QVector<RecordTableModel *> m_models;
    QHash<QString, ConnectionProfile> m_referenceProfiles; // by vendor
    QTimer *m_mergeTimer = nullptr;
    // Heard since the last merge, by target ("" = every target); std::nullopt: any of its rows.
    QHash<QString, std::optional<QSet<qint64>>> m_changedTargets;
};
