#include "recordtablemodel.h"

#include "decimal.h"
#include "editcellscommand.h"
#include "rawtext.h"
#include "recordstore.h"
#include "referencecheck.h"
#include "rowscommand.h"
#include "valuecodec.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

RecordTableModel::RecordTableModel(const EntitySchema &schema, RecordStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_schema(schema)
    , m_store(store)
    , m_validation(schema)
    , m_displayField(schema.indexOf(schema.displayPath()))
{}

void RecordTableModel::setRecords(QVector<Record> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_rowById.clear();
    m_rowById.reserve(m_records.size());
    m_sheetOrder.clear();
    m_sheetOrder.reserve(m_records.size());
    for (int row = 0; row < m_records.size(); ++row) {
        m_rowById.insert(m_records.at(row).id(), row);
        m_sheetOrder.insert(m_records.at(row).id(), row);
    }
    m_nextSheetOrder = m_records.size();
    m_validation.reset(m_records);
    endResetModel();
    emit issuesChanged();
}

void RecordTableModel::setReferenceCheck(std::shared_ptr<ReferenceCheck> check)
{
    m_validation.setReferenceCheck(std::move(check));
    m_validation.reset(m_records);
    if (!m_records.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, m_schema.fieldCount() - 1));
        emit headerDataChanged(Qt::Vertical, 0, int(m_records.size()) - 1);
    }
    emit issuesChanged();
    emit referenceCheckChanged();
}

const ReferenceIndex *RecordTableModel::referenceList(int row, int field) const
{
    const ReferenceCheck *check = m_validation.referenceCheck();
    if (!check || row < 0 || row >= m_records.size() || field < 0 ||
        field >= m_schema.fieldCount() || m_schema.field(field).referenceList.isEmpty())
        return nullptr;
    return check->list(m_records.at(row), field);
}

void RecordTableModel::setRecords(QVector<Record> records, std::shared_ptr<ReferenceCheck> check)
{
    m_validation.setReferenceCheck(std::move(check));
    setRecords(std::move(records));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_schema.fieldCount();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Record &record = m_records.at(index.row());
    const FieldSpec &field = m_schema.field(index.column());
    const QVariant &value = record.value(index.column());
    const bool unreadable = ValueCodec::isRaw(value);
    switch (role) {
    case Qt::DisplayRole:
        if (field.type == FieldType::Boolean && !unreadable)
            return QVariant();
        if (!field.referenceList.isEmpty() && m_validation.referenceCheck()) {
            const QString name = m_validation.referenceCheck()->displayName(record, index.column());
            if (!name.isEmpty())
                return ValueCodec::toText(field, value) + QStringLiteral(" · ") + name;
        }
        return ValueCodec::toDisplay(field, value, m_locale);
    case Qt::EditRole:
        return ValueCodec::toText(field, value);
    case Qt::CheckStateRole:
        if (field.type == FieldType::Boolean && !unreadable)
            return value.isValid() && value.toBool() ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (!field.referenceList.isEmpty()) // "8041 · Acme Concrete Inc." reads from the left
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        if (field.type == FieldType::Decimal || field.type == FieldType::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ValidationIssue &issue : m_validation.cellIssues(record, index.column()))
            lines.append(
                    (issue.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(issue.message));
        if (!lines.isEmpty())
            return lines.join(QLatin1Char('\n'));
        return QVariant();
    }
    case Qt::BackgroundRole: {
        const auto severity = m_validation.cellSeverity(record, index.column());
        if (severity == ValidationIssue::Severity::Error)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (severity == ValidationIssue::Severity::Warning)
            return QBrush(QColor(0xfe, 0xf3, 0xc7));
        if (field.readOnly)
            return QBrush(QColor(0xf3, 0xf4, 0xf6));
        return QVariant();
    }
    case IssueSeverityRole: {
        const auto severity = m_validation.cellSeverity(record, index.column());
        return severity ? QVariant(int(*severity)) : QVariant();
    }
    case TypedValueRole:
        return value;
    case UnreadableRole:
        return unreadable;
    case RecordIdRole:
        return record.id();
    default:
        return QVariant();
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_records.size())
            return QVariant();
        if (role == Qt::DisplayRole)
            return displayKey(m_records.at(section));
        if (role == Qt::DecorationRole)
            return syncBadge(m_records.at(section).syncState());
        if (role == Qt::ForegroundRole) {
            // The row's key in red when the vendor would reject the row, amber for a warning.
            const Record &record = m_records.at(section);
            if (m_validation.hasErrors(record))
                return QBrush(QColor(0xb9, 0x1c, 0x1c));
            if (m_validation.hasIssues(record))
                return QBrush(QColor(0x92, 0x40, 0x0e));
            return QVariant();
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            const Record &record = m_records.at(section);
            switch (record.syncState()) {
            case SyncState::Synced:
                lines.append(tr("Pushed; %1 holds it as %2.")
                                     .arg(m_schema.vendorLabel(), record.remoteId()));
                break;
            case SyncState::ChangedSincePush:
                lines.append(tr("Changed since it was pushed (%1 id %2).")
                                     .arg(m_schema.vendorLabel(), record.remoteId()));
                break;
            case SyncState::Failed:
                lines.append(tr("The last push failed: the sync log says why."));
                break;
            case SyncState::NeverPushed:
                break;
            }
            for (const ValidationIssue &issue : m_validation.issues(record)) {
                const QString where =
                        issue.field >= 0 ? m_schema.field(issue.field).label : tr("Row");
                lines.append(QStringLiteral("%1: %2").arg(where, issue.message));
            }
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return QVariant();
    }
    if (section < 0 || section >= m_schema.fieldCount())
        return QVariant();
    const FieldSpec &field = m_schema.field(section);
    switch (role) {
    case Qt::DisplayRole:
        return field.required || m_schema.alsoRequired().contains(section)
                       ? field.label + QStringLiteral(" *")
                       : field.label;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> <code>%2</code><br>%3")
                              .arg(field.label.toHtmlEscaped(), field.path.toHtmlEscaped(),
                                   field.description.toHtmlEscaped());
        if (field.required)
            tip += QStringLiteral("<br>") + tr("Required.");
        if (field.readOnly)
            tip += QStringLiteral("<br>") + tr("Filled in by the vendor; never sent.");
        return tip;
    }
    default:
        return QVariant();
    }
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const FieldSpec &field = m_schema.field(index.column());
    if (field.readOnly)
        return f;
    if (field.type == FieldType::Boolean)
        f |= Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &input, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const FieldSpec &field = m_schema.field(index.column());
    if (field.readOnly)
        return false;
    QVariant value;
    if (role == Qt::CheckStateRole && field.type == FieldType::Boolean) {
        value = input.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        value = ValueCodec::fromText(field, input.toString()).value;
    } else {
        return false;
    }
    const Record &record = m_records.at(index.row());
    const QVariant before = record.value(index.column());
    if (ValueCodec::identical(before, value))
        return true;
    const Status status = setCells({{record.id(), index.column(), before, value}},
                                   tr("Edit %1").arg(field.label));
    if (!status) {
        if (!status.isConflict()) // a conflict is shown by editConflicted, not as a failure
            emit editFailed(status.error());
        return false;
    }
    return true;
}

Status RecordTableModel::setCells(QVector<CellChange> changes, const QString &undoText)
{
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                                 [this](const CellChange &c) {
                                     return m_schema.field(c.field).readOnly ||
                                            ValueCodec::identical(c.before, c.after);
                                 }),
                  changes.end());
    if (changes.isEmpty())
        return Status();
    const Status status = applyChanges(changes, Direction::Redo);
    if (status.isConflict())
        emit editConflicted(changes, undoText);
    if (!status)
        return status;
    if (m_undoStack)
        m_undoStack->push(new EditCellsCommand(this, std::move(changes), undoText));
    return Status();
}

Status RecordTableModel::setIdentity(qint64 recordId, const QString &remoteId,
                                     const QString &syncKey, SyncState state)
{
    const int row = rowOfRecord(recordId);
    if (row < 0)
        return Status::failure(tr("The row no longer exists."));
    Record changed = m_records.at(row);
    changed.setRemoteId(remoteId);
    changed.setSyncKey(syncKey);
    changed.setSyncState(state);
    if (m_store) {
        const Status saved = m_store->updateRecord(m_schema, changed);
        if (!saved)
            return saved;
        if (changed.version() > 0)
            changed.setVersion(changed.version() + 1);
    }
    m_validation.update(m_records.at(row), changed);
    m_records[row] = std::move(changed);
    // No cell shows the identity; the row header's badge and tooltip do.
    emit headerDataChanged(Qt::Vertical, row, row);
    emit dataChanged(index(row, 0), index(row, m_schema.fieldCount() - 1), {RecordIdRole});
    return Status();
}

Status RecordTableModel::applyChanges(const QVector<CellChange> &changes, Direction direction,
                                      bool expectCurrent)
{
    // Gather every touched record with all its changed cells, save them together, then show.
    QHash<int, Record> changedByRow;
    for (const CellChange &change : changes) {
        const int row = rowOfRecord(change.recordId);
        if (row < 0)
            return Status::failure(tr("The row no longer exists."));
        if (expectCurrent) {
            const QVariant &left = direction == Direction::Redo ? change.before : change.after;
            if (!ValueCodec::identical(m_records.at(row).value(change.field), left))
                return Status::conflict(
                        tr("%1 of row %2 was changed by someone else since; it was left as they "
                           "saved it.")
                                .arg(m_schema.field(change.field).label,
                                     displayKey(m_records.at(row))));
        }
        auto it = changedByRow.find(row);
        if (it == changedByRow.end())
            it = changedByRow.insert(row, m_records.at(row));
        it->setValue(change.field, direction == Direction::Redo ? change.after : change.before);
        if (it->syncState() == SyncState::Synced)
            it->setSyncState(SyncState::ChangedSincePush);
    }
    if (m_store) {
        const QVector<Record> records(changedByRow.begin(), changedByRow.end());
        const Status saved = m_store->updateRecords(m_schema, records);
        if (!saved)
            return saved;
        // The store counted the change: the next edit is based on the version it left.
        for (Record &record : changedByRow) {
            if (record.version() > 0)
                record.setVersion(record.version() + 1);
        }
    }
    int top = int(m_records.size());
    int bottom = -1;
    int left = m_schema.fieldCount();
    int right = -1;
    for (auto it = changedByRow.begin(); it != changedByRow.end(); ++it) {
        m_validation.update(m_records.at(it.key()), it.value());
        m_records[it.key()] = std::move(it.value());
        top = qMin(top, it.key());
        bottom = qMax(bottom, it.key());
    }
    for (const CellChange &change : changes) {
        left = qMin(left, change.field);
        right = qMax(right, change.field);
    }
    if (bottom >= 0) {
        emit dataChanged(index(top, left), index(bottom, right));
        emit headerDataChanged(Qt::Vertical, top, bottom);
        // A key used twice marks the other rows holding it too: repaint those columns.
        for (int field : m_schema.uniqueFields()) {
            if (field >= left && field <= right)
                repaintUniqueColumns();
        }
        emit issuesChanged();
    }
    return Status();
}

namespace {

// A small round badge, drawn at several sizes so it stays crisp on high-DPI screens.
QIcon badge(const QColor &color)
{
    QIcon icon;
    for (int size : {8, 12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QVariant RecordTableModel::syncBadge(SyncState state)
{
    static const QIcon synced = badge(QColor(0x16, 0xa3, 0x4a));
    static const QIcon changed = badge(QColor(0x25, 0x63, 0xeb));
    static const QIcon failed = badge(QColor(0xdc, 0x26, 0x26));
    switch (state) {
    case SyncState::Synced:
        return synced;
    case SyncState::ChangedSincePush:
        return changed;
    case SyncState::Failed:
        return failed;
    case SyncState::NeverPushed:
        break;
    }
    return QVariant();
}

QVector<LocatedIssue> RecordTableModel::locatedIssues(const QString &fileName) const
{
    QVector<LocatedIssue> out;
    for (int row = 0; row < m_records.size(); ++row) {
        const Record &record = m_records.at(row);
        if (!m_validation.hasIssues(record))
            continue;
        for (const ValidationIssue &issue : m_validation.issues(record)) {
            out.append({issue.severity, fileName, m_schema.label(), row + 2, issue.field + 1,
                        issue.field >= 0 ? m_schema.field(issue.field).label : QString(),
                        QStringLiteral("%1: %2").arg(displayKey(record), issue.message)});
        }
    }
    return out;
}

void RecordTableModel::repaintUniqueColumns()
{
    if (m_records.isEmpty())
        return;
    for (int field : m_schema.uniqueFields())
        emit dataChanged(index(0, field), index(int(m_records.size()) - 1, field),
                         {Qt::BackgroundRole, Qt::ToolTipRole, IssueSeverityRole});
    emit headerDataChanged(Qt::Vertical, 0, int(m_records.size()) - 1);
}

void RecordTableModel::rebuildRowIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_records.size());
    for (int row = 0; row < m_records.size(); ++row)
        m_rowById.insert(m_records.at(row).id(), row);
}

void RecordTableModel::showAdded(const QVector<Record> &records, const QVector<qint64> &sheetOrders)
{
    if (records.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows(QModelIndex(), first, first + int(records.size()) - 1);
    for (int i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        m_rowById.insert(record.id(), int(m_records.size()));
        const qint64 order = i < sheetOrders.size() ? sheetOrders.at(i) : m_nextSheetOrder++;
        m_sheetOrder.insert(record.id(), int(order));
        m_records.append(record);
        m_validation.add(record);
    }
    endInsertRows();
    repaintUniqueColumns();
    emit issuesChanged();
}

Status RecordTableModel::addRecords(QVector<Record> &records, const QString &undoText)
{
    if (records.isEmpty())
        return Status();
    if (m_store) {
        const Status saved = m_store->appendRecords(m_schema, records);
        if (!saved)
            return saved;
    } else {
        qint64 next = 1;
        for (const Record &r : std::as_const(m_records))
            next = qMax(next, r.id() + 1);
        for (Record &r : records)
            r.setId(next++);
    }
    showAdded(records, {});
    if (m_undoStack) {
        QVector<qint64> ids;
        for (const Record &r : std::as_const(records))
            ids.append(r.id());
        m_undoStack->push(new RowsCommand(this, RowsCommand::Kind::Added, ids, undoText));
    }
    return Status();
}

Status RecordTableModel::deleteRecords(const QVector<qint64> &ids, const QString &undoText)
{
    QVector<StoredRow> taken;
    const Status status = takeRecords(ids, taken);
    if (!status)
        return status;
    if (m_undoStack)
        m_undoStack->push(new RowsCommand(this, std::move(taken), undoText));
    return Status();
}

Status RecordTableModel::takeRecords(const QVector<qint64> &ids, QVector<StoredRow> &taken)
{
    QVector<int> rows;
    for (qint64 id : ids) {
        const int row = rowOfRecord(id);
        if (row < 0)
            return Status::failure(tr("The row no longer exists."));
        rows.append(row);
    }
    QVector<qint64> positions(ids.size(), 0);
    if (m_store) {
        const Status removed = m_store->removeRecords(m_schema, ids, positions);
        if (!removed)
            return removed;
    }
    taken.clear();
    for (int i = 0; i < ids.size(); ++i) {
        const Record &record = m_records.at(rows.at(i));
        taken.append({record, positions.at(i), m_sheetOrder.value(record.id())});
    }
    // Remove from the bottom up so the rows above keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows(QModelIndex(), row, row);
        m_validation.remove(m_records.at(row));
        m_sheetOrder.remove(m_records.at(row).id());
        m_records.remove(row);
        endRemoveRows();
    }
    rebuildRowIndex();
    repaintUniqueColumns();
    emit issuesChanged();
    return Status();
}

Status RecordTableModel::putBackRecords(const QVector<StoredRow> &rows)
{
    QVector<Record> records;
    QVector<qint64> positions;
    QVector<qint64> orders;
    for (const StoredRow &row : rows) {
        records.append(row.record);
        positions.append(row.position);
        orders.append(row.sheetOrder);
    }
    if (m_store) {
        const Status restored = m_store->restoreRecords(m_schema, records, positions);
        if (!restored)
            return restored;
    }
    showAdded(records, orders);
    return Status();
}

int RecordTableModel::mergeStored(QVector<Record> stored, const QVector<qint64> *only)
{
    int touched = 0;
    QSet<qint64> storedIds;
    storedIds.reserve(stored.size());
    QVector<Record> added;
    for (Record &record : stored) {
        storedIds.insert(record.id());
        const int row = rowOfRecord(record.id());
        if (row < 0) {
            added.append(std::move(record));
            continue;
        }
        const Record &held = m_records.at(row);
        if (held.version() == record.version() && held.remoteId() == record.remoteId() &&
            held.syncKey() == record.syncKey() && held.syncState() == record.syncState())
            continue; // a version counts every change of values
        m_validation.update(held, record);
        m_records[row] = std::move(record);
        emit dataChanged(index(row, 0), index(row, m_schema.fieldCount() - 1));
        emit headerDataChanged(Qt::Vertical, row, row);
        ++touched;
    }
    QVector<int> gone;
    if (only) {
        for (qint64 id : *only) {
            const int row = rowOfRecord(id);
            if (row >= 0 && !storedIds.contains(id))
                gone.append(row);
        }
        std::sort(gone.begin(), gone.end());
    } else {
        for (int row = 0; row < m_records.size(); ++row) {
            if (!storedIds.contains(m_records.at(row).id()))
                gone.append(row);
        }
    }
    // From the bottom up, so the rows above keep their numbers.
    for (auto it = gone.crbegin(); it != gone.crend(); ++it) {
        beginRemoveRows(QModelIndex(), *it, *it);
        m_validation.remove(m_records.at(*it));
        m_sheetOrder.remove(m_records.at(*it).id());
        m_records.remove(*it);
        endRemoveRows();
    }
    if (!gone.isEmpty())
        rebuildRowIndex();
    touched += int(gone.size()) + int(added.size());
    showAdded(added, {});
    if (touched > 0) {
        repaintUniqueColumns();
        emit issuesChanged();
    }
    return touched;
}

namespace {
bool isTextField(FieldType type)
{
    return type == FieldType::String || type == FieldType::Reference || type == FieldType::Enum;
}
} // namespace

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_schema.fieldCount())
        return;
    // "Unsorted" is sheet order: one look-up a row, not two a comparison. A sheet just opened
    // (or never sorted) is already in that order, so nothing moves and no layout change is due.
    QVector<int> sheetOrder;
    if (column < 0) {
        sheetOrder.resize(m_records.size());
        for (int row = 0; row < m_records.size(); ++row)
            sheetOrder[row] = m_sheetOrder.value(m_records.at(row).id());
        if (std::is_sorted(sheetOrder.cbegin(), sheetOrder.cend()))
            return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QVector<int> permutation(m_records.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    if (column < 0) {
        std::sort(permutation.begin(), permutation.end(),
                  [&](int a, int b) { return sheetOrder.at(a) < sheetOrder.at(b); });
    } else if (isTextField(m_schema.field(column).type)) {
        // Text: one collation key per row, compared many times (far cheaper than collating
        // per comparison); numeric mode puts WO-2 before WO-10, as a person expects.
        QCollator collator(m_locale);
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QVector<QCollatorSortKey> keys;
        QVector<int> rank(m_records.size(), 1); // 0 unreadable, 1 text, 2 empty
        keys.reserve(m_records.size());
        for (int row = 0; row < m_records.size(); ++row) {
            const QVariant &v = m_records.at(row).value(column);
            rank[row] = ValueCodec::isEmpty(v) ? 2 : (ValueCodec::isRaw(v) ? 0 : 1);
            keys.append(collator.sortKey(ValueCodec::toText(m_schema.field(column), v)));
        }
        std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
            if (rank.at(a) != rank.at(b))
                return rank.at(a) < rank.at(b); // empty last in both orders
            const int c = keys.at(a).compare(keys.at(b));
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    } else if (m_schema.field(column).type == FieldType::Decimal) {
        // Money: exact decimals taken out of their QVariants once.
        QVector<Decimal> keys(m_records.size());
        QVector<int> rank(m_records.size(), 1);
        for (int row = 0; row < m_records.size(); ++row) {
            const QVariant &v = m_records.at(row).value(column);
            rank[row] = ValueCodec::isEmpty(v) ? 2 : (ValueCodec::isRaw(v) ? 0 : 1);
            if (rank.at(row) == 1)
                keys[row] = v.value<Decimal>();
        }
        std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
            if (rank.at(a) != rank.at(b))
                return rank.at(a) < rank.at(b);
            const int c = keys.at(a).compare(keys.at(b));
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    } else {
        // Integers, yes/no, dates and date-times: one 64-bit key a row (a date's day number,
        // a date-time's UTC milliseconds), taken out of its QVariant once. A million dates
        // sorted in 6 s through QVariant comparisons. Unreadable text first (so it is seen),
        // empty cells last, in both orders, as for text and money.
        const FieldType type = m_schema.field(column).type;
        QVector<qint64> keys(m_records.size());
        QVector<int> rank(m_records.size(), 1);
        for (int row = 0; row < m_records.size(); ++row) {
            const QVariant &v = m_records.at(row).value(column);
            rank[row] = ValueCodec::isEmpty(v) ? 2 : (ValueCodec::isRaw(v) ? 0 : 1);
            if (rank.at(row) != 1)
                continue;
            if (type == FieldType::Date)
                keys[row] = v.toDate().toJulianDay();
            else if (type == FieldType::DateTime)
                keys[row] = v.toDateTime().toMSecsSinceEpoch();
            else
                keys[row] = v.toLongLong(); // integers; a yes/no is 1 or 0
        }
        std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
            if (rank.at(a) != rank.at(b))
                return rank.at(a) < rank.at(b);
            const int c = rank.at(a) == 0
                                  ? ValueCodec::compare(m_records.at(a).value(column),
                                                        m_records.at(b).value(column))
                                  : (keys.at(a) < keys.at(b) ? -1 : (keys.at(b) < keys.at(a)));
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }
    QVector<Record> sorted;
    sorted.reserve(m_records.size());
    QVector<int> newRowOf(m_records.size());
    for (int newRow = 0; newRow < permutation.size(); ++newRow) {
        newRowOf[permutation.at(newRow)] = newRow;
        sorted.append(std::move(m_records[permutation.at(newRow)]));
    }
    m_records = std::move(sorted);
    for (int row = 0; row < m_records.size(); ++row)
        m_rowById[m_records.at(row).id()] = row;
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        moved.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString RecordTableModel::displayKey(const Record &record) const
{
    if (m_displayField >= 0) {
        const QString text =
                ValueCodec::toText(m_schema.field(m_displayField), record.value(m_displayField));
        if (!text.isEmpty())
            return text;
    }
    return tr("(row %1)").arg(rowOfRecord(record.id()) + 1);
}
