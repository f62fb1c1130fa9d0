#pragma once

#include <QVector>
#include <QWidget>

class QCheckBox;
class QToolButton;
class ReconcileTableModel;

// The line above a reconciliation: a button per state whose count is also its filter (a look at
// the numbers, a click or Alt+letter to see those lines), and whether only the columns with a
// difference show. The buttons set the model's shown states themselves.
class ReconcileFilterBar : public QWidget
{
    Q_OBJECT

public:
    ReconcileFilterBar(ReconcileTableModel *model, const QString &vendor,
                       QWidget *parent = nullptr);

    bool onlyDifferingColumns() const;
    // The counts of the newest pairing on the buttons; nothing to filter before a pull.
    void updateCounts(bool hasSnapshot);

signals:
    // A state was shown or hidden; the model shows the new lines already.
    void filterChanged();
    void onlyDifferingColumnsChanged(bool on);

private:
    ReconcileTableModel *m_model;
    QString m_vendor;
    QVector<QToolButton *> m_buttons; // in the order of kStates
    QCheckBox *m_differingColumns;
};
