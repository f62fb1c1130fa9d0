#pragma once

#include "fieldspec.h"
#include "result.h"
#include <QCoreApplication>

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// One vendor target (vendor x entity) as data: its fields, keys, batch limit and endpoint.
// Loaded from a schema file under resources/schemas/; tables, validation, matching and payloads
// all read it, so a new target is a new file plus a small protocol class.
class EntitySchema
{
    Q_DECLARE_TR_FUNCTIONS(EntitySchema)

public:
    static Result<EntitySchema> fromJson(const QJsonObject &json, const QString &origin);

    const QString &id() const { return m_id; }
    const QString &vendor() const { return m_vendor; }
    const QString &vendorLabel() const { return m_vendorLabel; }
    const QString &entity() const { return m_entity; }
    const QString &label() const { return m_label; }
    // "Procore · Work Order Contracts"
    QString title() const;

    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }
    int maxBatchItems() const { return m_maxBatchItems; }

    const QVector<FieldSpec> &fields() const { return m_fields; }
    int fieldCount() const { return int(m_fields.size()); }
    const FieldSpec &field(int index) const { return m_fields.at(index); }
    // -1 when there is no such field.
    int indexOf(const QString &path) const { return m_indexByPath.value(path, -1); }

    const QString &remoteIdPath() const { return m_remoteIdPath; }
    const QString &idempotencyPath() const { return m_idempotencyPath; }
    const QString &displayPath() const { return m_displayPath; }
    const QStringList &matchPaths() const { return m_matchPaths; }
    const QVector<QStringList> &requireOneOf() const { return m_requireOneOf; }

    // Validation rules beyond each field's own (the schema file's "rules"), as field indexes.
    // Fields whose value must not repeat within a sheet (keys and numbers).
    const QVector<int> &uniqueFields() const { return m_uniqueFields; }
    // Date pairs where the first may not come after the second (start before completion).
    const QVector<QPair<int, int>> &dateOrder() const { return m_dateOrder; }
    // Decimals that are percentages: outside 0-100 is suspicious.
    const QVector<int> &percentFields() const { return m_percentFields; }
    // Fields a create needs although the seed does not mark them required.
    const QVector<int> &alsoRequired() const { return m_alsoRequired; }
    // Fields whose vendor takes only some of the values the seed allows (Primavera change
    // orders: type COMMITMENT): any other value is suspicious.
    const QVector<QPair<int, QStringList>> &expectedValues() const { return m_expectedValues; }
    const QStringList &notes() const { return m_notes; }

private:
    QString m_id;
    QString m_vendor;
    QString m_vendorLabel;
    QString m_entity;
    QString m_label;
    QString m_method;
    QString m_path;
    int m_maxBatchItems = 1;
    QVector<FieldSpec> m_fields;
    QHash<QString, int> m_indexByPath;
    QString m_remoteIdPath;
    QString m_idempotencyPath;
    QString m_displayPath;
    QStringList m_matchPaths;
    QVector<QStringList> m_requireOneOf;
    QStringList m_notes;
    QVector<int> m_uniqueFields;
    QVector<QPair<int, int>> m_dateOrder;
    QVector<int> m_percentFields;
    QVector<int> m_alsoRequired;
    QVector<QPair<int, QStringList>> m_expectedValues;
};
