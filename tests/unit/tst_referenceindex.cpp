// Resolving a sheet's reference values against a vendor's list: every outcome, and the folding
// and scoring underneath. Nothing here may ever turn a near name into an id.

#include "namefolding.h"
#include "referenceindex.h"
#include "stringsimilarity.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using Outcome = ReferenceResolution::Outcome;
using MatchedBy = ReferenceResolution::MatchedBy;

class TestReferenceIndex : public QObject
{
    Q_OBJECT

private slots:
    void foldsNamesForMatches_data();
    void foldsNamesForMatches();
    void foldsNamesLooselyForSuggestions_data();
    void foldsNamesLooselyForSuggestions();
    void measuresEditDistance_data();
    void measuresEditDistance();
    void measuresEditDistanceAsTheTableDoes();
    void foldsIntoABufferAsTokensDo();
    void resolvesExactly_data();
    void resolvesExactly();
    void neverPicksBetweenTwo();
    void saysInactive();
    void suggestsNearNamesWithoutWritingThem_data();
    void suggestsNearNamesWithoutWritingThem();
    void saysNotFound();
    void aPersonsChoiceWins();
    void keepsAtMostFiveCandidatesBestFirst();
    void findsTyposThroughWordsSharingADeletion();
    void resolvesAlikeOnManyThreads();

private:
    static ReferenceIndex vendors();
};

ReferenceIndex TestReferenceIndex::vendors()
{
    QVector<ReferenceRecord> list;
    auto add = [&](const char *id, const char *name, const char *originId, const char *code,
                   const char *detail, bool active = true) {
        ReferenceRecord r;
        r.id = QString::fromUtf8(id);
        r.name = QString::fromUtf8(name);
        r.originId = QString::fromUtf8(originId);
        r.originCode = QString::fromUtf8(code);
        r.detail = QString::fromUtf8(detail);
        r.active = active;
        list.append(r);
    };
    add("8041", "Acme Concrete Inc.", "ERP-17", "V-100", "Denver");
    add("8042", "AAA Plumbing", "", "V-200", "Austin");
    add("8043", "AAA Plumbing", "", "V-201", "Boise");
    add("8044", "Smith and Sons Electric", "", "V-300", "Denver");
    add("8045", "Old Steel Works", "", "V-400", "Reno", false);
    add("8046", "Müller Trockenbau GmbH", "", "V-500", "Munich");
    add("8047", "Riverside Glazing LLC", "", "8041", "Tulsa"); // its ERP code is another's id
    add("ven100", "Northwind Roofing", "", "", "Omaha");
    return ReferenceIndex(list);
}

void TestReferenceIndex::foldsNamesForMatches_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case, spaces, punctuation")
            << QStringLiteral("acme  concrete inc") << QStringLiteral("Acme Concrete Inc.") << true;
    QTest::newRow("hyphen") << QStringLiteral("A-1 Paving") << QStringLiteral("a1 paving") << true;
    QTest::newRow("legal form differs")
            << QStringLiteral("Acme Concrete LLC") << QStringLiteral("Acme Concrete Inc.") << false;
    QTest::newRow("accent differs")
            << QStringLiteral("Muller") << QStringLiteral(u"Müller") << false;
    QTest::newRow("ampersand is not and")
            << QStringLiteral("Smith & Sons") << QStringLiteral("Smith and Sons") << false;
}

void TestReferenceIndex::foldsNamesForMatches()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(NameFolding::exactKey(a) == NameFolding::exactKey(b), same);
}

void TestReferenceIndex::foldsNamesLooselyForSuggestions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("loose");
    QTest::newRow("legal form") << QStringLiteral("Acme Concrete, L.L.C.")
                                << QStringLiteral("acmeconcrete");
    QTest::newRow("ampersand") << QStringLiteral("Smith & Sons Co.") << QStringLiteral("smithsons");
    QTest::newRow("and") << QStringLiteral("Smith and Sons") << QStringLiteral("smithsons");
    QTest::newRow("accents") << QStringLiteral(u"Müller Trockenbau GmbH")
                             << QStringLiteral("mullertrockenbau");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien Masonry")
                                << QStringLiteral("obrienmasonry");
    QTest::newRow("only filler keeps its words")
            << QStringLiteral("The Company") << QStringLiteral("thecompany");
}

void TestReferenceIndex::foldsNamesLooselyForSuggestions()
{
    QFETCH(QString, text);
    QFETCH(QString, loose);
    QCOMPARE(NameFolding::looseKey(text), loose);
}

void TestReferenceIndex::measuresEditDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << QStringLiteral("concrete") << QStringLiteral("concrete") << 0;
    QTest::newRow("one missing") << QStringLiteral("conrete") << QStringLiteral("concrete") << 1;
    QTest::newRow("swap") << QStringLiteral("conrcete") << QStringLiteral("concrete") << 1;
    QTest::newRow("substitution") << QStringLiteral("kitten") << QStringLiteral("sitten") << 1;
    QTest::newRow("classic") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::newRow("empty") << QString() << QStringLiteral("abc") << 3;
    QTest::newRow("added at the end") << QStringLiteral("steel") << QStringLiteral("steels") << 1;
    QTest::newRow("swapped at the end") << QStringLiteral("steel") << QStringLiteral("stele") << 1;
    QTest::newRow("two apart") << QStringLiteral("steel") << QStringLiteral("stale") << 2;
}

void TestReferenceIndex::measuresEditDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(StringSimilarity::editDistance(a, b), distance);
    QCOMPARE(StringSimilarity::editDistance(b, a), distance);
    QCOMPARE(StringSimilarity::withinOneEdit(a, b), distance <= 1);
    QCOMPARE(StringSimilarity::withinOneEdit(b, a), distance <= 1);
    // A limit gives the distance when within it, and limit + 1 otherwise.
    QCOMPARE(StringSimilarity::editDistance(a, b, 1), std::min(distance, 2));
}

void TestReferenceIndex::measuresEditDistanceAsTheTableDoes()
{
    // The bit-parallel distance against the plain table, on random strings with ASCII and other
    // letters, short and past 64 characters (where the table takes over), with and without limit.
    const QString alphabet = QStringLiteral(u"abcab ÄäéΩσ\u0301xy01");
    QRandomGenerator random(7);
    auto randomString = [&](int maxLength) {
        QString s;
        for (int k = int(random.bounded(maxLength + 1)); k > 0; --k)
            s += alphabet.at(int(random.bounded(int(alphabet.size()))));
        return s;
    };
    for (int round = 0; round < 20000; ++round) {
        const int maxLength = round % 50 == 0 ? 90 : 12;
        const QString a = randomString(maxLength);
        QString b = a.isEmpty() || random.bounded(2) ? randomString(maxLength) : a;
        if (!b.isEmpty() && random.bounded(2))
            b[int(random.bounded(int(b.size())))] = alphabet.at(int(random.bounded(5)));
        const int limit = int(random.bounded(6)) - 1;
        QCOMPARE(StringSimilarity::editDistance(a, b, limit),
                 StringSimilarity::editDistanceByTable(a, b, limit));
        QCOMPARE(StringSimilarity::editDistance(b, a, limit),
                 StringSimilarity::editDistanceByTable(a, b, limit));
    }
}

void TestReferenceIndex::foldsIntoABufferAsTokensDo()
{
    // One buffer reused for all, so a word left from a longer name would show.
    QString buffer;
    std::vector<QStringView> words;
    for (const QString &text :
         {QStringLiteral(u"Müller Trockenbau GmbH"), QStringLiteral("A"),
          QStringLiteral("Smith & Sons + Daughters Co."), QStringLiteral("U S A Steel L.L.C."),
          QStringLiteral("The Company"), QStringLiteral("O'Brien Paving"), QString(),
          QStringLiteral("  --  "), QStringLiteral(u"Ωmega Façades S.à r.l.")}) {
        NameFolding::tokens(text, buffer, words);
        const QStringList expected = NameFolding::tokens(text);
        QCOMPARE(qsizetype(words.size()), expected.size());
        for (qsizetype k = 0; k < expected.size(); ++k)
            QCOMPARE(words[size_t(k)].toString(), expected.at(k));
        QCOMPARE(NameFolding::exactKey(text), NameFolding::exactKey(QStringView(text)));
    }
    const QString folded = QStringLiteral("562949953421312");
    QCOMPARE(NameFolding::exactKey(folded), folded);
    QCOMPARE(NameFolding::exactKey(QStringLiteral("V-00012")), QStringLiteral("v00012"));
}

void TestReferenceIndex::resolvesExactly_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("id");
    QTest::addColumn<MatchedBy>("by");
    QTest::newRow("id") << QStringLiteral("8044") << QStringLiteral("8044") << MatchedBy::Id;
    QTest::newRow("id, spaces around")
            << QStringLiteral(" 8044 ") << QStringLiteral("8044") << MatchedBy::Id;
    QTest::newRow("origin id") << QStringLiteral("ERP-17") << QStringLiteral("8041")
                               << MatchedBy::OriginId;
    QTest::newRow("origin code") << QStringLiteral("V-300") << QStringLiteral("8044")
                                 << MatchedBy::OriginCode;
    QTest::newRow("folded name") << QStringLiteral("acme  concrete inc") << QStringLiteral("8041")
                                 << MatchedBy::Name;
    QTest::newRow("accented name") << QStringLiteral(u"MÜLLER TROCKENBAU GMBH")
                                   << QStringLiteral("8046") << MatchedBy::Name;
    QTest::newRow("case-sensitive id")
            << QStringLiteral("ven100") << QStringLiteral("ven100") << MatchedBy::Id;
}

void TestReferenceIndex::resolvesExactly()
{
    QFETCH(QString, value);
    QFETCH(QString, id);
    QFETCH(MatchedBy, by);
    const ReferenceResolution r = vendors().resolve(value);
    QCOMPARE(r.outcome, Outcome::Exact);
    QVERIFY(r.resolved());
    QCOMPARE(r.id, id);
    QCOMPARE(r.matchedBy, by);
    QCOMPARE(r.name, vendors().findId(id)->name);
}

void TestReferenceIndex::neverPicksBetweenTwo()
{
    const ReferenceIndex index = vendors();
    // Two companies of one name in different states.
    ReferenceResolution r = index.resolve(QStringLiteral("aaa plumbing"));
    QCOMPARE(r.outcome, Outcome::Ambiguous);
    QVERIFY(!r.resolved());
    QVERIFY(r.id.isEmpty());
    QCOMPARE(r.candidates.size(), 2);
    QCOMPARE(r.candidates.at(0).detail, QStringLiteral("Austin"));
    QCOMPARE(r.candidates.at(1).detail, QStringLiteral("Boise"));
    QCOMPARE(r.candidates.at(0).score, 1.0);
    // One vendor's id is another's ERP code: which one the sheet meant is not ours to say.
    r = index.resolve(QStringLiteral("8041"));
    QCOMPARE(r.outcome, Outcome::Ambiguous);
    QStringList ids;
    for (const auto &c : r.candidates)
        ids.append(c.id);
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("8041"), QStringLiteral("8047")}));
}

void TestReferenceIndex::saysInactive()
{
    const ReferenceResolution r = vendors().resolve(QStringLiteral("Old Steel Works"));
    QCOMPARE(r.outcome, Outcome::Inactive);
    QVERIFY(!r.resolved());
    QCOMPARE(r.id, QStringLiteral("8045"));
    QCOMPARE(r.candidates.size(), 1);
    QVERIFY(!r.candidates.first().active);
}

void TestReferenceIndex::suggestsNearNamesWithoutWritingThem_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("best");
    QTest::newRow("another legal form")
            << QStringLiteral("Acme Concrete LLC") << QStringLiteral("8041");
    QTest::newRow("no legal form") << QStringLiteral("Acme Concrete") << QStringLiteral("8041");
    QTest::newRow("& for and") << QStringLiteral("Smith & Sons Electric") << QStringLiteral("8044");
    QTest::newRow("typo") << QStringLiteral("Acme Conrete Inc") << QStringLiteral("8041");
    QTest::newRow("swapped letters")
            << QStringLiteral("Riverside Glaizng") << QStringLiteral("8047");
    QTest::newRow("without accents")
            << QStringLiteral("Mueller Trockenbau") << QStringLiteral("8046");
    QTest::newRow("id in other case") << QStringLiteral("VEN100") << QStringLiteral("ven100");
    QTest::newRow("code in other case") << QStringLiteral("v-300") << QStringLiteral("8044");
}

void TestReferenceIndex::suggestsNearNamesWithoutWritingThem()
{
    QFETCH(QString, value);
    QFETCH(QString, best);
    const ReferenceResolution r = vendors().resolve(value);
    QCOMPARE(r.outcome, Outcome::Suggested);
    QVERIFY(!r.resolved());
    QVERIFY(r.id.isEmpty()); // nothing to write until a person chooses
    QVERIFY(!r.candidates.isEmpty());
    QCOMPARE(r.candidates.first().id, best);
    QVERIFY2(r.candidates.first().score >= ReferenceIndex::kSuggestionFloor &&
                     r.candidates.first().score < 1.0,
             qPrintable(QString::number(r.candidates.first().score)));
}

void TestReferenceIndex::saysNotFound()
{
    const ReferenceIndex index = vendors();
    for (const QString &value :
         {QStringLiteral("Zenith Landscaping"), QStringLiteral("99999"), QStringLiteral("V-999")}) {
        const ReferenceResolution r = index.resolve(value);
        QVERIFY2(r.outcome == Outcome::NotFound, qPrintable(value));
        QVERIFY(r.candidates.isEmpty());
        QVERIFY(r.id.isEmpty());
    }
    QCOMPARE(ReferenceIndex().resolve(QStringLiteral("Acme")).outcome, Outcome::NotFound);
}

void TestReferenceIndex::aPersonsChoiceWins()
{
    const ReferenceIndex index = vendors();
    QHash<QString, QString> crosswalk;
    crosswalk.insert(NameFolding::exactKey(QStringLiteral("AAA Plumbing")), QStringLiteral("8043"));
    crosswalk.insert(NameFolding::exactKey(QStringLiteral("Acme Concrete")),
                     QStringLiteral("8041"));
    crosswalk.insert(NameFolding::exactKey(QStringLiteral("Steel")), QStringLiteral("8045"));
    crosswalk.insert(NameFolding::exactKey(QStringLiteral("Gone Ltd")), QStringLiteral("7000"));

    ReferenceResolution r = index.resolve(QStringLiteral("aaa  plumbing"), crosswalk);
    QCOMPARE(r.outcome, Outcome::Chosen);
    QCOMPARE(r.matchedBy, MatchedBy::Crosswalk);
    QCOMPARE(r.id, QStringLiteral("8043"));
    QCOMPARE(r.name, QStringLiteral("AAA Plumbing"));
    QVERIFY(r.resolved());

    r = index.resolve(QStringLiteral("Acme Concrete"), crosswalk);
    QCOMPARE(r.outcome, Outcome::Chosen);
    QCOMPARE(r.id, QStringLiteral("8041"));

    // Chosen once, deactivated at the vendor since: said, not sent.
    r = index.resolve(QStringLiteral("Steel"), crosswalk);
    QCOMPARE(r.outcome, Outcome::Inactive);
    QVERIFY(!r.resolved());

    // Chosen once, gone from the vendor's list since.
    r = index.resolve(QStringLiteral("Gone Ltd"), crosswalk);
    QCOMPARE(r.outcome, Outcome::NotFound);
    QCOMPARE(r.matchedBy, MatchedBy::Crosswalk);
    QCOMPARE(r.id, QStringLiteral("7000"));
    QVERIFY(!r.resolved());
}

void TestReferenceIndex::keepsAtMostFiveCandidatesBestFirst()
{
    QVector<ReferenceRecord> list;
    for (int i = 0; i < 12; ++i) {
        ReferenceRecord r;
        r.id = QString::number(100 + i);
        r.name = QStringLiteral("Harbor Crane Services %1").arg(QChar(u'A' + i));
        list.append(r);
    }
    ReferenceRecord closest;
    closest.id = QStringLiteral("999");
    closest.name = QStringLiteral("Harbour Crane Service");
    list.append(closest);
    const ReferenceResolution r =
            ReferenceIndex(list).resolve(QStringLiteral("Harbor Crane Service"));
    QCOMPARE(r.outcome, Outcome::Suggested);
    QCOMPARE(r.candidates.size(), ReferenceIndex::kMaxCandidates);
    QCOMPARE(r.candidates.first().id, QStringLiteral("999"));
    for (int i = 1; i < r.candidates.size(); ++i)
        QVERIFY(r.candidates.at(i - 1).score >= r.candidates.at(i).score);
}

void TestReferenceIndex::findsTyposThroughWordsSharingADeletion()
{
    // "xaving" is one letter from both "paving" and "raving": the deletion "aving" is filed
    // under both words, and both are suggested.
    QVector<ReferenceRecord> list;
    for (const char *name : {"Paving Partners", "Raving Partners", "Concrete Partners"}) {
        ReferenceRecord r;
        r.id = QString::fromLatin1(name).left(1);
        r.name = QString::fromLatin1(name);
        list.append(r);
    }
    const ReferenceResolution r = ReferenceIndex(list).resolve(QStringLiteral("Xaving Partners"));
    QCOMPARE(r.outcome, Outcome::Suggested);
    QStringList ids;
    for (const auto &c : r.candidates)
        ids.append(c.id);
    QVERIFY2(ids.size() >= 2 && ids.at(0) != ids.at(1), qPrintable(ids.join(u',')));
    QVERIFY(ids.mid(0, 2).contains(QStringLiteral("P")));
    QVERIFY(ids.mid(0, 2).contains(QStringLiteral("R")));
}

void TestReferenceIndex::resolvesAlikeOnManyThreads()
{
    // One index is shared by the resolver's threads: resolve() keeps its scratch per thread.
    QVector<ReferenceRecord> list;
    static const char *const trades[] = {"Concrete", "Steel", "Paving", "Roofing"};
    for (int i = 0; i < 2000; ++i) {
        ReferenceRecord r;
        r.id = QString::number(5000 + i);
        r.name = QStringLiteral("Vendor%1 %2 Group%3 Inc.")
                         .arg(i * 7919 % 100003, 5, 36, QLatin1Char('0'))
                         .arg(QLatin1String(trades[i % 4]))
                         .arg(i % 37);
        r.originCode = QStringLiteral("V-%1").arg(i);
        list.append(r);
    }
    const auto index = std::make_shared<const ReferenceIndex>(list);
    QStringList values;
    for (int i = 0; i < 2000; i += 7) {
        values << list.at(i).name.toUpper() << QString(list.at(i).name).remove(3, 1)
               << QStringLiteral("v-%1").arg(i) << QStringLiteral("Unknown %1").arg(i);
    }
    auto resolveAll = [&] {
        std::vector<ReferenceResolution> results;
        for (const QString &value : std::as_const(values))
            results.push_back(index->resolve(value));
        return results;
    };
    const std::vector<ReferenceResolution> expected = resolveAll();
    std::vector<std::vector<ReferenceResolution>> got(4);
    std::vector<std::unique_ptr<QThread>> threads;
    for (auto &results : got) {
        threads.emplace_back(QThread::create([&] { results = resolveAll(); }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    for (const auto &results : got) {
        QCOMPARE(results.size(), expected.size());
        for (size_t k = 0; k < results.size(); ++k) {
            QCOMPARE(results[k].outcome, expected[k].outcome);
            QCOMPARE(results[k].id, expected[k].id);
            QCOMPARE(results[k].candidates.size(), expected[k].candidates.size());
            for (qsizetype c = 0; c < results[k].candidates.size(); ++c) {
                QCOMPARE(results[k].candidates.at(c).id, expected[k].candidates.at(c).id);
                QCOMPARE(results[k].candidates.at(c).score, expected[k].candidates.at(c).score);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestReferenceIndex)
#include "tst_referenceindex.moc"
