#pragma once

#include "entityschema.h"
#include "reconcileentry.h"
#include "reconciler.h"
#include "reconcilesummary.h"
#include "record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QVector>

// A reconciliation as a table: one line per entry (a sheet row, a vendor record, or the two
// paired) with its state, its key and what paired it, then one column per compared field. A
// field's cell shows the sheet's value (the vendor's for a record only the vendor holds); a
// differing one shows "sheet ≠ vendor", tinted. Which states are shown is the view's filter;
// setLocal() re-pairs after the sheet changed (Reconciler does 100,000 rows in about 0.2 s).
class ReconcileTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        KeyColumn,
        MatchColumn,
        FirstFieldColumn,
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // the entry's ReconcileState as int
        EntryRole,                    // index into entries()
        DiffersRole,                  // bool: this field differs in this entry
        FieldRole,                    // the column's schema field, or -1
        OfferRole,                    // bool: paired by a match field, waiting for a yes
    };
    // Who changed a differing value since the row's last accepted push.
    enum class Change {
        Unknown, // never pushed from this workspace: no common ground to tell
        None,    // both still hold what was pushed
        Sheet,
        Vendor,
        Both,
    };

    explicit ReconcileTableModel(const EntitySchema &schema, QObject *parent = nullptr);

    const EntitySchema &schema() const { return m_reconciler.schema(); }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    // Both sides and what each row's last accepted push sent (record id -> values), paired.
    void setRecords(QVector<Record> local, QVector<Record> remote,
                    QHash<qint64, Record> lastPushed);
    // The sheet changed (an edit, an undo, rows added): pair again against the same snapshot.
    void setLocal(QVector<Record> local, QHash<qint64, Record> lastPushed);

    const QVector<Record> &local() const { return m_local; }
    const QVector<Record> &remote() const { return m_remote; }
    const QHash<qint64, Record> &lastPushed() const { return m_lastPushed; }
    const QVector<ReconcileEntry> &entries() const { return m_entries; }
    const ReconcileSummary &summary() const { return m_summary; }
    const QVector<int> &comparedFields() const;

    // The states shown; Same is hidden at first (it is most of a healthy sheet).
    bool isStateShown(ReconcileState state) const;
    void setStateShown(ReconcileState state, bool shown);

    int entryOfRow(int row) const { return m_shown.value(row, -1); }
    int rowOfEntry(int entry) const;
    const ReconcileEntry &entryAt(int row) const { return m_entries.at(m_shown.at(row)); }
    int fieldOfColumn(int column) const;
    int columnOfField(int field) const;
    // True when some entry differs in this field (columns without any are hidden on request).
    bool fieldDiffers(int field) const { return m_differingCount.value(field) > 0; }

    // The sides of an entry; null where it has none.
    const Record *localOf(const ReconcileEntry &entry) const;
    const Record *remoteOf(const ReconcileEntry &entry) const;
    const Record *pushedOf(const ReconcileEntry &entry) const;
    // A value as a cell shows it; empty for none.
    QString display(int field, const Record *record) const;
    // The entry's name: the display field (Procore's number) of the row, else of the record;
    // else the vendor's id.
    QString keyOf(const ReconcileEntry &entry) const;
    // What paired the entry, in words; a match by number reads as an offer to confirm.
    QString matchText(const ReconcileEntry &entry) const;
    static QString stateLabel(ReconcileState state);
    Change changeOf(const ReconcileEntry &entry, int field) const;
    static QString changeLabel(Change change);

    // An entry's name that survives pairing again: its row's id, else its record's vendor id.
    QString identityOf(const ReconcileEntry &entry) const;
    int rowOfIdentity(const QString &identity) const;

    // The next (or previous) difference after `from` in the order shown, wrapping around: a
    // differing field of a pair, or the key of a row or record without a partner. Invalid when
    // there is none.
    QModelIndex nextDifference(const QModelIndex &from, bool forward) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After each pairing: the counts and the entries changed.
    void reconciled();

private:
    void reconcile();
    void rebuildShown();
    QVariant fieldData(const ReconcileEntry &entry, int field, int role) const;
    // The columns a difference stop is at for one entry, ascending.
    QVector<int> stopsOf(const ReconcileEntry &entry) const;

    Reconciler m_reconciler;
    QLocale m_locale;
    QVector<Record> m_local;
    QVector<Record> m_remote;
    QHash<qint64, Record> m_lastPushed;
    QVector<ReconcileEntry> m_entries;
    ReconcileSummary m_summary;
    QVector<int> m_shown;             // entry index per row
    QHash<int, int> m_differingCount; // field -> entries differing in it
    int m_displayField = -1;
    unsigned m_shownStates = 0;
};
