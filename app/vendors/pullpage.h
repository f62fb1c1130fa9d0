#pragma once

#include "record.h"
#include "referencerecord.h"
#include "vendorrequest.h"

#include <QString>
#include <QStringList>
#include <QVector>

// What to read back from a vendor for reconciliation: the profile's project, and for Procore's
// potential change orders the contracts they hang from.
struct PullScope
{
    QString projectId;       // Procore / Primavera project id; Intacct project id (a filter)
    QStringList contractIds; // Procore change orders: one listing per contract; empty: all
    int pageSize = 0;        // records a page; 0: the protocol's default
};

// One page of a vendor's listing, read into records typed by the target's schema.
struct PullPage
{
    QVector<Record> records; // remoteId and syncKey (the idempotency key) set
    // A reference list's page (ReferenceListPull): its records; `records` stays empty.
    QVector<ReferenceRecord> references;
    QVector<VendorRequest> next; // further pages this page makes known, to fetch next
    int total = -1;              // records the listing holds, as the vendor says; -1: unknown
    bool retry = false;          // 429, 5xx or an unreadable answer: send the same request again
    QString problem;             // the page could not be read; with retry false, for good
};
