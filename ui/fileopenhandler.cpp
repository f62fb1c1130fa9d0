#include "fileopenhandler.h"

#include "mainwindow.h"

#include <QFileOpenEvent>

FileOpenHandler::FileOpenHandler(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

bool FileOpenHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (!path.isEmpty()) {
            m_window->importFile(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
