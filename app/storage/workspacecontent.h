#pragma once

#include "mappingtemplate.h"
#include "record.h"
#include "referencedata.h"
#include "synclogentry.h"

#include <QDateTime>
#include <QString>
#include <QVector>

// The whole of a workspace as `copy-workspace` moves it from one store to another: every row
// with its id, place, version, sync state and import; what each row's last accepted push sent;
// the pull snapshots; the import and sync histories; the mapping templates; the reference lists
// and the crosswalk. Ids and times are kept as they are, so a history line still names its row
// and a copy read back compares equal to the original.
struct WorkspaceContent
{
    struct Row
    {
        Record record; // id, values, remote id, sync key, state and version
        qint64 position = 0;
        qint64 importId = 0; // 0: not from an import (added in the sheet)
        QDateTime updatedAt; // UTC
    };
    struct PushedValues
    {
        Record values;      // its id is the row's id; only the values count
        QDateTime pushedAt; // UTC
    };
    struct Snapshot
    {
        qint64 id = 0;
        QString profile;
        QDateTime pulledAt;      // UTC
        QVector<Record> records; // values, remote id and sync key
    };
    struct Target
    {
        QString target;
        QVector<Row> rows;            // in sheet order
        QVector<PushedValues> pushed; // by row id, ascending; rows deleted since included
        QVector<Snapshot> snapshots;  // oldest first
    };
    struct Import
    {
        qint64 id = 0;
        QString target;
        QString source;
        int rowCount = 0;
        QDateTime importedAt; // UTC
    };
    struct Template
    {
        MappingTemplate mapping;
        QDateTime updatedAt; // UTC
    };

    QVector<Target> targets;                   // in the registry's order; every target, even empty
    QVector<Import> imports;                   // by id
    QVector<Template> templates;               // by target, then name
    QVector<SyncLogEntry> history;             // by id
    QVector<KeptReferenceList> referenceLists; // with records; by list id, profile, scope
    QVector<CrosswalkChoice> crosswalk;        // by target, profile, field, scope, value key
};
