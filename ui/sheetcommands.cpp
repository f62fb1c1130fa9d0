#include "sheetcommands.h"

#include "atomicfilewriter.h"
#include "csvreader.h"
#include "entityschema.h"
#include "findreplacedialog.h"
#include "recordexporter.h"
#include "recordtablemodel.h"
#include "sheettabs.h"
#include "sheetview.h"
#include "windowactions.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QStandardPaths>

namespace {

bool isXlsx(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

} // namespace

SheetCommands::SheetCommands(SheetTabs *tabs, WindowActions *actions, QWidget *window)
    : QObject(window)
    , m_tabs(tabs)
    , m_actions(actions)
    , m_window(window)
{
    setObjectName(QStringLiteral("SheetCommands"));
    connectActions();
    connect(m_tabs, &SheetTabs::onlyIssuesToggled, m_actions, &WindowActions::setOnlyIssuesChecked);
}

void SheetCommands::connectActions()
{
    const auto on = [this](WindowActions::Id id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(WindowActions::Paste, [this] { pasteIntoSheet(); });
    on(WindowActions::ExportSheet, [this] { exportDialog(false); });
    on(WindowActions::ExportIssues, [this] { exportDialog(true); });
    on(WindowActions::Filter, [this] {
        if (SheetView *sheet = m_tabs->currentSheet())
            sheet->focusFilter();
    });
    connect(m_actions->action(WindowActions::OnlyIssues), &QAction::toggled, this,
            [this](bool checked) {
                if (SheetView *sheet = m_tabs->currentSheet())
                    sheet->setOnlyIssues(checked);
            });
    on(WindowActions::NextIssue, [this] {
        emit issuesWanted();
        goToIssue(true);
    });
    on(WindowActions::PreviousIssue, [this] { goToIssue(false); });
    on(WindowActions::FillDown, [this] { onSheet([](SheetView *s) { return s->fillDown(); }); });
    on(WindowActions::FindReplace, [this] { showFindReplace(); });
    on(WindowActions::AddRow, [this] { onSheet([](SheetView *s) { return s->addRow(); }); });
    on(WindowActions::DuplicateRows,
       [this] { onSheet([](SheetView *s) { return s->duplicateSelectedRows(); }); });
    on(WindowActions::DeleteRows,
       [this] { onSheet([](SheetView *s) { return s->deleteSelectedRows(); }); });
}

void SheetCommands::currentSheetChanged()
{
    SheetView *sheet = m_tabs->currentSheet();
    if (m_findDialog)
        m_findDialog->setSheet(sheet);
    m_actions->setOnlyIssuesChecked(sheet && sheet->onlyIssues());
}

void SheetCommands::onSheet(const std::function<Status(SheetView *)> &operation)
{
    SheetView *sheet = m_tabs->currentSheet();
    if (!sheet) {
        emit statusMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return;
    }
    const Status status = operation(sheet);
    if (!status)
        emit statusMessage(status.error(), 10000);
}

void SheetCommands::goToIssue(bool forward)
{
    onSheet([this, forward](SheetView *sheet) {
        return sheet->goToIssue(forward) ? Status()
                                         : Status::failure(tr("This sheet has no issues."));
    });
}

void SheetCommands::showIssue(qint64 recordId, int field)
{
    if (SheetView *sheet = m_tabs->currentSheet())
        sheet->showCell(recordId, field);
}

void SheetCommands::showFindReplace()
{
    if (!m_findDialog)
        m_findDialog = new FindReplaceDialog(m_window);
    m_findDialog->setSheet(m_tabs->currentSheet());
    m_findDialog->show();
    m_findDialog->raise();
    m_findDialog->activateWindow();
    m_findDialog->findEdit()->setFocus();
    m_findDialog->findEdit()->selectAll();
}

void SheetCommands::pasteIntoSheet()
{
    SheetView *sheet = m_tabs->currentSheet();
    const QString text = QGuiApplication::clipboard()->text();
    if (!sheet || text.isEmpty())
        return;
    // Spreadsheets put a copied block on the clipboard as tab-separated text.
    const SheetData block = CsvReader::parseClipboard(text);
    for (const LocatedIssue &issue : block.issues) {
        if (issue.severity == LocatedIssue::Severity::Error) {
            emit failed(issue.toString());
            return;
        }
    }
    int cut = 0;
    const Status pasted = sheet->pasteBlock(block.rows, &cut);
    if (!pasted) {
        emit failed(pasted.error());
        return;
    }
    // Under the window's translation context, where the plural forms (English too) are.
    if (cut > 0)
        emit statusMessage(QCoreApplication::translate(
                                   "MainWindow",
                                   "%n pasted cell(s) fell outside the sheet and were not pasted.",
                                   nullptr, cut),
                           15000);
}

Status SheetCommands::exportSheet(const QString &path)
{
    const SheetView *sheet = m_tabs->currentSheet();
    if (!sheet)
        return Status::failure(tr("Open a workspace first (Ctrl+O)."));
    const RecordTableModel *model = sheet->model();
    const RecordExporter exporter(model->schema());
    if (isXlsx(path))
        return exporter.toXlsx(model->records(), path,
                               model->locatedIssues(QFileInfo(path).fileName()));
    return exporter.writeFile(RecordStreamWriter::Format::Csv, model->records(), path);
}

Status SheetCommands::exportIssues(const QString &path)
{
    const SheetView *sheet = m_tabs->currentSheet();
    if (!sheet)
        return Status::failure(tr("Open a workspace first (Ctrl+O)."));
    const QVector<LocatedIssue> issues =
            sheet->model()->locatedIssues(sheet->model()->schema().label());
    if (isXlsx(path))
        return RecordExporter::issuesToXlsx(issues, path);
    return AtomicFileWriter::write(path, RecordExporter::issuesToCsv(issues));
}

void SheetCommands::exportDialog(bool issues)
{
    const SheetView *sheet = m_tabs->currentSheet();
    if (!sheet) {
        emit statusMessage(tr("Open a workspace first (Ctrl+O)."), 5000);
        return;
    }
    const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(sheet->model()->schema().id() +
                              (issues ? QStringLiteral("-issues.xlsx") : QStringLiteral(".xlsx")));
    const QString path = QFileDialog::getSaveFileName(
            m_window, issues ? tr("Export Issues") : tr("Export Sheet"), suggested,
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status status = issues ? exportIssues(path) : exportSheet(path);
    if (!status)
        emit failed(status.error());
    else
        emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
}
