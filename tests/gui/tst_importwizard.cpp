// Drop a spreadsheet on the window, complete the wizard through its widgets, see the rows.

#include "decimal.h"
#include "entityschema.h"
#include "guitestfixture.h"
#include "importjob.h"
#include "importsession.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "recordtablemodel.h"
#include "sheetview.h"
#include "workspace.h"
#include "workspacesession.h"
#include "xlstestwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropCompleteWizardAndSeeRows();
    void secondImportReusesTheTemplate();
    void cancelledImportLeavesWorkspaceUnchanged();
    void pasteBlockIsOneUndoStep();
    void unsupportedFilesGetAMessageNotAWizard();
    void choosingAnEncodingChangesThePreview();
    void dropsAnExcel97Workbook();
    void droppedWorkspaceOpensInsteadOfImporting();
    void clipboardAsImportGoesThroughTheWizard();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    ImportWizard *drop(MainWindow &w, const QString &path);
    RecordTableModel *model(MainWindow &w, const char *target);
    // A new window (shown unless `show` is false) with a new workspace `name` open.
    std::unique_ptr<MainWindow> windowWith(const QString &name, bool create = true,
                                           bool show = true);

    GuiTestFixture m_gui;
};

void TestImportWizard::initTestCase()
{
    const Status ready = m_gui.setUp();
    QVERIFY2(ready, qPrintable(ready.error()));
}

std::unique_ptr<MainWindow> TestImportWizard::windowWith(const QString &name, bool create,
                                                         bool show)
{
    auto window = m_gui.createWindow(show);
    if (!window) {
        qWarning("%s", qPrintable(window.error()));
        return nullptr;
    }
    const Status opened = window.value()->openWorkspace(m_gui.filePath(name), create);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(window).value();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_gui.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

ImportWizard *TestImportWizard::drop(MainWindow &w, const QString &path)
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    if (!enter.isAccepted()) {
        delete mime;
        return nullptr;
    }
    QDropEvent dropEvent(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &dropEvent);
    delete mime;
    return w.findChild<ImportWizard *>();
}

RecordTableModel *TestImportWizard::model(MainWindow &w, const char *target)
{
    return w.session()->model(QLatin1String(target));
}

static const QByteArray kContracts =
        "Commitments export\r\n"
        "Printed by J. Smith\r\n"
        "\r\n"
        "Contract #,Title,Vendor ID,Status,Contract Date,Retainage %,Executed\r\n"
        "WO-2001,\"Lobby, level 1\",8041,out_for_signature,2/28/2026,\"1,250.50\",x\r\n"
        "WO-2002,Roof,8042,Approved,3/15/2026,10,\r\n"
        "WO-2003,Drywall,8043,Draft,31/02/2026,7.5,no\r\n";

void TestImportWizard::dropCompleteWizardAndSeeRows()
{
    const auto window = windowWith(QStringLiteral("drop.cdw"));
    QVERIFY(window);
    MainWindow &w = *window;
    const QString file = writeFile(QStringLiteral("commitments.csv"), kContracts);
    const QByteArray before = kContracts;

    ImportWizard *wizard = drop(w, file);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    auto *target = wizard->findChild<QComboBox *>(QStringLiteral("TargetCombo"));
    QCOMPARE(target->currentData().toString(), QStringLiteral("procore.work_order_contract"));
    auto *headerRow = wizard->findChild<QSpinBox *>(QStringLiteral("HeaderRowSpin"));
    QCOMPARE(headerRow->value(), 3); // under two title rows (the blank line is skipped)

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("ImportMappingPage"));
    auto *statusCombo = wizard->findChild<QComboBox *>(QStringLiteral("FieldCombo3"));
    QVERIFY(statusCombo);
    QCOMPARE(statusCombo->currentData().toString(), QStringLiteral("status"));
    auto *dateOrder = wizard->findChild<QComboBox *>(QStringLiteral("DateOrderCombo"));
    QCOMPARE(dateOrder->currentData().toInt(), int(ImportFormats::DateOrder::MonthDayYear));

    // A project for every row, set through the widgets.
    auto *constantField = wizard->findChild<QComboBox *>(QStringLiteral("ConstantField"));
    constantField->setCurrentIndex(constantField->findData(QStringLiteral("project_id")));
    auto *constantValue = wizard->findChild<QLineEdit *>(QStringLiteral("ConstantValue"));
    QTest::keyClicks(constantValue, QStringLiteral("562949953421612"));
    QTest::keyClick(constantValue, Qt::Key_Return);
    QCOMPARE(wizard->session().mapping().constants.value(QStringLiteral("project_id")),
             QStringLiteral("562949953421612"));
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("PreviewSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("3 rows to import")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("row 7")), qPrintable(summary->text()));

    auto *remember = wizard->findChild<QCheckBox *>();
    QVERIFY(remember);
    remember->setChecked(true);
    QCOMPARE(wizard->templateName(), QStringLiteral("commitments"));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    RecordTableModel *m = model(w, "procore.work_order_contract");
    QTRY_COMPARE(m->rowCount(), 3);
    const EntitySchema &s = m->schema();
    const Record &first = m->records().at(0);
    QCOMPARE(first.value(s.indexOf(QStringLiteral("title"))).toString(),
             QStringLiteral("Lobby, level 1"));
    QCOMPARE(first.value(s.indexOf(QStringLiteral("status"))).toString(),
             QStringLiteral("Out For Signature"));
    QCOMPARE(first.value(s.indexOf(QStringLiteral("contract_date"))).toDate(), QDate(2026, 2, 28));
    QCOMPARE(
            first.value(s.indexOf(QStringLiteral("retainage_percent"))).value<Decimal>().toString(),
            QStringLiteral("1250.50"));
    QCOMPARE(first.value(s.indexOf(QStringLiteral("executed"))).toBool(), true);
    QCOMPARE(first.value(s.indexOf(QStringLiteral("project_id"))).toLongLong(),
             Q_INT64_C(562949953421612));
    // The unreadable date is kept and marked, and the status bar says so.
    const QModelIndex bad = m->index(2, s.indexOf(QStringLiteral("contract_date")));
    QVERIFY(bad.data(RecordTableModel::UnreadableRole).toBool());
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Imported 3 rows")),
             qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("SheetTabs"))->currentWidget()->objectName(),
             QStringLiteral("procore.work_order_contract"));
    // The source file is never modified.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestImportWizard::secondImportReusesTheTemplate()
{
    const auto window = windowWith(QStringLiteral("drop.cdw"), false, false);
    QVERIFY(window);
    MainWindow &w = *window;
    const QString file = writeFile(QStringLiteral("more.csv"), kContracts);
    ImportWizard *wizard = w.importFile(file);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(wizard->session().templateName(), QStringLiteral("commitments"));
    QCOMPARE(wizard->session().mapping().constants.value(QStringLiteral("project_id")),
             QStringLiteral("562949953421612"));
    wizard->reject();
}

void TestImportWizard::cancelledImportLeavesWorkspaceUnchanged()
{
    const auto window = windowWith(QStringLiteral("cancel.cdw"), true, false);
    QVERIFY(window);
    MainWindow &w = *window;
    auto *job = w.findChild<ImportJob *>(QStringLiteral("ImportJob"));
    QVERIFY(job);
    QByteArray big = "Contract #,Title\n";
    for (int i = 0; i < 60000; ++i)
        big += "WO-" + QByteArray::number(i) + ",Row " + QByteArray::number(i) + "\n";
    ImportWizard *wizard = w.importFile(writeFile(QStringLiteral("big.csv"), big));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    // Cancel as soon as the job reports progress.
    connect(job, &ImportJob::progressed, job, &ImportJob::cancel);
    bool finished = false;
    bool cancelled = false;
    connect(job, &ImportJob::importFinished, this, [&](const ImportJob::ImportResult &r) {
        finished = true;
        cancelled = r.cancelled;
    });
    wizard->next();
    wizard->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QVERIFY(cancelled);
    QCOMPARE(model(w, "procore.work_order_contract")->rowCount(), 0);
    QCOMPARE(w.session()->workspace().recordCount(QStringLiteral("procore.work_order_contract")),
             0);
}

void TestImportWizard::pasteBlockIsOneUndoStep()
{
    auto window = m_gui.openDemoWindow(QStringLiteral("paste.cdw"));
    QVERIFY2(window, qPrintable(window.error()));
    MainWindow &w = *window.value();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    SheetView *sheet = w.currentSheet();
    const EntitySchema &s = sheet->model()->schema();
    const int title = s.indexOf(QStringLiteral("title"));
    auto *table = sheet->findChild<QTableView *>(QStringLiteral("SheetTable"));
    QVERIFY(table);
    table->setCurrentIndex(table->model()->index(1, title));
    // Title, then Vendor ID, as Excel puts a block on the clipboard.
    QGuiApplication::clipboard()->setText(QStringLiteral("Pasted A\t9001\r\nPasted B\t9,002\r\n"));
    QTest::keySequence(&w, QKeySequence::Paste);
    const auto &records = sheet->model()->records();
    QCOMPARE(records.at(1).value(title).toString(), QStringLiteral("Pasted A"));
    QCOMPARE(records.at(2).value(title).toString(), QStringLiteral("Pasted B"));
    QCOMPARE(records.at(2).value(title + 1).toLongLong(), Q_INT64_C(9002));
    QUndoStack *undo = w.session()->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QVERIFY(sheet->model()->records().at(1).value(title).toString() != QStringLiteral("Pasted A"));
    QVERIFY(sheet->model()->records().at(2).value(title + 1).toLongLong() != 9002);
}

void TestImportWizard::unsupportedFilesGetAMessageNotAWizard()
{
    const QString xls =
            writeFile(QStringLiteral("old.xls"),
                      QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
    QCOMPARE(SpreadsheetFile::detect(xls), SpreadsheetFile::Kind::Xls);
    ImportSession session(xls, m_gui.registry());
    const Status inspected = session.inspect();
    QVERIFY(!inspected);
    QVERIFY(inspected.error().contains(QStringLiteral(".xlsx")));
    const QString png =
            writeFile(QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12));
    ImportSession binary(png, m_gui.registry());
    QVERIFY(!binary.inspect());
}

void TestImportWizard::choosingAnEncodingChangesThePreview()
{
    const auto window = windowWith(QStringLiteral("encoding.cdw"));
    QVERIFY(window);
    MainWindow &w = *window;
    // Windows-1250 bytes, detected as Windows-1252 (not UTF-8): "Dvoøák ÿ" until the user picks.
    const QString file = writeFile(QStringLiteral("czech.csv"),
                                   "sep=;\r\nnumber;title\r\nWO-1;Dvo\xF8\xE1k \xFF\r\n");
    ImportWizard *wizard = drop(w, file);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    auto *raw = wizard->findChild<QTableWidget *>(QStringLiteral("RawPreview"));
    QVERIFY(raw);
    QTRY_VERIFY(raw->item(1, 1));
    QCOMPARE(raw->item(1, 1)->text(), QStringLiteral(u"Dvoøák ÿ"));
    QCOMPARE(raw->verticalHeaderItem(1)->text(), QStringLiteral("3")); // the file's line
    auto *encoding = wizard->findChild<QComboBox *>(QStringLiteral("EncodingCombo"));
    QVERIFY(encoding);
    const int index = encoding->findData(QStringLiteral("Windows-1250"));
    QVERIFY(index > 0);
    encoding->setCurrentIndex(index);
    QTRY_VERIFY(raw->item(1, 1) && raw->item(1, 1)->text() == QStringLiteral(u"Dvořák ˙"));
    auto *status = wizard->findChild<QLabel *>(QStringLiteral("SourceStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Windows-1250")),
                 qPrintable(status->text()));

    // An encoding that cannot read the bytes says so where the encoding is chosen.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("Shift_JIS")));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("czech.csv, row 3, column B: warning")),
                 qPrintable(status->text()));
    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        wizard->grab().save(QDir(QString::fromLocal8Bit(dir))
                                    .filePath(QStringLiteral("screenshot-import-encoding.png")));
    }
    wizard->reject();
}

// A legacy .xls (as ERP systems export) dropped on the window: its visible worksheet, its dates
// and numbers, through the same wizard.
void TestImportWizard::dropsAnExcel97Workbook()
{
    const XlsTestWriter xls;
    if (!xls.unavailable().isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(xls.unavailable())); // setup.sh installs it: CI must run this
        QSKIP(qPrintable(xls.unavailable()));
    }
    const QString file = m_gui.filePath(QStringLiteral("erp-export.xls"));
    QVERIFY(xls.write(file,
                      "chart = wb.add_sheet('Notes')\n"
                      "chart.visibility = 1\n"
                      "ws = wb.add_sheet('Contracts')\n"
                      "day = xlwt.easyxf(num_format_str='dd/mm/yyyy')\n"
                      "for c, h in enumerate(['Contract #', 'Title', 'Vendor ID',\n"
                      "                       'Contract Date', 'Retainage %']):\n"
                      "    ws.write(0, c, h)\n"
                      "ws.write(1, 0, 'WO-3001'); ws.write(1, 1, u'Fa\\u00e7ade')\n"
                      "ws.write(1, 2, 8051); ws.write(1, 3, datetime.date(2026, 2, 28), day)\n"
                      "ws.write(1, 4, 7.5)\n"
                      "ws.write(2, 0, 'WO-3002'); ws.write(2, 1, 'Roof')\n"
                      "ws.write(2, 2, 8052); ws.write(2, 3, datetime.date(2101, 3, 1), day)\n"
                      "ws.write(2, 4, 0.1 + 0.2)\n"));
    const auto window = windowWith(QStringLiteral("xls.cdw"));
    QVERIFY(window);
    MainWindow &w = *window;
    ImportWizard *wizard = drop(w, file);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    auto *raw = wizard->findChild<QTableWidget *>(QStringLiteral("RawPreview"));
    QVERIFY(raw);
    QTRY_VERIFY(raw->item(1, 1));
    QCOMPARE(raw->item(1, 1)->text(), QStringLiteral(u"Façade")); // the hidden sheet is skipped
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    RecordTableModel *m = model(w, "procore.work_order_contract");
    QTRY_COMPARE(m->rowCount(), 2);
    const EntitySchema &s = m->schema();
    QCOMPARE(m->records().at(0).value(s.indexOf(QStringLiteral("contract_date"))).toDate(),
             QDate(2026, 2, 28));
    // libfreexl alone would give 2101-02-28: every date after 2100-02-28 a day early.
    QCOMPARE(m->records().at(1).value(s.indexOf(QStringLiteral("contract_date"))).toDate(),
             QDate(2101, 3, 1));
    QCOMPARE(m->records()
                     .at(1)
                     .value(s.indexOf(QStringLiteral("retainage_percent")))
                     .value<Decimal>()
                     .toString(),
             QStringLiteral("0.3"));
    QCOMPARE(m->records().at(0).value(s.indexOf(QStringLiteral("vendor_id"))).toLongLong(), 8051);
}

// A workspace dropped on the window opens in it: no wizard, the title names it.
void TestImportWizard::droppedWorkspaceOpensInsteadOfImporting()
{
    const QString other = m_gui.filePath(QStringLiteral("dropped.cdw"));
    QVERIFY(windowWith(QStringLiteral("dropped.cdw"), true, false));
    const auto window = windowWith(QStringLiteral("target.cdw"));
    QVERIFY(window);
    MainWindow &w = *window;
    QVERIFY(!drop(w, other));
    QCOMPARE(w.session()->path(), QFileInfo(other).absoluteFilePath());
    QVERIFY2(w.windowTitle().startsWith(QStringLiteral("dropped.cdw")),
             qPrintable(w.windowTitle()));
    // A drag without a local file is refused.
    QMimeData text;
    text.setText(QStringLiteral("WO-1"));
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(!enter.isAccepted());
}

// Ctrl+Shift+V: the clipboard's block becomes a file the wizard reads like any other.
void TestImportWizard::clipboardAsImportGoesThroughTheWizard()
{
    const auto window = windowWith(QStringLiteral("clipboard.cdw"));
    QVERIFY(window);
    MainWindow &w = *window;
    QAction *pasteAsImport = nullptr;
    const auto actions = w.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V))
            pasteAsImport = a;
    }
    QVERIFY(pasteAsImport);
    QGuiApplication::clipboard()->clear();
    pasteAsImport->trigger();
    QVERIFY(!w.findChild<ImportWizard *>());
    QCOMPARE(w.statusBar()->currentMessage(),
             QStringLiteral("The clipboard holds no text to import."));

    QGuiApplication::clipboard()->setText(
            QStringLiteral("Contract #\tTitle\r\nWO-9001\tLobby\r\nWO-9002\tRoof\r\n"));
    pasteAsImport->trigger();
    auto *wizard = w.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    QCOMPARE(wizard->session().fileName(), QStringLiteral("Clipboard.tsv"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    RecordTableModel *m = model(w, "procore.work_order_contract");
    QTRY_COMPARE(m->rowCount(), 2);
    QCOMPARE(m->records().at(1).value(m->schema().indexOf(QStringLiteral("title"))).toString(),
             QStringLiteral("Roof"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
