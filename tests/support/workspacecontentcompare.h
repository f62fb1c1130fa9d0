#pragma once

#include "workspacecontent.h"

#include <QString>

// Compares two whole workspaces as copy-workspace moves them (WorkspaceStore::readAll), field by
// field: the first difference in words ("procore.work_order_contract row 3 (id 7): field
// retainage_percent is 10.50 here, 10.5 there"), or an empty string when they are the same.
// Values compare exactly (ValueCodec::identical: 10.5 and 10.50 differ); times to the
// millisecond, in UTC. For the store suites and the copy tests of every implementation.
QString firstDifference(const WorkspaceContent &a, const WorkspaceContent &b);
