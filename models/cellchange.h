#pragma once

#include <QVariant>

// One cell's value before and after an edit.
struct CellChange
{
    qint64 recordId = 0;
    int field = -1;
    QVariant before;
    QVariant after;
};
