#pragma once

#include "reconcilesession.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

// The reconciliation's actions with their shortcuts and tips, each added to the view so its keys
// work anywhere inside it, and enabled by what the current and selected lines allow. The view
// connects them; the texts name their shortcuts as the user has them.
class ReconcileActions : public QObject
{
    Q_OBJECT

public:
    ReconcileActions(QWidget *view, const QString &vendor);

    QAction *takeValue() const { return m_takeValue; }
    QAction *takeRows() const { return m_takeRows; }
    QAction *push() const { return m_push; }
    QAction *import() const { return m_import; }
    QAction *link() const { return m_link; }
    QAction *next() const { return m_next; }
    QAction *previous() const { return m_previous; }
    QAction *exportAll() const { return m_export; }
    QAction *close() const { return m_close; }

    // In menu order, for the window's Vendor menu and the table's context menu.
    QList<QAction *> menuActions() const;
    // The shortcuts as the texts name them ("Ctrl+Alt+V").
    ReconcileSession::ActionKeys keys() const;
    static QString keyText(const QAction *action);
    // Enables what applies; Link reads "Confirm Match" on an offered match.
    void apply(const ReconcileSession::ActionState &state);

private:
    QAction *make(const char *objectName, const QString &text, const QKeySequence &key,
                  const QString &tip);

    QWidget *m_view;
    QAction *m_takeValue;
    QAction *m_takeRows;
    QAction *m_push;
    QAction *m_import;
    QAction *m_link;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_export;
    QAction *m_close;
};
