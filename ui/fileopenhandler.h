#pragma once

#include <QObject>

class MainWindow;

// Files the operating system asks us to open (macOS Finder, "Open with"): a workspace opens, a
// spreadsheet goes through the import wizard.
class FileOpenHandler : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenHandler(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
};
