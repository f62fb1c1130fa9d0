#include "conflictdialog.h"

#include "entityschema.h"
#include "valuecodec.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column {
    RowColumn,
    FieldColumn,
    SeenColumn,
    MineColumn,
    TheirsColumn,
    ColumnCount
};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(EditConflict conflict, const EntitySchema *schema, QWidget *parent)
    : QDialog(parent)
    , m_conflict(std::move(conflict))
    , m_table(new QTableWidget(this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &Theirs"), this))
{
    setObjectName(QStringLiteral("ConflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));

    auto *headline = new QLabel(
            tr("Someone else changed these cells after you started your edit. Choose which "
               "value to keep."),
            this);
    headline->setObjectName(QStringLiteral("ConflictHeadline"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    auto *sheet = new QLabel(schema ? tr("Sheet: %1").arg(schema->label()) : QString(), this);
    sheet->setObjectName(QStringLiteral("ConflictSheetLabel"));
    sheet->setVisible(schema != nullptr);

    m_table->setObjectName(QStringLiteral("ConflictTable"));
    fillTable(schema);

    auto *explanation =
            new QLabel(tr("Keep Mine writes your values over theirs (Edit ▸ Undo takes that back). "
                          "Keep Theirs leaves their values, as the sheet shows them now."),
                       this);
    explanation->setObjectName(QStringLiteral("ConflictExplanation"));
    explanation->setWordWrap(true);

    m_keepMine->setObjectName(QStringLiteral("KeepMineButton"));
    m_keepMine->setToolTip(tr("Write the values you entered over the ones in the workspace"));
    m_keepTheirs->setObjectName(QStringLiteral("KeepTheirsButton"));
    m_keepTheirs->setToolTip(tr("Leave the values someone else saved; yours are dropped"));
    // Taking theirs changes nothing, so it is what Enter and Esc do.
    m_keepMine->setAutoDefault(false);
    m_keepTheirs->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(sheet);
    layout->addWidget(m_table);
    layout->addWidget(explanation);
    layout->addWidget(buttons);

    setTabOrder(m_table, m_keepMine);
    setTabOrder(m_keepMine, m_keepTheirs);
    m_keepTheirs->setFocus();
    // Wide enough for the values; as tall as the wrapped sentences need at that width.
    const int width = qMax(760, sizeHint().width());
    resize(width,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

void ConflictDialog::fillTable(const EntitySchema *schema)
{
    m_table->setColumnCount(ColumnCount);
    // "mine" and "theirs" as on the buttons, so each button points at its column.
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("You changed it from"),
                                        tr("To (mine)"), tr("Now in the workspace (theirs)")});
    m_table->setRowCount(int(m_conflict.cells.size()));
    m_table->verticalHeader()->hide();
    // Nothing to select: a highlighted row would hide which values are whose.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    const QLocale locale;
    // An empty cell shows as a word: a blank column reads as "nothing to see here".
    const auto shown = [this](const QString &text) {
        return text.isEmpty() ? tr("(empty)") : text;
    };
    for (int i = 0; i < m_conflict.cells.size(); ++i) {
        const EditConflict::Cell &cell = m_conflict.cells.at(i);
        const bool known = schema && cell.field >= 0 && cell.field < schema->fieldCount();
        const QString seen =
                known ? ValueCodec::toDisplay(schema->field(cell.field), cell.seen, locale)
                      : cell.seen.toString();
        m_table->setItem(i, RowColumn, readOnlyItem(cell.rowKey));
        m_table->setItem(i, FieldColumn, readOnlyItem(cell.fieldLabel));
        m_table->setItem(i, SeenColumn, readOnlyItem(shown(seen)));
        m_table->setItem(i, MineColumn, readOnlyItem(shown(cell.mineText)));
        m_table->setItem(i, TheirsColumn, readOnlyItem(shown(cell.theirsText)));
        QFont bold = m_table->item(i, TheirsColumn)->font();
        bold.setBold(true);
        m_table->item(i, MineColumn)->setFont(bold);
        m_table->item(i, TheirsColumn)->setFont(bold);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // As tall as its lines (up to six; more scroll), not a large empty box under one line.
    const int lines = qBound(1, m_table->rowCount(), 6);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            lines * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth() + 2);
}
