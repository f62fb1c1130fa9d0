#include "importsourcepage.h"

#include "entityschema.h"
#include "importjob.h"
#include "importsession.h"
#include "importwizard.h"
#include "schemaregistry.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kRawRows = 30;
}

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fileLabel(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_headerRow(new QSpinBox(this))
    , m_raw(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel reading"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ImportSourcePage"));
    m_status->setObjectName(QStringLiteral("SourceStatus"));
    m_status->setWordWrap(true);
    setTitle(tr("What to import"));
    setSubTitle(tr("Check the sheet, the target and the row that holds the column headers."));
    fillChoices();
    layOut();
    connectWidgets();
}

void ImportSourcePage::fillChoices()
{
    const ImportSession &session = m_wizard->session();
    m_fileLabel->setText(QStringLiteral("<b>%1</b>").arg(session.fileName().toHtmlEscaped()));
    m_sheet->setObjectName(QStringLiteral("SheetCombo"));
    for (const auto &sheet : session.sheets())
        m_sheet->addItem(sheet.hidden ? tr("%1 (hidden)").arg(sheet.name) : sheet.name, sheet.name);
    const int defaultSheet = m_sheet->findData(session.defaultSheet());
    m_sheet->setCurrentIndex(qMax(0, defaultSheet));

    m_encoding->setObjectName(QStringLiteral("EncodingCombo"));
    m_encoding->addItem(tr("Detect"), QString());
    for (const QString &e : CsvReader::encodings())
        m_encoding->addItem(e, e);
    m_delimiter->setObjectName(QStringLiteral("DelimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));

    m_target->setObjectName(QStringLiteral("TargetCombo"));
    m_headerRow->setObjectName(QStringLiteral("HeaderRowSpin"));
    m_headerRow->setMinimum(1);
    m_raw->setObjectName(QStringLiteral("RawPreview"));
    m_raw->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_raw->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_raw->setSelectionMode(QAbstractItemView::SingleSelection);
    m_raw->horizontalHeader()->setDefaultSectionSize(120);
    m_progress->setTextVisible(true);
}

void ImportSourcePage::layOut()
{
    const ImportSession &session = m_wizard->session();
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("&Sheet:"), m_sheet);
    auto *textOptions = new QHBoxLayout;
    textOptions->addWidget(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    textOptions->addWidget(delimiterLabel);
    textOptions->addWidget(m_delimiter);
    textOptions->addStretch();
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, textOptions);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Header row:"), m_headerRow);
    const bool text = session.isText();
    m_sheet->setEnabled(!text && session.sheets().size() > 1);
    m_encoding->setEnabled(text);
    m_delimiter->setEnabled(text);

    auto *busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(busy);
    layout->addWidget(m_status);
    layout->addWidget(m_raw, 1);
}

void ImportSourcePage::connectWidgets()
{
    ImportWizard *wizard = m_wizard;
    connect(m_sheet, &QComboBox::currentIndexChanged, wizard, &ImportWizard::reread);
    connect(m_encoding, &QComboBox::currentIndexChanged, wizard, &ImportWizard::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, wizard, &ImportWizard::reread);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportSourcePage::targetChosen);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_updating || !m_loaded)
            return;
        m_wizard->session().setHeaderRow(row - 1);
        fillRawPreview();
    });
    connect(m_raw, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { m_headerRow->setValue(row + 1); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_wizard->readJob()->cancel(); });
    connect(wizard->readJob(), &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
    });
    connect(wizard, &ImportWizard::sheetLoaded, this, &ImportSourcePage::sheetLoaded);
}

QString ImportSourcePage::chosenSheet() const
{
    return m_sheet->currentData().toString();
}

CsvReader::Options ImportSourcePage::chosenCsvOptions() const
{
    CsvReader::Options options;
    options.encoding = m_encoding->currentData().toString();
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        options.delimiter = d.at(0);
    return options;
}

void ImportSourcePage::showReading()
{
    m_loaded = false;
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading…"));
    emit completeChanged();
}

void ImportSourcePage::showReadError(const QString &message)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setText(
            QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(message.toHtmlEscaped()));
    m_raw->clear();
    m_raw->setRowCount(0);
    emit completeChanged();
}

void ImportSourcePage::sheetLoaded()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    ImportSession &session = m_wizard->session();
    const SheetData &sheet = session.sheetData();
    QString status = tr("%n row(s) read", nullptr, int(sheet.rows.size()));
    if (!sheet.encoding.isEmpty()) {
        status += QStringLiteral(" · ") +
                  tr("encoding %1, delimiter '%2'")
                          .arg(sheet.encoding, sheet.delimiter == QLatin1Char('\t')
                                                       ? tr("tab")
                                                       : QString(sheet.delimiter));
    }
    // What the reader could read past (bytes the encoding cannot read, ragged rows): here, where
    // the encoding and delimiter that cause it are chosen.
    QStringList noticed;
    for (const LocatedIssue &issue : sheet.issues) {
        if (noticed.size() == 3) {
            noticed.append(tr("… and %n more", nullptr, int(sheet.issues.size()) - 3));
            break;
        }
        noticed.append(issue.toString());
    }
    if (noticed.isEmpty())
        m_status->setText(status.toHtmlEscaped());
    else
        m_status->setText(status.toHtmlEscaped() +
                          QStringLiteral("<br><span style='color:#b45309'>") +
                          noticed.join(QLatin1Char('\n'))
                                  .toHtmlEscaped()
                                  .replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                          QStringLiteral("</span>"));

    m_updating = true;
    if (m_target->count() == 0) {
        for (const EntitySchema &schema : session.registry().schemas())
            m_target->addItem(schema.title(), schema.id());
        const int index = m_target->findData(session.guessTarget());
        m_target->setCurrentIndex(qMax(0, index));
    }
    m_updating = false;
    m_loaded = true;
    targetChosen();
}

void ImportSourcePage::targetChosen()
{
    if (m_updating || !m_loaded)
        return;
    ImportSession &session = m_wizard->session();
    session.setTarget(m_target->currentData().toString());
    m_updating = true;
    m_headerRow->setMaximum(qMax(1, int(session.sheetData().rows.size())));
    m_headerRow->setValue(session.mapping().headerRow + 1);
    m_updating = false;
    fillRawPreview();
    emit completeChanged();
}

void ImportSourcePage::fillRawPreview()
{
    const SheetData &sheet = m_wizard->session().sheetData();
    const int rows = qMin(int(sheet.rows.size()), kRawRows);
    int columns = 0;
    for (int r = 0; r < rows; ++r)
        columns = qMax(columns, int(sheet.rows.at(r).size()));
    m_raw->clear();
    m_raw->setRowCount(rows);
    m_raw->setColumnCount(columns);
    QStringList labels;
    for (int c = 0; c < columns; ++c)
        labels.append(LocatedIssue::columnLetters(c + 1));
    m_raw->setHorizontalHeaderLabels(labels);
    QStringList rowLabels;
    const int header = m_wizard->session().mapping().headerRow;
    for (int r = 0; r < rows; ++r) {
        rowLabels.append(QString::number(sheet.rowNumbers.value(r, r + 1)));
        for (int c = 0; c < sheet.rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(sheet.rows.at(r).at(c));
            if (r == header) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xdb, 0xea, 0xfe));
            } else if (r < header) {
                item->setForeground(QColor(0x9c, 0xa3, 0xaf));
            }
            m_raw->setItem(r, c, item);
        }
    }
    m_raw->setVerticalHeaderLabels(rowLabels);
}

bool ImportSourcePage::isComplete() const
{
    return m_loaded && m_wizard->session().target() != nullptr;
}
