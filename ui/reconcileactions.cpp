#include "reconcileactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

// The strings keep the "ReconcileView" context they were translated in.

ReconcileActions::ReconcileActions(QWidget *view, const QString &vendor)
    : QObject(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("ReconcileActions"));
    m_takeValue =
            make("ReconcileTakeValueAction",
                 QCoreApplication::translate("ReconcileView", "Take %1's &Value").arg(vendor),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V),
                 QCoreApplication::translate("ReconcileView",
                                             "Put %1's value of the current field into the sheet")
                         .arg(vendor));
    m_takeRows = make("ReconcileTakeRowsAction",
                      QCoreApplication::translate("ReconcileView", "Take %1's &Rows").arg(vendor),
                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                      QCoreApplication::translate("ReconcileView",
                                                  "Put %1's values of every differing field of "
                                                  "the selected rows into the sheet")
                              .arg(vendor));
    m_push = make("ReconcilePushAction",
                  QCoreApplication::translate("ReconcileView", "Sheet Is Right: &Push…"),
                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                  QCoreApplication::translate("ReconcileView",
                                              "Send the selected rows to %1 through the push "
                                              "dialog; its plan is the dry run")
                          .arg(vendor));
    m_import = make("ReconcileImportAction",
                    QCoreApplication::translate("ReconcileView", "&Import into Sheet"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I),
                    QCoreApplication::translate("ReconcileView",
                                                "Add the selected records only %1 holds to the "
                                                "sheet, with their %1 ids")
                            .arg(vendor));
    m_link = make("ReconcileLinkAction", QCoreApplication::translate("ReconcileView", "&Link…"),
                  QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K),
                  QCoreApplication::translate("ReconcileView",
                                              "Pair an unmatched row with a %1 record by hand, or "
                                              "confirm an offered match")
                          .arg(vendor));
    m_previous =
            make("ReconcilePreviousAction",
                 QCoreApplication::translate("ReconcileView", "Previous Difference"),
                 QKeySequence(Qt::SHIFT | Qt::Key_F7),
                 QCoreApplication::translate("ReconcileView", "Go to the previous difference"));
    m_next = make("ReconcileNextAction",
                  QCoreApplication::translate("ReconcileView", "Next Difference"),
                  QKeySequence(Qt::Key_F7),
                  QCoreApplication::translate("ReconcileView", "Go to the next difference"));
    m_export =
            make("ReconcileExportAction",
                 QCoreApplication::translate("ReconcileView", "&Export Reconciliation…"),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
                 QCoreApplication::translate(
                         "ReconcileView", "Save the reconciliation as an Excel workbook or CSV"));
    m_export->setIconText(QCoreApplication::translate("ReconcileView", "Export…"));
    m_close = make(
            "ReconcileCloseAction",
            QCoreApplication::translate("ReconcileView", "&Close Reconciliation"),
            QKeySequence(Qt::CTRL | Qt::Key_W),
            QCoreApplication::translate(
                    "ReconcileView", "Close this view; the pulled records stay in the workspace"));
}

QAction *ReconcileActions::make(const char *objectName, const QString &text,
                                const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, m_view);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(key);
    // Several reconciliations may be open: each one's keys act inside it only.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    m_view->addAction(action);
    return action;
}

QList<QAction *> ReconcileActions::menuActions() const
{
    return {m_takeValue, m_takeRows, m_push,   m_import, m_link,
            m_next,      m_previous, m_export, m_close};
}

QString ReconcileActions::keyText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

ReconcileSession::ActionKeys ReconcileActions::keys() const
{
    return {keyText(m_takeValue), keyText(m_takeRows), keyText(m_push), keyText(m_import),
            keyText(m_link)};
}

void ReconcileActions::apply(const ReconcileSession::ActionState &state)
{
    m_takeValue->setEnabled(state.takeValue);
    m_takeRows->setEnabled(state.takeRows);
    m_push->setEnabled(state.push);
    m_import->setEnabled(state.import);
    m_link->setEnabled(state.link);
    m_link->setText(state.offered ? QCoreApplication::translate("ReconcileView", "Confirm &Match")
                                  : QCoreApplication::translate("ReconcileView", "&Link…"));
    m_next->setEnabled(state.navigate);
    m_previous->setEnabled(state.navigate);
    m_export->setEnabled(state.exportable);
}
