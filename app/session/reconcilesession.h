#pragma once

#include "cellchange.h"
#include "reconcileentry.h"
#include "result.h"
#include "workspacesession.h"

#include <QObject>
#include <QVector>

class ReconcileTableModel;
class RecordTableModel;

// One target's reconciliation without a widget: it loads the newest snapshot and what each row
// last pushed, pairs them with the sheet (through ReconcileTableModel / Reconciler), and does
// every action on the pairing — take the vendor's value or rows, import vendor-only records,
// link a row to a record — as one undo command on the workspace session's stack, saved at once.
// Entries are named by their index in model()->entries().
class ReconcileSession : public QObject
{
    Q_OBJECT

public:
    // A possible partner when linking by hand: a snapshot record's or a sheet row's index.
    struct LinkChoice
    {
        int index = -1;
        QString text;
        bool fits = false;
    };
    // What linking an entry by hand asks: which partner, among `choices`.
    struct LinkQuestion
    {
        QString title;
        QString intro;
        QVector<LinkChoice> choices;
        bool remoteOnly = false; // the choices are sheet rows (else snapshot records)
        int remote = -1;         // the entry's record, when remoteOnly
        qint64 rowId = 0;        // the entry's row, otherwise
    };
    // The shortcuts the texts name, as the view's actions have them (the user may rebind them).
    struct ActionKeys
    {
        QString takeValue;
        QString takeRows;
        QString push;
        QString import;
        QString link;
    };
    // Which actions apply to the current entry and the selected ones.
    struct ActionState
    {
        bool takeValue = false; // the current entry differs
        bool takeRows = false;  // a selected entry differs
        bool push = false;      // a selected entry differs or only the sheet holds it
        bool import = false;    // a selected entry only the vendor holds
        bool link = false;      // the current entry has no partner, is ambiguous or is offered
        bool offered = false;   // linking the current entry confirms its offered match
        bool navigate = false;  // some entry differs or lacks a partner
        bool exportable = false;
    };

    ReconcileSession(WorkspaceSession &session, RecordTableModel *sheet, QObject *parent = nullptr);
    ~ReconcileSession() override;

    RecordTableModel *sheet() const { return m_sheet; }
    ReconcileTableModel *model() const { return m_model; }
    bool hasSnapshot() const { return m_snapshot.id != 0; }
    const PulledSnapshot &snapshot() const { return m_snapshot; }

    // Reads the newest snapshot (of `profile`, or of any profile when empty) and what each row
    // last pushed, and pairs them with the sheet.
    Status reload(const QString &profile = QString());
    // Pairs the sheet's rows again; re-reads what was last pushed first when `rereadPushed`.
    void pairAgain(bool rereadPushed);

    // The entries of the model's `rows` (the lines shown), ascending, each once.
    QVector<int> entriesOfRows(const QVector<int> &rows) const;
    ActionState actionState(int current, const QVector<int> &selected) const;

    // "Differs: 3 · Only in the sheet: 1 · …" for the status bar.
    QString summaryText() const;
    // Rich text above the lines: the sheet, when and through which profile it was pulled, the
    // counts; offers waiting for a yes, and when `stale` that pushes came after the pull.
    QString headingText(bool stale, const QString &linkKey) const;
    // Rich text above the detail: what the entry is and which actions settle it.
    QString entryText(int entry, const ActionKeys &keys) const;

    // The change that puts the vendor's value of `field` into the entry's row.
    Result<CellChange> vendorValue(const ReconcileEntry &entry, int field) const;
    // The vendor's value of `field` (or of the one differing field) for a differing entry.
    // `nextKey` names the shortcut to the next difference in the refusals.
    Status takeVendorValue(int entry, int field, const QString &nextKey);
    // The vendor's values for every differing field of the entries.
    Status takeVendorRows(const QVector<int> &entries);
    // The record ids of the entries that differ or only the sheet holds.
    QVector<qint64> pushableRows(const QVector<int> &entries) const;
    // The entries only the vendor holds, as new rows with their vendor ids and keys.
    Status importVendorRecords(const QVector<int> &entries);
    // An offered match (a row and a record) linking needs no question for.
    bool isOffered(int entry) const;
    // Confirms the entry's offered match.
    Status confirmOffer(int entry);
    // What linking the entry by hand asks; a failure when it cannot be linked.
    Result<LinkQuestion> linkQuestion(int entry) const;
    // Links as answered: `chosen` is one of the question's choices.
    Status answerLink(const LinkQuestion &question, int chosen);
    // Links a sheet row to a snapshot record: the row takes its vendor id (and its key when the
    // row has none). One undo step.
    Status linkRow(qint64 recordId, int remote);
    // The whole reconciliation to .xlsx or .csv, by the extension.
    Status exportTo(const QString &path) const;

signals:
    // A result for the status bar.
    void message(const QString &text);

private:
    QString describe(const Record &record) const;

    WorkspaceSession &m_session;
    RecordTableModel *m_sheet;
    ReconcileTableModel *m_model;
    PulledSnapshot m_snapshot;
};
