// Reconciliation of sheet rows with vendor records: each way a row is paired, the order those
// ways are tried in, ambiguity both ways, and field comparison by type.

#include "decimal.h"
#include "fieldcomparer.h"
#include "rawtext.h"
#include "reconciler.h"
#include "schemaregistry.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <initializer_list>
#include <utility>

namespace {

using Values = std::initializer_list<std::pair<const char *, QVariant>>;

QVariant dec(const char *text)
{
    return QVariant::fromValue(*Decimal::fromString(QString::fromLatin1(text)));
}

QVariant raw(const char *text)
{
    return QVariant::fromValue(RawText{QString::fromLatin1(text)});
}

QVariant dateTime(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt;
}

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void stateAndBasisNamesRoundTrip();
    void comparedFieldsLeaveOutWhatTheVendorFills_data();
    void comparedFieldsLeaveOutWhatTheVendorFills();
    void sameValueComparesByType_data();
    void sameValueComparesByType();
    void differingFieldsAreAscendingAndAbsentIsEmpty();
    void readOnlyAndRemoteIdFieldsNeverDiffer_data();
    void readOnlyAndRemoteIdFieldsNeverDiffer();
    void theGeneratedKeyIsTheKeySent();

    void pairsByRemoteId();
    void pairsByTheSheetsRemoteIdColumn();
    void pairsBySyncKey_data();
    void pairsBySyncKey();
    void offersByMatchFieldsInOrder();
    void matchValuesAreTrimmedButCaseSensitive();
    void offersCanBeTurnedOff();
    void remoteIdWinsOverSyncKeyAndKeyOverMatchFields();
    void aPairedRecordIsNotOfferedAgain();
    void oneRowFittingTwoRecordsIsAmbiguous_data();
    void oneRowFittingTwoRecordsIsAmbiguous();
    void twoRowsFittingOneRecordAreAmbiguous_data();
    void twoRowsFittingOneRecordAreAmbiguous();
    void candidatesTakeNoFurtherPart();
    void manualLinksComeFirst();
    void aLinkToAMissingRecordIsNoLink();
    void twoLinksToOneRecordAreAmbiguous();
    void emptyRowsStayLocalOnly();
    void entriesFollowSheetThenRemoteOrder();
    void pairsAreComparedByType();
    void eachTargetPairsByItsOwnKeys_data();
    void eachTargetPairsByItsOwnKeys();
    void summaryCountsEachState();

private:
    const EntitySchema &schema(const char *id = "procore.work_order_contract") const
    {
        return *m_registry->find(QString::fromLatin1(id));
    }
    static void targets();
    // A record of `schema` with the given values by field path.
    static Record record(const EntitySchema &schema, Values values, qint64 id = 0);
    Record row(Values values, qint64 id = 0) const { return record(schema(), values, id); }
    // A local row: id > 0; remoteId and syncKey as given.
    Record localRow(qint64 id, const QString &remoteId, const QString &syncKey,
                    Values values = {}) const;
    // A vendor record: id 0, the vendor's id also in the remote-id field, as a pull reads it.
    Record remoteRecord(const QString &remoteId, const QString &syncKey, Values values = {}) const;
    int fieldIndex(const char *path, const char *target = "procore.work_order_contract") const
    {
        return schema(target).indexOf(QString::fromLatin1(path));
    }
    QVector<ReconcileEntry> reconcile(const QVector<Record> &local, const QVector<Record> &remote,
                                      const Reconciler::Options &options = {}) const
    {
        return Reconciler(schema()).reconcile(local, remote, options);
    }

    std::optional<SchemaRegistry> m_registry;
};

void TestReconciler::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
}

void TestReconciler::targets()
{
    QTest::addColumn<QString>("target");
    for (const char *id :
         {"procore.work_order_contract", "procore.potential_change_order", "primavera.commitment",
          "primavera.change_order", "intacct.project_contract"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

Record TestReconciler::record(const EntitySchema &schema, Values values, qint64 id)
{
    Record r(schema.fieldCount());
    r.setId(id);
    for (const auto &[path, value] : values) {
        const int f = schema.indexOf(QString::fromLatin1(path));
        Q_ASSERT(f >= 0);
        r.setValue(f, value);
    }
    return r;
}

Record TestReconciler::localRow(qint64 id, const QString &remoteId, const QString &syncKey,
                                Values values) const
{
    Record r = row(values, id);
    r.setRemoteId(remoteId);
    r.setSyncKey(syncKey);
    return r;
}

Record TestReconciler::remoteRecord(const QString &remoteId, const QString &syncKey,
                                    Values values) const
{
    Record r = row(values);
    r.setRemoteId(remoteId);
    r.setSyncKey(syncKey);
    if (!remoteId.isEmpty())
        r.setValue(fieldIndex("id"), remoteId.toLongLong());
    if (!syncKey.isEmpty())
        r.setValue(fieldIndex("origin_id"), syncKey);
    return r;
}

void TestReconciler::stateAndBasisNamesRoundTrip()
{
    const QStringList states = {"same", "differs", "local_only", "remote_only", "ambiguous"};
    for (int i = 0; i < states.size(); ++i) {
        QCOMPARE(ReconcileEntry::stateName(ReconcileState(i)), states.at(i));
        QCOMPARE(ReconcileEntry::stateFromName(states.at(i)), ReconcileState(i));
    }
    const QStringList bases = {"none", "remote_id", "sync_key", "match_field", "manual"};
    for (int i = 0; i < bases.size(); ++i) {
        QCOMPARE(ReconcileEntry::basisName(MatchBasis(i)), bases.at(i));
        QCOMPARE(ReconcileEntry::basisFromName(bases.at(i)), MatchBasis(i));
    }
    QVERIFY(!ReconcileEntry::stateFromName("Same"));
    QVERIFY(!ReconcileEntry::stateFromName(QString()));
    QVERIFY(!ReconcileEntry::basisFromName("remote id"));
}

void TestReconciler::comparedFieldsLeaveOutWhatTheVendorFills_data()
{
    targets();
}

void TestReconciler::comparedFieldsLeaveOutWhatTheVendorFills()
{
    QFETCH(QString, target);
    const EntitySchema &s = *m_registry->find(target);
    const FieldComparer comparer(s);
    const int remoteIdField = s.indexOf(s.remoteIdPath());
    QVERIFY(remoteIdField >= 0);
    QVector<int> expected;
    for (int i = 0; i < s.fieldCount(); ++i) {
        if (!s.field(i).readOnly && i != remoteIdField)
            expected.append(i);
        QCOMPARE(comparer.isCompared(i), expected.contains(i));
    }
    QCOMPARE(comparer.comparedFields(), expected);
    QVERIFY(!comparer.comparedFields().contains(remoteIdField));
    QVERIFY(comparer.comparedFields().contains(s.indexOf(s.idempotencyPath())));
}

void TestReconciler::sameValueComparesByType_data()
{
    QTest::addColumn<QVariant>("local");
    QTest::addColumn<QVariant>("remote");
    QTest::addColumn<bool>("same");

    const QDate feb1(2026, 2, 1);
    QTest::newRow("decimal 10 = 10.00") << dec("10") << dec("10.00") << true;
    QTest::newRow("decimal 10.5 = 10.50") << dec("10.5") << dec("10.50") << true;
    QTest::newRow("decimal 10 != 10.01") << dec("10") << dec("10.01") << false;
    QTest::newRow("decimal -5 != 5") << dec("-5") << dec("5") << false;
    QTest::newRow("integer equal")
            << QVariant(qint64(562949953421612)) << QVariant(qint64(562949953421612)) << true;
    QTest::newRow("integer differs") << QVariant(qint64(8000)) << QVariant(qint64(8001)) << false;
    QTest::newRow("integer = decimal 5.00") << QVariant(qint64(5)) << dec("5.00") << true;
    QTest::newRow("integer != decimal 5.01") << QVariant(qint64(5)) << dec("5.01") << false;
    QTest::newRow("bool true") << QVariant(true) << QVariant(true) << true;
    QTest::newRow("bool true != false") << QVariant(true) << QVariant(false) << false;
    QTest::newRow("false is not empty") << QVariant(false) << QVariant() << false;
    QTest::newRow("zero is not empty") << QVariant(qint64(0)) << QVariant() << false;
    QTest::newRow("enum vendor value")
            << QVariant("Out For Bid") << QVariant("Out For Bid") << true;
    QTest::newRow("enum case is the vendor's")
            << QVariant("Approved") << QVariant("APPROVED") << false;
    QTest::newRow("string exact") << QVariant("Steel") << QVariant("Steel") << true;
    QTest::newRow("string trailing space") << QVariant("Steel ") << QVariant("Steel") << false;
    QTest::newRow("string leading space") << QVariant(" Steel") << QVariant("Steel") << false;
    QTest::newRow("string case") << QVariant("steel") << QVariant("Steel") << false;
    QTest::newRow("date equal") << QVariant(feb1) << QVariant(feb1) << true;
    QTest::newRow("date differs") << QVariant(feb1) << QVariant(feb1.addDays(1)) << false;
    QTest::newRow("date = date-time at midnight UTC")
            << QVariant(feb1) << dateTime("2026-02-01T00:00:00Z") << true;
    QTest::newRow("date-time at midnight UTC = date")
            << dateTime("2026-02-01T00:00:00Z") << QVariant(feb1) << true;
    QTest::newRow("date = date-time on that date, other offset")
            << QVariant(feb1) << dateTime("2026-02-01T00:00:00-08:00") << true;
    QTest::newRow("date = date-time on that date, afternoon")
            << QVariant(feb1) << dateTime("2026-02-01T15:30:00Z") << true;
    QTest::newRow("date = its midnight UTC written in another offset")
            << QVariant(feb1) << dateTime("2026-01-31T16:00:00-08:00") << true;
    QTest::newRow("date != date-time the day before")
            << QVariant(feb1) << dateTime("2026-01-31T20:00:00Z") << false;
    QTest::newRow("date != date-time the day after")
            << QVariant(feb1) << dateTime("2026-02-02T00:00:00Z") << false;
    QTest::newRow("date-times: one instant, two offsets")
            << dateTime("2026-02-01T08:00:00Z") << dateTime("2026-02-01T09:00:00+01:00") << true;
    QTest::newRow("date-times: same clock, other offset")
            << dateTime("2026-02-01T08:00:00Z") << dateTime("2026-02-01T08:00:00+01:00") << false;
    QTest::newRow("date-times: midnight UTC = 01:00 at +01:00")
            << dateTime("2026-02-01T00:00:00Z") << dateTime("2026-02-01T01:00:00+01:00") << true;
    QTest::newRow("null = empty string") << QVariant() << QVariant(QString()) << true;
    QTest::newRow("empty string = null") << QVariant(QString("")) << QVariant() << true;
    QTest::newRow("null = null") << QVariant() << QVariant() << true;
    QTest::newRow("null != text") << QVariant() << QVariant("x") << false;
    QTest::newRow("text != null") << QVariant("x") << QVariant() << false;
    QTest::newRow("null != date") << QVariant() << QVariant(feb1) << false;
    QTest::newRow("raw = same raw") << raw("31/02/2026") << raw("31/02/2026") << true;
    QTest::newRow("raw != other raw") << raw("31/02/2026") << raw("30/02/2026") << false;
    QTest::newRow("raw = the decimal it spells") << raw("12.50") << dec("12.50") << true;
    QTest::newRow("raw != a decimal it does not spell") << raw("12,5") << dec("12.5") << false;
    QTest::newRow("raw = a vendor enum value") << raw("Pending") << QVariant("Pending") << true;
    QTest::newRow("raw = the date it spells") << raw("2026-02-01") << QVariant(feb1) << true;
    QTest::newRow("raw != null") << raw("n/a") << QVariant() << false;
    QTest::newRow("text = the integer it spells")
            << QVariant("8000") << QVariant(qint64(8000)) << true;
    QTest::newRow("text != another integer") << QVariant("8000") << QVariant(qint64(8001)) << false;
}

void TestReconciler::sameValueComparesByType()
{
    QFETCH(QVariant, local);
    QFETCH(QVariant, remote);
    QFETCH(bool, same);
    QCOMPARE(FieldComparer::sameValue(local, remote), same);
    QCOMPARE(FieldComparer::sameValue(remote, local), same); // symmetric
}

void TestReconciler::differingFieldsAreAscendingAndAbsentIsEmpty()
{
    const FieldComparer comparer(schema());
    const Record local = row({{"title", "Steel"},
                              {"retainage_percent", dec("10")},
                              {"contract_date", QDate(2026, 2, 1)},
                              {"description", QString()},
                              {"executed", true}});
    Record remote = row({{"title", "Steel & decking"},
                         {"retainage_percent", dec("10.00")},
                         {"contract_date", QDate(2026, 2, 2)},
                         {"executed", false}});
    const QVector<int> expected = {fieldIndex("title"), fieldIndex("executed"),
                                   fieldIndex("contract_date")};
    QVERIFY(std::is_sorted(expected.cbegin(), expected.cend()));
    QCOMPARE(comparer.differingFields(local, remote), expected);
    QCOMPARE(comparer.differingFields(local, local), QVector<int>());

    // A record with fewer values: the missing ones are empty, like the sheet's empty cells.
    Record shortRecord(fieldIndex("retainage_percent") + 1);
    shortRecord.setValue(fieldIndex("title"), QStringLiteral("Steel"));
    shortRecord.setValue(fieldIndex("retainage_percent"), dec("10.000"));
    const Record sparse =
            row({{"title", "Steel"}, {"retainage_percent", dec("10")}, {"inclusions", ""}});
    QCOMPARE(comparer.differingFields(sparse, shortRecord), QVector<int>());
    QCOMPARE(comparer.differingFields(shortRecord, sparse), QVector<int>());
    QCOMPARE(comparer.differingFields(local, shortRecord),
             QVector<int>({fieldIndex("executed"), fieldIndex("contract_date")}));
    QCOMPARE(comparer.differingFields(Record(), Record()), QVector<int>());
}

void TestReconciler::readOnlyAndRemoteIdFieldsNeverDiffer_data()
{
    targets();
}

void TestReconciler::readOnlyAndRemoteIdFieldsNeverDiffer()
{
    QFETCH(QString, target);
    const EntitySchema &s = *m_registry->find(target);
    const FieldComparer comparer(s);
    Record local(s.fieldCount());
    Record remote(s.fieldCount());
    int notCompared = 0;
    for (int i = 0; i < s.fieldCount(); ++i) {
        if (comparer.isCompared(i))
            continue;
        ++notCompared;
        local.setValue(i, QStringLiteral("sheet %1").arg(i));
        remote.setValue(i, QVariant::fromValue(RawText{QStringLiteral("vendor %1").arg(i)}));
    }
    QVERIFY(notCompared >= 1); // at least the remote id
    QCOMPARE(comparer.differingFields(local, remote), QVector<int>());

    // The same values in a compared field do differ, so the check above means something.
    const int compared = comparer.comparedFields().constFirst();
    local.setValue(compared, QStringLiteral("sheet"));
    remote.setValue(compared, QStringLiteral("vendor"));
    QCOMPARE(comparer.differingFields(local, remote), QVector<int>{compared});
}

void TestReconciler::theGeneratedKeyIsTheKeySent()
{
    const FieldComparer comparer(schema());
    const int originId = fieldIndex("origin_id");
    // The cell is empty, the row was sent with its generated key, Procore stored that.
    const Record local = localRow(1, "101", "cd-7f3a");
    const Record remote = remoteRecord("101", "cd-7f3a");
    QCOMPARE(remote.value(originId).toString(), QStringLiteral("cd-7f3a"));
    QCOMPARE(comparer.differingFields(local, remote), QVector<int>());
    // Another key at Procore is a difference.
    QCOMPARE(comparer.differingFields(local, remoteRecord("101", "cd-0000")),
             QVector<int>{originId});
    // A key typed in the sheet is what was sent, whatever the generated one was.
    const Record typed = localRow(1, "101", "cd-7f3a", {{"origin_id", "ERP-1"}});
    QCOMPARE(comparer.differingFields(typed, remoteRecord("101", "ERP-1")), QVector<int>());
    QCOMPARE(comparer.differingFields(typed, remote), QVector<int>{originId});
}

void TestReconciler::pairsByRemoteId()
{
    const QVector<Record> local = {localRow(1, "101", QString(), {{"number", "WO-1"}}),
                                   localRow(2, "102", QString(), {{"number", "WO-2"}})};
    const QVector<Record> remote = {remoteRecord("102", QString(), {{"number", "WO-2"}}),
                                    remoteRecord("101", QString(), {{"number", "WO-1"}})};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).local, 0);
    QCOMPARE(entries.at(0).remote, 1);
    QCOMPARE(entries.at(0).basis, MatchBasis::RemoteId);
    QCOMPARE(entries.at(0).state, ReconcileState::Same);
    QCOMPARE(entries.at(0).matchField, -1);
    QCOMPARE(entries.at(1).local, 1);
    QCOMPARE(entries.at(1).remote, 0);
    QCOMPARE(entries.at(1).basis, MatchBasis::RemoteId);
}

void TestReconciler::pairsByTheSheetsRemoteIdColumn()
{
    // No remoteId on the row (imported, never pushed from here), but its Procore ID column is set.
    const QVector<Record> local = {localRow(1, QString(), QString(), {{"id", qint64(101)}})};
    const QVector<Record> remote = {remoteRecord("100", QString()), remoteRecord("101", QString())};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).remote, 1);
    QCOMPARE(entries.at(0).basis, MatchBasis::RemoteId);
    QCOMPARE(entries.at(1).remote, 0);
    QCOMPARE(entries.at(1).state, ReconcileState::RemoteOnly);
}

void TestReconciler::pairsBySyncKey_data()
{
    QTest::addColumn<QString>("localCell");
    QTest::addColumn<QString>("localSyncKey");
    QTest::addColumn<QString>("remoteCell");
    QTest::addColumn<QString>("remoteSyncKey");
    QTest::addColumn<bool>("paired");

    QTest::newRow("sheet's key cell, vendor's syncKey") << "ERP-1"
                                                        << ""
                                                        << ""
                                                        << "ERP-1" << true;
    QTest::newRow("generated key, vendor's syncKey") << ""
                                                     << "cd-1"
                                                     << ""
                                                     << "cd-1" << true;
    QTest::newRow("key cell, vendor's origin_id value") << "ERP-1"
                                                        << ""
                                                        << "ERP-1"
                                                        << "" << true;
    QTest::newRow("the cell wins over the generated key") << "ERP-1"
                                                          << "cd-1"
                                                          << ""
                                                          << "ERP-1" << true;
    QTest::newRow("a generated key under a filled cell is not the key") << "ERP-1"
                                                                        << "cd-1"
                                                                        << ""
                                                                        << "cd-1" << false;
    QTest::newRow("the vendor's syncKey wins over its cell") << "ERP-1"
                                                             << ""
                                                             << "ERP-1"
                                                             << "ERP-2" << false;
    QTest::newRow("surrounding spaces trimmed") << " ERP-1 "
                                                << ""
                                                << ""
                                                << "ERP-1" << true;
    QTest::newRow("case-sensitive") << "erp-1"
                                    << ""
                                    << ""
                                    << "ERP-1" << false;
    QTest::newRow("no key on either side") << ""
                                           << ""
                                           << ""
                                           << "" << false;
}

void TestReconciler::pairsBySyncKey()
{
    QFETCH(QString, localCell);
    QFETCH(QString, localSyncKey);
    QFETCH(QString, remoteCell);
    QFETCH(QString, remoteSyncKey);
    QFETCH(bool, paired);

    const int originId = fieldIndex("origin_id");
    Record local = localRow(1, QString(), localSyncKey);
    local.setValue(originId, localCell.isEmpty() ? QVariant() : QVariant(localCell));
    Record remote = row({});
    remote.setRemoteId(QStringLiteral("101"));
    remote.setSyncKey(remoteSyncKey);
    remote.setValue(originId, remoteCell.isEmpty() ? QVariant() : QVariant(remoteCell));

    const auto entries = reconcile({local}, {remote});
    if (paired) {
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).remote, 0);
        QCOMPARE(entries.at(0).basis, MatchBasis::SyncKey);
    } else {
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).state, ReconcileState::LocalOnly);
        QCOMPARE(entries.at(0).basis, MatchBasis::None);
        QCOMPARE(entries.at(1).state, ReconcileState::RemoteOnly);
    }
}

void TestReconciler::offersByMatchFieldsInOrder()
{
    // Records made in Procore's screens: no origin_id; the sheet's rows never pushed.
    const QVector<Record> local = {
            localRow(1, QString(), QString(), {{"number", "WO-1"}, {"title", "Steel"}}),
            localRow(2, QString(), QString(), {{"title", "Decking"}}),
            localRow(3, QString(), QString(), {{"number", "WO-3"}, {"title", "Glazing"}})};
    const QVector<Record> remote = {
            remoteRecord("201", QString(), {{"number", "WO-9"}, {"title", "Decking"}}),
            remoteRecord("202", QString(), {{"number", "WO-1"}, {"title", "Steel"}}),
            remoteRecord("203", QString(), {{"number", "WO-7"}, {"title", "Glazing"}})};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).remote, 1);
    QCOMPARE(entries.at(0).basis, MatchBasis::MatchField);
    QCOMPARE(entries.at(0).matchField, fieldIndex("number"));
    QCOMPARE(entries.at(0).state, ReconcileState::Same);
    // No number: offered by title.
    QCOMPARE(entries.at(1).remote, 0);
    QCOMPARE(entries.at(1).basis, MatchBasis::MatchField);
    QCOMPARE(entries.at(1).matchField, fieldIndex("title"));
    QCOMPARE(entries.at(1).state, ReconcileState::Differs);
    QCOMPARE(entries.at(1).differingFields, QVector<int>{fieldIndex("number")});
    // Its number fits nothing: offered by title, numbers differing.
    QCOMPARE(entries.at(2).remote, 2);
    QCOMPARE(entries.at(2).matchField, fieldIndex("title"));
    QCOMPARE(entries.at(2).differingFields, QVector<int>{fieldIndex("number")});
}

void TestReconciler::matchValuesAreTrimmedButCaseSensitive()
{
    const QVector<Record> local = {localRow(1, QString(), QString(), {{"number", "  WO-1\t"}}),
                                   localRow(2, QString(), QString(), {{"number", "wo-2"}})};
    const QVector<Record> remote = {remoteRecord("201", QString(), {{"number", "WO-1"}}),
                                    remoteRecord("202", QString(), {{"number", "WO-2"}})};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).remote, 0);
    QCOMPARE(entries.at(0).basis, MatchBasis::MatchField);
    // Offered, yet the number is text and text compares exactly: the spaces are a difference.
    QCOMPARE(entries.at(0).differingFields, QVector<int>{fieldIndex("number")});
    QCOMPARE(entries.at(1).state, ReconcileState::LocalOnly);
    QCOMPARE(entries.at(2).remote, 1);
    QCOMPARE(entries.at(2).state, ReconcileState::RemoteOnly);
}

void TestReconciler::offersCanBeTurnedOff()
{
    const QVector<Record> local = {localRow(1, QString(), QString(), {{"number", "WO-1"}}),
                                   localRow(2, "102", QString(), {{"number", "WO-2"}})};
    const QVector<Record> remote = {remoteRecord("201", QString(), {{"number", "WO-1"}}),
                                    remoteRecord("102", QString(), {{"number", "WO-2"}})};
    Reconciler::Options options;
    options.offerMatchFields = false;
    const auto entries = reconcile(local, remote, options);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).state, ReconcileState::LocalOnly);
    QCOMPARE(entries.at(1).basis, MatchBasis::RemoteId);
    QCOMPARE(entries.at(2).remote, 0);
    QCOMPARE(entries.at(2).state, ReconcileState::RemoteOnly);
    QCOMPARE(Reconciler::summarize(entries).offered, 0);
}

void TestReconciler::remoteIdWinsOverSyncKeyAndKeyOverMatchFields()
{
    // Row 1's key is on record 0, its id on record 1: the id wins. Row 2's number is on record
    // 2, its key on record 3: the key wins.
    const QVector<Record> local = {
            localRow(1, "101", "K-1", {{"number", "WO-1"}}),
            localRow(2, QString(), QString(), {{"number", "WO-2"}, {"origin_id", "K-2"}})};
    const QVector<Record> remote = {remoteRecord("100", "K-1", {{"number", "WO-X"}}),
                                    remoteRecord("101", "K-other", {{"number", "WO-1"}}),
                                    remoteRecord("102", QString(), {{"number", "WO-2"}}),
                                    remoteRecord("103", "K-2", {{"number", "WO-3"}})};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).remote, 1);
    QCOMPARE(entries.at(0).basis, MatchBasis::RemoteId);
    QCOMPARE(entries.at(0).state, ReconcileState::Differs); // origin_id: K-1 sent, K-other there
    QCOMPARE(entries.at(0).differingFields, QVector<int>{fieldIndex("origin_id")});
    QCOMPARE(entries.at(1).remote, 3);
    QCOMPARE(entries.at(1).basis, MatchBasis::SyncKey);
    QCOMPARE(entries.at(1).differingFields, QVector<int>{fieldIndex("number")});
    QCOMPARE(entries.at(2).remote, 0);
    QCOMPARE(entries.at(2).state, ReconcileState::RemoteOnly);
    QCOMPARE(entries.at(3).remote, 2);
    QCOMPARE(entries.at(3).state, ReconcileState::RemoteOnly);
}

void TestReconciler::aPairedRecordIsNotOfferedAgain()
{
    // Row 2 has row 1's number (a slip): record 0 is row 1's by id, so row 2 is not offered it
    // and nothing is ambiguous.
    const QVector<Record> local = {localRow(1, "101", QString(), {{"number", "WO-1"}}),
                                   localRow(2, QString(), QString(), {{"number", "WO-1"}})};
    const QVector<Record> remote = {remoteRecord("101", QString(), {{"number", "WO-1"}})};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).basis, MatchBasis::RemoteId);
    QCOMPARE(entries.at(1).state, ReconcileState::LocalOnly);
    QVERIFY(entries.at(1).candidates.isEmpty());
}

void TestReconciler::oneRowFittingTwoRecordsIsAmbiguous_data()
{
    QTest::addColumn<int>("basis");
    QTest::newRow("remote id") << int(MatchBasis::RemoteId);
    QTest::newRow("sync key") << int(MatchBasis::SyncKey);
    QTest::newRow("match field") << int(MatchBasis::MatchField);
}

void TestReconciler::oneRowFittingTwoRecordsIsAmbiguous()
{
    QFETCH(int, basis);
    const MatchBasis by = MatchBasis(basis);
    Record local = localRow(1, QString(), QString(), {{"number", "WO-1"}});
    Record other = remoteRecord("300", QString(), {{"number", "WO-0"}});
    Record first = remoteRecord("301", QString(), {{"number", "WO-0"}});
    Record second = remoteRecord("302", QString(), {{"number", "WO-0"}});
    if (by == MatchBasis::RemoteId) {
        local.setRemoteId(QStringLiteral("301"));
        second.setRemoteId(QStringLiteral("301")); // a listing that repeats a record
    } else if (by == MatchBasis::SyncKey) {
        local.setSyncKey(QStringLiteral("K-1"));
        first.setSyncKey(QStringLiteral("K-1"));
        second.setSyncKey(QStringLiteral("K-1"));
    } else {
        first.setValue(fieldIndex("number"), QStringLiteral("WO-1"));
        second.setValue(fieldIndex("number"), QStringLiteral("WO-1"));
    }
    const auto entries = reconcile({local}, {other, first, second});
    QCOMPARE(entries.size(), 2); // the candidates are not also remote-only
    QCOMPARE(entries.at(0).local, 0);
    QCOMPARE(entries.at(0).remote, -1);
    QCOMPARE(entries.at(0).state, ReconcileState::Ambiguous);
    QCOMPARE(entries.at(0).basis, by);
    QCOMPARE(entries.at(0).candidates, QVector<int>({1, 2}));
    QCOMPARE(entries.at(0).matchField, by == MatchBasis::MatchField ? fieldIndex("number") : -1);
    QCOMPARE(entries.at(1).remote, 0);
    QCOMPARE(entries.at(1).state, ReconcileState::RemoteOnly);
}

void TestReconciler::twoRowsFittingOneRecordAreAmbiguous_data()
{
    oneRowFittingTwoRecordsIsAmbiguous_data();
}

void TestReconciler::twoRowsFittingOneRecordAreAmbiguous()
{
    QFETCH(int, basis);
    const MatchBasis by = MatchBasis(basis);
    QVector<Record> local = {localRow(1, QString(), QString(), {{"number", "WO-1"}}),
                             localRow(2, "999", QString(), {{"number", "WO-2"}}),
                             localRow(3, QString(), QString(), {{"number", "WO-3"}})};
    Record record = remoteRecord("301", QString(), {{"number", "WO-9"}});
    for (int i : {0, 2}) {
        if (by == MatchBasis::RemoteId) {
            local[i].setRemoteId(QStringLiteral("301"));
        } else if (by == MatchBasis::SyncKey) {
            local[i].setValue(fieldIndex("origin_id"), QStringLiteral("K-1"));
            record.setSyncKey(QStringLiteral("K-1"));
        } else {
            local[i].setValue(fieldIndex("title"), QStringLiteral("Steel"));
            record.setValue(fieldIndex("title"), QStringLiteral("Steel"));
        }
    }
    const auto entries = reconcile(local, {record});
    QCOMPARE(entries.size(), 3);
    for (int i : {0, 2}) {
        QCOMPARE(entries.at(i).local, i);
        QCOMPARE(entries.at(i).remote, -1);
        QCOMPARE(entries.at(i).state, ReconcileState::Ambiguous);
        QCOMPARE(entries.at(i).basis, by);
        QCOMPARE(entries.at(i).candidates, QVector<int>{0});
        QCOMPARE(entries.at(i).matchField, by == MatchBasis::MatchField ? fieldIndex("title") : -1);
    }
    QCOMPARE(entries.at(1).state, ReconcileState::LocalOnly);
}

void TestReconciler::candidatesTakeNoFurtherPart()
{
    // Row 1 fits records 0 and 1 by number. Row 2 fits record 0 by title, a later step: it is
    // not offered a record already in question.
    const QVector<Record> local = {
            localRow(1, QString(), QString(), {{"number", "WO-1"}}),
            localRow(2, QString(), QString(), {{"number", "WO-2"}, {"title", "Steel"}})};
    const QVector<Record> remote = {
            remoteRecord("301", QString(), {{"number", "WO-1"}, {"title", "Steel"}}),
            remoteRecord("302", QString(), {{"number", "WO-1"}, {"title", "Decking"}})};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).state, ReconcileState::Ambiguous);
    QCOMPARE(entries.at(0).candidates, QVector<int>({0, 1}));
    QCOMPARE(entries.at(1).state, ReconcileState::LocalOnly);
}

void TestReconciler::manualLinksComeFirst()
{
    // Row 2 is linked by hand to the record row 1 claims by id: the link wins, row 1 goes on
    // and is paired by its key.
    const QVector<Record> local = {localRow(10, "101", "K-1", {{"number", "WO-1"}}),
                                   localRow(20, QString(), QString(), {{"number", "WO-2"}})};
    const QVector<Record> remote = {remoteRecord("101", QString(), {{"number", "WO-2"}}),
                                    remoteRecord("102", "K-1", {{"number", "WO-1"}})};
    Reconciler::Options options;
    options.links.insert(20, QStringLiteral(" 101 "));
    const auto entries = reconcile(local, remote, options);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).remote, 1);
    QCOMPARE(entries.at(0).basis, MatchBasis::SyncKey);
    QCOMPARE(entries.at(1).remote, 0);
    QCOMPARE(entries.at(1).basis, MatchBasis::Manual);
    QCOMPARE(entries.at(1).state, ReconcileState::Same);
}

void TestReconciler::aLinkToAMissingRecordIsNoLink()
{
    const QVector<Record> local = {localRow(10, "101", QString())};
    const QVector<Record> remote = {remoteRecord("101", QString())};
    Reconciler::Options options;
    options.links.insert(10, QStringLiteral("555"));
    options.links.insert(99, QStringLiteral("101")); // a row not in this sheet
    const auto entries = reconcile(local, remote, options);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).remote, 0);
    QCOMPARE(entries.at(0).basis, MatchBasis::RemoteId);
}

void TestReconciler::twoLinksToOneRecordAreAmbiguous()
{
    const QVector<Record> local = {localRow(10, QString(), QString()),
                                   localRow(20, QString(), QString())};
    const QVector<Record> remote = {remoteRecord("101", QString())};
    Reconciler::Options options;
    options.links.insert(10, QStringLiteral("101"));
    options.links.insert(20, QStringLiteral("101"));
    const auto entries = reconcile(local, remote, options);
    QCOMPARE(entries.size(), 2);
    for (const ReconcileEntry &e : entries) {
        QCOMPARE(e.state, ReconcileState::Ambiguous);
        QCOMPARE(e.basis, MatchBasis::Manual);
        QCOMPARE(e.candidates, QVector<int>{0});
    }
}

void TestReconciler::emptyRowsStayLocalOnly()
{
    // Two empty rows, and records whose match fields are empty too: empty fits nothing.
    const QVector<Record> local = {localRow(1, QString(), QString()),
                                   localRow(2, QString(), QString(), {{"number", ""}})};
    const QVector<Record> remote = {remoteRecord("101", QString()),
                                    remoteRecord("102", QString(), {{"number", "   "}})};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).state, ReconcileState::LocalOnly);
    QCOMPARE(entries.at(0).local, 0);
    QCOMPARE(entries.at(1).state, ReconcileState::LocalOnly);
    QCOMPARE(entries.at(1).local, 1);
    QCOMPARE(entries.at(2).state, ReconcileState::RemoteOnly);
    QCOMPARE(entries.at(3).state, ReconcileState::RemoteOnly);

    QCOMPARE(reconcile(local, {}).size(), 2);
    QCOMPARE(reconcile({}, remote).size(), 2);
    QVERIFY(reconcile({}, {}).isEmpty());
}

void TestReconciler::entriesFollowSheetThenRemoteOrder()
{
    const QVector<Record> local = {localRow(1, "103", QString()), localRow(2, "999", QString()),
                                   localRow(3, "101", QString())};
    const QVector<Record> remote = {remoteRecord("105", QString()), remoteRecord("101", QString()),
                                    remoteRecord("104", QString()), remoteRecord("103", QString())};
    const auto entries = reconcile(local, remote);
    QCOMPARE(entries.size(), 5);
    const QVector<QPair<int, int>> expected = {{0, 3}, {1, -1}, {2, 1}, {-1, 0}, {-1, 2}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(entries.at(i).local, expected.at(i).first);
        QCOMPARE(entries.at(i).remote, expected.at(i).second);
    }
}

void TestReconciler::pairsAreComparedByType()
{
    // What the sheet holds against what Procore returns for the same contract.
    const Values sheet = {{"number", "WO-1"},     {"retainage_percent", dec("10")},
                          {"status", "Approved"}, {"contract_date", QDate(2026, 2, 1)},
                          {"executed", true},     {"description", ""}};
    const QVector<Record> local = {localRow(1, "101", QString(), sheet)};
    Record remote = remoteRecord("101", QString(),
                                 {{"number", "WO-1"},
                                  {"retainage_percent", dec("10.00")},
                                  {"status", "Approved"},
                                  {"contract_date", dateTime("2026-02-01T00:00:00Z")},
                                  {"executed", true}});
    auto entries = reconcile(local, {remote});
    QCOMPARE(entries.at(0).state, ReconcileState::Same);
    QVERIFY(entries.at(0).differingFields.isEmpty());

    remote.setValue(fieldIndex("retainage_percent"), dec("10.01"));
    remote.setValue(fieldIndex("status"), QStringLiteral("Void"));
    entries = reconcile(local, {remote});
    QCOMPARE(entries.at(0).state, ReconcileState::Differs);
    QCOMPARE(entries.at(0).differingFields,
             QVector<int>({fieldIndex("status"), fieldIndex("retainage_percent")}));
}

void TestReconciler::eachTargetPairsByItsOwnKeys_data()
{
    targets();
}

void TestReconciler::eachTargetPairsByItsOwnKeys()
{
    QFETCH(QString, target);
    const EntitySchema &s = *m_registry->find(target);
    const int remoteIdField = s.indexOf(s.remoteIdPath());
    const int keyField = s.indexOf(s.idempotencyPath());
    const int lastMatch = s.indexOf(s.matchPaths().constLast());
    const auto text = [&](int field, const QString &value) {
        return s.field(field).type == FieldType::Integer ? QVariant(value.toLongLong())
                                                         : QVariant(value);
    };

    QVector<Record> local(3, Record(s.fieldCount()));
    QVector<Record> remote(3, Record(s.fieldCount()));
    for (int i = 0; i < 3; ++i) {
        local[i].setId(i + 1);
        remote[i].setRemoteId(QString::number(500 + i));
        remote[i].setValue(remoteIdField, text(remoteIdField, QString::number(500 + i)));
    }
    // Row 0: the vendor's id in the sheet's id column. Row 1: the key cell against the vendor's
    // copy of the key field. Row 2: the last match field, offered.
    local[0].setValue(remoteIdField, text(remoteIdField, QStringLiteral("502")));
    local[1].setValue(keyField, QStringLiteral("KEY-1"));
    remote[0].setValue(keyField, QStringLiteral("KEY-1"));
    local[2].setValue(lastMatch, QStringLiteral("Offered by %1").arg(s.matchPaths().constLast()));
    remote[1].setValue(lastMatch, local[2].value(lastMatch));

    const auto entries = Reconciler(s).reconcile(local, remote, {});
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).remote, 2);
    QCOMPARE(entries.at(0).basis, MatchBasis::RemoteId);
    QCOMPARE(entries.at(0).state, ReconcileState::Same);
    QCOMPARE(entries.at(1).remote, 0);
    QCOMPARE(entries.at(1).basis, MatchBasis::SyncKey);
    QCOMPARE(entries.at(1).state, ReconcileState::Same);
    QCOMPARE(entries.at(2).remote, 1);
    QCOMPARE(entries.at(2).basis, MatchBasis::MatchField);
    QCOMPARE(entries.at(2).matchField, lastMatch);
}

void TestReconciler::summaryCountsEachState()
{
    const QVector<Record> local = {
            localRow(1, "101", QString(), {{"number", "WO-1"}}),      // same
            localRow(2, "102", QString(), {{"number", "WO-2"}}),      // differs
            localRow(3, QString(), QString(), {{"number", "WO-3"}}),  // offered, same
            localRow(4, QString(), QString(), {{"number", "WO-4"}}),  // ambiguous
            localRow(5, QString(), QString(), {{"number", "WO-5"}})}; // local-only
    const QVector<Record> remote = {remoteRecord("101", QString(), {{"number", "WO-1"}}),
                                    remoteRecord("102", QString(), {{"number", "WO-2b"}}),
                                    remoteRecord("103", QString(), {{"number", "WO-3"}}),
                                    remoteRecord("104", QString(), {{"number", "WO-4"}}),
                                    remoteRecord("105", QString(), {{"number", "WO-4"}}),
                                    remoteRecord("106", QString(), {{"number", "WO-6"}}),
                                    remoteRecord("107", QString(), {{"number", "WO-7"}})};
    const ReconcileSummary summary = Reconciler::summarize(reconcile(local, remote));
    QCOMPARE(summary.same, 2);
    QCOMPARE(summary.differs, 1);
    QCOMPARE(summary.ambiguous, 1);
    QCOMPARE(summary.localOnly, 1);
    QCOMPARE(summary.remoteOnly, 2);
    QCOMPARE(summary.offered, 1);
    QCOMPARE(summary.total(), 7);
    QCOMPARE(summary.count(ReconcileState::Same), 2);
    QCOMPARE(summary.count(ReconcileState::Differs), 1);
    QCOMPARE(summary.count(ReconcileState::LocalOnly), 1);
    QCOMPARE(summary.count(ReconcileState::RemoteOnly), 2);
    QCOMPARE(summary.count(ReconcileState::Ambiguous), 1);

    const ReconcileSummary none = ReconcileSummary::of({});
    QCOMPARE(none.total(), 0);
    QCOMPARE(none.offered, 0);
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
