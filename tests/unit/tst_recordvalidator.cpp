// Every validation rule of every target, driven by the schema files: a valid row has no issue,
// and breaking it one rule at a time gives exactly that rule's issue on that field.

#include "decimal.h"
#include "rawtext.h"
#include "schemaregistry.h"
#include "sheetvalidation.h"
#include "valuecodec.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>

class TestRecordValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aValidRowHasNoIssue_data();
    void aValidRowHasNoIssue();
    void requiredFieldsAreRequired_data();
    void requiredFieldsAreRequired();
    void unreadableValuesAreErrors_data();
    void unreadableValuesAreErrors();
    void enumValuesMustBeTheVendors_data();
    void enumValuesMustBeTheVendors();
    void lengthsAndIntegerWidthsAreChecked();
    void readOnlyValuesAreFlagged_data();
    void readOnlyValuesAreFlagged();
    void oneOfAGroupIsNeeded();
    void startAfterCompletionIsAWarning();
    void percentagesOutside0To100AreWarnings();
    void valuesTheVendorDoesNotTakeHereAreWarnings();
    void sameKeyTwiceIsAnErrorOnBothRows_data();
    void sameKeyTwiceIsAnErrorOnBothRows();
    void incrementalCountsMatchAFullPass();

private:
    const EntitySchema &schema(const QString &id) const { return *m_registry->find(id); }
    static void targets();
    // A row meeting every rule: required fields, a project for one-of groups, unique keys.
    static Record validRecord(const EntitySchema &schema, int n);
    static QVariant sample(const FieldSpec &field, int n);

    std::optional<SchemaRegistry> m_registry;
};

void TestRecordValidator::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY2(registry, qPrintable(registry.error()));
    m_registry = std::move(registry).value();
}

void TestRecordValidator::targets()
{
    QTest::addColumn<QString>("target");
    for (const char *id :
         {"procore.work_order_contract", "procore.potential_change_order", "primavera.commitment",
          "primavera.change_order", "intacct.project_contract"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

QVariant TestRecordValidator::sample(const FieldSpec &field, int n)
{
    switch (field.type) {
    case FieldType::String:
    case FieldType::Reference:
        return QStringLiteral("V-%1").arg(n);
    case FieldType::Integer:
        return qint64(1000 + n);
    case FieldType::Boolean:
        return true;
    case FieldType::Decimal:
        return QVariant::fromValue(*Decimal::fromString(u"12.50"));
    case FieldType::Date:
        return QDate(2026, 3, 1);
    case FieldType::DateTime:
        return QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    case FieldType::Enum:
        return field.values.first().value;
    }
    return QVariant();
}

Record TestRecordValidator::validRecord(const EntitySchema &schema, int n)
{
    Record record(schema.fieldCount());
    record.setId(n);
    for (int i = 0; i < schema.fieldCount(); ++i) {
        const FieldSpec &f = schema.field(i);
        if (f.readOnly)
            continue;
        if (f.required || schema.alsoRequired().contains(i) || schema.uniqueFields().contains(i))
            record.setValue(i, sample(f, n));
    }
    for (const QStringList &group : schema.requireOneOf()) {
        const int i = schema.indexOf(group.first());
        record.setValue(i, sample(schema.field(i), n));
    }
    for (const auto &expected : schema.expectedValues())
        record.setValue(expected.first, expected.second.first());
    return record;
}

void TestRecordValidator::aValidRowHasNoIssue_data()
{
    targets();
}

void TestRecordValidator::aValidRowHasNoIssue()
{
    QFETCH(QString, target);
    const RecordValidator validator(schema(target));
    const auto issues = validator.check(validRecord(schema(target), 1));
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
}

void TestRecordValidator::requiredFieldsAreRequired_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    // The rules the issue names, spelled out, so a schema losing one fails here.
    QTest::newRow("Intacct name") << "intacct.project_contract"
                                  << "name"
                                  << "required by Sage";
    QTest::newRow("Intacct project") << "intacct.project_contract"
                                     << "project.id"
                                     << "required";
    QTest::newRow("Intacct customer") << "intacct.project_contract"
                                      << "customer.id"
                                      << "required";
    QTest::newRow("Intacct date") << "intacct.project_contract"
                                  << "contractDate"
                                  << "required";
    QTest::newRow("Procore PCO project") << "procore.potential_change_order"
                                         << "project_id"
                                         << "batch";
    QTest::newRow("Procore PCO contract") << "procore.potential_change_order"
                                          << "contract_id"
                                          << "batch";
    QTest::newRow("Procore WOC project") << "procore.work_order_contract"
                                         << "project_id"
                                         << "batch";
    QTest::newRow("Primavera sourceId") << "primavera.commitment"
                                        << "sourceId"
                                        << "required";
    QTest::newRow("Primavera name") << "primavera.commitment"
                                    << "name"
                                    << "required";
    QTest::newRow("Primavera CO sourceId") << "primavera.change_order"
                                           << "sourceId"
                                           << "required";
    QTest::newRow("Primavera CO agreement") << "primavera.change_order"
                                            << "associatedAgreementCode"
                                            << "required";
    QTest::newRow("Primavera CO type") << "primavera.change_order"
                                       << "type"
                                       << "required";
}

void TestRecordValidator::requiredFieldsAreRequired()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFETCH(QString, words);
    const EntitySchema &s = schema(target);
    const int field = s.indexOf(path);
    QVERIFY(field >= 0);
    Record record = validRecord(s, 1);
    record.setValue(field, QVariant());
    const auto issues = RecordValidator(s).check(record);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QVERIFY(issues.first().isError());
    QVERIFY2(issues.first().message.contains(words), qPrintable(issues.first().message));
    // An empty optional field is no issue.
    for (int i = 0; i < s.fieldCount(); ++i) {
        if (!s.field(i).required && !s.alsoRequired().contains(i)) {
            Record other = validRecord(s, 1);
            other.setValue(i, QVariant());
            bool groupEmptied = false;
            for (const QStringList &g : s.requireOneOf())
                groupEmptied = groupEmptied || g.first() == s.field(i).path;
            if (!groupEmptied)
                QVERIFY2(RecordValidator(s).check(other).isEmpty(), qPrintable(s.field(i).path));
        }
    }
}

void TestRecordValidator::unreadableValuesAreErrors_data()
{
    targets();
}

void TestRecordValidator::unreadableValuesAreErrors()
{
    QFETCH(QString, target);
    const EntitySchema &s = schema(target);
    const RecordValidator validator(s);
    int typed = 0;
    for (int i = 0; i < s.fieldCount(); ++i) {
        const FieldSpec &f = s.field(i);
        if (f.readOnly || f.type == FieldType::String || f.type == FieldType::Reference)
            continue;
        ++typed;
        Record record = validRecord(s, 1);
        record.setValue(i, QVariant::fromValue(RawText{QStringLiteral("31/02/x")}));
        const auto issues = validator.check(record);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, i);
        QVERIFY(issues.first().isError());
        QVERIFY(issues.first().message.contains(QStringLiteral("'31/02/x' is not")));
        QVERIFY2(issues.first().message.contains(RecordValidator::expectation(f)),
                 qPrintable(issues.first().message));
    }
    QVERIFY(typed > 0);
}

void TestRecordValidator::enumValuesMustBeTheVendors_data()
{
    targets();
}

void TestRecordValidator::enumValuesMustBeTheVendors()
{
    QFETCH(QString, target);
    const EntitySchema &s = schema(target);
    for (int i = 0; i < s.fieldCount(); ++i) {
        const FieldSpec &f = s.field(i);
        if (f.type != FieldType::Enum || f.readOnly)
            continue;
        Record record = validRecord(s, 1);
        QStringList expected;
        for (const auto &e : s.expectedValues()) {
            if (e.first == i)
                expected = e.second;
        }
        for (const EnumValue &v : f.values) {
            record.setValue(i, v.value);
            const auto issues = RecordValidator(s).check(record);
            // Every vendor value is readable; one the vendor does not take here is a warning.
            if (expected.isEmpty() || expected.contains(v.value)) {
                QVERIFY2(issues.isEmpty(), qPrintable(v.value));
            } else {
                QCOMPARE(issues.size(), 1);
                QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
            }
        }
        record = validRecord(s, 1);
        record.setValue(i, QStringLiteral("Almost Approved"));
        const auto issues = RecordValidator(s).check(record);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(f.values.first().label.isEmpty()
                                                        ? f.values.first().value
                                                        : f.values.first().label));
    }
}

void TestRecordValidator::lengthsAndIntegerWidthsAreChecked()
{
    int lengthRules = 0;
    int widthRules = 0;
    for (const EntitySchema &s : m_registry->schemas()) {
        for (int i = 0; i < s.fieldCount(); ++i) {
            const FieldSpec &f = s.field(i);
            if (f.readOnly)
                continue;
            Record record = validRecord(s, 1);
            if (f.maxLength) {
                ++lengthRules;
                record.setValue(i, QString(*f.maxLength, QLatin1Char('x')));
                QVERIFY(RecordValidator(s).check(record).isEmpty());
                record.setValue(i, QString(*f.maxLength + 1, QLatin1Char('x')));
                const auto issues = RecordValidator(s).check(record);
                QCOMPARE(issues.size(), 1);
                QVERIFY(issues.first().message.contains(QString::number(*f.maxLength)));
            }
            if (f.type == FieldType::Integer && f.integerWidth == 32) {
                ++widthRules;
                record.setValue(i, qint64(2147483647));
                QVERIFY2(RecordValidator(s).check(record).isEmpty(), qPrintable(f.path));
                record.setValue(i, qint64(2147483648));
                QCOMPARE(RecordValidator(s).check(record).size(), 1);
            }
        }
    }
    QVERIFY(lengthRules >= 4); // Primavera's name, itemCode, referenceNumber, description
    QVERIFY(widthRules >= 1);
}

void TestRecordValidator::readOnlyValuesAreFlagged_data()
{
    targets();
}

void TestRecordValidator::readOnlyValuesAreFlagged()
{
    QFETCH(QString, target);
    const EntitySchema &s = schema(target);
    for (int i = 0; i < s.fieldCount(); ++i) {
        const FieldSpec &f = s.field(i);
        if (!f.readOnly)
            continue;
        Record record = validRecord(s, 1);
        record.setValue(i, sample(f, 1));
        const auto issues = RecordValidator(s).check(record);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
        QVERIFY(issues.first().message.contains(QStringLiteral("never sent")));
    }
}

void TestRecordValidator::oneOfAGroupIsNeeded()
{
    for (const char *id : {"primavera.commitment", "primavera.change_order"}) {
        const EntitySchema &s = schema(QString::fromLatin1(id));
        QCOMPARE(s.requireOneOf().size(), 1);
        const QStringList group = s.requireOneOf().first();
        QCOMPARE(group, (QStringList{QStringLiteral("projectId"), QStringLiteral("projectCode"),
                                     QStringLiteral("projectSourceId")}));
        Record record = validRecord(s, 1);
        record.setValue(s.indexOf(group.first()), QVariant());
        auto issues = RecordValidator(s).check(record);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QStringLiteral("Project")));
        for (const QString &path : group) {
            Record one = record;
            one.setValue(s.indexOf(path), sample(s.field(s.indexOf(path)), 1));
            QVERIFY2(RecordValidator(s).check(one).isEmpty(), qPrintable(path));
        }
    }
}

void TestRecordValidator::startAfterCompletionIsAWarning()
{
    int pairs = 0;
    for (const EntitySchema &s : m_registry->schemas()) {
        for (const auto &pair : s.dateOrder()) {
            ++pairs;
            Record record = validRecord(s, 1);
            const bool dateTime = s.field(pair.first).type == FieldType::DateTime;
            auto at = [&](int day) {
                const QDate d(2026, 5, day);
                return dateTime ? QVariant(QDateTime(d, QTime(0, 0), Qt::UTC)) : QVariant(d);
            };
            record.setValue(pair.first, at(1));
            record.setValue(pair.second, at(1));
            QVERIFY(RecordValidator(s).check(record).isEmpty());
            record.setValue(pair.first, at(20));
            const auto issues = RecordValidator(s).check(record);
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, pair.first);
            QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
            QVERIFY(issues.first().message.contains(QStringLiteral("2026-05-20")));
        }
    }
    QVERIFY(pairs >= 5);
}

void TestRecordValidator::percentagesOutside0To100AreWarnings()
{
    const EntitySchema &s = schema(QStringLiteral("procore.work_order_contract"));
    const int field = s.indexOf(QStringLiteral("retainage_percent"));
    QVERIFY(s.percentFields().contains(field));
    const QList<QPair<const char16_t *, bool>> cases = {
            {u"0", true}, {u"100", true}, {u"10.5", true}, {u"100.01", false}, {u"-1", false}};
    for (const auto &c : cases) {
        Record record = validRecord(s, 1);
        record.setValue(field, QVariant::fromValue(*Decimal::fromString(c.first)));
        const auto issues = RecordValidator(s).check(record);
        QCOMPARE(issues.isEmpty(), c.second);
        if (!c.second)
            QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
    }
}

void TestRecordValidator::valuesTheVendorDoesNotTakeHereAreWarnings()
{
    // Primavera's enum has CONTRACT, but a change order synced from an ERP is a COMMITMENT one.
    const EntitySchema &s = schema(QStringLiteral("primavera.change_order"));
    const int type = s.indexOf(QStringLiteral("type"));
    Record record = validRecord(s, 1);
    QCOMPARE(record.value(type).toString(), QStringLiteral("COMMITMENT"));
    QVERIFY(RecordValidator(s).check(record).isEmpty());
    record.setValue(type, QStringLiteral("CONTRACT"));
    const auto issues = RecordValidator(s).check(record);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, type);
    QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
    QVERIFY2(issues.first().message.contains(QStringLiteral("Contract")) &&
                     issues.first().message.contains(QStringLiteral("only Commitment")),
             qPrintable(issues.first().message));
}

void TestRecordValidator::sameKeyTwiceIsAnErrorOnBothRows_data()
{
    targets();
}

void TestRecordValidator::sameKeyTwiceIsAnErrorOnBothRows()
{
    QFETCH(QString, target);
    const EntitySchema &s = schema(target);
    QVERIFY(!s.uniqueFields().isEmpty());
    QVERIFY(s.uniqueFields().contains(s.indexOf(s.idempotencyPath())));
    for (int field : s.uniqueFields()) {
        if (s.field(field).readOnly)
            continue;
        QVector<Record> rows = {validRecord(s, 1), validRecord(s, 2), validRecord(s, 3)};
        SheetValidation sheet(s);
        sheet.reset(rows);
        QCOMPARE(sheet.errorCount(), 0);
        Record changed = rows[1];
        changed.setValue(field, rows[0].value(field));
        sheet.update(rows[1], changed);
        rows[1] = changed;
        QCOMPARE(sheet.errorCount(), 2);
        QCOMPARE(sheet.cellSeverity(rows[0], field), ValidationIssue::Severity::Error);
        QCOMPARE(sheet.cellSeverity(rows[1], field), ValidationIssue::Severity::Error);
        QVERIFY(!sheet.hasIssues(rows[2]));
        const auto issues = sheet.cellIssues(rows[0], field);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.contains(QStringLiteral("1 other row")),
                 qPrintable(issues.first().message));
        // A third one, then back to distinct.
        Record third = rows[2];
        third.setValue(field, rows[0].value(field));
        sheet.update(rows[2], third);
        QCOMPARE(sheet.errorCount(), 3);
        sheet.update(third, rows[2]);
        sheet.update(rows[1], validRecord(s, 2));
        QCOMPARE(sheet.errorCount(), 0);
    }
}

void TestRecordValidator::incrementalCountsMatchAFullPass()
{
    // Random edits, kept incrementally, must end where a fresh full pass ends.
    const EntitySchema &s = schema(QStringLiteral("procore.work_order_contract"));
    QVector<Record> rows;
    for (int n = 1; n <= 200; ++n)
        rows.append(validRecord(s, n));
    SheetValidation live(s);
    live.reset(rows);
    QRandomGenerator random(7);
    const QVector<int> fields = {
            s.indexOf(QStringLiteral("number")), s.indexOf(QStringLiteral("origin_id")),
            s.indexOf(QStringLiteral("project_id")), s.indexOf(QStringLiteral("retainage_percent")),
            s.indexOf(QStringLiteral("status"))};
    for (int step = 0; step < 2000; ++step) {
        const int row = random.bounded(rows.size());
        const int field = fields.at(random.bounded(fields.size()));
        Record after = rows.at(row);
        switch (random.bounded(3)) {
        case 0:
            after.setValue(field, QVariant());
            break;
        case 1:
            after.setValue(field, rows.at(random.bounded(rows.size())).value(field));
            break;
        default:
            after.setValue(field, QVariant::fromValue(RawText{QStringLiteral("?")}));
            break;
        }
        live.update(rows.at(row), after);
        rows[row] = after;
    }
    SheetValidation fresh(s);
    fresh.reset(rows);
    QVERIFY(fresh.errorCount() > 0);
    QCOMPARE(live.errorCount(), fresh.errorCount());
    QCOMPARE(live.warningCount(), fresh.warningCount());
    for (const Record &r : std::as_const(rows))
        QCOMPARE(live.issues(r).size(), fresh.issues(r).size());
}

QTEST_APPLESS_MAIN(TestRecordValidator)
#include "tst_recordvalidator.moc"
