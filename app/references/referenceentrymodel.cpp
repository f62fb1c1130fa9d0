#include "referenceentrymodel.h"

#include "entityschema.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <utility>

namespace {

using Outcome = ReferenceResolution::Outcome;
using MatchedBy = ReferenceResolution::MatchedBy;

QString matchedByText(MatchedBy by)
{
    switch (by) {
    case MatchedBy::Id:
        return ReferenceEntryModel::tr("by id");
    case MatchedBy::Name:
        return ReferenceEntryModel::tr("by name");
    case MatchedBy::OriginId:
        return ReferenceEntryModel::tr("by ERP id");
    case MatchedBy::OriginCode:
        return ReferenceEntryModel::tr("by ERP code");
    case MatchedBy::Number:
        return ReferenceEntryModel::tr("by number");
    case MatchedBy::Crosswalk:
        return ReferenceEntryModel::tr("your earlier choice");
    case MatchedBy::None:
        break;
    }
    return QString();
}

} // namespace

ReferenceEntryModel::ReferenceEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReferenceEntryModel::setEntries(const EntitySchema *schema,
                                     const QVector<ReferenceEntry> &entries)
{
    beginResetModel();
    m_schema = schema;
    m_entries = entries;
    rebuild();
    endResetModel();
}

void ReferenceEntryModel::setShowResolved(bool show)
{
    if (show == m_showResolved)
        return;
    beginResetModel();
    m_showResolved = show;
    rebuild();
    endResetModel();
}

void ReferenceEntryModel::rebuild()
{
    m_shown.clear();
    for (const ReferenceEntry &e : std::as_const(m_entries)) {
        if (m_showResolved || !e.resolved())
            m_shown.append(e);
    }
}

const ReferenceEntry *ReferenceEntryModel::entryAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int ReferenceEntryModel::rowOf(const QString &field, const QString &scope,
                               const QString &value) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        const ReferenceEntry &e = m_shown.at(i);
        if (e.field == field && e.scope == scope && e.value == value)
            return i;
    }
    return -1;
}

int ReferenceEntryModel::unresolvedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const ReferenceEntry &e) { return !e.resolved(); }));
}

int ReferenceEntryModel::exactCount() const
{
    // Unchecked entries (no list of the vendor yet) already hold what they would get.
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const ReferenceEntry &e) {
        return e.checked && e.resolution.outcome == Outcome::Exact &&
               e.resolution.matchedBy != MatchedBy::Id;
    }));
}

QString ReferenceEntryModel::outcomeText(const ReferenceEntry &e)
{
    if (e.scopeUnresolved)
        return tr("project unresolved");
    if (e.listMissing)
        return tr("list not read");
    if (!e.checked)
        return e.resolved() ? tr("as written (no list read)") : tr("not an id (no list read)");
    switch (e.resolution.outcome) {
    case Outcome::Exact:
        return tr("exact, %1").arg(matchedByText(e.resolution.matchedBy));
    case Outcome::Chosen:
        return tr("chosen");
    case Outcome::Ambiguous:
        // Never fewer than two: no plural forms needed.
        return tr("ambiguous: %1 records share this name").arg(e.resolution.candidates.size());
    case Outcome::Suggested:
        return tr("near names only");
    case Outcome::Inactive:
        return tr("inactive at the vendor");
    case Outcome::NotFound:
        return tr("not found");
    }
    return QString();
}

QString ReferenceEntryModel::adviceText(const ReferenceEntry &e)
{
    if (e.scopeUnresolved)
        return tr("Resolve the row's project first; its list says what this value means.");
    if (e.listMissing)
        return tr("The vendor's list has not been read: use Refresh lists.");
    switch (e.resolution.outcome) {
    case Outcome::Exact:
        return tr("Names exactly one record; Write exact matches puts its id into the rows.");
    case Outcome::Chosen:
        return tr("You chose this record earlier; Forget it under Remembered choices.");
    case Outcome::Ambiguous:
        return tr("More than one record has this name: pick the right one below.");
    case Outcome::Suggested:
        return tr("No record has exactly this name; the nearest are below. Pick one or search.");
    case Outcome::Inactive:
        return tr("The only record with this name is inactive at the vendor: pick an active "
                  "one, or reactivate it there and refresh the lists.");
    case Outcome::NotFound:
        return tr("No record of the vendor has a name like this: search the list, or add the "
                  "record at the vendor and refresh the lists.");
    }
    return QString();
}

int ReferenceEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ReferenceEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ReferenceEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReferenceEntry &e = m_shown.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Field: {
            const int field = m_schema ? m_schema->indexOf(e.field) : -1;
            return field >= 0 ? m_schema->field(field).label : e.field;
        }
        case Column::Value:
            return e.value;
        case Column::Rows:
            return int(e.rows.size());
        case Column::Outcome:
            return outcomeText(e);
        case Column::Record:
            if (e.resolution.id.isEmpty())
                return QString();
            {
                const QString record =
                        e.resolution.name.isEmpty()
                                ? e.resolution.id
                                : QStringLiteral("%1 · %2").arg(e.resolution.id, e.resolution.name);
                // Not to be read as the record the value stands for: it cannot be written.
                return e.resolved() ? record : tr("%1 (not written)").arg(record);
            }
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Rows) {
            QStringList rows;
            for (int r : e.rows.mid(0, 20))
                rows.append(QString::number(r));
            return tr("Sheet rows %1%2")
                    .arg(rows.join(QStringLiteral(", ")),
                         e.rows.size() > 20 ? QStringLiteral(" …") : QString());
        }
        return adviceText(e);
    case Qt::TextAlignmentRole:
        if (column == Column::Rows)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Column::Outcome && !e.resolved())
            return QBrush(QColor(0xb0, 0x3a, 0x2e)); // the sheet's error red
        break;
    case ResolvedRole:
        return e.resolved();
    case OutcomeRole:
        return int(e.resolution.outcome);
    default:
        break;
    }
    return QVariant();
}

QVariant ReferenceEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Field:
        return tr("Field");
    case Column::Value:
        return tr("In the sheet");
    case Column::Rows:
        return tr("Rows");
    case Column::Outcome:
        return tr("Found");
    case Column::Record:
        return tr("Vendor record");
    case Column::Count:
        break;
    }
    return QVariant();
}
