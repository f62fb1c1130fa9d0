#include "importmappingpage.h"

#include "entityschema.h"
#include "importsession.h"
#include "importwizard.h"
#include "valuecodec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewRows = 50;
constexpr int kSampleValues = 3;

enum Column {
    ColumnLetter,
    ColumnHeader,
    ColumnSample,
    ColumnField,
    ColumnHow,
    ColumnCount
};
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_columns(new QTableWidget(this))
    , m_constants(new QTableWidget(this))
    , m_constantField(new QComboBox(this))
    , m_constantValue(new QLineEdit(this))
    , m_dateOrder(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_summary(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember this mapping for sheets with the same headers"), this))
    , m_templateName(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ImportMappingPage"));
    setTitle(tr("Match columns to fields"));
    setSubTitle(tr("ContractDesk proposed a field for each column it recognised. Change any "
                   "of them, ignore columns, or set a value for all rows."));
    setUpWidgets();
    layOut();
    connectWidgets();
}

void ImportMappingPage::setUpWidgets()
{
    m_columns->setObjectName(QStringLiteral("ColumnTable"));
    m_columns->setColumnCount(ColumnCount);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Header in the file"),
                                          tr("First values"), tr("Field"), tr("Matched by")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(ColumnSample, QHeaderView::Stretch);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_constants->setObjectName(QStringLiteral("ConstantTable"));
    m_constants->setColumnCount(2);
    m_constants->setHorizontalHeaderLabels({tr("Field"), tr("Value for all rows")});
    m_constants->horizontalHeader()->setStretchLastSection(true);
    m_constants->verticalHeader()->hide();
    m_constants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_constants->setMaximumHeight(90);
    m_constants->hide(); // shown once a value is set for all rows
    m_constantField->setObjectName(QStringLiteral("ConstantField"));
    m_constantValue->setObjectName(QStringLiteral("ConstantValue"));
    m_constantValue->setPlaceholderText(tr("Value"));
    m_addConstant = new QPushButton(tr("&Set for all rows"), this);
    m_addConstant->setObjectName(QStringLiteral("AddConstant"));
    m_removeConstant = new QPushButton(tr("Re&move"), this);

    m_dateOrder->setObjectName(QStringLiteral("DateOrderCombo"));
    m_dateOrder->addItem(tr("Detect (ISO, or decided by the values)"),
                         int(ImportFormats::DateOrder::Auto));
    m_dateOrder->addItem(tr("Month first (02/28/2026)"),
                         int(ImportFormats::DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Day first (28/02/2026, 28.02.2026)"),
                         int(ImportFormats::DateOrder::DayMonthYear));
    m_decimal->setObjectName(QStringLiteral("DecimalCombo"));
    m_decimal->addItem(tr("Point (1,250.50)"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma (1.250,50)"), QStringLiteral(","));

    m_preview->setObjectName(QStringLiteral("ImportPreview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("PreviewSummary"));
    m_summary->setWordWrap(true);
    m_templateName->setPlaceholderText(tr("Template name"));
    m_templateName->setEnabled(false);
}

void ImportMappingPage::layOut()
{
    auto *formats = new QHBoxLayout;
    formats->addWidget(new QLabel(tr("Dates:"), this));
    formats->addWidget(m_dateOrder);
    formats->addSpacing(16);
    formats->addWidget(new QLabel(tr("Decimal separator:"), this));
    formats->addWidget(m_decimal);
    formats->addStretch();

    auto *constantRow = new QHBoxLayout;
    constantRow->addWidget(m_constantField, 1);
    constantRow->addWidget(m_constantValue, 1);
    constantRow->addWidget(m_addConstant);
    constantRow->addWidget(m_removeConstant);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_columns, 1);
    topLayout->addLayout(constantRow);
    topLayout->addWidget(m_constants);
    topLayout->addLayout(formats);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *remember = new QHBoxLayout;
    remember->addWidget(m_remember);
    remember->addWidget(m_templateName, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(remember);
}

void ImportMappingPage::connectWidgets()
{
    connect(m_addConstant, &QPushButton::clicked, this, &ImportMappingPage::addConstant);
    m_constantValue->installEventFilter(this);
    connect(m_removeConstant, &QPushButton::clicked, this, [this] {
        const int row = m_constants->currentRow();
        if (row < 0)
            return;
        m_wizard->session().removeConstant(
                m_constants->item(row, 0)->data(Qt::UserRole).toString());
        fillConstants();
        updatePreview();
    });
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ImportMappingPage::formatsChanged);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ImportMappingPage::formatsChanged);
    connect(m_remember, &QCheckBox::toggled, m_templateName, &QWidget::setEnabled);
}

void ImportMappingPage::initializePage()
{
    ImportSession &session = m_wizard->session();
    const EntitySchema *schema = session.target();
    m_filling = true;
    m_constantField->clear();
    for (const FieldSpec &f : schema->fields()) {
        if (!f.readOnly)
            m_constantField->addItem(f.label, f.path);
    }
    const ImportFormats formats = session.mapping().formats;
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(formats.dateOrder))));
    m_decimal->setCurrentIndex(qMax(0, m_decimal->findData(QString(formats.decimalSeparator))));
    if (!session.templateName().isEmpty()) {
        m_remember->setChecked(true);
        m_templateName->setText(session.templateName());
    } else if (m_templateName->text().isEmpty()) {
        m_templateName->setText(session.fileName().section(QLatin1Char('.'), 0, 0));
    }
    m_filling = false;
    fillColumns();
    fillConstants();
    updatePreview();
}

void ImportMappingPage::fillColumns()
{
    ImportSession &session = m_wizard->session();
    const EntitySchema *schema = session.target();
    const ImportMapping &mapping = session.mapping();
    const SheetData &sheet = session.sheetData();
    m_filling = true;
    m_columns->setRowCount(int(mapping.headers.size()));
    for (int c = 0; c < mapping.headers.size(); ++c) {
        m_columns->setItem(c, ColumnLetter,
                           new QTableWidgetItem(LocatedIssue::columnLetters(c + 1)));
        m_columns->setItem(c, ColumnHeader, new QTableWidgetItem(mapping.headers.at(c)));
        QStringList samples;
        for (int r = mapping.headerRow + 1; r < sheet.rows.size() && samples.size() < kSampleValues;
             ++r) {
            const QString v = sheet.rows.at(r).value(c);
            if (!v.trimmed().isEmpty())
                samples.append(v);
        }
        m_columns->setItem(c, ColumnSample,
                           new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("FieldCombo%1").arg(c));
        combo->addItem(tr("(ignore this column)"), QString());
        for (const FieldSpec &f : schema->fields()) {
            QString label = f.label;
            if (f.required)
                label += QStringLiteral(" *");
            if (f.readOnly)
                label += tr(" (read-only)");
            combo->addItem(label, f.path);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.fieldOfColumn.value(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            if (m_filling)
                return;
            m_wizard->session().setColumnField(c, combo->currentData().toString());
            fillColumns();
            fillConstants();
            updatePreview();
        });
        m_columns->setCellWidget(c, ColumnField, combo);
        const auto kind = session.matchKinds().value(c);
        QString how = mapping.fieldOfColumn.value(c).isEmpty() ? tr("ignored")
                                                               : ColumnMatcher::describe(kind);
        if (kind == ColumnMatcher::MatchKind::None && !mapping.fieldOfColumn.value(c).isEmpty())
            how = session.templateName().isEmpty() ? tr("your choice")
                                                   : tr("template %1").arg(session.templateName());
        m_columns->setItem(c, ColumnHow, new QTableWidgetItem(how));
    }
    m_columns->resizeColumnToContents(ColumnLetter);
    m_columns->setColumnWidth(ColumnHeader, 180);
    m_columns->setColumnWidth(ColumnField, 260);
    m_filling = false;
}

void ImportMappingPage::fillConstants()
{
    const ImportSession &session = m_wizard->session();
    const EntitySchema *schema = session.target();
    const auto &constants = session.mapping().constants;
    m_constants->setRowCount(int(constants.size()));
    m_constants->setVisible(!constants.isEmpty());
    int row = 0;
    for (auto it = constants.begin(); it != constants.end(); ++it, ++row) {
        const int field = schema->indexOf(it.key());
        auto *name = new QTableWidgetItem(field >= 0 ? schema->field(field).label : it.key());
        name->setData(Qt::UserRole, it.key());
        m_constants->setItem(row, 0, name);
        m_constants->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
}

void ImportMappingPage::addConstant()
{
    const QString field = m_constantField->currentData().toString();
    if (field.isEmpty() || m_constantValue->text().trimmed().isEmpty())
        return;
    m_wizard->session().setConstant(field, m_constantValue->text().trimmed());
    m_constantValue->clear();
    fillColumns();
    fillConstants();
    updatePreview();
}

void ImportMappingPage::formatsChanged()
{
    if (m_filling)
        return;
    ImportFormats formats;
    formats.dateOrder = ImportFormats::DateOrder(m_dateOrder->currentData().toInt());
    formats.decimalSeparator = m_decimal->currentData().toString().at(0);
    m_wizard->session().setFormats(formats);
    updatePreview();
}

void ImportMappingPage::updatePreview()
{
    const ImportSession &session = m_wizard->session();
    const EntitySchema *schema = session.target();
    const RecordImporter::Outcome outcome = session.preview(kPreviewRows);
    // Only the fields the import fills, in schema order.
    QVector<int> fields;
    for (int f = 0; f < schema->fieldCount(); ++f) {
        const QString &path = schema->field(f).path;
        if (session.mapping().fieldOfColumn.contains(path) ||
            session.mapping().constants.contains(path))
            fields.append(f);
    }
    m_previewModel->clear();
    QStringList headers;
    for (int f : std::as_const(fields))
        headers.append(schema->field(f).label);
    m_previewModel->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (const Record &record : outcome.records) {
        QList<QStandardItem *> items;
        for (int f : std::as_const(fields)) {
            const QVariant &value = record.value(f);
            auto *item = new QStandardItem(ValueCodec::toDisplay(schema->field(f), value, locale));
            if (ValueCodec::isRaw(value)) {
                item->setBackground(QColor(0xfd, 0xe2, 0xe1));
                item->setToolTip(
                        tr("Cannot be read as %1").arg(FieldSpec::typeName(schema->field(f).type)));
            }
            items.append(item);
        }
        m_previewModel->appendRow(items);
    }
    int problems = 0;
    QStringList firstProblems;
    for (const LocatedIssue &issue : outcome.issues) {
        if (issue.severity != LocatedIssue::Severity::Error)
            continue;
        if (++problems <= 3)
            firstProblems.append(issue.toString());
    }
    const int total =
            qMax(0, int(session.sheetData().rows.size()) - session.mapping().headerRow - 1);
    QString text = tr("%n row(s) to import.", nullptr, total) + QLatin1Char(' ') +
                   tr("%n column(s) mapped.", nullptr, int(headers.size()));
    if (problems > 0) {
        text += QStringLiteral("<br><span style='color:#b91c1c'>") +
                tr("%n cell(s) in the first rows cannot be read (they are kept as text, "
                   "marked red, to fix after the import):",
                   nullptr, problems) +
                QStringLiteral("<br>") +
                firstProblems.join(QStringLiteral("<br>")).toHtmlEscaped() +
                QStringLiteral("</span>");
    }
    m_summary->setText(text);
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const auto &mapping = m_wizard->session().mapping();
    for (const QString &f : mapping.fieldOfColumn) {
        if (!f.isEmpty())
            return true;
    }
    return !mapping.constants.isEmpty();
}

bool ImportMappingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_constantValue && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addConstant();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

QString ImportMappingPage::templateName() const
{
    return m_remember->isChecked() ? m_templateName->text().trimmed() : QString();
}
