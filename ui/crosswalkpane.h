#pragma once

#include "referencedata.h"

#include <QVector>
#include <QWidget>

class EntitySchema;
class QLabel;
class QPushButton;
class QTreeWidget;

// The "Remembered choices" tab: the crosswalk of one target and profile — which value of
// which field a person said means which vendor record, and when. Forget (Delete) and Export
// are asked of the dialog through signals; the pane only shows.
class CrosswalkPane : public QWidget
{
    Q_OBJECT

public:
    explicit CrosswalkPane(QWidget *parent = nullptr);

    void setChoices(const EntitySchema *schema, const QVector<CrosswalkChoice> &choices);
    const QVector<CrosswalkChoice> &choices() const { return m_choices; }
    // The choice of the current line; nullptr for none.
    const CrosswalkChoice *current() const;
    QTreeWidget *list() const { return m_list; }
    QPushButton *forgetButton() const { return m_forget; }
    QPushButton *exportButton() const { return m_export; }

signals:
    void forgetRequested(const CrosswalkChoice &choice);
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QVector<CrosswalkChoice> m_choices;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QPushButton *m_forget;
    QPushButton *m_export;
};
