#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

// An edit (or undo, or redo) someone else's change got in the way of: per cell, what the person
// saw, what they wanted and what the workspace holds now. The window shows the three and lets
// the person keep theirs (one undo step) or take the other's.
struct EditConflict
{
    struct Cell
    {
        qint64 recordId = 0;
        int field = -1;
        QString rowKey; // as the row header shows it
        QString fieldLabel;
        QVariant seen;    // what the edit was based on
        QVariant mine;    // what the person wanted
        QVariant theirs;  // what the workspace holds now
        QString mineText; // as the sheet shows them
        QString theirsText;
    };
    QString target;
    QString undoText;
    QVector<Cell> cells;
};
