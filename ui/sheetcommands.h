#pragma once

#include "result.h"

#include <QObject>

#include <functional>

class FindReplaceDialog;
class SheetTabs;
class SheetView;
class WindowActions;

// What the Edit menu does to the sheet shown: paste, fill down, add, duplicate and delete
// rows, the filter, "only rows with issues", next and previous issue, find and replace, and
// the exports of the sheet and its issues. Each command finds the current sheet through
// SheetTabs and asks the SheetView; a refusal ("This sheet has no issues.") goes to the status
// bar, a failure to the window's message box.
class SheetCommands : public QObject
{
    Q_OBJECT

public:
    SheetCommands(SheetTabs *tabs, WindowActions *actions, QWidget *window);

    // Ctrl+V: the clipboard's block into the current sheet at the current cell.
    void pasteIntoSheet();
    // The current sheet to .xlsx (with its issues on a second sheet) or .csv, by the extension.
    Status exportSheet(const QString &path);
    // The current sheet's issues to .xlsx or .csv.
    Status exportIssues(const QString &path);
    // The sheet shown changed: find and replace searches it, the menu shows its issues box.
    void currentSheetChanged();
    // An issue chosen in the issues pane: its cell.
    void showIssue(qint64 recordId, int field);

signals:
    void statusMessage(const QString &message, int timeout);
    void failed(const QString &message);
    // The toolbar's Check: the issues list should come into view.
    void issuesWanted();

private:
    void connectActions();
    // Runs a row or cell operation on the current sheet; a refusal goes to the status bar.
    void onSheet(const std::function<Status(SheetView *)> &operation);
    void goToIssue(bool forward);
    void showFindReplace();
    void exportDialog(bool issues);

    SheetTabs *m_tabs;
    WindowActions *m_actions;
    QWidget *m_window;
    FindReplaceDialog *m_findDialog = nullptr;
};
