#pragma once

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;

// Second page of the import wizard: the field each column fills (proposed, changeable, or
// ignored), values set for all rows, how the sheet writes dates and decimals, and a live
// preview of the converted rows with unreadable cells marked.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    QString templateName() const;

protected:
    // Enter in the value box sets the value; it does not finish the wizard.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpWidgets();
    void layOut();
    void connectWidgets();
    void fillColumns();
    void fillConstants();
    void addConstant();
    void formatsChanged();
    void updatePreview();

    ImportWizard *m_wizard;
    QTableWidget *m_columns;
    QTableWidget *m_constants;
    QComboBox *m_constantField;
    QLineEdit *m_constantValue;
    QPushButton *m_addConstant = nullptr;
    QPushButton *m_removeConstant = nullptr;
    QComboBox *m_dateOrder;
    QComboBox *m_decimal;
    QTableView *m_preview;
    QStandardItemModel *m_previewModel;
    QLabel *m_summary;
    QCheckBox *m_remember;
    QLineEdit *m_templateName;
    bool m_filling = false;
};
