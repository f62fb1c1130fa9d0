#pragma once

#include <QLoggingCategory>

// What ContractDesk tells support about its work in the field. Each category is quiet below
// warnings unless turned on: QT_LOGGING_RULES="contractdesk.*=true", or contractdesk-cli
// --verbose. None of them ever logs a secret, a token, an Authorization header or a request
// body that holds one: a log is pasted into tickets and mails.
Q_DECLARE_LOGGING_CATEGORY(lcSync)    // contractdesk.sync: requests, retries, pages, refusals
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // contractdesk.storage: workspace open, migrate, failures
Q_DECLARE_LOGGING_CATEGORY(lcImport)  // contractdesk.import: files read, rows, timings
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // contractdesk.auth: sign-ins and renewals, never tokens
