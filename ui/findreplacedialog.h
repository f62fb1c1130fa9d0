#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SheetView;

// Find and replace in the current sheet: in the selection, the current column or the whole
// sheet; a replace-all is one undo step. Modeless, so the user can keep editing beside it.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindReplaceDialog(QWidget *parent = nullptr);

    void setSheet(SheetView *sheet);
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QComboBox *scopeBox() const { return m_scope; }
    QLabel *resultLabel() const { return m_result; }
    void findNext();
    void replaceAll();

private:
    QPointer<SheetView> m_sheet;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QComboBox *m_scope;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeCell;
    QLabel *m_result;
};
