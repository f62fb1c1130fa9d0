#pragma once

#include <QByteArray>
#include <QString>

// A saved column mapping (ImportMapping as JSON), re-applied to sheets with the same headers.
struct MappingTemplate
{
    QString target;
    QString name;
    QString headerSignature;
    QByteArray mappingJson;
};
