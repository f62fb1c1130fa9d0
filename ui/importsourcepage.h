#pragma once

#include "csvreader.h"

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

// First page of the import wizard: the sheet (hidden ones marked), the text encoding and
// delimiter (detected, overridable), the target, and the header row, with the file's first rows
// in view and the header row highlighted.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard *wizard);

    QString chosenSheet() const;
    CsvReader::Options chosenCsvOptions() const;
    void showReading();
    void showReadError(const QString &message);
    bool isComplete() const override;

private:
    void fillChoices();
    void layOut();
    void connectWidgets();
    void sheetLoaded();
    void fillRawPreview();
    void targetChosen();

    ImportWizard *m_wizard;
    QLabel *m_fileLabel;
    QComboBox *m_sheet;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_target;
    QSpinBox *m_headerRow;
    QTableWidget *m_raw;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    bool m_loaded = false;
    bool m_updating = false;
};
