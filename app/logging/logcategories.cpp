#include "logcategories.h"

// Warnings and worse by default: a user who did not ask sees nothing new on the console.
Q_LOGGING_CATEGORY(lcSync, "contractdesk.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "contractdesk.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "contractdesk.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "contractdesk.auth", QtWarningMsg)
