// Push from the window to a Procore stand-in, driven through the widgets: the dry run (its
// table and payload), the push, the sync log filling, vendor ids and badges on the rows; and a
// production profile, where the push waits for a confirmation that defaults to No.

#include "connectionprofile.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "mockvendorserver.h"
#include "profilesdialog.h"
#include "profileselector.h"
#include "profilestore.h"
#include "pulldialog.h"
#include "pushdialog.h"
#include "pushplanmodel.h"
#include "recentfiles.h"
#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "sheetview.h"
#include "standinprofile.h"
#include "synclogmodel.h"
#include "synclogpane.h"
#include "testkeychain.h"
#include "translationloader.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestPushWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushesTheSheetAndReadsEveryResult();
    void profilesDialogKeepsTheSecretInTheKeychain();
    void cancellingThePushDialogKeepsTheUndoHistory();
    void planTableAndConfirmationBeforeProduction();
    void closingDuringSignInPushesNothing();
    void closingThePullDialogDuringSignInKeepsNothing();

private:
    // The stored text of a keychain entry, read through a job.
    static Result<QString> keychainEntry(const QString &key);

    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    RecentFiles m_recent;
};

Result<QString> TestPushWindow::keychainEntry(const QString &key)
{
    return TestKeychain::read(key);
}

void TestPushWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContractDeskTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    TranslationLoader::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    m_registry = SchemaRegistry::loadBuiltIn().value();
}

void TestPushWindow::pushesTheSheetAndReadsEveryResult()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    ConnectionProfile profile =
            StandInProfile::make(server, QStringLiteral("stand-in"), QStringLiteral("procore"),
                                 QStringLiteral("CD_GUI_TEST_SECRET"));
    ProfileStore(*ProfileStore::userSettings()).save(profile);

    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemoWorkspace(m_dir.filePath(QStringLiteral("push.cdw"))));
    SheetView *sheet = w.currentSheet();
    const int rows = sheet->model()->rowCount();
    // One row the vendor will refuse.
    server.refuseField = QStringLiteral("title");
    server.refuseValue = QStringLiteral("REFUSE");
    const int title = schema.indexOf(QStringLiteral("title"));
    QVERIFY(sheet->table()->model()->setData(sheet->table()->model()->index(2, title),
                                             QStringLiteral("REFUSE")));

    QUndoStack *undo = w.session()->undoStack();
    const int undoSteps = undo->count();
    QVERIFY(undo->canUndo());

    PushDialog *dialog = w.openPushDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->profileBox()->count(), 1);
    QVERIFY2(dialog->planLabel()->text().startsWith(
                     QStringLiteral("%1 rows to create, 0 to update").arg(rows)),
             qPrintable(dialog->planLabel()->text()));
    const QString payload = dialog->payloadView()->toPlainText();
    QVERIFY(payload.startsWith(QStringLiteral("PATCH /rest/v1.0/work_order_contracts/sync")));
    QVERIFY(payload.contains(QStringLiteral("\"origin_id\": \"CD-")));
    QVERIFY(!payload.contains(server.secret));
    QCOMPARE(server.createCount(), 0);
    // The plan as a table first: a row per sheet row, each to create; a test host's badge.
    auto *planTable = dialog->findChild<QTableView *>(QStringLiteral("PushPlanTable"));
    QVERIFY(planTable && planTable->isVisible());
    QCOMPARE(planTable->model()->rowCount(), rows);
    for (int r = 0; r < rows; ++r) {
        QCOMPARE(planTable->model()->index(r, int(PushPlanModel::Column::Action)).data().toString(),
                 QStringLiteral("Create"));
        QCOMPARE(planTable->model()->index(r, int(PushPlanModel::Column::Key)).data().toString(),
                 sheet->model()->rowKey(r));
    }
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("PushEnvironmentLabel"))->text(),
             QStringLiteral("Test host"));
    // The dry run writes nothing: no key in the sheet yet, the undo history as it was.
    const int origin = schema.indexOf(QStringLiteral("origin_id"));
    QVERIFY(sheet->model()->records().first().value(origin).toString().isEmpty());
    QCOMPARE(undo->count(), undoSteps);

    QSignalSpy finished(dialog, &PushDialog::pushFinished);
    QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
    // The keys are saved and shown as the push starts (once signed in).
    QTRY_VERIFY(sheet->model()->records().first().value(origin).toString().startsWith(
            QLatin1String("CD-")));
    // The push may already have finished while the keys were awaited: count, do not wait anew.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    // Pushing kept the undo history, and undoing still works on the pushed rows.
    QCOMPARE(undo->count(), undoSteps);
    QVERIFY(finished.first().first().value<JobOutcome>().isCompleted());
    QVERIFY2(dialog->resultLabel()->text().contains(
                     QStringLiteral("%1 of %1 rows answered, 1 failed").arg(rows)),
             qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(server.createCount(), rows - 1);
    QVERIFY(server.violations().isEmpty());

    // The log pane holds a line per row; the rows carry vendor ids and a badge.
    SyncLogModel *log = w.session()->syncLog();
    QCOMPARE(log->rowCount(), rows);
    QVERIFY(w.logView()->isVisible());
    RecordTableModel *model = sheet->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->records().at(r).value(title).toString() == QLatin1String("REFUSE")) {
            QCOMPARE(model->records().at(r).syncState(), SyncState::Failed);
            continue;
        }
        QCOMPARE(model->records().at(r).syncState(), SyncState::Synced);
        QVERIFY(!model->records().at(r).remoteId().isEmpty());
        QVERIFY(model->headerData(r, Qt::Vertical, Qt::DecorationRole).isValid());
        QVERIFY(model->headerData(r, Qt::Vertical, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Pushed")));
    }
    // A test host: pushed without a confirmation.
    QVERIFY(!dialog->findChild<QMessageBox *>());
    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        w.grab().save(
                QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("screenshot-log.png")));
    }
    QPointer<PushDialog> first(dialog);
    dialog->close();
    QTRY_VERIFY(!first); // deleted on close

    // The log pane: only the failures, a search, a double-click to the row, retry.
    SyncLogPane *pane = w.logPane();
    pane->outcomeBox()->setCurrentIndex(pane->outcomeBox()->findData(QStringLiteral("failed")));
    QCOMPARE(w.logView()->model()->rowCount(), 1);
    QVERIFY(w.logView()
                    ->model()
                    ->index(0, int(SyncLogModel::Column::Message))
                    .data()
                    .toString()
                    .contains(QStringLiteral("is invalid")));
    pane->outcomeBox()->setCurrentIndex(0);
    const QString key =
            model->records().at(4).value(schema.indexOf(QStringLiteral("number"))).toString();
    pane->searchEdit()->setText(key);
    QCOMPARE(w.logView()->model()->rowCount(), 1);
    emit w.logView()->activated(w.logView()->model()->index(0, 0));
    QCOMPARE(sheet->table()->currentIndex().data(RecordTableModel::RecordIdRole).toLongLong(),
             model->records().at(4).id());
    pane->searchEdit()->clear();
    QTest::mouseClick(pane->retryButton(), Qt::LeftButton);
    auto *retry = w.findChild<PushDialog *>();
    QVERIFY(retry);
    QVERIFY2(retry->planLabel()->text().startsWith(QStringLiteral("1 row to create")),
             qPrintable(retry->planLabel()->text()));
    const QByteArray csv = pane->toCsv();
    QCOMPARE(csv.count('\n'), rows + 1);
    retry->close();
}

// Regression: opening the push dialog used to write the plan's keys and reload the sheet, which
// cleared the undo history of every target.
void TestPushWindow::cancellingThePushDialogKeepsTheUndoHistory()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    ConnectionProfile profile =
            ConnectionProfile::withDefaults(QStringLiteral("offline"), QStringLiteral("procore"));
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.companyId = QStringLiteral("4264");
    ProfileStore(*ProfileStore::userSettings()).save(profile);

    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemoWorkspace(m_dir.filePath(QStringLiteral("undo.cdw"))));
    SheetView *sheet = w.currentSheet();
    const int title = schema.indexOf(QStringLiteral("title"));
    const QModelIndex cell = sheet->table()->model()->index(1, title);
    const QString before = cell.data(Qt::EditRole).toString();
    QVERIFY(sheet->table()->model()->setData(cell, QStringLiteral("Edited before the push")));
    QUndoStack *undo = w.session()->undoStack();
    const int steps = undo->count();
    QVERIFY(steps > 0);

    PushDialog *dialog = w.openPushDialog();
    QVERIFY(dialog);
    QPointer<PushDialog> open(dialog);
    dialog->close();
    QTRY_VERIFY(!open);
    QCOMPARE(undo->count(), steps);

    // Reloading another target's rows (as an import into it does) keeps this one's history.
    QVERIFY(w.session()->reloadTarget(QStringLiteral("intacct.project_contract")));
    QVERIFY(w.session()->reloadTarget(schema.id()));
    QCOMPARE(undo->count(), steps);
    undo->undo();
    QCOMPARE(sheet->table()->model()->index(1, title).data(Qt::EditRole).toString(), before);
    // And in the file.
    auto stored = Workspace::open(w.session()->path(), Workspace::OpenMode::OpenExisting);
    QVERIFY(stored);
    QCOMPARE(stored.value()->loadRecords(schema).value().at(1).value(title).toString(), before);
}

void TestPushWindow::profilesDialogKeepsTheSecretInTheKeychain()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("intacct.project_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    MainWindow w(*m_registry, m_recent);
    w.show();
    ProfilesDialog *dialog = w.openProfilesDialog();
    QVERIFY(dialog);
    dialog->newProfile();
    dialog->nameEdit()->setText(QStringLiteral("intacct-stand-in"));
    dialog->vendorBox()->setCurrentIndex(dialog->vendorBox()->findData(QStringLiteral("intacct")));
    dialog->baseUrlEdit()->setText(server.baseUrl().toString());
    dialog->clientEdit()->setText(server.clientId);
    dialog->secretEdit()->setText(QStringLiteral("wrong"));
    // Each action starts at once and ends with one actionFinished (never inside the call).
    QSignalSpy done(dialog, &ProfilesDialog::actionFinished);
    auto outcome = [&]() -> JobOutcome {
        if (done.isEmpty() && !done.wait(20000))
            return JobOutcome::failed(QStringLiteral("no answer"));
        return done.takeFirst().first().value<JobOutcome>();
    };
    QVERIFY2(dialog->save(), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(dialog->isBusy());
    QVERIFY(done.isEmpty());
    QVERIFY(outcome().isCompleted());
    QVERIFY(dialog->secretEdit()->text().isEmpty()); // not kept in the form either
    QVERIFY(dialog->testConnection());
    QVERIFY(done.isEmpty());
    QVERIFY(outcome().isFailed());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("refused the sign-in")));
    dialog->secretEdit()->setText(server.secret);
    QVERIFY(dialog->save());
    QVERIFY(outcome().isCompleted());
    QVERIFY(dialog->testConnection());
    QVERIFY2(outcome().isCompleted(), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("Connection works")));
    // In the keychain, and nowhere in the settings.
    const auto stored =
            keychainEntry(CredentialStore::profileKey(QStringLiteral("intacct-stand-in")));
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored.value(), server.secret);
    QFile settings(ProfileStore::userSettings()->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY(text.contains("intacct-stand-in"));
    QVERIFY(!text.contains(server.secret.toUtf8()));
    // A user signing in in the browser (the page answers at once here).
    QNetworkAccessManager browser;
    dialog->setOpenBrowser([&browser](const QUrl &url) {
        QNetworkReply *page = browser.get(QNetworkRequest(url));
        QObject::connect(page, &QNetworkReply::finished, page, &QObject::deleteLater);
    });
    QVERIFY2(dialog->signInInBrowser(), qPrintable(dialog->statusLabel()->text()));
    const JobOutcome signedIn = outcome();
    QVERIFY2(signedIn.isCompleted(), qPrintable(signedIn.message()));
    QCOMPARE(ProfileStore(*ProfileStore::userSettings())
                     .find(QStringLiteral("intacct-stand-in"))
                     ->auth,
             QStringLiteral("oauth-authorization-code"));
    QVERIFY(dialog->testConnection()); // with the refresh token now
    QVERIFY(outcome().isCompleted());
    QCOMPARE(server.refreshes, 2);
    QVERIFY(dialog->remove());
    QVERIFY(outcome().isCompleted());
    const auto gone =
            keychainEntry(CredentialStore::profileKey(QStringLiteral("intacct-stand-in")));
    QVERIFY(!gone || gone.value().isEmpty());
    dialog->close();
}

// A production profile: the plan shows every row (one blocked, and why), the exact requests a
// tab away, and the push waits for a Yes; Enter answers No, and nothing is sent or saved.
void TestPushWindow::planTableAndConfirmationBeforeProduction()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    ConnectionProfile profile = ConnectionProfile::withDefaults(QStringLiteral("acme-procore"),
                                                                QStringLiteral("procore"));
    QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("https://api.procore.com")));
    profile.companyId = QStringLiteral("4264");
    profile.clientId = QStringLiteral("cd-client");
    ProfileStore(*ProfileStore::userSettings()).save(profile);

    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemoWorkspace(m_dir.filePath(QStringLiteral("production.cdw"))));
    SheetView *sheet = w.currentSheet();
    const int rows = sheet->model()->rowCount();
    const int date = schema.indexOf(QStringLiteral("contract_date"));
    const int origin = schema.indexOf(QStringLiteral("origin_id"));
    QVERIFY(sheet->table()->model()->setData(sheet->table()->model()->index(2, date),
                                             QStringLiteral("31.02.2026")));

    // Chosen in the window's toolbar; the push dialog starts with it.
    auto *toolbarBox = w.findChild<QComboBox *>(QStringLiteral("ProfileBox"));
    QVERIFY(toolbarBox);
    QVERIFY(w.profileSelector()->selectProfile(QStringLiteral("acme-procore")));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("ProfileEnvironmentLabel"))->text(),
             QStringLiteral("Production"));
    PushDialog *dialog = w.openPushDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->profileBox()->currentData().toString(), QStringLiteral("acme-procore"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("PushEnvironmentLabel"))->text(),
             QStringLiteral("Production"));

    auto *table = dialog->findChild<QTableView *>(QStringLiteral("PushPlanTable"));
    QVERIFY(table && table->isVisible());
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), rows);
    const auto cell = [table](int row, PushPlanModel::Column column) {
        return table->model()->index(row, int(column)).data().toString();
    };
    for (int r = 0; r < rows; ++r) {
        QCOMPARE(cell(r, PushPlanModel::Column::Key), sheet->model()->rowKey(r));
        QCOMPARE(cell(r, PushPlanModel::Column::Action),
                 r == 2 ? QStringLiteral("Blocked") : QStringLiteral("Create"));
    }
    QVERIFY2(cell(2, PushPlanModel::Column::Detail).contains(QStringLiteral("is not a date")),
             qPrintable(cell(2, PushPlanModel::Column::Detail)));
    QCOMPARE(table->model()->index(2, 0).data(PushPlanModel::ActionRole).toInt(),
             int(PushService::Plan::Action::Blocked));
    // The exact JSON one click away.
    auto *views = dialog->findChild<QTabWidget *>(QStringLiteral("PushViews"));
    QVERIFY(views);
    auto *payload = dialog->findChild<QPlainTextEdit *>(QStringLiteral("PushPayloadView"));
    QVERIFY(payload && !payload->isVisible());
    views->setCurrentIndex(1);
    QVERIFY(payload->isVisible());
    QVERIFY(payload->toPlainText().contains(QStringLiteral("\"origin_id\": \"CD-")));
    views->setCurrentIndex(0);
    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        dialog->grab().save(
                QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("screenshot-push.png")));
    }

    // Push: a question first, naming the count and the profile, No by default.
    QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("PushConfirmation"))));
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("Push %1 row").arg(rows - 1)),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("acme-procore")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    QVERIFY(!dialog->isPushing());
    if (const QByteArray dir = qgetenv("CONTRACTDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        box->grab().save(QDir(QString::fromLocal8Bit(dir))
                                 .filePath(QStringLiteral("screenshot-push-confirm.png")));
    QPointer<QMessageBox> asked(box);
    QTest::keyClick(box, Qt::Key_Return); // the default: No
    QTRY_VERIFY(!asked || !asked->isVisible());
    QVERIFY(!dialog->isPushing());
    QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Nothing was pushed."));
    // Nothing sent, nothing saved: no log line, no key written, the push can be asked again.
    QCOMPARE(w.session()->syncLog()->rowCount(), 0);
    QVERIFY(sheet->model()->records().first().value(origin).toString().isEmpty());
    QVERIFY(dialog->pushButton()->isEnabled());
    QTRY_VERIFY(!asked);
    QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("PushConfirmation"))));
    box->reject(); // Esc
    QVERIFY(!dialog->isPushing());
    QCOMPARE(w.session()->syncLog()->rowCount(), 0);
    dialog->close();
}

// Regression: closing the dialog while "Signing in…" showed deleted it under a nested event loop.
// The sign-in now runs as a job: closing 300 ms into a sign-in that answers after 1.5 s cancels
// it — no crash, no hang, nothing pushed.
void TestPushWindow::closingDuringSignInPushesNothing()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.signInDelayMs = 1500;
    QStringList seen;
    connect(&server, &MockVendorServer::requestSeen, this,
            [&seen](const QString &line) { seen.append(line); });
    ConnectionProfile profile =
            StandInProfile::make(server, QStringLiteral("slow-sign-in"), QStringLiteral("procore"),
                                 QStringLiteral("CD_GUI_SLOW_SECRET"));
    ProfileStore(*ProfileStore::userSettings()).save(profile);

    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemoWorkspace(m_dir.filePath(QStringLiteral("slow.cdw"))));
    PushDialog *dialog = w.openPushDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(profile.name));
    QVERIFY(dialog->pushButton()->isEnabled());
    QPointer<PushDialog> open(dialog);
    QSignalSpy finished(dialog, &PushDialog::pushFinished);

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
    // The click returns at once: the sign-in runs while the dialog says so.
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(dialog->isSigningIn());
    QVERIFY(!dialog->isPushing());
    QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Signing in…"));
    QVERIFY(!dialog->pushButton()->isEnabled());
    QTest::qWait(300);
    QVERIFY(open);
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(!open, 3000); // the event loop is free: deleted on close
    QVERIFY(clock.elapsed() < 1500);       // before the vendor even answered
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<JobOutcome>().isCancelled());

    // Past the vendor's answer: nothing was pushed, nothing logged.
    QTest::qWait(1700);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(server.createCount(), 0);
    for (const QString &line : std::as_const(seen))
        QVERIFY2(line.contains(QLatin1String("/oauth/token")), qPrintable(line));
    QCOMPARE(w.session()->syncLog()->rowCount(), 0);
    QVERIFY(server.violations().isEmpty());
}

// The same for a pull: closing the dialog 300 ms into a sign-in that answers after 1.5 s cancels
// it — no crash, no hang, no listing read, no snapshot kept.
void TestPushWindow::closingThePullDialogDuringSignInKeepsNothing()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    MockVendorServer server(schema);
    QVERIFY(server.listen());
    server.signInDelayMs = 1500;
    QStringList seen;
    connect(&server, &MockVendorServer::requestSeen, this,
            [&seen](const QString &line) { seen.append(line); });
    ConnectionProfile profile =
            StandInProfile::make(server, QStringLiteral("slow-pull"), QStringLiteral("procore"),
                                 QStringLiteral("CD_GUI_SLOW_PULL_SECRET"));
    profile.projectId = QStringLiteral("562949953421612");
    ProfileStore(*ProfileStore::userSettings()).save(profile);

    MainWindow w(*m_registry, m_recent);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDemoWorkspace(m_dir.filePath(QStringLiteral("slowpull.cdw"))));
    PullDialog *dialog = w.openPullDialog(schema.id());
    QVERIFY(dialog);
    const int index = dialog->profileBox()->findData(profile.name);
    QVERIFY(index >= 0);
    dialog->profileBox()->setCurrentIndex(index);
    QPointer<PullDialog> open(dialog);
    QSignalSpy finished(dialog, &PullDialog::pullFinished);

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog->pullButton(), Qt::LeftButton);
    // The click returns at once: the sign-in runs while the dialog says so.
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(dialog->isSigningIn());
    QVERIFY(dialog->isPulling());
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Signing in")),
             qPrintable(dialog->statusLabel()->text()));
    QVERIFY(!dialog->pullButton()->isEnabled());
    QTest::qWait(300);
    QVERIFY(open);
    QVERIFY(finished.isEmpty());
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(!open, 3000); // the event loop is free: deleted on close
    QVERIFY(clock.elapsed() < 1500);       // before the vendor even answered
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<JobOutcome>().isCancelled());

    // Past the vendor's answer: nothing was read, nothing kept.
    QTest::qWait(1700);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(server.pullRequestCount(), 0);
    for (const QString &line : std::as_const(seen))
        QVERIFY2(line.contains(QLatin1String("/oauth/token")), qPrintable(line));
    PulledSnapshot info;
    const auto kept = w.session()->loadSnapshot(schema, QString(), &info);
    QVERIFY(kept);
    QCOMPARE(info.id, 0);
    QVERIFY(server.violations().isEmpty());
}

QTEST_MAIN(TestPushWindow)
#include "tst_pushwindow.moc"
