#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class ReconcileDetailModel;
class ReconcileTableModel;
struct ReconcileEntry;

// Below the lines: the current line's headline (what it is, which keys settle it) over its
// fields side by side — sheet, vendor, last push, who changed it — through ReconcileDetailModel.
class ReconcileDetailPane : public QWidget
{
    Q_OBJECT

public:
    ReconcileDetailPane(const ReconcileTableModel *lines, QAction *takeValue,
                        QWidget *parent = nullptr);

    // Shows `entry` under `headline` (rich text), its first field current; or, when `entry` is
    // null, no fields under `headline`.
    void showEntry(const ReconcileEntry *entry, const QString &headline);
    // The field an action on "this cell" means while the fields have the focus; else -1.
    int focusedField() const;

signals:
    void currentFieldChanged();

private:
    ReconcileDetailModel *m_model;
    QLabel *m_title;
    QTableView *m_fields;
};
