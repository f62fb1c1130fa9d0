#pragma once

#include "importformats.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

class EntitySchema;

// How one sheet becomes records of a target: which row holds the headers, which field each
// column fills (or none), values set for every row, and how the sheet writes dates and numbers.
// Saved as a template in the workspace and read from `--mapping FILE.json`:
//   {"target": "...", "sheet": "...", "headerRow": 1,
//    "columns": {"Contract #": "number", "Notes": null},
//    "constants": {"project_id": "562949953421612"},
//    "formats": {"dateOrder": "mdy", "decimalSeparator": "."}}
// headerRow counts the sheet's non-blank rows from 1, as the wizard shows them.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QString target;
    QString sheet;
    int headerRow = 0; // index into SheetData::rows
    QStringList headers;
    QStringList fieldOfColumn; // field path per column; empty = ignored
    QMap<QString, QString> constants;
    ImportFormats formats;

    QJsonObject toJson() const;
    // Reads a mapping file. Columns it names take the given field; `headers` are the sheet's.
    static Result<ImportMapping> fromJson(const QJsonObject &json, const EntitySchema &schema);
    // Headers folded and joined: sheets with the same signature take the same template.
    static QString headerSignature(const QStringList &headers);
    // Checks that every field and constant names a field of the schema.
    Status validate(const EntitySchema &schema) const;
    // The mapping's columns re-keyed for another sheet with these headers (same names).
    void applyColumnsByHeader(const QMap<QString, QString> &byHeader);
    QMap<QString, QString> columnsByHeader() const;
};
