#include "decimal.h"
#include "entityschema.h"
#include "schemaregistry.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsAndReopensWithTypedValues();
    void refusesMissingFileWhenNotCreating();
    void refusesDamagedFileAndLeavesItUnchanged();
    void refusesNonDatabaseFileAndLeavesItUnchanged();
    void refusesNewerFormatAndLeavesItUnchanged();
    void refusesForeignDatabase();
    void keepsMappingTemplatesAndSyncHistory();
    void usesWalAndFullSync();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray digest(const QString &file);

    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    const EntitySchema *m_schema = nullptr;
};

QByteArray TestWorkspace::digest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestWorkspace::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
    m_schema = m_registry->find(QStringLiteral("procore.work_order_contract"));
    QVERIFY(m_schema);
}

void TestWorkspace::createsAndReopensWithTypedValues()
{
    const QString file = path(QStringLiteral("typed.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(ws, qPrintable(ws.error()));
        Record r(m_schema->fieldCount());
        r.setValue(m_schema->indexOf(QStringLiteral("number")), QStringLiteral("WO-1"));
        r.setValue(m_schema->indexOf(QStringLiteral("vendor_id")),
                   QVariant::fromValue<qint64>(Q_INT64_C(562949953421312)));
        r.setValue(m_schema->indexOf(QStringLiteral("retainage_percent")),
                   QVariant::fromValue(*Decimal::fromString(QStringLiteral("10.00"))));
        r.setValue(m_schema->indexOf(QStringLiteral("contract_date")), QDate(2026, 2, 1));
        r.setValue(m_schema->indexOf(QStringLiteral("executed")), true);
        r.setRemoteId(QStringLiteral("4711"));
        r.setSyncKey(QStringLiteral("cd-abc"));
        r.setSyncState(SyncState::Synced);
        QVector<Record> rows{r};
        QVERIFY(ws.value()->insertRecords(*m_schema, rows, QStringLiteral("x.csv")));
        QVERIFY(rows.first().id() > 0);
    }
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY2(ws, qPrintable(ws.error()));
    const auto rows = ws.value()->loadRecords(*m_schema);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const Record &r = rows->first();
    QCOMPARE(r.value(m_schema->indexOf(QStringLiteral("vendor_id"))).toLongLong(),
             Q_INT64_C(562949953421312));
    const Decimal pct =
            r.value(m_schema->indexOf(QStringLiteral("retainage_percent"))).value<Decimal>();
    QCOMPARE(pct.toString(), QStringLiteral("10.00"));
    QCOMPARE(r.value(m_schema->indexOf(QStringLiteral("contract_date"))).toDate(),
             QDate(2026, 2, 1));
    QCOMPARE(r.value(m_schema->indexOf(QStringLiteral("executed"))).toBool(), true);
    QVERIFY(!r.value(m_schema->indexOf(QStringLiteral("title"))).isValid());
    QCOMPARE(r.remoteId(), QStringLiteral("4711"));
    QCOMPARE(r.syncKey(), QStringLiteral("cd-abc"));
    QCOMPARE(r.syncState(), SyncState::Synced);
    QCOMPARE(ws.value()->recordCount(m_schema->id()), 1);
}

void TestWorkspace::refusesMissingFileWhenNotCreating()
{
    auto ws = Workspace::open(path(QStringLiteral("nope.cdw")), Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY(ws.error().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path(QStringLiteral("nope.cdw"))));
}

void TestWorkspace::refusesDamagedFileAndLeavesItUnchanged()
{
    const QString file = path(QStringLiteral("damaged.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        QVector<Record> rows;
        for (int i = 0; i < 500; ++i) {
            Record r(m_schema->fieldCount());
            r.setValue(m_schema->indexOf(QStringLiteral("number")), QStringLiteral("WO-%1").arg(i));
            r.setValue(m_schema->indexOf(QStringLiteral("description")),
                       QString(200, QLatin1Char('x')));
            rows.append(r);
        }
        QVERIFY(ws.value()->insertRecords(*m_schema, rows));
    }
    // Scribble over pages in the middle of the file, past the header.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 16384);
    f.seek(8192);
    f.write(QByteArray(4096, '\x5a'));
    f.close();
    const QByteArray before = digest(file);
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("damaged")), qPrintable(ws.error()));
    QVERIFY(ws.error().contains(QStringLiteral("unchanged")));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesNonDatabaseFileAndLeavesItUnchanged()
{
    const QString file = path(QStringLiteral("sheet.cdw"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("number,title\nWO-1,Lobby\n");
    f.close();
    const QByteArray before = digest(file);
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("not a ContractDesk workspace")),
             qPrintable(ws.error()));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesNewerFormatAndLeavesItUnchanged()
{
    const QString file = path(QStringLiteral("future.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Workspace::kFormatVersion + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    const QByteArray before = digest(file);
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("newer version")), qPrintable(ws.error()));
    QCOMPARE(digest(file), before);
}

void TestWorkspace::refusesForeignDatabase()
{
    const QString file = path(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(!ws);
    QVERIFY(ws.error().contains(QStringLiteral("another program")));
}

void TestWorkspace::keepsMappingTemplatesAndSyncHistory()
{
    const QString file = path(QStringLiteral("history.cdw"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws);
        QVERIFY(ws.value()->saveMappingTemplate(
                {m_schema->id(), QStringLiteral("ERP export"), QStringLiteral("contract #|vendor"),
                 QByteArrayLiteral("{\"Contract #\":\"number\"}")}));
        QVERIFY(ws.value()->saveMappingTemplate({m_schema->id(), QStringLiteral("ERP export"),
                                                 QStringLiteral("contract #|vendor|title"),
                                                 QByteArrayLiteral("{}")}));
        SyncLogEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.target = m_schema->id();
        e.rowKey = QStringLiteral("WO-1");
        e.action = QStringLiteral("create");
        e.outcome = QStringLiteral("failed");
        e.httpStatus = 200;
        e.message = QStringLiteral("vendor_id: is not a valid vendor");
        QVector<SyncLogEntry> entries{e};
        QVERIFY(ws.value()->appendSyncHistory(entries));
        QVERIFY(entries.first().id > 0);
    }
    auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    QVERIFY(ws);
    const auto templates = ws.value()->mappingTemplates(m_schema->id());
    QCOMPARE(templates.size(), 1);
    QCOMPARE(templates.first().headerSignature, QStringLiteral("contract #|vendor|title"));
    const auto history = ws.value()->syncHistory();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().message, QStringLiteral("vendor_id: is not a valid vendor"));
    QCOMPARE(history.first().httpStatus, 200);
}

void TestWorkspace::usesWalAndFullSync()
{
    const QString file = path(QStringLiteral("wal.cdw"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws);
    QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
