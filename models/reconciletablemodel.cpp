#include "reconciletablemodel.h"

#include "fieldcomparer.h"
#include "valuecodec.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace {

unsigned bitOf(ReconcileState state)
{
    return 1u << unsigned(state);
}

// Tints that read at a glance and stay apart from the sheet's issue tints (red and pale amber).
QColor stateColor(ReconcileState state)
{
    switch (state) {
    case ReconcileState::Same:
        return QColor(0xdc, 0xfc, 0xe7); // green
    case ReconcileState::Differs:
        return QColor(0xfe, 0xd7, 0xaa); // orange
    case ReconcileState::LocalOnly:
        return QColor(0xdb, 0xea, 0xfe); // blue
    case ReconcileState::RemoteOnly:
        return QColor(0xed, 0xe9, 0xfe); // violet
    case ReconcileState::Ambiguous:
        return QColor(0xfe, 0xe2, 0xe2); // red
    }
    return QColor();
}

const QColor kDifferingCell(0xfd, 0xe6, 0x8a);
const QColor kOfferText(0x92, 0x40, 0x0e);

} // namespace

ReconcileTableModel::ReconcileTableModel(const EntitySchema &schema, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reconciler(schema)
    , m_displayField(schema.indexOf(schema.displayPath()))
    , m_shownStates(bitOf(ReconcileState::Differs) | bitOf(ReconcileState::LocalOnly) |
                    bitOf(ReconcileState::RemoteOnly) | bitOf(ReconcileState::Ambiguous))
{}

const QVector<int> &ReconcileTableModel::comparedFields() const
{
    return m_reconciler.comparer().comparedFields();
}

void ReconcileTableModel::setRecords(QVector<Record> local, QVector<Record> remote,
                                     QHash<qint64, Record> lastPushed)
{
    beginResetModel();
    m_local = std::move(local);
    m_remote = std::move(remote);
    m_lastPushed = std::move(lastPushed);
    reconcile();
    endResetModel();
    emit reconciled();
}

void ReconcileTableModel::setLocal(QVector<Record> local, QHash<qint64, Record> lastPushed)
{
    beginResetModel();
    m_local = std::move(local);
    m_lastPushed = std::move(lastPushed);
    reconcile();
    endResetModel();
    emit reconciled();
}

void ReconcileTableModel::reconcile()
{
    Reconciler::Options options;
    options.offerMatchFields = true;
    m_entries = m_reconciler.reconcile(m_local, m_remote, options);
    m_summary = Reconciler::summarize(m_entries);
    m_differingCount.clear();
    for (const ReconcileEntry &e : std::as_const(m_entries)) {
        for (const int field : e.differingFields)
            ++m_differingCount[field];
    }
    rebuildShown();
}

void ReconcileTableModel::rebuildShown()
{
    m_shown.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_shownStates & bitOf(m_entries.at(i).state))
            m_shown.append(i);
    }
}

bool ReconcileTableModel::isStateShown(ReconcileState state) const
{
    return m_shownStates & bitOf(state);
}

void ReconcileTableModel::setStateShown(ReconcileState state, bool shown)
{
    const unsigned states =
            shown ? (m_shownStates | bitOf(state)) : (m_shownStates & ~bitOf(state));
    if (states == m_shownStates)
        return;
    beginResetModel();
    m_shownStates = states;
    rebuildShown();
    endResetModel();
}

int ReconcileTableModel::rowOfEntry(int entry) const
{
    // m_shown is ascending: entries keep their order when filtered.
    const auto it = std::lower_bound(m_shown.cbegin(), m_shown.cend(), entry);
    return it != m_shown.cend() && *it == entry ? int(it - m_shown.cbegin()) : -1;
}

int ReconcileTableModel::fieldOfColumn(int column) const
{
    const int i = column - FirstFieldColumn;
    return i >= 0 && i < comparedFields().size() ? comparedFields().at(i) : -1;
}

int ReconcileTableModel::columnOfField(int field) const
{
    const QVector<int> &fields = comparedFields();
    const auto it = std::lower_bound(fields.cbegin(), fields.cend(), field);
    return it != fields.cend() && *it == field ? FirstFieldColumn + int(it - fields.cbegin()) : -1;
}

const Record *ReconcileTableModel::localOf(const ReconcileEntry &entry) const
{
    return entry.local >= 0 ? &m_local.at(entry.local) : nullptr;
}

const Record *ReconcileTableModel::remoteOf(const ReconcileEntry &entry) const
{
    return entry.remote >= 0 ? &m_remote.at(entry.remote) : nullptr;
}

const Record *ReconcileTableModel::pushedOf(const ReconcileEntry &entry) const
{
    if (entry.local < 0)
        return nullptr;
    const auto it = m_lastPushed.constFind(m_local.at(entry.local).id());
    return it == m_lastPushed.cend() ? nullptr : &it.value();
}

QString ReconcileTableModel::display(int field, const Record *record) const
{
    if (!record || field < 0 || field >= record->fieldCount())
        return QString();
    return ValueCodec::toDisplay(schema().field(field), record->value(field), m_locale);
}

QString ReconcileTableModel::keyOf(const ReconcileEntry &entry) const
{
    if (const Record *local = localOf(entry)) {
        const QString key = display(m_displayField, local);
        if (!key.isEmpty())
            return key;
    }
    if (const Record *remote = remoteOf(entry)) {
        const QString key = display(m_displayField, remote);
        if (!key.isEmpty())
            return key;
        if (!remote->remoteId().isEmpty())
            return tr("%1 id %2").arg(schema().vendorLabel(), remote->remoteId());
    }
    if (entry.local >= 0)
        return tr("(row %1)").arg(entry.local + 1);
    return tr("(record %1)").arg(entry.remote + 1);
}

QString ReconcileTableModel::matchText(const ReconcileEntry &entry) const
{
    const QString fieldLabel =
            entry.matchField >= 0 ? schema().field(entry.matchField).label : QString();
    if (entry.state == ReconcileState::Ambiguous) {
        QString by;
        switch (entry.basis) {
        case MatchBasis::RemoteId:
            by = tr("vendor id");
            break;
        case MatchBasis::SyncKey:
            by = tr("sync key");
            break;
        case MatchBasis::MatchField:
            by = fieldLabel;
            break;
        case MatchBasis::Manual:
            by = tr("link");
            break;
        case MatchBasis::None:
            break;
        }
        // One candidate: another row fits that record too.
        if (entry.candidates.size() < 2)
            return tr("Another row fits the same vendor record by %1").arg(by);
        return tr("%1 vendor records fit by %2: pick one").arg(entry.candidates.size()).arg(by);
    }
    switch (entry.basis) {
    case MatchBasis::RemoteId: {
        const Record *remote = remoteOf(entry);
        return tr("Vendor id %1").arg(remote ? remote->remoteId() : QString());
    }
    case MatchBasis::SyncKey: {
        const Record *remote = remoteOf(entry);
        if (!remote || remote->syncKey().isEmpty())
            return tr("Sync key");
        return tr("Sync key %1").arg(remote->syncKey());
    }
    case MatchBasis::MatchField:
        return tr("Offered: same %1 — confirm?").arg(fieldLabel);
    case MatchBasis::Manual:
        return tr("Linked by hand");
    case MatchBasis::None:
        break;
    }
    return entry.state == ReconcileState::RemoteOnly ? tr("No sheet row fits")
                                                     : tr("No vendor record fits");
}

QString ReconcileTableModel::stateLabel(ReconcileState state)
{
    switch (state) {
    case ReconcileState::Same:
        return tr("Same");
    case ReconcileState::Differs:
        return tr("Differs");
    case ReconcileState::LocalOnly:
        return tr("Only in the sheet");
    case ReconcileState::RemoteOnly:
        return tr("Only at the vendor");
    case ReconcileState::Ambiguous:
        return tr("Ambiguous");
    }
    return QString();
}

ReconcileTableModel::Change ReconcileTableModel::changeOf(const ReconcileEntry &entry,
                                                          int field) const
{
    const Record *pushed = pushedOf(entry);
    const Record *local = localOf(entry);
    const Record *remote = remoteOf(entry);
    if (!pushed || !local || !remote || field >= pushed->fieldCount())
        return Change::Unknown;
    const bool sheetChanged = !FieldComparer::sameValue(local->value(field), pushed->value(field));
    const bool vendorChanged =
            !FieldComparer::sameValue(pushed->value(field), remote->value(field));
    if (sheetChanged && vendorChanged)
        return Change::Both;
    if (sheetChanged)
        return Change::Sheet;
    if (vendorChanged)
        return Change::Vendor;
    return Change::None;
}

QString ReconcileTableModel::changeLabel(Change change)
{
    switch (change) {
    case Change::Unknown:
        return tr("Never pushed from here");
    case Change::None:
        return tr("Neither since the push");
    case Change::Sheet:
        return tr("Sheet changed since the push");
    case Change::Vendor:
        return tr("Vendor changed since the push");
    case Change::Both:
        return tr("Both changed since the push");
    }
    return QString();
}

QString ReconcileTableModel::identityOf(const ReconcileEntry &entry) const
{
    if (entry.local >= 0)
        return QStringLiteral("L%1").arg(m_local.at(entry.local).id());
    const Record &remote = m_remote.at(entry.remote);
    return remote.remoteId().isEmpty() ? QStringLiteral("R#%1").arg(entry.remote)
                                       : QStringLiteral("R%1").arg(remote.remoteId());
}

int ReconcileTableModel::rowOfIdentity(const QString &identity) const
{
    if (identity.isEmpty())
        return -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        if (identityOf(m_entries.at(m_shown.at(row))) == identity)
            return row;
    }
    return -1;
}

QVector<int> ReconcileTableModel::stopsOf(const ReconcileEntry &entry) const
{
    QVector<int> stops;
    switch (entry.state) {
    case ReconcileState::Differs:
        for (const int field : entry.differingFields)
            stops.append(columnOfField(field));
        break;
    case ReconcileState::LocalOnly:
    case ReconcileState::RemoteOnly:
    case ReconcileState::Ambiguous:
        stops.append(KeyColumn);
        break;
    case ReconcileState::Same:
        break;
    }
    return stops;
}

QModelIndex ReconcileTableModel::nextDifference(const QModelIndex &from, bool forward) const
{
    const int rows = int(m_shown.size());
    if (rows == 0)
        return QModelIndex();
    const int startRow = from.isValid() ? from.row() : (forward ? rows - 1 : 0);
    const int startColumn = from.isValid() ? from.column() : (forward ? columnCount() : -1);
    // Every row once, starting with the current one, then the current row's other side.
    for (int step = 0; step <= rows; ++step) {
        const int row = (startRow + (forward ? step : -step) % rows + rows) % rows;
        const QVector<int> stops = stopsOf(m_entries.at(m_shown.at(row)));
        if (stops.isEmpty())
            continue;
        if (step == 0) {
            if (forward) {
                for (const int c : stops) {
                    if (c > startColumn)
                        return index(row, c);
                }
            } else {
                for (auto it = stops.crbegin(); it != stops.crend(); ++it) {
                    if (*it < startColumn)
                        return index(row, *it);
                }
            }
            continue;
        }
        return index(row, forward ? stops.constFirst() : stops.constLast());
    }
    return QModelIndex();
}

int ReconcileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ReconcileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + int(comparedFields().size());
}

QVariant ReconcileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int entryIndex = m_shown.at(index.row());
    const ReconcileEntry &entry = m_entries.at(entryIndex);
    switch (role) {
    case StateRole:
        return int(entry.state);
    case EntryRole:
        return entryIndex;
    case OfferRole:
        return entry.basis == MatchBasis::MatchField && entry.remote >= 0;
    case FieldRole:
        return fieldOfColumn(index.column());
    default:
        break;
    }
    switch (index.column()) {
    case StateColumn:
        if (role == Qt::DisplayRole) {
            return stateLabel(entry.state);
        }
        if (role == Qt::BackgroundRole)
            return QBrush(stateColor(entry.state));
        if (role == Qt::ToolTipRole) {
            switch (entry.state) {
            case ReconcileState::Same:
                return tr("The sheet and %1 agree on every compared field.")
                        .arg(schema().vendorLabel());
            case ReconcileState::Differs:
                return tr("The sheet and %1 hold different values; the differing cells are "
                          "tinted.")
                        .arg(schema().vendorLabel());
            case ReconcileState::LocalOnly:
                return tr("%1 holds no record for this row: push it, or link it to a record "
                          "by hand.")
                        .arg(schema().vendorLabel());
            case ReconcileState::RemoteOnly:
                return tr("No row of the sheet is this %1 record: import it into the sheet, or "
                          "link a row to it.")
                        .arg(schema().vendorLabel());
            case ReconcileState::Ambiguous:
                return tr("More than one record fits: never guessed. Link the row to the right "
                          "one by hand.");
            }
        }
        return QVariant();
    case KeyColumn:
        if (role == Qt::DisplayRole)
            return keyOf(entry);
        if (role == Qt::FontRole && entry.state != ReconcileState::Same) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case MatchColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return matchText(entry);
        if (entry.basis == MatchBasis::MatchField && entry.remote >= 0) {
            if (role == Qt::ForegroundRole)
                return QBrush(kOfferText);
            if (role == Qt::FontRole) {
                QFont font;
                font.setItalic(true);
                return font;
            }
        }
        return QVariant();
    default:
        return fieldData(entry, fieldOfColumn(index.column()), role);
    }
}

QVariant ReconcileTableModel::fieldData(const ReconcileEntry &entry, int field, int role) const
{
    if (field < 0)
        return QVariant();
    const bool differs =
            std::binary_search(entry.differingFields.cbegin(), entry.differingFields.cend(), field);
    const Record *local = localOf(entry);
    const Record *remote = remoteOf(entry);
    switch (role) {
    case DiffersRole:
        return differs;
    case Qt::DisplayRole: {
        if (!differs)
            return display(field, local ? local : remote);
        const QString empty = tr("(empty)");
        const QString sheet = display(field, local);
        const QString vendor = display(field, remote);
        return tr("%1 ≠ %2").arg(sheet.isEmpty() ? empty : sheet,
                                 vendor.isEmpty() ? empty : vendor);
    }
    case Qt::BackgroundRole:
        return differs ? QVariant(QBrush(kDifferingCell)) : QVariant();
    case Qt::ToolTipRole: {
        if (!differs)
            return QVariant();
        QStringList lines{tr("In the sheet: %1").arg(display(field, local)),
                          tr("At the vendor: %1").arg(display(field, remote))};
        if (const Record *pushed = pushedOf(entry))
            lines.append(tr("Last pushed: %1").arg(display(field, pushed)));
        lines.append(changeLabel(changeOf(entry, field)));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return QVariant();
    }
}

QVariant ReconcileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StateColumn:
            return tr("State");
        case KeyColumn:
            return m_displayField < 0 ? tr("Key") : schema().field(m_displayField).label;
        case MatchColumn:
            return tr("Matched by");
        default: {
            const int field = fieldOfColumn(section);
            return field >= 0 ? schema().field(field).label : QVariant();
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StateColumn:
            return tr("Where the row stands against what %1 holds.").arg(schema().vendorLabel());
        case KeyColumn:
            return tr("The row's key, else the vendor record's.");
        case MatchColumn:
            return tr("What paired the row with the vendor's record: its vendor id or sync key "
                      "(certain), or the same number or name (an offer you confirm).");
        default: {
            const int field = fieldOfColumn(section);
            if (field < 0)
                return QVariant();
            return tr("%1 (%2): the sheet's value; a differing cell reads \"sheet ≠ vendor\".")
                    .arg(schema().field(field).label, schema().field(field).path);
        }
        }
    }
    return QVariant();
}
