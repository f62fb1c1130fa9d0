#pragma once

#include "referenceresolver.h"

#include <QAbstractTableModel>
#include <QVector>

class EntitySchema;

// The lines of the Resolve References view: one per distinct reference value (field, scope and
// value as written) with its number of rows, what resolving found, in words, and the record it
// stands for. Read-only; the entries come from ReferenceResolver::resolve(). Unresolved lines
// only, unless resolved ones are asked for too.
class ReferenceEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Field,
        Value,
        Rows,
        Outcome,
        Record,
        Count
    };
    enum Role {
        ResolvedRole = Qt::UserRole + 1, // bool
        OutcomeRole,                     // ReferenceResolution::Outcome as int
    };

    explicit ReferenceEntryModel(QObject *parent = nullptr);

    // Replaces the lines; `schema` names the fields (it must outlive the model's use).
    void setEntries(const EntitySchema *schema, const QVector<ReferenceEntry> &entries);
    void setShowResolved(bool show);
    bool showResolved() const { return m_showResolved; }

    // The entries shown, in order, and all of them.
    const QVector<ReferenceEntry> &shown() const { return m_shown; }
    const QVector<ReferenceEntry> &entries() const { return m_entries; }
    const ReferenceEntry *entryAt(int row) const;
    // The row of the entry with this field, scope and value; -1 when not shown.
    int rowOf(const QString &field, const QString &scope, const QString &value) const;
    int unresolvedCount() const;
    int exactCount() const;

    // What resolving found, in words an accountant reads ("ambiguous: 2 records share this
    // name"), and what to do about it.
    static QString outcomeText(const ReferenceEntry &entry);
    static QString adviceText(const ReferenceEntry &entry);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    const EntitySchema *m_schema = nullptr;
    QVector<ReferenceEntry> m_entries;
    QVector<ReferenceEntry> m_shown;
    bool m_showResolved = false;
};
