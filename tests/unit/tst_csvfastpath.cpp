// The streaming CSV import (CsvReader::stream, CsvStream, RecordImporter::import of a stream,
// ValueConverter::convertCanonical) against the general one (CsvReader::read, then
// RecordImporter::import of the SheetData): the same rows, records and issues, or the same
// error, for every file the reader tests use and for random files (quotes, line breaks,
// ragged rows, blank lines, decimal commas, locale dates, BOMs, UTF-16, Windows-1252).

#include "csvreader.h"
#include "csvstream.h"
#include "csvwriter.h"
#include "decimal.h"
#include "entityschema.h"
#include "importplanner.h"
#include "recordimporter.h"
#include "schemaregistry.h"
#include "valuecodec.h"
#include "valueconverter.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <limits>
#include <optional>

class TestCsvFastPath : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void canonicalValuesConvertAsTextDoes();
    void readerTestFilesReadTheSame();
    void sniffsPastTheFirstBlock();
    void checksUtf8AcrossBlocks();
    void randomFilesImportTheSame();
    void remembersRepeatedValues();
    void plansFromTheHead();
    void cancels();

private:
    // Compares the two paths for one file under several mappings; "" when all agree.
    QString compare(const QByteArray &bytes, const CsvReader::Options &options,
                    const EntitySchema &schema, QRandomGenerator *random = nullptr) const;

    std::optional<SchemaRegistry> m_registry;
};

namespace {

const char *const kTargets[] = {"procore.work_order_contract", "primavera.commitment",
                                "intacct.project_contract"};

QByteArray utf16Bytes(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

// Windows-1252 bytes for the characters it has; '?' for the others.
QByteArray windows1252Bytes(const QString &text)
{
    static const char16_t high[32] = {
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
            continue;
        }
        char byte = '?';
        for (int i = 0; i < 32; ++i) {
            if (high[i] == u)
                byte = char(0x80 + i);
        }
        out.append(byte);
    }
    return out;
}

QString describe(const QVariant &v)
{
    if (!v.isValid())
        return QStringLiteral("(null)");
    QString text;
    if (v.userType() == qMetaTypeId<Decimal>())
        text = v.value<Decimal>().toString();
    else if (ValueCodec::isRaw(v))
        text = QStringLiteral("raw:") + ValueCodec::toText(FieldSpec(), v);
    else
        text = v.toString();
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(v.typeName()), text);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && ValueCodec::identical(a, b);
}

QString issueText(const LocatedIssue &i)
{
    return QStringLiteral("[%1|%2|%3|%4|%5|%6|%7]")
            .arg(int(i.severity))
            .arg(i.file, i.sheet)
            .arg(i.row)
            .arg(i.column)
            .arg(i.columnName, i.message);
}

QStringList issueTexts(const QVector<LocatedIssue> &issues)
{
    QStringList out;
    for (const LocatedIssue &i : issues)
        out.append(issueText(i));
    return out;
}

QString compareOutcomes(const RecordImporter::Outcome &a, const RecordImporter::Outcome &b,
                        const EntitySchema &schema)
{
    if (a.cancelled != b.cancelled)
        return QStringLiteral("cancelled differs");
    if (a.mappedColumns != b.mappedColumns)
        return QStringLiteral("mapped columns: %1 / %2")
                .arg(a.mappedColumns.join(QLatin1Char(';')),
                     b.mappedColumns.join(QLatin1Char(';')));
    if (a.ignoredColumns != b.ignoredColumns)
        return QStringLiteral("ignored columns differ");
    const QStringList ai = issueTexts(a.issues);
    const QStringList bi = issueTexts(b.issues);
    if (ai != bi) {
        for (qsizetype i = 0; i < qMax(ai.size(), bi.size()); ++i) {
            if (ai.value(i) != bi.value(i))
                return QStringLiteral("issue %1 of %2/%3: %4 / %5")
                        .arg(i)
                        .arg(ai.size())
                        .arg(bi.size())
                        .arg(ai.value(i), bi.value(i));
        }
    }
    if (a.records.size() != b.records.size())
        return QStringLiteral("%1 / %2 records").arg(a.records.size()).arg(b.records.size());
    for (qsizetype r = 0; r < a.records.size(); ++r) {
        const Record &x = a.records.at(r);
        const Record &y = b.records.at(r);
        if (x.fieldCount() != y.fieldCount())
            return QStringLiteral("record %1: field counts").arg(r);
        for (int f = 0; f < x.fieldCount(); ++f) {
            if (!sameValue(x.value(f), y.value(f)))
                return QStringLiteral("record %1, %2: %3 / %4")
                        .arg(r)
                        .arg(schema.field(f).path, describe(x.value(f)), describe(y.value(f)));
        }
    }
    return QString();
}

// Rows of a stream as QStrings, with their lines.
struct Scanned
{
    QVector<QStringList> rows;
    QVector<int> rowNumbers;
    QVector<LocatedIssue> issues;
    Status status;
};

Scanned scanAll(const CsvStream &stream)
{
    Scanned s;
    s.status = stream.scan(
            [&](const CsvStream::Row &row) {
                QStringList cells;
                for (int c = 0; c < row.count; ++c)
                    cells.append(CsvStream::text(row.cells[c]));
                s.rows.append(cells);
                s.rowNumbers.append(row.line);
                return true;
            },
            &s.issues);
    return s;
}

// A cell value for a field of this type, mostly the way spreadsheets write them.
QString typedCell(FieldType type, const FieldSpec &field, QRandomGenerator &random)
{
    auto pick = [&](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    auto digits = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'0' + random.bounded(10)));
        return s;
    };
    switch (type) {
    case FieldType::Integer:
        switch (random.bounded(6)) {
        case 0:
            return QString::number(random.bounded(100000));
        case 1:
            return QStringLiteral("-") + digits(1 + random.bounded(19));
        case 2:
            return digits(1 + random.bounded(20));
        case 3:
            return pick({"2147483647", "2147483648", "-2147483648", "-2147483649", "007", "-0",
                         "1,204", "12.0", "12.5", "+5", "5-", " 42", "42 ", "1e3"});
        default:
            return QString::number(8000 + random.bounded(500));
        }
    case FieldType::Decimal:
        switch (random.bounded(6)) {
        case 0:
            return QStringLiteral("%1.%2")
                    .arg(random.bounded(100000))
                    .arg(digits(random.bounded(4)));
        case 1:
            return QStringLiteral("%1,%2")
                    .arg(random.bounded(100000))
                    .arg(digits(random.bounded(4)));
        case 2:
            return QStringLiteral("-") + digits(random.bounded(12)) + QStringLiteral(".") +
                   digits(random.bounded(12));
        case 3:
            return pick({"1,250.50",
                         "1.250,50",
                         "$ 1,250.00",
                         "(1,250.00)",
                         "1250.00-",
                         "10%",
                         QStringLiteral(u"1\u00a0250,5 €"),
                         ".5",
                         "5.",
                         "-.5",
                         ",5",
                         "5,",
                         ".",
                         ",",
                         "-",
                         "1.2.3",
                         "1,2,3",
                         "123456789012345678",
                         "1234567890123456789",
                         "0.000000000000000001",
                         "0.0000000000000000001",
                         "-0.00",
                         QStringLiteral(u"١٢٣")});
        default:
            return QString::number((random.bounded(21)) * 0.5);
        }
    case FieldType::Date:
    case FieldType::DateTime:
        switch (random.bounded(5)) {
        case 0:
            return QStringLiteral("%1-%2-%3")
                    .arg(1990 + random.bounded(60))
                    .arg(1 + random.bounded(13), 2, 10, QLatin1Char('0'))
                    .arg(1 + random.bounded(31), 2, 10, QLatin1Char('0'));
        case 1:
            return QStringLiteral("%1/%2/%3")
                    .arg(1 + random.bounded(13))
                    .arg(1 + random.bounded(31))
                    .arg(random.bounded(2) ? 2026 : 26);
        case 2:
            return pick({"28.02.2026", "31-Jan-2026", "Jan 31, 2026", "45688", "45688.0", "60",
                         "2026-02-01T00:00:00", "2026-02-01T08:30:00Z", "2026-02-01 00:00",
                         "2026/02/01", "0000-01-01", "2026-2-3", "2026-02-30", "20260201"});
        default:
            return QStringLiteral("2026-%1-%2")
                    .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                    .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'));
        }
    case FieldType::Boolean:
        return pick({"true", "false", "TRUE", "False", "yes", "No", "1", "0", "x", "X", "-", "ja",
                     "Nein", "oui", QStringLiteral(u"✓"), "maybe", " true", "y"});
    case FieldType::Enum:
        if (!field.values.isEmpty() && random.bounded(3) > 0) {
            const EnumValue &v = field.values.at(random.bounded(int(field.values.size())));
            switch (random.bounded(4)) {
            case 0:
                return v.label;
            case 1:
                return v.value.toLower();
            default:
                return v.value;
            }
        }
        return pick({"Draft", "draft", "out_for_signature", "Nope", "LUMP_SUM", "Lump sum"});
    case FieldType::String:
    case FieldType::Reference:
        break;
    }
    return pick({"WO-1", "Structural steel", "Per drawings and specifications", "  padded  ",
                 "'=SUM(A1)", "'hello", "''@x", "'-12.50", "=cmd", QStringLiteral(u"Müller GmbH"),
                 QStringLiteral(u"„Süd“ – ™"), QStringLiteral(u"😀 emoji"), "ERP-77"});
}

// Anything at all, including what a delimiter, quote or line break does inside a cell.
QString anyCell(QRandomGenerator &random)
{
    static const QStringList pool = {
            "",
            " ",
            "   ",
            "\t",
            QStringLiteral(u"\u00a0"),
            QStringLiteral(u"\u2003 \u3000"),
            QStringLiteral(u"\u2028"),
            QStringLiteral(u"\u0085"),
            QStringLiteral(u"\ufeff"),
            QStringLiteral(u"\u00a0nbsp\u00a0"),
            "Lobby, level 2",
            "He said \"fine\"",
            "a;b|c\td",
            "line\nbreak",
            "cr\rinside",
            "crlf\r\ninside",
            "\"",
            "\"\"",
            "trailing \"",
            "5\" pipe",
            QStringLiteral(u"€ 1.250"),
            QStringLiteral(u"Änderung „Süd“ ✓"),
            QStringLiteral(u"😀"),
            "x",
            "N/A",
            "#VALUE!",
    };
    return pool.at(random.bounded(int(pool.size())));
}

// One cell as a CSV writer might put it: quoted when it must be, sometimes when it need not
// be, sometimes with text after the closing quote or a stray quote inside.
QString writeCell(const QString &cell, QChar delimiter, QRandomGenerator &random)
{
    const bool must = cell.contains(delimiter) || cell.contains(QLatin1Char('"')) ||
                      cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    const int style = random.bounded(20);
    if (must || style == 0) {
        QString quoted = cell;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        if (style == 1)
            quoted += QStringLiteral("tail");
        return quoted;
    }
    if (style == 2 && !cell.isEmpty())
        return cell.left(1) + QLatin1Char('"') + cell.mid(1); // not at the start: a plain "
    return cell;
}

struct RandomFile
{
    QByteArray bytes;
    CsvReader::Options options;
};

RandomFile randomFile(const EntitySchema &schema, QRandomGenerator &random)
{
    static const QChar delimiters[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'),
                                       QLatin1Char('|')};
    const QChar delimiter = delimiters[random.bounded(4)];
    static const char *const breaks[] = {"\n", "\r\n", "\r"};
    const int lineBreakStyle = random.bounded(4); // 3: mixed
    auto lineBreak = [&]() {
        return QString::fromLatin1(
                breaks[lineBreakStyle == 3 ? random.bounded(3) : lineBreakStyle]);
    };

    // Columns: a field each (or none), a header naming it.
    const int columns = 1 + random.bounded(random.bounded(4) == 0 ? 30 : 12);
    QVector<int> fieldOf;
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        const int field = random.bounded(5) == 0 ? -1 : random.bounded(schema.fieldCount());
        fieldOf.append(field);
        if (field < 0)
            headers.append(random.bounded(2) ? QStringLiteral("Notes %1").arg(c) : QString());
        else
            headers.append(random.bounded(2) ? schema.field(field).label
                                             : schema.field(field).path);
    }

    QString text;
    auto writeRow = [&](const QStringList &cells) {
        QStringList written;
        for (const QString &cell : cells)
            written.append(writeCell(cell, delimiter, random));
        text += written.join(delimiter) + lineBreak();
    };
    const int titleRows = random.bounded(5) == 0 ? 1 + random.bounded(3) : 0;
    for (int t = 0; t < titleRows; ++t)
        writeRow({QStringLiteral("Export %1").arg(t)});
    writeRow(headers);
    const int shape = random.bounded(8);
    const int rows = shape == 0   ? random.bounded(3)
                     : shape == 1 ? 300 + random.bounded(500)
                                  : random.bounded(60);
    const bool repetitive = random.bounded(2) == 0;
    for (int r = 0; r < rows; ++r) {
        const int kind = random.bounded(40);
        if (kind == 0) {
            text += lineBreak(); // a blank line
            continue;
        }
        if (kind == 1) {
            text += QStringLiteral("  ") + QString(delimiter) + QStringLiteral(" ") + lineBreak();
            continue;
        }
        QStringList cells;
        int width = columns;
        if (kind == 2)
            width = qMax(1, columns - 1 - random.bounded(3));
        else if (kind == 3)
            width = columns + 1 + random.bounded(3);
        for (int c = 0; c < width; ++c) {
            if (c >= columns) {
                cells.append(random.bounded(2) ? QString() : anyCell(random));
                continue;
            }
            const int field = fieldOf.at(c);
            const int roll = random.bounded(10);
            if (repetitive && roll < 6 && r > 0) {
                // Values that repeat down the column, as statuses and titles do.
                QRandomGenerator same(quint32(c * 7 + random.bounded(3)));
                cells.append(
                        field < 0 ? anyCell(same)
                                  : typedCell(schema.field(field).type, schema.field(field), same));
            } else if (roll < 8 && field >= 0) {
                cells.append(typedCell(schema.field(field).type, schema.field(field), random));
            } else {
                cells.append(roll == 9 ? QString() : anyCell(random));
            }
        }
        writeRow(cells);
    }
    if (random.bounded(3) == 0 && !text.isEmpty())
        text.chop(lineBreak().size() > 1 && text.endsWith(QLatin1String("\r\n")) ? 2 : 1);
    if (random.bounded(30) == 0)
        text += QStringLiteral("\"never closed");
    // Excel's first line naming the delimiter (not always the one the rows use).
    switch (random.bounded(12)) {
    case 0:
        text.prepend(QStringLiteral("sep=") + delimiter + lineBreak());
        break;
    case 1:
        text.prepend(QStringLiteral("\"sep=") + delimiter + QStringLiteral("\"") + lineBreak());
        break;
    case 2:
        text.prepend(QStringLiteral("sep=") + delimiters[random.bounded(4)] +
                     (random.bounded(2) ? lineBreak() : QString()));
        break;
    default:
        break;
    }

    RandomFile file;
    if (random.bounded(2))
        file.options.delimiter = delimiter;
    switch (random.bounded(10)) {
    case 0:
        file.bytes = "\xEF\xBB\xBF" + text.toUtf8();
        break;
    case 1:
        file.bytes = utf16Bytes(text, true);
        break;
    case 2:
        file.bytes = utf16Bytes(text, false);
        break;
    case 3:
        file.bytes = windows1252Bytes(text); // detected as Windows-1252 when not UTF-8
        break;
    case 4:
        file.bytes = windows1252Bytes(text);
        file.options.encoding = QStringLiteral("Windows-1252");
        break;
    case 5:
        file.bytes = text.toUtf8();
        file.options.encoding = QStringLiteral("utf-8");
        break;
    case 6:
        if (random.bounded(2)) {
            // UTF-32 with its byte order mark, detected.
            const bool littleEndian = random.bounded(2);
            for (const char32_t c : QStringLiteral("\uFEFF").append(text).toUcs4()) {
                for (int k = 0; k < 4; ++k)
                    file.bytes.append(char((c >> (8 * (littleEndian ? k : 3 - k))) & 0xFF));
            }
        } else {
            // A legacy code page, chosen: its multi-byte characters across block ends, and
            // (Shift_JIS, Windows-1250) characters it cannot write, which the encoder replaces.
            static const char *const legacy[] = {"GB18030", "Shift_JIS", "Windows-1250", "Big5"};
            const char *name = legacy[random.bounded(4)];
            QStringEncoder encoder(name);
            file.bytes = encoder.encode(text);
            if (random.bounded(4) == 0 && !file.bytes.isEmpty()) // a byte it may not read
                file.bytes.insert(random.bounded(file.bytes.size()),
                                  char(0x80 + random.bounded(128)));
            file.options.encoding = QLatin1String(name);
        }
        break;
    default:
        file.bytes = text.toUtf8();
        break;
    }
    return file;
}

} // namespace

void TestCsvFastPath::initTestCase()
{
    auto registry = SchemaRegistry::loadBuiltIn();
    QVERIFY(registry);
    m_registry = std::move(registry).value();
}

QString TestCsvFastPath::compare(const QByteArray &bytes, const CsvReader::Options &options,
                                 const EntitySchema &schema, QRandomGenerator *random) const
{
    const QString name = QStringLiteral("f.csv");
    const auto sheet = CsvReader(options).read(bytes, name);
    const auto stream = CsvReader(options).stream(bytes, name);
    // Blocks of a few bytes put a block's end at every place in a row.
    const QVector<qsizetype> blockSizes =
            bytes.size() < 64 * 1024
                    ? QVector<qsizetype>{CsvStream::kBlockSize, 1, 2, 3, 7, 64, 1000}
                    : QVector<qsizetype>{CsvStream::kBlockSize, 4093, 1 << 20};
    auto inBlocks = [&](qsizetype blockSize) {
        CsvStream copy = stream.value();
        copy.setBlockSize(blockSize);
        return copy;
    };
    if (!sheet) {
        if (!stream)
            return stream.error() == sheet.error()
                           ? QString()
                           : QStringLiteral("errors: %1 / %2").arg(sheet.error(), stream.error());
        for (const qsizetype blockSize : blockSizes) {
            const Scanned scanned = scanAll(inBlocks(blockSize));
            if (scanned.status)
                return QStringLiteral("read fails (%1), the stream does not").arg(sheet.error());
            if (scanned.status.error() != sheet.error())
                return QStringLiteral("errors (blocks of %1): %2 / %3")
                        .arg(blockSize)
                        .arg(sheet.error(), scanned.status.error());
        }
        const auto imported = RecordImporter(schema).import(stream.value(), ImportMapping());
        if (imported || imported.error() != sheet.error())
            return QStringLiteral("import of the stream: %1").arg(imported.error());
        return QString();
    }
    if (!stream)
        return QStringLiteral("stream fails: %1").arg(stream.error());
    if (stream->encoding() != sheet->encoding || stream->delimiter() != sheet->delimiter)
        return QStringLiteral("encoding or delimiter: %1 %2 / %3 %4")
                .arg(sheet->encoding, QString(sheet->delimiter), stream->encoding(),
                     QString(stream->delimiter()));
    QVector<QStringList> expected = sheet->rows;
    if (const SheetData *whole = stream->sheet()) {
        // Read whole (UTF-16): converted as read() gave it; scan() hands over UTF-8, where an
        // unpaired surrogate cannot stay.
        if (whole->rows != sheet->rows)
            return QStringLiteral("the stream's sheet differs");
        for (QStringList &row : expected) {
            for (QString &cell : row)
                cell = CsvStream::text(cell.toUtf8());
        }
    }
    for (const qsizetype blockSize : blockSizes) {
        const Scanned scanned = scanAll(inBlocks(blockSize));
        if (!scanned.status)
            return QStringLiteral("scan fails: %1").arg(scanned.status.error());
        if (scanned.rows != expected) {
            for (qsizetype r = 0; r < qMax(scanned.rows.size(), expected.size()); ++r) {
                if (scanned.rows.value(r) != expected.value(r))
                    return QStringLiteral("blocks of %1, row %2: [%3] / [%4]")
                            .arg(blockSize)
                            .arg(r)
                            .arg(expected.value(r).join(QLatin1Char('|')),
                                 scanned.rows.value(r).join(QLatin1Char('|')));
            }
        }
        if (scanned.rowNumbers != sheet->rowNumbers)
            return QStringLiteral("blocks of %1: row numbers differ").arg(blockSize);
        if (issueTexts(scanned.issues) != issueTexts(sheet->issues))
            return QStringLiteral("reader issues: %1 / %2")
                    .arg(issueTexts(sheet->issues).join(QLatin1Char('\n')),
                         issueTexts(scanned.issues).join(QLatin1Char('\n')));
    }
    for (const int n : {0, 1, 2, 7, ImportPlanner::rowsNeeded()}) {
        const auto head = inBlocks(blockSizes.at(n % blockSizes.size())).head(n);
        if (!head)
            return QStringLiteral("head(%1) fails: %2").arg(n).arg(head.error());
        if (head->rows != sheet->rows.mid(0, n) || head->rowNumbers != sheet->rowNumbers.mid(0, n))
            return QStringLiteral("head(%1) differs").arg(n);
    }

    // The mapping planned on the head is the one planned on the whole sheet.
    const ImportPlanner planner(schema);
    const auto head = stream->head(ImportPlanner::rowsNeeded());
    const auto proposal = planner.propose(sheet.value());
    const auto headProposal = planner.propose(head.value());
    if (proposal.mapping.toJson() != headProposal.mapping.toJson() ||
        proposal.mapping.headerRow != headProposal.mapping.headerRow ||
        proposal.mapping.headers != headProposal.mapping.headers ||
        proposal.matchKinds != headProposal.matchKinds)
        return QStringLiteral("the proposal from the head differs");

    QVector<ImportMapping> mappings{proposal.mapping};
    ImportMapping european = proposal.mapping;
    european.formats.decimalSeparator = QLatin1Char(',');
    european.formats.dateOrder = ImportFormats::DateOrder::DayMonthYear;
    mappings.append(european);
    ImportMapping us = proposal.mapping;
    us.formats.dateOrder = ImportFormats::DateOrder::MonthDayYear;
    mappings.append(us);
    if (random) {
        ImportMapping other = proposal.mapping;
        other.headerRow = int(random->bounded(4)) - 1;
        if (random->bounded(2))
            other.constants.insert(schema.field(random->bounded(schema.fieldCount())).path,
                                   typedCell(FieldType::Integer, FieldSpec(), *random));
        mappings.append(other);
        ImportMapping beyond = proposal.mapping;
        beyond.headerRow = int(sheet->rows.size()) + int(random->bounded(2)) - 1;
        mappings.append(beyond);
        ImportMapping none = proposal.mapping;
        for (QString &field : none.fieldOfColumn)
            field.clear();
        mappings.append(none);
        ImportMapping twice = proposal.mapping;
        if (twice.fieldOfColumn.size() >= 2)
            twice.fieldOfColumn[1] = twice.fieldOfColumn[0] = schema.field(0).path;
        mappings.append(twice);
    }
    const RecordImporter importer(schema);
    for (qsizetype m = 0; m < mappings.size(); ++m) {
        const ImportMapping &mapping = mappings.at(m);
        const RecordImporter::Outcome general = importer.import(sheet.value(), mapping);
        const auto streamed =
                importer.import(inBlocks(blockSizes.at(m % blockSizes.size())), mapping);
        if (!streamed)
            return QStringLiteral("streamed import fails: %1").arg(streamed.error());
        const QString difference = compareOutcomes(general, streamed.value(), schema);
        if (!difference.isEmpty())
            return QStringLiteral("mapping %1 (header row %2): %3")
                    .arg(QString::fromUtf8(
                            QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)))
                    .arg(mapping.headerRow)
                    .arg(difference);
    }
    return QString();
}

void TestCsvFastPath::canonicalValuesConvertAsTextDoes()
{
    QStringList texts = {"",
                         " ",
                         "0",
                         "-0",
                         "007",
                         "42",
                         "-42",
                         "+42",
                         "42 ",
                         " 42",
                         "4 2",
                         "1,204",
                         "1.204",
                         "12.0",
                         "12.5",
                         "12,5",
                         "-12,5",
                         ",5",
                         "5,",
                         ".5",
                         "5.",
                         "-.5",
                         "-,5",
                         ".",
                         ",",
                         "-",
                         "--5",
                         "5-",
                         "1.2.3",
                         "1,2,3",
                         "1e3",
                         "0x10",
                         "123456789012345678",
                         "-123456789012345678",
                         "1234567890123456789",
                         "12345678901234567.8",
                         "1234567890123456.78",
                         "0.000000000000000001",
                         "0.0000000000000000001",
                         "2147483647",
                         "2147483648",
                         "-2147483648",
                         "-2147483649",
                         "9223372036854775807",
                         "9999999999999999999",
                         "-9999999999999999999",
                         "99999999999999999.99",
                         QStringLiteral(u"١٢٣"),
                         QStringLiteral(u"１２"),
                         "2026-02-28",
                         "2026-02-30",
                         "2026-13-01",
                         "0000-01-01",
                         "9999-12-31",
                         "2026-2-3",
                         "2026/02/01",
                         "20260201",
                         "2026-02-28 ",
                         "2026-02-01T00:00:00",
                         "2026-02-01T08:30:00Z",
                         "28.02.2026",
                         "2/28/2026",
                         "45688",
                         "true",
                         "false",
                         "TRUE",
                         "x",
                         "-",
                         "'=SUM(A1)",
                         "'42",
                         "'2026-02-28",
                         "WO-1",
                         "  padded  ",
                         QStringLiteral(u"\u00a0x"),
                         QStringLiteral(u"x\u00a0"),
                         QStringLiteral(u"Müller"),
                         "Draft",
                         "out_for_signature",
                         "Lump sum",
                         "\t1",
                         "1\t",
                         "\x7f",
                         "a\x01"};
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = random.bounded(22);
        for (int k = 0; k < n; ++k)
            s.append(QLatin1Char("0123456789-.,"[random.bounded(13)]));
        texts.append(s);
    }
    int checked = 0;
    for (const char *id : kTargets) {
        const EntitySchema &schema = *m_registry->find(QLatin1String(id));
        for (const FieldSpec &field : schema.fields()) {
            for (const QChar separator : {QLatin1Char('.'), QLatin1Char(',')}) {
                for (const auto order :
                     {ImportFormats::DateOrder::Auto, ImportFormats::DateOrder::DayMonthYear,
                      ImportFormats::DateOrder::MonthDayYear}) {
                    ImportFormats formats;
                    formats.decimalSeparator = separator;
                    formats.dateOrder = order;
                    const ValueConverter converter(formats);
                    for (const QString &text : std::as_const(texts)) {
                        const QByteArray utf8 = text.toUtf8();
                        // What the variant held before must not matter.
                        QVariant fast = field.type == FieldType::Date
                                                ? QVariant(QDate(2000, 1, 1))
                                                : QVariant(QStringLiteral("x"));
                        if (!converter.convertCanonical(field, utf8, fast))
                            continue;
                        ++checked;
                        const auto slow = converter.convert(field, text);
                        QVERIFY2(
                                sameValue(fast, slow.value) && slow.problem.isEmpty(),
                                qPrintable(QStringLiteral("%1 (%2, '%3'): %4 / %5")
                                                   .arg(field.path, FieldSpec::typeName(field.type),
                                                        QString(separator), describe(slow.value),
                                                        describe(fast)) +
                                           QStringLiteral(" for '%1'").arg(text)));
                    }
                }
            }
        }
    }
    QVERIFY(checked > 10000);
}

void TestCsvFastPath::readerTestFilesReadTheSame()
{
    // The files tst_csvreader reads, with the options it reads them with.
    struct Case
    {
        QByteArray bytes;
        QString encoding;
        QChar delimiter;
    };
    QVector<Case> cases;
    auto add = [&](const QByteArray &bytes, const QString &encoding = QString(),
                   QChar delimiter = QChar()) {
        cases.append({bytes, encoding, delimiter});
    };
    add("number,title,amount\r\nWO-001,\"Lobby, level 2\",\"1,250.00\"\r\n"
        "WO-002,\"He said \"\"fine\"\"\",10\nWO-003,,\r");
    add("a,b\n1,\"two\nlines\"\r\n3,x\n");
    add("\xEF\xBB\xBFnumber;title\n\n;\nA;B\n", QString(), QLatin1Char(';'));
    add("a,b\n1,\"open\n2,3\n");
    add("a,b\n\xFF\xFE\xFA,1\n", QStringLiteral("UTF-8"));
    add("a,b\n\xFF\xFE\xFA,1\n");
    CsvWriter writer;
    for (const QStringList &row : QVector<QStringList>{{"path", "value"},
                                                       {"a", "comma, inside"},
                                                       {"b", "quote \" inside"},
                                                       {"c", "line\nbreak"},
                                                       {"d", " edge spaces "},
                                                       {"e", ""}})
        writer.addRow(row);
    add(writer.bytes());
    for (const char *edge :
         {"size,what\n5\" pipe,a\"b\"c\n", "a,b\n\"x\"y,\"q\" \n",
          "a,b\r\"1\r2\",\"3\r\n4\"\r5,6\r", "a,b\n   \n , \n\"\",\"\"\n1,2", "a,b,c\n\"\",x,\n",
          "a,b\n1,\"2\"", "a,b\n", "", "a,b\n\"\"\"\n\"\"\",z\n"})
        add(edge, QString(), QLatin1Char(','));
    add("a,b,c\n\"x\ny\",\"open\n1,2,3\n4,5,6\n");
    const QString german = QStringLiteral(u"Lieferant,Betrag\nMüller GmbH,€ 1.250\n");
    add(german.toUtf8());
    add("\xEF\xBB\xBF" + german.toUtf8());
    add(german.toUtf8(), QStringLiteral("utf-8"));
    const QString unicodeText =
            QStringLiteral(u"Nummer\tBeschreibung\tBetrag\r\nCO-1\t\"Zeile 1\r\nZeile 2\"\t"
                           u"1.250,50\r\nCO-2\tÄnderung „Süd“ ✓\t-3,5\r\n");
    add(utf16Bytes(unicodeText, true));
    add(utf16Bytes(unicodeText, false));
    add(utf16Bytes(unicodeText, true).mid(2), QStringLiteral("UTF-16LE"));
    const QByteArray ansi = "Lieferant;Betrag;W\xE4hrung;Notiz\r\n"
                            "M\xFCller GmbH;1.250,50;\x80;\x84Gr\xFC\xDF"
                            "e\x93\r\n"
                            "Stra\xDF"
                            "enbau AG;3,5;\x80;\x96 \x85 \x99\r\n";
    add(ansi);
    add(ansi, QStringLiteral("windows-1252"));
    add("a;b\n\x81\x8D;\x8F\x90\x9D\n");
    add("a,b\nM\xC3\xBCller,1\n", QStringLiteral("Windows-1252"));
    for (const char *bytes :
         {"a", "M\xC3\xBCller \xE2\x82\xAC", "\xF0\x9F\x98\x80", "M\xFCller", "\x80 5", "\xC0\xAF",
          "\xED\xA0\x80", "\xF4\x90\x80\x80", "abcdefgh\xE2\x82", "abcdefghijklmnop\xE4q"})
        add(bytes);
    add(QByteArray("\xFF\xFE"
                   "a\0",
                   4));
    add(QByteArray("\xFE\xFF\0a", 4));
    add("a,b\n", QStringLiteral("EBCDIC"));
    add("a,b\n", QString(), QLatin1Char('"'));
    add("a,b\r\n1,\"x\ny\"\r\n2,\xE4nderung\n", QStringLiteral("UTF-8"));
    for (const char *sniff :
         {"a,b,c\n1,2,3\n4,5,6\n", "a;b;c\n1;2;3\n4;5;6\n", "a\tb\tc\n1\t2\t3\n",
          "a|b|c\n1|2|3\n4|5|6\n", "Menge;Preis\n1,5;2,5\n3;4,25\n10,75;1\n", "1,5;2,5\n3,5;4,5\n",
          "a,b,c\n\"x;y;z\",\"p|q|r|s\",1\n\"u;v;w\",2,\"t|u|v|w\"\n",
          "a;b\n\"1,2,3\";x\n\"4,5\";\"y,z,w\"\n", "a,1\tb,2\n1,250.00\t3,5\n",
          "id,scope,terms\n1,Formwork; rebar; pour,Net 30\n2,Steel,Net 45\n3,Glass,Net 30\n",
          "a;b\n\"x,\ny,\nz\";1\n2;3\n",
          "Commitments export\n\nnumber;title;amount\nC-1;Steel;1.000,00\nC-2;Glass;250,00\n",
          "title\nalpha\nbeta\n"})
        add(sniff);
    add("a;b,c\n1;2,3\n", QString(), QLatin1Char(','));
    add("a;b,c\n1;2,3\n", QString(), QLatin1Char(';'));
    // Excel's sep= line, as tst_csvreader reads it; UTF-32; legacy code pages and what they
    // cannot read.
    for (const char *sep :
         {"sep=;\nname;amount\nLobby, east;1,5\n", "sep=;\r\nname;amount\r\n",
          "sep=;\rname;amount\rLobby, east;1,5", "\xEF\xBB\xBFsep=;\nname;amount\n",
          "\"sep=;\"\r\nname;amount\r\n", "SEP=;\na;b\n", "\nsep=;\nname;amount\n",
          "sep=,\na|b\tc,d\n", "sep=\t\na;b\tc\n", "sep=|\r\na,b|c\r\n", "sep=;", "sep=;\r\n",
          "sep=;\nM\xFCller;1,5\n", "sep=;;\na;b\n", "sep=;\na;b\n1;2\n3\n",
          "sep=;\r\na;b\r\n1;\"never\r\n", "\xEF\xBB\xBF\xEF\xBB\xBFsep=;\na;b\n"})
        add(sep);
    add("sep=;\na;b,c\n", QString(), QLatin1Char(','));
    add(utf16Bytes(QStringLiteral("sep=;\r\nname;amount\r\n"), true));
    add(QByteArray("\xFF\xFE\0\0a\0\0\0,\0\0\0b\0\0\0", 16));
    add(QByteArray("\0\0\xFE\xFF\0\0\0a\0\0\0\t\0\0\0b\0\0\0\n\0\0\0x\0\x11\0\0", 28));
    add(QByteArray("\xFF\xFE\0\0a\0\0\0,\0", 10));
    add("a;b\n1;2\n3;x\xFFy\n4;\xFF\n", QStringLiteral("Shift_JIS"));
    add("sep=;\na;b\n1;\x82", QStringLiteral("sjis"));
    add("sep=,\na,b\n\x81\x30\x20,1\n", QStringLiteral("GB18030"));
    add("a,b\nM\xC3\xBCller,1\n", QStringLiteral("EUC-JP"));
    add("a;b\n\x8A\xE8;\x9E\xF8\n", QStringLiteral("windows-1250"));
    for (const char *name :
         {"intacct.project_contract", "primavera.change_order", "primavera.commitment",
          "procore.potential_change_order", "procore.work_order_contract"}) {
        QFile demo(QStringLiteral(CD_SOURCE_DIR "/resources/demo/") + QLatin1String(name) +
                   QStringLiteral(".csv"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        add(demo.readAll());
    }
    add("Commitments export\n\nnumber,title,amount\nC-1,Steel,1000\nC-2,Glass\n"
        "C-3,Doors,200,extra\nC-4,Paint,300\n");
    QByteArray many = "a,b,c\n";
    for (int i = 0; i < 400; ++i)
        many += (i % 2 == 0) ? QByteArray("1,2,3\n") : QByteArray("1,2\n");
    add(many + "x,y,z\n");
    const int length = 10 * 1000 * 1000;
    for (int variant = 0; variant < 3; ++variant) {
        QByteArray big(length, 'x');
        if (variant == 2) {
            for (int i = 0; i < length; i += 1000)
                big[i] = '"';
            big.replace("\"", "\"\"");
        }
        add("a,b,c\n1," + (variant > 0 ? "\"" + big + "\"" : big) + ",3\n");
    }
    const QByteArray cell(CsvReader::kMaxCellChars, 'y');
    add("a,b\n1,\"" + cell + "\"\n2," + cell + "\n");
    add("a,b\n1,\"" + cell + "y\"\n");
    add("a,b\n1," + cell + "y\n");
    // The limit counts characters (UTF-16 units), not bytes.
    const QByteArray umlauts = QString(CsvReader::kMaxCellChars, QChar(0xFC)).toUtf8();
    add("a,b\n1," + umlauts + "\n");
    add("a,b\n1,\"" + umlauts + "\"\"\"\n");
    QByteArray emoji;
    for (int i = 0; i < CsvReader::kMaxCellChars / 2; ++i)
        emoji += "\xF0\x9F\x98\x80";
    add("a,b\n1," + emoji + "\n");
    add("a,b\n1," + emoji + "x\n");
    QByteArray stray = "a,b\n1,\"stray\n";
    for (int i = 0; i < 5000; ++i)
        stray += "2,filler text\n";
    add(stray + "\"\n");
    QByteArray widest = "a\n";
    widest += QByteArray(CsvReader::kMaxColumns - 1, ',') + "\n";
    widest += "x" + QByteArray(CsvReader::kMaxColumns - 1, ',') + "\n";
    add(widest, QString(), QLatin1Char(','));
    add("a,b\n1,2\nx" + QByteArray(CsvReader::kMaxColumns, ',') + "\n");
    QByteArray progress = "number,title,amount\n";
    for (int i = 0; i < 40000; ++i)
        progress += "WO-" + QByteArray::number(i) + ",\"Lobby, level 2\",1250.00\n";
    add(progress);
    // Byte order marks after the first one are text (QString::fromUtf8 would drop them).
    add("\xEF\xBB\xBF\xEF\xBB\xBF"
        "a,b\n\xEF\xBB\xBF,x\n");
    add("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF;b\n\xEF\xBB\xBF;\xEF\xBB\xBF\n");
    add("a,b\n\xEF\xBB\xBF\xEF\xBB\xBF"
        "1,\"\xEF\xBB\xBF"
        "q\"\n\xEF\xBB\xBF\n");
    // A delimiter outside ASCII goes the whole-file way.
    add(QStringLiteral(u"a§b\n1§2\n").toUtf8(), QString(), QChar(0xA7));

    int n = 0;
    for (const Case &c : std::as_const(cases)) {
        CsvReader::Options options;
        options.encoding = c.encoding;
        options.delimiter = c.delimiter;
        for (const char *id : kTargets) {
            const QString difference =
                    compare(c.bytes, options, *m_registry->find(QLatin1String(id)));
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("case %1 (%2): %3").arg(n).arg(id, difference)));
        }
        ++n;
    }
}

void TestCsvFastPath::sniffsPastTheFirstBlock()
{
    // The sample of 50 records runs past the first block the stream decodes for sniffing.
    QByteArray longRecords = "a;b\n";
    for (int i = 0; i < 60; ++i)
        longRecords += "\"" + QByteArray(3000, 'x') + ",\n,|\";" + QByteArray::number(i) + "\n";
    // A quoted cell holding line breaks and commas spans the cut.
    QByteArray spanning =
            "a;b\n1;\"" + QByteArray(70000, ',') + "\n\n" + QByteArray(10, ',') + "\"\n2;3\n";
    // A character of several bytes right at the cut.
    QByteArray multibyte = "a,b\n" + QByteArray(CsvStream::kBlockSize - 5, 'x') +
                           QStringLiteral(u"€,😀\n").toUtf8();
    for (int i = 0; i < 60; ++i)
        multibyte += "1,2\n";
    for (const QByteArray &bytes : {longRecords, spanning, multibyte}) {
        const QString difference = compare(
                bytes, {}, *m_registry->find(QStringLiteral("procore.work_order_contract")));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

void TestCsvFastPath::checksUtf8AcrossBlocks()
{
    // Opening a stream checks a file's UTF-8 a block at a time: characters cut by a block's
    // end, and bytes that are not UTF-8 on either side of it.
    const qsizetype block = 4 * CsvStream::kBlockSize;
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    CsvReader::Options utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    for (const QByteArray &character :
         {QByteArray("\xC3\xBC"), QByteArray("\xE2\x82\xAC"), QByteArray("\xF0\x9F\x98\x80"),
          QByteArray("\xE2\x82"), QByteArray("\xFC"), QByteArray("\xE2\x82\xACx\xFF")}) {
        for (qsizetype before = 1; before <= 4; ++before) {
            QByteArray csv = "a,b\r\n";
            while (csv.size() < block - before - 40)
                csv += "1,\"two\nlines\"\r\n";
            csv += QByteArray(block - before - csv.size(), 'x');
            csv += character + ",y\n2,3\n";
            for (const CsvReader::Options &options : {CsvReader::Options(), utf8}) {
                const QString difference = compare(csv, options, schema);
                QVERIFY2(difference.isEmpty(),
                         qPrintable(
                                 QStringLiteral("%1 bytes before the block's end, %2: %3")
                                         .arg(before)
                                         .arg(QString::fromLatin1(character.toHex()), difference)));
            }
        }
    }
}

void TestCsvFastPath::randomFilesImportTheSame()
{
    const int files = qEnvironmentVariableIsSet("CD_FASTPATH_FILES")
                              ? qEnvironmentVariableIntValue("CD_FASTPATH_FILES")
                              : 400;
    const quint32 seed = qEnvironmentVariableIsSet("CD_FASTPATH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("CD_FASTPATH_SEED"))
                                 : 20260201u;
    for (int i = 0; i < files; ++i) {
        QRandomGenerator random(seed + quint32(i));
        const EntitySchema &schema = *m_registry->find(QLatin1String(kTargets[random.bounded(3)]));
        const RandomFile file = randomFile(schema, random);
        const QString difference = compare(file.bytes, file.options, schema, &random);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("file %1 (seed %2, %3): %4")
                                                          .arg(i)
                                                          .arg(seed + quint32(i))
                                                          .arg(schema.id(), difference)));
    }
}

void TestCsvFastPath::remembersRepeatedValues()
{
    // The benchmark's shape: a few titles and statuses repeated, every number distinct; then
    // the remembered values must not leak from one column or file into another.
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    QByteArray csv = "Contract #,Title,Status,Executed,Retainage %,Contract Date,Description\r\n";
    for (int r = 0; r < 3000; ++r) {
        csv += "WO-" + QByteArray::number(100000 + r) + ",";
        csv += QByteArray("Title ") + char('A' + r % 7) + ",";
        csv += QByteArray(r % 500 == 0 ? "Nope" : r % 2 ? "Approved" : "out_for_signature") + ",";
        csv += QByteArray(r % 3 ? "true" : "x") + ",";
        csv += QByteArray::number(r % 21) + (r % 5 ? ".5" : "") + ",";
        csv += "2026-" + QByteArray::number(1 + r % 12).rightJustified(2, '0') + "-" +
               QByteArray::number(1 + r % 28).rightJustified(2, '0') + ",";
        csv += r < 1000 ? QByteArray::number(r) : QByteArray("Per drawings");
        csv += "\r\n";
    }
    const QString difference = compare(csv, {}, schema);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCsvFastPath::plansFromTheHead()
{
    QCOMPARE(ImportPlanner::rowsNeeded(), 530);
    ImportMapping explicitRow;
    explicitRow.headerRow = 700;
    QCOMPARE(ImportPlanner::rowsNeeded(&explicitRow), 1201);
    explicitRow.headerRow = std::numeric_limits<int>::max();
    QCOMPARE(ImportPlanner::rowsNeeded(&explicitRow), std::numeric_limits<int>::max());

    // Date conventions found only in row 500 and below are found in the head too.
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    QByteArray csv;
    for (int t = 0; t < 20; ++t)
        csv += "Title row " + QByteArray::number(t) + "\n";
    csv += "Contract #,Contract Date,Retainage %\n";
    for (int r = 0; r < 1500; ++r)
        csv += "WO-" + QByteArray::number(r) + "," +
               (r < 480 ? QByteArray("") : QByteArray("25/02/2026")) + "," +
               (r < 490 ? QByteArray("") : QByteArray("\"1,5\"")) + "\n";
    const QString difference = compare(csv, {}, schema);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const auto stream = CsvReader().stream(csv, QStringLiteral("p.csv"));
    QVERIFY(stream);
    const auto head = stream->head(ImportPlanner::rowsNeeded());
    QVERIFY(head);
    const auto mapping = ImportPlanner(schema).propose(head.value()).mapping;
    QCOMPARE(mapping.headerRow, 20);
    QCOMPARE(mapping.formats.dateOrder, ImportFormats::DateOrder::DayMonthYear);
    QCOMPARE(mapping.formats.decimalSeparator, QChar(','));
}

void TestCsvFastPath::cancels()
{
    const EntitySchema &schema = *m_registry->find(QStringLiteral("procore.work_order_contract"));
    QByteArray csv = "Contract #\n";
    for (int i = 0; i < 10000; ++i)
        csv += "WO-" + QByteArray::number(i) + "\n";
    const auto stream = CsvReader().stream(csv, QStringLiteral("c.csv"));
    QVERIFY(stream);
    const auto mapping = ImportPlanner(schema).propose(stream->head(600).value()).mapping;
    QVector<qint64> done;
    const auto all =
            RecordImporter(schema).import(stream.value(), mapping, [&](qint64 d, qint64 t) {
                done.append(d);
                return t == stream->size();
            });
    QVERIFY(all);
    QCOMPARE(all->records.size(), 10000);
    QVERIFY(done.size() >= 3);
    QCOMPARE(done.constLast(), stream->size());
    int calls = 0;
    const auto cancelled = RecordImporter(schema).import(
            stream.value(), mapping, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(cancelled);
    QVERIFY(cancelled->cancelled);
    QVERIFY(cancelled->records.isEmpty());
}

QTEST_APPLESS_MAIN(TestCsvFastPath)
#include "tst_csvfastpath.moc"
