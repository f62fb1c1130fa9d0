#include "xlsxreader.h"

#include "xmlpartscanner.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <unzip.h>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace {

constexpr int kChunk = 128 * 1024;
constexpr int kProgressRows = 4096;
constexpr int kMaxSignificantDigits = 15; // what Excel shows of a double

// Inflated bytes of all parts together, against the zip-bomb limit.
struct Budget
{
    qint64 used = 0;
    qint64 limit = 0;
};

// One part (file) of the workbook, inflated chunk by chunk into a QXmlStreamReader.
class PartReader
{
public:
    PartReader(unzFile zip, Budget &budget, int maxDepth)
        : m_zip(zip)
        , m_budget(budget)
        , m_maxDepth(maxDepth)
    {}
    ~PartReader()
    {
        stopPrefetch();
        if (m_open)
            unzCloseCurrentFile(m_zip);
    }
    PartReader(const PartReader &) = delete;
    PartReader &operator=(const PartReader &) = delete;

    // False when the part is not in the archive.
    bool open(const QString &name)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK)
            return false;
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK)
            m_size = qint64(info.uncompressed_size);
        m_open = unzOpenCurrentFile(m_zip) == UNZ_OK;
        if (!m_open)
            m_error = XlsxReader::tr("is damaged (a part cannot be unpacked)");
        return true;
    }

    // The next XML token, reading more of the part as needed. Invalid with error() on failure.
    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            if (!m_error.isEmpty())
                return QXmlStreamReader::Invalid;
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
                    feed();
                    continue;
                }
                if (m_error.isEmpty())
                    m_error = XlsxReader::tr("holds broken XML (%1)").arg(xml.errorString());
                return token;
            }
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
                m_error = XlsxReader::tr("declares XML entities, which workbooks never do "
                                         "(an XML bomb?)");
                return QXmlStreamReader::Invalid;
            }
            if (token == QXmlStreamReader::StartElement && ++m_depth > m_maxDepth) {
                m_error = XlsxReader::tr("nests XML deeper than %1 levels (an XML bomb?)")
                                  .arg(m_maxDepth);
                return QXmlStreamReader::Invalid;
            }
            if (token == QXmlStreamReader::EndElement)
                --m_depth;
            return token;
        }
    }

    const QString &error() const { return m_error; }
    qint64 inflated() const { return m_inflated.load(); }
    qint64 size() const { return m_size; }

    QXmlStreamReader xml;

    // Inflates the rest of the part on a second thread, a few chunks ahead of read(): on a
    // large sheet the inflate then runs beside the tokenizer instead of before each step.
    // From here on only that thread touches the archive, the budget and the counters.
    void prefetch()
    {
        if (!m_open || !m_error.isEmpty() || m_producer.joinable())
            return;
        m_producer = std::thread([this] {
            for (;;) {
                QByteArray chunk(kChunk * 2, Qt::Uninitialized);
                const qint64 n = inflate(chunk.data(), chunk.size());
                std::unique_lock<std::mutex> lock(m_mutex);
                if (n <= 0) {
                    m_produced = true;
                    m_producerError = n < 0;
                    m_changed.notify_all();
                    return;
                }
                chunk.truncate(int(n));
                m_changed.wait(lock, [this] { return m_stop || m_chunks.size() < 8; });
                if (m_stop)
                    return;
                m_chunks.push_back(std::move(chunk));
                m_changed.notify_all();
            }
        });
    }

    // Raw inflated bytes for XmlPartScanner: the count, 0 at the end, -1 on failure (error()).
    qint64 read(char *data, qint64 max)
    {
        if (!m_producer.joinable())
            return inflate(data, max);
        if (m_offset == m_current.size()) {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_chunks.empty() || m_produced; });
            if (m_chunks.empty())
                return m_producerError ? -1 : 0;
            m_current = std::move(m_chunks.front());
            m_chunks.pop_front();
            m_offset = 0;
            m_changed.notify_all();
        }
        const qint64 n = qMin<qint64>(max, m_current.size() - m_offset);
        std::memcpy(data, m_current.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void stopPrefetch()
    {
        if (!m_producer.joinable())
            return;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_producer.join();
    }

    qint64 inflate(char *data, qint64 max)
    {
        if (!m_error.isEmpty() || !m_open)
            return -1;
        const int n = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(max, kChunk * 8)));
        if (n < 0) {
            m_error = XlsxReader::tr("is damaged or incomplete (a part cannot be unpacked)");
            return -1;
        }
        m_inflated += n;
        m_budget.used += n;
        if (m_budget.used > m_budget.limit) {
            m_error = XlsxReader::tr("is too large once unpacked (more than %L1 MiB): it may be "
                                     "a zip bomb")
                              .arg(m_budget.limit >> 20);
            return -1;
        }
        return n;
    }

public:
    // A scanner over this part; problems it finds are reported through error().
    XmlPartScanner scanner()
    {
        return XmlPartScanner([this](char *data, qint64 max) { return read(data, max); },
                              m_maxDepth);
    }

    // The scanner's problem, or the part's own, in the words of error().
    void takeProblem(const XmlPartScanner &scanner)
    {
        stopPrefetch(); // the inflating thread may write the part's error: wait for it first
        if (!m_error.isEmpty())
            return;
        switch (scanner.problem()) {
        case XmlPartScanner::Problem::Entities:
            m_error = XlsxReader::tr("declares XML entities, which workbooks never do "
                                     "(an XML bomb?)");
            break;
        case XmlPartScanner::Problem::TooDeep:
            m_error = XlsxReader::tr("nests XML deeper than %1 levels (an XML bomb?)")
                              .arg(m_maxDepth);
            break;
        default:
            m_error = XlsxReader::tr("holds broken XML (%1)").arg(scanner.errorString());
            break;
        }
    }

private:
    void feed()
    {
        QByteArray chunk(kChunk, Qt::Uninitialized);
        const qint64 n = read(chunk.data(), chunk.size());
        if (n < 0)
            return;
        if (n == 0) {
            m_eof = true;
            return;
        }
        chunk.truncate(int(n));
        xml.addData(chunk);
    }

    unzFile m_zip;
    Budget &m_budget;
    int m_maxDepth;
    bool m_open = false;
    bool m_eof = false;
    int m_depth = 0;
    std::atomic<qint64> m_inflated{0};
    // The prefetching thread and the chunks it has inflated ahead.
    std::thread m_producer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks;
    bool m_produced = false;
    bool m_producerError = false;
    bool m_stop = false;
    QByteArray m_current;
    qsizetype m_offset = 0;
    qint64 m_size = 0;
    QString m_error;
};

struct ZipCloser
{
    void operator()(void *zip) const
    {
        if (zip)
            unzClose(zip);
    }
};
using ZipHandle = std::unique_ptr<void, ZipCloser>;

QStringView attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.attributes().value(name);
}

// The relationship id of a <sheet>: r:id in the relationships namespace.
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
            return a.value().toString();
    }
    return QString();
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

// d, m, y, h or s outside quotes, escapes and [colour]/[condition] sections. Elapsed [h]:mm is
// a duration, not a date.
bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QString inner = code.mid(i + 1, end - i - 1).toLower();
            if (inner == QLatin1String("h") || inner == QLatin1String("hh") ||
                inner == QLatin1String("m") || inner == QLatin1String("mm") ||
                inner == QLatin1String("s") || inner == QLatin1String("ss"))
                return false;
            if (end < 0)
                return false;
            i = end;
        } else if (QStringLiteral("dmyhsDMYHS").contains(c)) {
            return true;
        } else if (c == QLatin1Char(';')) {
            break; // the first section decides
        }
    }
    return false;
}

// "B7" -> column 2 (1-based) and row 7; 0 where absent.
void parseReference(QByteArrayView ref, int &column, int &row)
{
    column = 0;
    row = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char c = ref.at(i);
        const int letter = c >= 'A' && c <= 'Z' ? c - 'A' : (c >= 'a' && c <= 'z' ? c - 'a' : -1);
        if (letter < 0)
            break;
        column = column * 26 + letter + 1;
        if (column > 1 << 20)
            return;
    }
    for (; i < ref.size() && ref.at(i) >= '0' && ref.at(i) <= '9'; ++i) {
        row = row * 10 + (ref.at(i) - '0');
        if (row > 1 << 24)
            return;
    }
}

// Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_) and a
// literal "_x" followed by four hex digits and "_" with its underscore escaped as _x005F_.
void decodeExcelEscapes(QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() &&
            text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    text = out;
}

bool isBlankText(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// A non-negative decimal integer (row numbers, style and string indexes); -1 if it is not one.
int parseCount(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 9)
        return -1;
    int n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// Already what normalizeNumber() would make of it: no exponent, no superfluous zeros, at most
// 15 digits. Most numbers Excel writes are like this, and they need no work.
bool isCanonicalNumber(QByteArrayView t)
{
    qsizetype i = t.startsWith('-') ? 1 : 0;
    const qsizetype intStart = i;
    while (i < t.size() && t.at(i) >= '0' && t.at(i) <= '9')
        ++i;
    const qsizetype intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && t.at(intStart) == '0'))
        return false;
    qsizetype fractionDigits = 0;
    if (i < t.size()) {
        if (t.at(i) != '.')
            return false;
        ++i;
        const qsizetype fractionStart = i;
        while (i < t.size() && t.at(i) >= '0' && t.at(i) <= '9')
            ++i;
        fractionDigits = i - fractionStart;
        if (i != t.size() || fractionDigits == 0 || t.at(i - 1) == '0')
            return false;
    }
    if (intStart == 1 && intDigits == 1 && t.at(1) == '0' && fractionDigits == 0)
        return false; // "-0"
    return intDigits + fractionDigits <= kMaxSignificantDigits;
}

QString normalizeNumberBytes(QByteArrayView value)
{
    if (isCanonicalNumber(value))
        return QString::fromLatin1(value);
    return XlsxReader::normalizeNumber(QString::fromUtf8(value));
}

QString serialBytesToIso(QByteArrayView value, bool date1904)
{
    // Whole days after 1900-03-01 (serial 61): most dates in a sheet.
    const int serial = parseCount(value);
    if (!date1904 && serial > 60 && serial <= 2958465) {
        int y = 0;
        int m = 0;
        int d = 0;
        QDate(1899, 12, 30).addDays(serial).getDate(&y, &m, &d);
        char iso[10] = {char('0' + y / 1000),
                        char('0' + y / 100 % 10),
                        char('0' + y / 10 % 10),
                        char('0' + y % 10),
                        '-',
                        char('0' + m / 10),
                        char('0' + m % 10),
                        '-',
                        char('0' + d / 10),
                        char('0' + d % 10)};
        return QString::fromLatin1(iso, 10);
    }
    return XlsxReader::serialToIso(QString::fromUtf8(value), date1904);
}

} // namespace

// Exact decimal text of an Excel number, at most 15 significant digits as Excel shows it:
// "0.30000000000000004" -> "0.3", "1.25E+6" -> "1250000", "1E-3" -> "0.001".
QString XlsxReader::normalizeNumber(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))) {
        negative = text.at(i) == QLatin1Char('-');
        ++i;
    }
    QString digits;
    int exponent = 0;
    bool point = false;
    bool any = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            any = true;
            if (digits.isEmpty() && c == QLatin1Char('0')) {
                if (point)
                    --exponent;
                continue;
            }
            digits.append(c);
            if (point)
                --exponent;
        } else if (c == QLatin1Char('.') && !point) {
            point = true;
        } else if (c == QLatin1Char('E') || c == QLatin1Char('e')) {
            bool ok = false;
            const int e = text.mid(i + 1).toInt(&ok);
            if (!ok || e > 400 || e < -400)
                return text.toString();
            exponent += e;
            break;
        } else {
            return text.toString(); // not a number: keep what was written
        }
    }
    if (!any)
        return text.toString();
    if (digits.isEmpty())
        return QStringLiteral("0");
    if (digits.size() > kMaxSignificantDigits) {
        const bool roundUp = digits.at(kMaxSignificantDigits) >= QLatin1Char('5');
        exponent += int(digits.size()) - kMaxSignificantDigits;
        digits.truncate(kMaxSignificantDigits);
        if (roundUp) {
            qsizetype k = digits.size() - 1;
            while (k >= 0 && digits.at(k) == QLatin1Char('9')) {
                digits[k] = QLatin1Char('0');
                --k;
            }
            if (k < 0)
                digits.prepend(QLatin1Char('1'));
            else
                digits[k] = QChar(digits.at(k).unicode() + 1);
        }
    }
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0'))) {
        digits.chop(1);
        ++exponent;
    }
    QString out;
    if (exponent >= 0) {
        out = digits + QString(exponent, QLatin1Char('0'));
    } else {
        const int fraction = -exponent;
        if (digits.size() > fraction)
            out = digits.left(digits.size() - fraction) + QLatin1Char('.') + digits.right(fraction);
        else
            out = QStringLiteral("0.") + QString(fraction - digits.size(), QLatin1Char('0')) +
                  digits;
    }
    if (negative && out != QLatin1String("0"))
        out.prepend(QLatin1Char('-'));
    return out;
}

// ISO text of an Excel date serial in the workbook's date system.
QString XlsxReader::serialToIso(QStringView serialText, bool date1904)
{
    bool ok = false;
    const double serial = serialText.toDouble(&ok);
    if (!ok || serial < 0 || serial > 2958466)
        return serialText.toString();
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 60) {
        return QStringLiteral("1900-02-29"); // Excel's fictitious leap day
    } else if (days < 60) {
        date = QDate(1899, 12, 31).addDays(days);
    } else {
        date = QDate(1899, 12, 30).addDays(days);
    }
    QString text = date.toString(Qt::ISODate);
    if (seconds > 0)
        text += QStringLiteral("T%1:%2:%3")
                        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return text;
}

namespace {

struct Workbook
{
    ZipHandle zip;
    QString fileName;
    bool date1904 = false;
    struct Sheet
    {
        QString name;
        bool hidden = false;
        QString part;
    };
    QVector<Sheet> sheets;
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
};

QString resolveTarget(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString t = target;
    QString base = QStringLiteral("xl/");
    while (t.startsWith(QLatin1String("../"))) {
        t = t.mid(3);
        base.clear();
    }
    return base + t;
}

Status failPart(const QString &file, const QString &part, const QString &why)
{
    Q_UNUSED(part);
    return Status::failure(QStringLiteral("%1 %2").arg(file, why));
}

Result<Workbook> openWorkbook(const QString &path, Budget &budget, int maxDepth)
{
    using R = Result<Workbook>;
    Workbook wb;
    wb.fileName = QFileInfo(path).fileName();
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(XlsxReader::tr("Cannot open %1: %2").arg(path, f.errorString()));
        const QByteArray head = f.read(4);
        if (!head.startsWith("PK"))
            return R::failure(
                    XlsxReader::tr("%1 is not an Excel workbook (.xlsx).").arg(wb.fileName));
    }
    wb.zip.reset(unzOpen64(QFile::encodeName(path).constData()));
    if (!wb.zip)
        return R::failure(XlsxReader::tr("%1 is damaged or incomplete (the zip archive is "
                                         "truncated or broken).")
                                  .arg(wb.fileName));

    QHash<QString, QString> targets;
    {
        PartReader rels(wb.zip.get(), budget, maxDepth);
        if (rels.open(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
            while (!rels.xml.atEnd()) {
                const auto t = rels.next();
                if (t == QXmlStreamReader::Invalid)
                    return R::failure(failPart(wb.fileName, QString(), rels.error()).error());
                if (t == QXmlStreamReader::StartElement &&
                    rels.xml.name() == QLatin1String("Relationship")) {
                    const QString id = attribute(rels.xml, QLatin1String("Id")).toString();
                    const QString target =
                            resolveTarget(attribute(rels.xml, QLatin1String("Target")).toString());
                    const QStringView type = attribute(rels.xml, QLatin1String("Type"));
                    targets.insert(id, target);
                    if (type.endsWith(QLatin1String("/sharedStrings")))
                        wb.sharedStringsPart = target;
                    else if (type.endsWith(QLatin1String("/styles")))
                        wb.stylesPart = target;
                }
            }
        }
    }
    PartReader book(wb.zip.get(), budget, maxDepth);
    if (!book.open(QStringLiteral("xl/workbook.xml")))
        return R::failure(XlsxReader::tr("%1 is a zip archive but not an Excel workbook (.xlsx): "
                                         "it has no xl/workbook.xml.")
                                  .arg(wb.fileName));
    while (!book.xml.atEnd()) {
        const auto t = book.next();
        if (t == QXmlStreamReader::Invalid)
            return R::failure(failPart(wb.fileName, QString(), book.error()).error());
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (book.xml.name() == QLatin1String("workbookPr")) {
            const QStringView v = attribute(book.xml, QLatin1String("date1904"));
            wb.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (book.xml.name() == QLatin1String("sheet")) {
            Workbook::Sheet s;
            s.name = attribute(book.xml, QLatin1String("name")).toString();
            const QStringView state = attribute(book.xml, QLatin1String("state"));
            s.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
            const QString id = relationshipId(book.xml);
            s.part = targets.value(id);
            if (s.part.isEmpty()) {
                const QString sheetId = attribute(book.xml, QLatin1String("sheetId")).toString();
                s.part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheetId);
            }
            wb.sheets.append(s);
        }
    }
    if (wb.sheets.isEmpty())
        return R::failure(XlsxReader::tr("%1 holds no sheets.").arg(wb.fileName));
    return wb;
}

// The workbook's table of texts (rich-text runs joined, phonetic runs left out).
Result<QStringList> readSharedStrings(Workbook &wb, Budget &budget, int maxDepth)
{
    using R = Result<QStringList>;
    QStringList shared;
    PartReader part(wb.zip.get(), budget, maxDepth);
    if (!part.open(wb.sharedStringsPart))
        return shared;
    part.prefetch();
    XmlPartScanner xml = part.scanner();
    QString current;
    int phonetic = 0;
    bool inText = false;
    for (;;) {
        const auto t = xml.next();
        if (t == XmlPartScanner::Token::EndDocument)
            break;
        if (t == XmlPartScanner::Token::Invalid) {
            part.takeProblem(xml);
            return R::failure(QStringLiteral("%1 %2").arg(wb.fileName, part.error()));
        }
        if (t == XmlPartScanner::Token::StartElement) {
            if (xml.nameIs("si")) {
                current.clear();
            } else if (xml.nameIs("rPh")) {
                ++phonetic;
            } else if (xml.nameIs("t")) {
                inText = phonetic == 0;
            }
        } else if (t == XmlPartScanner::Token::Characters && inText) {
            if (!xml.appendText(current))
                return R::failure(QStringLiteral("%1 %2").arg(
                        wb.fileName, XlsxReader::tr("holds broken XML (an unknown entity)")));
        } else if (t == XmlPartScanner::Token::EndElement) {
            if (xml.nameIs("t")) {
                inText = false;
            } else if (xml.nameIs("rPh")) {
                --phonetic;
            } else if (xml.nameIs("si")) {
                decodeExcelEscapes(current);
                shared.append(current);
                current = QString();
            }
        }
    }
    return shared;
}

// Which cell styles (xf index) format numbers as dates.
Result<QVector<bool>> readDateStyles(Workbook &wb, Budget &budget, int maxDepth)
{
    QVector<bool> dateStyle;
    {
        PartReader part(wb.zip.get(), budget, maxDepth);
        if (part.open(wb.stylesPart)) {
            QHash<int, bool> customDate;
            bool inCellXfs = false;
            while (!part.xml.atEnd()) {
                const auto t = part.next();
                if (t == QXmlStreamReader::Invalid)
                    return Result<QVector<bool>>::failure(
                            QStringLiteral("%1 %2").arg(wb.fileName, part.error()));
                if (t == QXmlStreamReader::StartElement) {
                    const QStringView n = part.xml.name();
                    if (n == QLatin1String("numFmt")) {
                        customDate.insert(
                                attribute(part.xml, QLatin1String("numFmtId")).toInt(),
                                isDateFormatCode(attribute(part.xml, QLatin1String("formatCode"))
                                                         .toString()));
                    } else if (n == QLatin1String("cellXfs")) {
                        inCellXfs = true;
                    } else if (n == QLatin1String("xf") && inCellXfs) {
                        const int id = attribute(part.xml, QLatin1String("numFmtId")).toInt();
                        dateStyle.append(customDate.contains(id) ? customDate.value(id)
                                                                 : isBuiltInDateFormat(id));
                    }
                } else if (t == QXmlStreamReader::EndElement &&
                           part.xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
    }

    return dateStyle;
}

} // namespace

Result<QVector<XlsxReader::SheetInfo>> XlsxReader::sheets(const QString &path) const
{
    Budget budget{0, m_limits.maxInflatedBytes};
    auto wb = openWorkbook(path, budget, m_limits.maxXmlDepth);
    if (!wb)
        return Result<QVector<SheetInfo>>::failure(wb.error());
    QVector<SheetInfo> list;
    for (const auto &s : wb->sheets)
        list.append({s.name, s.hidden});
    return list;
}

Result<SheetData> XlsxReader::readSheet(const QString &path, const QString &sheetName,
                                        const ReadProgress &progress) const
{
    using R = Result<SheetData>;
    Budget budget{0, m_limits.maxInflatedBytes};
    auto opened = openWorkbook(path, budget, m_limits.maxXmlDepth);
    if (!opened)
        return R::failure(opened.error());
    Workbook &wb = opened.value();
    const QString &file = wb.fileName;

    // Which sheet.
    const Workbook::Sheet *sheet = nullptr;
    for (const auto &s : wb.sheets) {
        if (sheetName.isEmpty() ? !s.hidden : s.name == sheetName) {
            sheet = &s;
            break;
        }
    }
    if (!sheet && !sheetName.isEmpty()) {
        for (const auto &s : wb.sheets) {
            if (s.name.compare(sheetName, Qt::CaseInsensitive) == 0)
                sheet = &s;
        }
    }
    if (!sheet && sheetName.isEmpty())
        sheet = &wb.sheets.first();
    if (!sheet) {
        QStringList names;
        for (const auto &s : wb.sheets)
            names.append(s.name);
        return R::failure(tr("%1 has no sheet named '%2' (its sheets: %3).")
                                  .arg(file, sheetName, names.join(QStringLiteral(", "))));
    }

    auto shared = readSharedStrings(wb, budget, m_limits.maxXmlDepth);
    if (!shared)
        return R::failure(shared.error());
    auto dateStyle = readDateStyles(wb, budget, m_limits.maxXmlDepth);
    if (!dateStyle)
        return R::failure(dateStyle.error());

    // The sheet itself, one row at a time.
    PartReader part(wb.zip.get(), budget, m_limits.maxXmlDepth);
    if (!part.open(sheet->part))
        return R::failure(
                tr("%1 is damaged: the sheet '%2' has no data part.").arg(file, sheet->name));
    SheetData data;
    data.fileName = file;
    data.sheetName = sheet->name;
    auto where = [&](int row, int column) {
        LocatedIssue at{LocatedIssue::Severity::Error,
                        file,
                        sheet->name,
                        row,
                        column,
                        QString(),
                        QString()};
        return at.toString();
    };
    auto tooLong = [&](int row, int column) {
        return R::failure(tr("%1: a cell holds more than the %L2 characters a spreadsheet cell "
                             "can hold.")
                                  .arg(where(row, column))
                                  .arg(m_limits.maxCellChars));
    };
    auto broken = [&](XmlPartScanner &xml) {
        part.takeProblem(xml);
        return R::failure(tr("%1, sheet %2: the sheet %3").arg(file, sheet->name, part.error()));
    };
    // UTF-8 takes at most 4 bytes a character: a longer raw value is too long however it decodes.
    const qsizetype maxCellBytes = qsizetype(m_limits.maxCellChars) * 4 + 64;

    part.prefetch();
    XmlPartScanner xml = part.scanner();
    QStringList row;
    int rowNumber = 0;
    int column = 0;
    bool inCell = false;
    bool inValue = false;
    bool inInline = false;
    enum class CellType {
        Number,
        Shared,
        Inline,
        Formula,
        Boolean,
        Error
    };
    CellType cellType = CellType::Number;
    int cellStyle = 0;
    QByteArray value;
    QString inlineText;
    qint64 rowsRead = 0;
    for (;;) {
        const auto t = xml.next();
        if (t == XmlPartScanner::Token::EndDocument)
            break;
        if (t == XmlPartScanner::Token::Invalid)
            return broken(xml);
        if (t == XmlPartScanner::Token::Characters) {
            if (inValue) {
                value.append(xml.text());
                if (value.size() > maxCellBytes)
                    return tooLong(rowNumber, column);
            } else if (inInline) {
                if (!xml.appendText(inlineText))
                    return broken(xml);
                if (inlineText.size() > m_limits.maxCellChars)
                    return tooLong(rowNumber, column);
            }
        } else if (t == XmlPartScanner::Token::StartElement) {
            if (xml.nameIs("c")) {
                int refColumn = 0;
                int refRow = 0;
                parseReference(xml.attribute("r"), refColumn, refRow);
                column = refColumn > 0 ? refColumn : column + 1;
                if (column > m_limits.maxColumns)
                    return R::failure(tr("%1: the row has more than %L2 columns, more than a "
                                         "spreadsheet can hold.")
                                              .arg(where(rowNumber, 0))
                                              .arg(m_limits.maxColumns));
                const QByteArrayView type = xml.attribute("t");
                cellType = type.isEmpty()                              ? CellType::Number
                           : XmlPartScanner::equals(type, "s")         ? CellType::Shared
                           : XmlPartScanner::equals(type, "inlineStr") ? CellType::Inline
                           : XmlPartScanner::equals(type, "str")       ? CellType::Formula
                           : XmlPartScanner::equals(type, "b")         ? CellType::Boolean
                           : XmlPartScanner::equals(type, "e")         ? CellType::Error
                                                                       : CellType::Number;
                cellStyle = qMax(0, parseCount(xml.attribute("s")));
                value.truncate(0); // keeps the capacity
                inlineText.truncate(0);
                inCell = true;
            } else if (xml.nameIs("v") && inCell) {
                inValue = true;
            } else if (xml.nameIs("is") && inCell) {
                inInline = true;
            } else if (xml.nameIs("row")) {
                const int r = parseCount(xml.attribute("r"));
                rowNumber = r > 0 ? r : rowNumber + 1;
                row.clear();
                column = 0;
            }
        } else if (t == XmlPartScanner::Token::EndElement) {
            if (xml.nameIs("v")) {
                inValue = false;
            } else if (xml.nameIs("is")) {
                inInline = false;
            } else if (xml.nameIs("c") && inCell) {
                inCell = false;
                QString text;
                if (cellType == CellType::Shared) {
                    const int index = parseCount(value);
                    if (index < 0 || index >= shared->size())
                        return R::failure(tr("%1: the cell refers to a text that the workbook "
                                             "does not hold (the file is damaged).")
                                                  .arg(where(rowNumber, column)));
                    text = shared->at(index);
                } else if (cellType == CellType::Inline) {
                    text = inlineText;
                    decodeExcelEscapes(text);
                } else if (cellType == CellType::Formula || cellType == CellType::Error) {
                    if (!XmlPartScanner::decode(value, text))
                        return broken(xml);
                    decodeExcelEscapes(text);
                    if (cellType == CellType::Error)
                        data.issues.append({LocatedIssue::Severity::Error, file, sheet->name,
                                            rowNumber, column, QString(),
                                            tr("the cell holds the Excel error %1").arg(text)});
                } else if (cellType == CellType::Boolean) {
                    text = value.trimmed() == "1" ? QStringLiteral("true")
                                                  : QStringLiteral("false");
                } else if (!value.isEmpty()) {
                    const bool isDate = cellStyle >= 0 && cellStyle < dateStyle->size() &&
                                        dateStyle->at(cellStyle);
                    text = isDate ? serialBytesToIso(value, wb.date1904)
                                  : normalizeNumberBytes(value);
                }
                if (text.size() > m_limits.maxCellChars)
                    return tooLong(rowNumber, column);
                if (!text.isEmpty()) {
                    while (row.size() < column - 1)
                        row.append(QString());
                    if (row.size() == column - 1)
                        row.append(text);
                    else if (column - 1 < row.size())
                        row[column - 1] = text;
                }
            } else if (xml.nameIs("row")) {
                bool blank = true;
                for (const QString &cell : std::as_const(row))
                    blank = blank && isBlankText(cell);
                if (!blank) {
                    data.rows.append(row);
                    data.rowNumbers.append(rowNumber);
                }
                if (++rowsRead % kProgressRows == 0 && progress &&
                    !progress(part.inflated(), part.size()))
                    return R::failure(tr("%1: reading was cancelled").arg(file));
            }
        }
    }
    if (progress)
        progress(part.size(), part.size());
    return data;
}
