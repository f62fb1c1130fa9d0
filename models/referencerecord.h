#pragma once

#include <QString>
#include <QStringList>

// One entry of a vendor's reference list (a company vendor, a customer, a project, an approved
// commitment), with every attribute a sheet may name it by. Which vendor attribute fills which
// member is data in the target's schema file.
struct ReferenceRecord
{
    QString id;          // what the vendor's field takes (Procore's int64 as text, Intacct's id)
    QString name;        // the display name
    QString originId;    // the ERP's id (Procore origin_id)
    QString originCode;  // the ERP's code (Procore origin_code, Primavera code)
    QString number;      // a project number / job number
    QStringList aliases; // other names the vendor holds (abbreviated, legal): suggestions only
    QString detail;      // what tells two of the same name apart (city, parent, code)
    bool active = true;
};
