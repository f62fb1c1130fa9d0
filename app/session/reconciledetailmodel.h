#pragma once

#include <QAbstractTableModel>
#include <QVector>

class ReconcileTableModel;
struct ReconcileEntry;

// One reconciliation line field by field, for the detail table below it: the field, its value in
// the sheet, at the vendor, as last pushed, and who changed it. The differing fields come first,
// tinted; then every other field either side fills. Read-only.
class ReconcileDetailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        SheetColumn,
        VendorColumn,
        PushedColumn,
        ChangeColumn,
        ColumnCount
    };
    // The field's index in the schema, on every cell.
    static constexpr int FieldRole = Qt::UserRole;

    explicit ReconcileDetailModel(const ReconcileTableModel *lines, QObject *parent = nullptr);

    // Shows `entry` (one of the lines' entries), or nothing when null.
    void setEntry(const ReconcileEntry *entry);
    // The schema field shown on `row`; -1 outside.
    int fieldAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        int field = -1;
        bool differs = false;
        QStringList cells;
    };

    const ReconcileTableModel *m_lines;
    QVector<Line> m_rows;
};
