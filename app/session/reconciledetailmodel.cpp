#include "reconciledetailmodel.h"

#include "entityschema.h"
#include "reconciletablemodel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

namespace {

const QColor kDifferingRow(0xfd, 0xe6, 0x8a);
const QColor kAgreeingText(0x4b, 0x55, 0x63);

} // namespace

ReconcileDetailModel::ReconcileDetailModel(const ReconcileTableModel *lines, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lines(lines)
{}

void ReconcileDetailModel::setEntry(const ReconcileEntry *entry)
{
    // Rows out and in rather than a reset: the view's column widths stay as the user set them.
    if (!m_rows.isEmpty()) {
        beginRemoveRows(QModelIndex(), 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    QVector<Line> rows;
    if (entry) {
        const EntitySchema &schema = m_lines->schema();
        const Record *local = m_lines->localOf(*entry);
        const Record *remote = m_lines->remoteOf(*entry);
        const Record *pushed = m_lines->pushedOf(*entry);
        // The differing fields first, then every other field either side fills.
        QVector<int> fields = entry->differingFields;
        for (const int field : m_lines->comparedFields()) {
            if (fields.contains(field))
                continue;
            if (!m_lines->display(field, local).isEmpty() ||
                !m_lines->display(field, remote).isEmpty())
                fields.append(field);
        }
        for (const int field : fields) {
            Line line;
            line.field = field;
            line.differs = entry->differingFields.contains(field);
            const QString change =
                    line.differs
                            ? ReconcileTableModel::changeLabel(m_lines->changeOf(*entry, field))
                            : QString();
            line.cells = {schema.field(field).label, m_lines->display(field, local),
                          m_lines->display(field, remote), m_lines->display(field, pushed), change};
            rows.append(std::move(line));
        }
    }
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
    m_rows = std::move(rows);
    endInsertRows();
}

int ReconcileDetailModel::fieldAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).field : -1;
}

int ReconcileDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconcileDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconcileDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line.cells.value(index.column());
    case FieldRole:
        return line.field;
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return m_lines->schema().field(line.field).path;
        return {};
    case Qt::BackgroundRole:
        return line.differs ? QVariant(QBrush(kDifferingRow)) : QVariant();
    case Qt::ForegroundRole:
        return line.differs ? QVariant() : QVariant(QBrush(kAgreeingText)); // differences stand out
    case Qt::FontRole:
        if (line.differs && (index.column() == FieldColumn || index.column() == ChangeColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReconcileDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == PushedColumn)
        return QCoreApplication::translate(
                "ReconcileView",
                "What the last accepted push sent: the common ground that tells who changed a "
                "value since.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return QCoreApplication::translate("ReconcileView", "Field");
    case SheetColumn:
        return QCoreApplication::translate("ReconcileView", "In the sheet");
    case VendorColumn:
        return QCoreApplication::translate("ReconcileView", "At %1")
                .arg(m_lines->schema().vendorLabel());
    case PushedColumn:
        return QCoreApplication::translate("ReconcileView", "Last pushed");
    default:
        return QCoreApplication::translate("ReconcileView", "Who changed it");
    }
}
