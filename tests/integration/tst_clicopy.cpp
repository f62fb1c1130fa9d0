// contractdesk-cli copy-workspace end to end, and every --workspace taking a team workspace:
// a real process, real files and — when the test run has one — a real PostgreSQL server.

#include "clirunner.h"
#include "entityschema.h"
#include "schemaregistry.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include "workspace.h"
#include "workspacecontent.h"
#include "workspacecontentcompare.h"
#include "workspaceopener.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const QString kWorkOrders = QStringLiteral("procore.work_order_contract");

// A sample value of the field's type for row r, in canonical text.
QString sample(const FieldSpec &f, int r)
{
    switch (f.type) {
    case FieldType::String:
        return r == 1 ? QStringLiteral("Lobby, level 2 \"east\"\nsecond line — Zürich")
                      : QStringLiteral("%1 row %2").arg(f.label).arg(r);
    case FieldType::Integer:
        return f.integerWidth == 32 ? QString::number(1000 + r)
                                    : QString::number(Q_INT64_C(562949953421312) + r);
    case FieldType::Boolean:
        return r % 2 ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Decimal:
        return r == 0 ? QStringLiteral("1234567890123456.78") : QStringLiteral("-0.0%1").arg(r + 1);
    case FieldType::Date:
        return r == 2 ? QStringLiteral("31/02/2026") : QStringLiteral("2026-02-%1").arg(10 + r);
    case FieldType::DateTime:
        return r == 2 ? QStringLiteral("2026-02-01T08:30:00+02:00")
                      : QStringLiteral("2026-02-0%1T00:00:00Z").arg(r + 1);
    case FieldType::Enum:
        return f.values.at(r % f.values.size()).value;
    case FieldType::Reference:
        return QStringLiteral("REF-%1").arg(r);
    }
    return QString();
}

Record sampleRecord(const EntitySchema &schema, int r)
{
    Record record(int(schema.fields().size()));
    for (int i = 0; i < schema.fields().size(); ++i) {
        // Row 2 leaves its texts empty, and keeps an unreadable date as the text written.
        const FieldSpec &field = schema.fields().at(i);
        if (r == 2 && field.type == FieldType::String)
            continue;
        record.setValue(i, ValueCodec::fromText(field, sample(field, r)).value);
    }
    return record;
}

} // namespace

class TestCliCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesTheCommand();
    void copiesAFileToANewFileExactly();
    void refusesADestinationThatHoldsAnything();
    void refusesWhatIsNotAPlace();
    void copiesToATeamWorkspaceAndBack();
    void commandsTakeATeamWorkspace();

private:
    // A workspace with something of everything: rows edited, deleted, pushed and failed;
    // snapshots, histories, a template, reference lists and a choice — in two targets.
    void makeSource(const QString &path);
    // The whole workspace at a location, read as copy-workspace reads it.
    Result<WorkspaceContent> contentOf(const QString &location);
    // Every target's rows as `export --format csv` writes them: date-times as written, too.
    QByteArray exportedCsv(const QString &location);

    QTemporaryDir m_dir;
    std::optional<SchemaRegistry> m_registry;
    std::optional<CliRunner> m_cli;
    QString m_source;
};

void TestCliCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    m_registry = std::move(registry).value();
    m_cli.emplace(QStringLiteral(CLI_EXE), m_dir.filePath(QStringLiteral("config")));
    m_source = m_dir.filePath(QStringLiteral("source.cdw"));
    makeSource(m_source);
}

void TestCliCopy::makeSource(const QString &path)
{
    auto opened = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, *m_registry);
    QVERIFY2(opened, qPrintable(opened.error()));
    WorkspaceStore &ws = *opened.value();
    const EntitySchema *orders = m_registry->find(kWorkOrders);
    QVERIFY(orders);
    const QString profile = QStringLiteral("procore-main");
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 15, 30, 125), Qt::UTC);

    for (const EntitySchema &schema : m_registry->schemas()) {
        QVector<Record> rows;
        for (int r = 0; r < 3; ++r)
            rows.append(sampleRecord(schema, r));
        QVERIFY(ws.insertRecords(schema, rows, schema.id() + QStringLiteral(".csv")));
    }
    QVector<Record> rows = ws.loadRecords(*orders).value();
    QCOMPARE(rows.size(), 3);

    // Row 1 edited twice (version 3); row 2 deleted, so positions have a gap.
    const int title = orders->indexOf(QStringLiteral("title"));
    QVERIFY(title >= 0);
    for (const QString &text : {QStringLiteral("Lobby v2"), QStringLiteral("Lobby v3")}) {
        rows[0].setValue(title, text);
        QVERIFY(ws.updateRecord(*orders, rows[0]));
        rows[0].setVersion(rows[0].version() + 1);
    }
    QVector<qint64> positions;
    QVERIFY(ws.removeRecords(*orders, {rows[1].id()}, positions));

    // Row 0 pushed (its values kept as pushed), row 2 failed.
    rows[0].setRemoteId(QStringLiteral("4711"));
    rows[0].setSyncKey(QStringLiteral("cd-key-0"));
    rows[0].setSyncState(SyncState::Synced);
    rows[2].setSyncKey(QStringLiteral("cd-key-2"));
    rows[2].setSyncState(SyncState::Failed);
    QVector<SyncLogEntry> entries(2);
    for (int i = 0; i < 2; ++i) {
        const Record &row = rows[i == 0 ? 0 : 2];
        entries[i].at = at.addSecs(i);
        entries[i].target = kWorkOrders;
        entries[i].profile = profile;
        entries[i].recordId = row.id();
        entries[i].rowKey = QStringLiteral("WO-%1").arg(i);
        entries[i].action = QStringLiteral("create");
        entries[i].outcome = i == 0 ? QStringLiteral("created") : QStringLiteral("failed");
        entries[i].remoteId = row.remoteId();
        entries[i].httpStatus = i == 0 ? 201 : 422;
        entries[i].message = i == 0 ? QString() : QStringLiteral("Vendor can't be blank");
    }
    QVERIFY(ws.commitSyncResults(*orders, {rows[0], rows[2]}, entries));

    Record remote = rows[0];
    remote.setValue(title, QStringLiteral("Lobby (vendor's spelling)"));
    QVERIFY(ws.saveSnapshot(*orders, profile, {remote}, at.addDays(-1)));
    QVERIFY(ws.saveSnapshot(*orders, profile, {remote, sampleRecord(*orders, 1)}, at));

    QVERIFY(ws.saveMappingTemplate({kWorkOrders, QStringLiteral("ERP export"),
                                    QStringLiteral("ref|desc|supplier"),
                                    R"({"columns":{"Ref":"number"},"formats":{"decimal":","}})"}));
    ReferenceRecord acme{QStringLiteral("8041"),
                         QStringLiteral("Acme Builders"),
                         QStringLiteral("ERP-17"),
                         QStringLiteral("ACME"),
                         QString(),
                         {QStringLiteral("Acme"), QStringLiteral("ACME Bldrs")},
                         QStringLiteral("Zürich"),
                         true};
    ReferenceRecord old = acme;
    old.id = QStringLiteral("9223372036854775807");
    old.name = QStringLiteral("Acme (closed)");
    old.active = false;
    QVERIFY(ws.saveReferenceList(QStringLiteral("procore.vendors"), profile, QString(), {acme, old},
                                 at));
    QVERIFY(ws.saveReferenceList(QStringLiteral("procore.commitments"), profile,
                                 QStringLiteral("562949953421312"), {acme}, at.addSecs(60)));
    CrosswalkChoice choice;
    choice.target = kWorkOrders;
    choice.profile = profile;
    choice.field = QStringLiteral("vendor_id");
    choice.value = QStringLiteral("ACME Bldrs.");
    choice.id = acme.id;
    choice.name = acme.name;
    choice.chosenAt = at;
    QVERIFY(ws.saveChoice(choice));
}

Result<WorkspaceContent> TestCliCopy::contentOf(const QString &location)
{
    auto store = WorkspaceOpener::open(location, Workspace::OpenMode::OpenExisting, *m_registry);
    if (!store)
        return Result<WorkspaceContent>::failure(store.error());
    return store.value()->readAll(*m_registry);
}

QByteArray TestCliCopy::exportedCsv(const QString &location)
{
    QByteArray all;
    for (const QString &target : m_registry->ids()) {
        const auto run =
                (*m_cli)({QStringLiteral("export"), QStringLiteral("--workspace"), location,
                          QStringLiteral("--target"), target, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("-")});
        all += target.toUtf8() + ": " + QByteArray::number(run.exitCode) + '\n' + run.out.toUtf8();
    }
    return all;
}

void TestCliCopy::helpNamesTheCommand()
{
    const auto usage = (*m_cli)({QStringLiteral("--help")});
    QCOMPARE(usage.exitCode, 0);
    QVERIFY(usage.out.contains(QStringLiteral("copy-workspace")));
    const auto help = (*m_cli)({QStringLiteral("copy-workspace"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("contractdesk-cli copy-workspace [options] FROM TO")),
             qPrintable(help.out));
    QVERIFY(help.out.contains(QStringLiteral("postgresql://")));
    const auto exportHelp = (*m_cli)({QStringLiteral("export"), QStringLiteral("--help")});
    QVERIFY2(exportHelp.out.contains(QStringLiteral("postgresql://USER@HOST")),
             qPrintable(exportHelp.out));
}

void TestCliCopy::copiesAFileToANewFileExactly()
{
    const auto original = contentOf(m_source);
    QVERIFY2(original, qPrintable(original.error()));
    const QByteArray originalCsv = exportedCsv(m_source);

    const QString copy = m_dir.filePath(QStringLiteral("copy.cdw"));
    const auto run = (*m_cli)({QStringLiteral("copy-workspace"), m_source, copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Copied 5 targets: 14 rows, 2 snapshots, 2 history lines, 1 "
                                     "template, 2 reference lists, 1 choice from %1 to %2.\n")
                              .arg(m_source, copy));
    const auto copied = contentOf(copy);
    QVERIFY2(copied, qPrintable(copied.error()));
    const QString difference = firstDifference(original.value(), copied.value());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Byte for byte as exported, date-times with the offset they were written with.
    QCOMPARE(exportedCsv(copy), originalCsv);
    // The source is as it was.
    const auto after = contentOf(m_source);
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(firstDifference(original.value(), after.value()), QString());
}

void TestCliCopy::refusesADestinationThatHoldsAnything()
{
    // A workspace with one row in it: refused, and left as it was.
    const QString input = m_dir.filePath(QStringLiteral("one.csv"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("number,title\nWO-9,Kept\n");
    f.close();
    const QString held = m_dir.filePath(QStringLiteral("held.cdw"));
    QCOMPARE((*m_cli)({QStringLiteral("import"), input, QStringLiteral("--target"), kWorkOrders,
                       QStringLiteral("--workspace"), held})
                     .exitCode,
             0);
    const auto before = contentOf(held);
    QVERIFY2(before, qPrintable(before.error()));
    const auto run = (*m_cli)({QStringLiteral("copy-workspace"), m_source, held});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("already holds a workspace (1 target: 1 row")) &&
                     run.err.contains(QStringLiteral("Nothing was changed")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const auto after = contentOf(held);
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(firstDifference(before.value(), after.value()), QString());

    // The same workspace twice, by two spellings.
    const auto same = (*m_cli)({QStringLiteral("copy-workspace"), m_source,
                                m_dir.path() + QStringLiteral("/./source.cdw")});
    QCOMPARE(same.exitCode, 2);
    QVERIFY2(same.err.contains(QStringLiteral("the same workspace")), qPrintable(same.err));
}

void TestCliCopy::refusesWhatIsNotAPlace()
{
    const QString copy = m_dir.filePath(QStringLiteral("never.cdw"));
    struct Case
    {
        QStringList args;
        QString says;
    };
    const QVector<Case> cases = {
            {{m_source, QStringLiteral("postgresql://anna@/contracts")},
             QStringLiteral("names no server")},
            {{m_source, QStringLiteral("postgresql://anna:secret@db.example.com/contracts")},
             QStringLiteral("contains a password")},
            {{m_source, QStringLiteral("postgresql://db.example.com/contracts")},
             QStringLiteral("names no user")},
            {{m_source, QStringLiteral("postgresql://anna@db.example.com/")},
             QStringLiteral("names no database")},
            {{m_source, QStringLiteral("postgresql://anna@db.example.com/c?sslmode=maybe")},
             QStringLiteral("sslmode=maybe is not known")},
            {{m_dir.filePath(QStringLiteral("missing.cdw")), copy},
             QStringLiteral("does not exist")},
            {{m_source}, QStringLiteral("copy-workspace FROM TO")},
            {{m_source, copy, copy}, QStringLiteral("copy-workspace FROM TO")},
    };
    for (const Case &c : cases) {
        const auto run = (*m_cli)(QStringList{QStringLiteral("copy-workspace")} + c.args);
        QVERIFY2(run.exitCode == 2, qPrintable(c.args.join(QLatin1Char(' '))));
        QVERIFY2(run.err.contains(c.says), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("secret")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFile::exists(copy)); // nothing was made for a copy that never started

    // A server that does not answer: a file error, not a crash or a hang.
    const auto unreachable = (*m_cli)({QStringLiteral("export"), QStringLiteral("--workspace"),
                                       QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                       QStringLiteral("--target"), kWorkOrders,
                                       QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(unreachable.exitCode, 2);
    QVERIFY(!unreachable.err.trimmed().isEmpty());
}

void TestCliCopy::copiesToATeamWorkspaceAndBack()
{
    CD_REQUIRE_TEST_DATABASE(database);
    const auto original = contentOf(m_source);
    QVERIFY2(original, qPrintable(original.error()));
    const auto up = (*m_cli)({QStringLiteral("copy-workspace"), m_source, database->uri()});
    QVERIFY2(up.exitCode == 0, qPrintable(up.err));
    QVERIFY2(up.out.startsWith(QStringLiteral("Copied 5 targets: 14 rows, 2 snapshots")),
             qPrintable(up.out));
    // A team workspace keeps a date-time as its instant (timestamptz): 08:30+02:00 comes back as
    // 06:30Z, which the comparison counts as the same.
    const auto onServer = contentOf(database->uri());
    QVERIFY2(onServer, qPrintable(onServer.error()));
    QString difference = firstDifference(original.value(), onServer.value());
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("on the server: ") + difference));

    // A second copy into the same database is refused, and it keeps what it holds.
    const auto again = (*m_cli)({QStringLiteral("copy-workspace"), m_source, database->uri()});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already holds a workspace")),
             qPrintable(again.err));
    const auto stillOnServer = contentOf(database->uri());
    QVERIFY2(stillOnServer, qPrintable(stillOnServer.error()));
    difference = firstDifference(original.value(), stillOnServer.value());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    const QString back = m_dir.filePath(QStringLiteral("back.cdw"));
    const auto down = (*m_cli)({QStringLiteral("copy-workspace"), database->uri(), back});
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    QString counted = up.out; // the same counts, the other way round
    counted.replace(m_source, QStringLiteral("\x01"))
            .replace(database->uri(), back)
            .replace(QStringLiteral("\x01"), database->uri());
    QCOMPARE(down.out, counted);
    const auto inFile = contentOf(back);
    QVERIFY2(inFile, qPrintable(inFile.error()));
    difference = firstDifference(original.value(), inFile.value());
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("back in a file: ") + difference));
    // From the team workspace to a file nothing changes at all, as exported.
    QCOMPARE(exportedCsv(back), exportedCsv(database->uri()));
}

void TestCliCopy::commandsTakeATeamWorkspace()
{
    CD_REQUIRE_TEST_DATABASE(database);
    const QString uri = database->uri();
    const QString input = m_dir.filePath(QStringLiteral("team.csv"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray csv = "number,title,project_id,retainage_percent\n"
                           "WO-1,Lobby,562949953421312,1234567890123456.78\n"
                           "WO-1,Roof,,5\n";
    f.write(csv);
    f.close();
    // An empty database is set up by the first import, like a new .cdw file.
    const auto imported = (*m_cli)({QStringLiteral("import"), input, QStringLiteral("--target"),
                                    kWorkOrders, QStringLiteral("--workspace"), uri});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("Imported 2 rows")));

    const auto checked = (*m_cli)({QStringLiteral("validate"), QStringLiteral("--workspace"), uri,
                                   QStringLiteral("--target"), kWorkOrders});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.out.contains(QStringLiteral("'WO-1' is also used by 1 other row")),
             qPrintable(checked.out));
    QVERIFY(checked.out.contains(QStringLiteral("Project ID is required")));

    const auto exported =
            (*m_cli)({QStringLiteral("export"), QStringLiteral("--workspace"), uri,
                      QStringLiteral("--target"), kWorkOrders, QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    // Money exact to the cent beyond what a double holds; a 64-bit id exact.
    QVERIFY2(exported.out.contains(QStringLiteral("\"1234567890123456.78\"")),
             qPrintable(exported.out));
    QVERIFY2(exported.out.contains(QStringLiteral("562949953421312")), qPrintable(exported.out));

    // A database that does not exist is named in the message.
    const QString missing =
            uri.left(uri.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("cdtest_no_such_db");
    const auto absent = (*m_cli)({QStringLiteral("export"), QStringLiteral("--workspace"), missing,
                                  QStringLiteral("--target"), kWorkOrders, QStringLiteral("--out"),
                                  QStringLiteral("-")});
    QCOMPARE(absent.exitCode, 2);
    QVERIFY2(absent.err.contains(QStringLiteral("cdtest_no_such_db")), qPrintable(absent.err));
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_clicopy.moc"
