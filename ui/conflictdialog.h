#pragma once

#include "editconflict.h"

#include <QDialog>

class EntitySchema;
class QPushButton;
class QTableWidget;

// Shows an edit someone else got in the way of: per cell the row, the field, the value the
// person changed and what they changed it to, and what the workspace holds now. "Keep Mine"
// accepts (the window writes the person's values as one undo step); "Keep Theirs" (the
// default, and Esc) rejects: the sheet already shows their values. Opened with open(), never
// exec(): edits and others' changes go on arriving while it is up.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // `schema`: the sheet's, to show the values the person saw as the sheet does; may be null.
    ConflictDialog(EditConflict conflict, const EntitySchema *schema, QWidget *parent = nullptr);

    const EditConflict &conflict() const { return m_conflict; }
    QTableWidget *table() const { return m_table; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }

private:
    void fillTable(const EntitySchema *schema);

    EditConflict m_conflict;
    QTableWidget *m_table;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
};
