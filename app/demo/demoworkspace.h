#pragma once

#include "result.h"

class SchemaRegistry;
class WorkspaceStore;

// Fills a workspace with realistic rows for every target (resources/demo/<target>.csv), so a
// new user, the screenshots and the tests have something real to look at.
class DemoWorkspace
{
public:
    static Status populate(WorkspaceStore &workspace, const SchemaRegistry &registry);
};
