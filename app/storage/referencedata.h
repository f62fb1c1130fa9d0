#pragma once

#include "referencerecord.h"

#include <QDateTime>
#include <QString>
#include <QVector>

// A vendor's reference list as the workspace keeps it: one list id ("procore.vendors") read
// through one profile, for one scope value (the project a list of contracts belongs to; empty
// for a list that is not scoped), with the time it was read. A refresh replaces it whole.
struct KeptReferenceList
{
    QString listId;
    QString profile;
    QString scope;
    QDateTime readAt; // UTC
    int recordCount = 0;
    QVector<ReferenceRecord> records; // empty in Workspace::referenceListsOf()
};

// A person's choice for one reference value (the crosswalk): in this target, through this
// profile, the field's value as written (and within this scope, for a scoped field) means the
// vendor record `id`. Values are matched by NameFolding::exactKey, so a choice covers every
// spelling that folds the same.
struct CrosswalkChoice
{
    QString target;
    QString profile;
    QString field;    // the field's path
    QString scope;    // the scope value for a scoped field; empty otherwise
    QString value;    // as written
    QString valueKey; // NameFolding::exactKey(value); filled in by the workspace when empty
    QString id;
    QString name;
    QDateTime chosenAt; // UTC
};
