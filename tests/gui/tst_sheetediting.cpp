// Validation and editing in the window, driven through widgets and actions, offscreen: the
// issue counts follow every edit, paste, fill, row operation and undo, and each is on disk.

#include "entityschema.h"
#include "findreplacedialog.h"
#include "guitestfixture.h"
#include "issuelistmodel.h"
#include "mainwindow.h"
#include "recordimporter.h"
#include "recordtablemodel.h"
#include "sheetview.h"
#include "spreadsheetfile.h"
#include "valuecodec.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTest>

class TestSheetEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedEditorsReadTheUsersWay();
    void issuesFollowEditsPasteAndUndo();
    void fillDownAndRowOperationsAreOneUndoStepEach();
    void findAndReplaceInAColumn();
    void exportsTheSheetAndItsIssues();

private:
    QAction *action(const QString &text) const;
    int column(const char *path) const
    {
        return m_sheet->model()->schema().indexOf(QString::fromLatin1(path));
    }
    QModelIndex cell(int row, const char *path) const
    {
        return m_table->model()->index(row, column(path));
    }
    // The window's parts, found as a user's eye would: by name.
    template<typename T>
    T *part(const char *objectName) const
    {
        return m_window->findChild<T *>(QLatin1String(objectName));
    }
    QLabel *issuesLabel() const { return part<QLabel>("IssuesLabel"); }
    IssueListModel *issueList() const
    {
        return qobject_cast<IssueListModel *>(part<QTableView>("IssuesView")->model());
    }
    QCheckBox *onlyIssuesBox() const
    {
        return m_sheet->findChild<QCheckBox *>(QStringLiteral("OnlyIssuesBox"));
    }
    // Types into a cell as a user does: select, F2, replace the text, Enter.
    void typeInto(const QModelIndex &index, const QString &text);
    int recordsOnDisk() const;

    GuiTestFixture m_gui;
    std::unique_ptr<MainWindow> m_window;
    SheetView *m_sheet = nullptr;
    QTableView *m_table = nullptr;
    QString m_file;
    int m_run = 0;
};

void TestSheetEditing::initTestCase()
{
    // US dates and numbers, as typed below.
    const Status ready = m_gui.setUp(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(ready, qPrintable(ready.error()));
}

void TestSheetEditing::init()
{
    const QString name = QStringLiteral("edit%1.cdw").arg(++m_run);
    auto window = m_gui.openDemoWindow(name);
    QVERIFY2(window, qPrintable(window.error()));
    m_window = std::move(window).value();
    m_file = m_gui.filePath(name);
    m_sheet = m_window->currentSheet();
    QVERIFY(m_sheet);
    m_table = m_sheet->findChild<QTableView *>(QStringLiteral("SheetTable"));
    QVERIFY(m_table);
    QCOMPARE(m_sheet->model()->schema().id(), QStringLiteral("procore.work_order_contract"));
    QCOMPARE(m_sheet->model()->validation().errorCount(), 0);
    QVERIFY(issuesLabel() && issueList() && onlyIssuesBox());
    QCOMPARE(issuesLabel()->text(), QStringLiteral("No issues"));
}

void TestSheetEditing::cleanup()
{
    m_sheet = nullptr;
    m_table = nullptr;
    m_window.reset();
}

QAction *TestSheetEditing::action(const QString &text) const
{
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

void TestSheetEditing::typeInto(const QModelIndex &index, const QString &text)
{
    QTableView *table = m_table;
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    // The editor lives in the viewport; with a real display it gets the focus a moment later.
    QPointer<QLineEdit> editor;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits and closes the editor on the next turn of the event loop.
    QTRY_VERIFY(!editor || !editor->isVisible());
}

int TestSheetEditing::recordsOnDisk() const
{
    auto ws = Workspace::open(m_file, Workspace::OpenMode::OpenExisting);
    return int(ws.value()->loadRecords(m_sheet->model()->schema()).value().size());
}

void TestSheetEditing::typedEditorsReadTheUsersWay()
{
    // A US date typed the US way is a date; the ISO value is what is stored.
    typeInto(cell(0, "contract_date"), QStringLiteral("3/31/2026"));
    QCOMPARE(cell(0, "contract_date").data(Qt::EditRole).toString(), QStringLiteral("2026-03-31"));
    // Money with group separators.
    typeInto(cell(0, "retainage_percent"), QStringLiteral("7.5"));
    QCOMPARE(cell(0, "retainage_percent").data(Qt::EditRole).toString(), QStringLiteral("7.5"));
    // The enum editor lists the vendor's labels and stores the vendor's value.
    QTableView *table = m_table;
    table->setCurrentIndex(cell(1, "status"));
    QTest::keyClick(table, Qt::Key_F2);
    QPointer<QComboBox> combo;
    QTRY_VERIFY((combo = table->viewport()->findChild<QComboBox *>()) != nullptr);
    const int draft = combo->findText(QStringLiteral("Draft"));
    QVERIFY(draft > 0);
    combo->setCurrentIndex(draft);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!combo || !combo->isVisible());
    QCOMPARE(cell(1, "status").data(Qt::EditRole).toString(), QStringLiteral("Draft"));
    QCOMPARE(m_sheet->model()->validation().errorCount(), 0);
}

void TestSheetEditing::issuesFollowEditsPasteAndUndo()
{
    // An impossible date: kept as typed, an error on that cell, in the pane and the status bar.
    typeInto(cell(2, "contract_date"), QStringLiteral("31.02.2026"));
    const QModelIndex date = cell(2, "contract_date");
    QCOMPARE(date.data(RecordTableModel::IssueSeverityRole).toInt(),
             int(ValidationIssue::Severity::Error));
    QVERIFY2(date.data(Qt::ToolTipRole).toString().contains(QStringLiteral("is not a date")),
             qPrintable(date.data(Qt::ToolTipRole).toString()));
    QCOMPARE(issuesLabel()->text(), QStringLiteral("1 error · 0 warnings"));
    IssueListModel *issues = issueList();
    QTRY_COMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->index(0, IssueListModel::FieldColumn).data().toString(),
             m_sheet->model()->schema().field(column("contract_date")).label);

    // Paste another row's contract number: both rows now carry a duplicate error.
    const QString number = cell(0, "number").data().toString();
    QGuiApplication::clipboard()->setText(number);
    m_table->setCurrentIndex(cell(1, "number"));
    action(QStringLiteral("Paste"))->trigger();
    QCOMPARE(cell(1, "number").data().toString(), number);
    QCOMPARE(m_sheet->model()->validation().errorCount(), 3);
    QCOMPARE(cell(0, "number").data(RecordTableModel::IssueSeverityRole).toInt(),
             int(ValidationIssue::Severity::Error));
    QTRY_COMPARE(issues->rowCount(), 3);

    // Next issue (F8) lands on a cell with an issue; "only rows with issues" shows three rows.
    m_table->setCurrentIndex(cell(0, "title"));
    action(QStringLiteral("Next Issue"))->trigger();
    QVERIFY(m_table->currentIndex().data(RecordTableModel::IssueSeverityRole).isValid());
    onlyIssuesBox()->setChecked(true);
    QCOMPARE(m_sheet->visibleRowCount(), 3);
    // Activating an issue in the pane selects its cell.
    emit part<QTableView>("IssuesView")->activated(issues->index(2, 0));
    QCOMPARE(m_table->currentIndex().column(),
             issues->index(2, 0).data(IssueListModel::FieldRole).toInt());
    onlyIssuesBox()->setChecked(false);

    // Undo twice: the paste, then the date; no issue is left, on screen and on disk.
    QAction *undo = action(QStringLiteral("Undo Paste 1 cell"));
    QVERIFY(undo);
    undo->trigger();
    QCOMPARE(m_sheet->model()->validation().errorCount(), 1);
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().startsWith(QStringLiteral("&Undo Edit")))
            a->trigger();
    }
    QCOMPARE(m_sheet->model()->validation().errorCount(), 0);
    QCOMPARE(issuesLabel()->text(), QStringLiteral("No issues"));
    QTRY_COMPARE(issues->rowCount(), 0);

    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        typeInto(cell(2, "contract_date"), QStringLiteral("31.02.2026"));
        typeInto(cell(3, "retainage_percent"), QStringLiteral("150"));
        m_table->model()->setData(cell(4, "number"), number);
        QTest::qWait(50);
        m_table->setCurrentIndex(cell(2, "contract_date"));
        m_window->grab().save(QDir(QString::fromLocal8Bit(dir))
                                      .filePath(QStringLiteral("screenshot-issues.png")));
    }
}

void TestSheetEditing::fillDownAndRowOperationsAreOneUndoStepEach()
{
    RecordTableModel *model = m_sheet->model();
    const int rows = model->rowCount();
    QVERIFY(rows >= 4);

    // Fill down: 150 % in the top cell, copied to the three below: four warnings, one undo.
    QVERIFY(m_table->model()->setData(cell(0, "retainage_percent"), QStringLiteral("150")));
    QCOMPARE(model->validation().warningCount(), 1);
    QItemSelectionModel *selection = m_table->selectionModel();
    selection->select(QItemSelection(cell(0, "retainage_percent"), cell(3, "retainage_percent")),
                      QItemSelectionModel::ClearAndSelect);
    action(QStringLiteral("Fill Down"))->trigger();
    QCOMPARE(model->validation().warningCount(), 4);
    QCOMPARE(cell(3, "retainage_percent").data(Qt::EditRole).toString(), QStringLiteral("150"));
    action(QStringLiteral("Undo Fill down 3 cells"))->trigger();
    QCOMPARE(model->validation().warningCount(), 1);

    // Add a row: empty, so its required project is an error; undo removes it from disk too.
    action(QStringLiteral("Add Row"))->trigger();
    QCOMPARE(model->rowCount(), rows + 1);
    QCOMPARE(recordsOnDisk(), rows + 1);
    QCOMPARE(model->validation().errorCount(), 1);
    action(QStringLiteral("Undo Add row"))->trigger();
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(recordsOnDisk(), rows);
    QCOMPARE(model->validation().errorCount(), 0);

    // Duplicate two rows: the copies keep their numbers, so four rows share two numbers.
    selection->select(QItemSelection(cell(0, "number"), cell(1, "number")),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    action(QStringLiteral("Duplicate Rows"))->trigger();
    QCOMPARE(model->rowCount(), rows + 2);
    QCOMPARE(recordsOnDisk(), rows + 2);
    QCOMPARE(model->validation().errorCount(), 4);
    const Record copy = model->records().last();
    QVERIFY(copy.remoteId().isEmpty());
    QVERIFY(!copy.value(column("origin_id")).isValid());

    // Delete the two copies (selected after duplicating) and undo: same ids, same values.
    const qint64 copyId = copy.id();
    selection->select(
            QItemSelection(m_table->model()->index(rows, 0), m_table->model()->index(rows + 1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    action(QStringLiteral("Delete Rows"))->trigger();
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(recordsOnDisk(), rows);
    QCOMPARE(model->validation().errorCount(), 0);
    action(QStringLiteral("Undo Delete 2 rows"))->trigger();
    QCOMPARE(model->rowCount(), rows + 2);
    QCOMPARE(recordsOnDisk(), rows + 2);
    QVERIFY(model->rowOfRecord(copyId) >= 0);
    QCOMPARE(model->validation().errorCount(), 4);
    action(QStringLiteral("Redo Delete 2 rows"))->trigger();
    QCOMPARE(recordsOnDisk(), rows);
}

void TestSheetEditing::findAndReplaceInAColumn()
{
    action(QStringLiteral("Find and Replace…"))->trigger();
    auto *dialog = part<FindReplaceDialog>("FindReplaceDialog");
    QVERIFY(dialog && dialog->isVisible());
    m_table->setCurrentIndex(cell(0, "title"));
    dialog->findEdit()->setText(QStringLiteral("steel"));
    dialog->replaceEdit()->setText(QStringLiteral("iron"));
    dialog->scopeBox()->setCurrentIndex(1); // the current column
    dialog->findNext();
    QVERIFY(m_table->currentIndex().data().toString().contains(QStringLiteral("steel"),
                                                               Qt::CaseInsensitive));
    int before = 0;
    for (int r = 0; r < m_sheet->model()->rowCount(); ++r)
        before += cell(r, "title")
                          .data()
                          .toString()
                          .contains(QStringLiteral("steel"), Qt::CaseInsensitive);
    QVERIFY(before > 0);
    dialog->replaceAll();
    QVERIFY2(dialog->resultLabel()->text().contains(
                     QStringLiteral("Replaced in %1 cell").arg(before)),
             qPrintable(dialog->resultLabel()->text()));
    for (int r = 0; r < m_sheet->model()->rowCount(); ++r)
        QVERIFY(!cell(r, "title")
                         .data()
                         .toString()
                         .contains(QStringLiteral("steel"), Qt::CaseInsensitive));
    QAction *undo = nullptr;
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().startsWith(QStringLiteral("&Undo Replace")))
            undo = a;
    }
    QVERIFY(undo);
    undo->trigger();
    int after = 0;
    for (int r = 0; r < m_sheet->model()->rowCount(); ++r)
        after += cell(r, "title")
                         .data()
                         .toString()
                         .contains(QStringLiteral("steel"), Qt::CaseInsensitive);
    QCOMPARE(after, before);
}

void TestSheetEditing::exportsTheSheetAndItsIssues()
{
    // A formula-like title and one issue, then both exports.
    QAbstractItemModel *table = m_table->model();
    QVERIFY(table->setData(cell(0, "title"), QStringLiteral("=HYPERLINK(\"x\")")));
    QVERIFY(table->setData(cell(1, "retainage_percent"), QStringLiteral("120")));
    const EntitySchema &schema = m_sheet->model()->schema();
    for (const QString &name : {QStringLiteral("sheet.xlsx"), QStringLiteral("sheet.csv")}) {
        const QString path = m_gui.filePath(name);
        const Status written = m_window->exportSheet(path);
        QVERIFY2(written, qPrintable(written.error()));
        auto read = SpreadsheetFile::read(path);
        QVERIFY2(read, qPrintable(read.error()));
        const auto outcome = RecordImporter(schema).import(read.value());
        QCOMPARE(outcome.records.size(), m_sheet->model()->records().size());
        for (int r = 0; r < outcome.records.size(); ++r) {
            for (int f = 0; f < schema.fieldCount(); ++f)
                QVERIFY2(ValueCodec::sameValue(outcome.records.at(r).value(f),
                                               m_sheet->model()->records().at(r).value(f)),
                         qPrintable(QStringLiteral("%1 row %2 %3")
                                            .arg(name)
                                            .arg(r)
                                            .arg(schema.field(f).path)));
        }
    }
    const QString issues = m_gui.filePath(QStringLiteral("issues.csv"));
    QVERIFY(m_window->exportIssues(issues));
    QFile file(issues);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("outside 0-100")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Warning")));
}

QTEST_MAIN(TestSheetEditing)
#include "tst_sheetediting.moc"
