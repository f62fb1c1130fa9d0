#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

namespace {

enum class Encoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Utf32LE,
    Utf32BE,
    Windows1252,
    Legacy, // a code page QStringDecoder reads through ICU: EncodingChoice::name
};

struct EncodingChoice
{
    Encoding kind = Encoding::Utf8;
    QString name; // an entry of CsvReader::encodings()
};

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Utf32LE:
        return QStringLiteral("UTF-32LE");
    case Encoding::Utf32BE:
        return QStringLiteral("UTF-32BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Legacy:
        break;
    }
    return QString();
}

EncodingChoice choice(Encoding encoding)
{
    return {encoding, encodingName(encoding)};
}

// The encodings decoded here rather than by QStringDecoder, and the spellings people type for
// them (any case, with or without - _ and spaces).
std::optional<Encoding> builtInEncoding(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8") || key == QLatin1String("ascii") ||
        key == QLatin1String("usascii"))
        return Encoding::Utf8;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16") ||
        key == QLatin1String("unicode"))
        return Encoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (key == QLatin1String("utf32le") || key == QLatin1String("utf32"))
        return Encoding::Utf32LE;
    if (key == QLatin1String("utf32be"))
        return Encoding::Utf32BE;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
        key == QLatin1String("latin1") || key == QLatin1String("iso88591"))
        return Encoding::Windows1252;
    return std::nullopt;
}

// The legacy code pages offered, each when QStringDecoder knows it here: Qt 6.4 has no list of
// its codecs, and through ICU it knows hundreds, most of them no one exports a CSV file in.
// All of them write ASCII as ASCII (so delimiters, quotes, line breaks and a "sep=" line are the
// same bytes as in UTF-8): ISO-2022-JP, UTF-7 and EBCDIC code pages are left out for that.
constexpr const char *kLegacyEncodings[] = {
        "Windows-1250", "Windows-1251", "Windows-1253", "Windows-1254", "Windows-1255",
        "Windows-1256", "Windows-1257", "Windows-1258", "Windows-874",  "ISO-8859-2",
        "ISO-8859-3",   "ISO-8859-4",   "ISO-8859-5",   "ISO-8859-6",   "ISO-8859-7",
        "ISO-8859-8",   "ISO-8859-9",   "ISO-8859-10",  "ISO-8859-11",  "ISO-8859-13",
        "ISO-8859-14",  "ISO-8859-15",  "ISO-8859-16",  "KOI8-R",       "KOI8-U",
        "IBM437",       "IBM850",       "IBM852",       "IBM866",       "macintosh",
        "Shift_JIS",    "EUC-JP",       "EUC-KR",       "windows-949",  "Big5",
        "Big5-HKSCS",   "GBK",          "GB18030",
};

EncodingChoice choiceOf(const QString &canonical)
{
    if (const auto builtIn = builtInEncoding(canonical))
        return choice(*builtIn);
    return {Encoding::Legacy, canonical};
}

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && std::memcmp(bytes.constData(), prefix, size_t(length)) == 0;
}

bool hasUtf8Bom(const QByteArray &bytes)
{
    return startsWith(bytes, "\xEF\xBB\xBF", 3);
}

// UTF-32LE before UTF-16LE: its mark FF FE 00 00 starts with UTF-16LE's (a UTF-16LE file
// whose first character is U+0000 is read as UTF-32LE, as every reader does).
std::optional<Encoding> encodingFromBom(const QByteArray &bytes)
{
    if (hasUtf8Bom(bytes))
        return Encoding::Utf8;
    if (startsWith(bytes, "\xFF\xFE\0\0", 4))
        return Encoding::Utf32LE;
    if (startsWith(bytes, "\xFF\xFE", 2))
        return Encoding::Utf16LE;
    if (startsWith(bytes, "\0\0\xFE\xFF", 4))
        return Encoding::Utf32BE;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return Encoding::Utf16BE;
    return std::nullopt;
}

// Offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF, no sequence cut off at the end); -1 when all are fine.
qsizetype firstInvalidUtf8(const uchar *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        while (n - i >= 8) { // ASCII runs eight bytes at a time
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & Q_UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int follow = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
        } else if (c == 0xE0) {
            follow = 2;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            follow = 2;
        } else if (c == 0xED) {
            follow = 2;
            high = 0x9F;
        } else if (c == 0xF0) {
            follow = 3;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            follow = 3;
        } else if (c == 0xF4) {
            follow = 3;
            high = 0x8F;
        } else {
            return i;
        }
        if (n - i - 1 < follow)
            return i;
        if (s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k <= follow; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += follow + 1;
    }
    return -1;
}

// The line (1-based; CR, LF and CRLF each end one) on which byte `offset` sits.
int lineOfByte(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    const char *s = bytes.constData();
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (s[i] == '\n' || (s[i] == '\r' && !(i + 1 < bytes.size() && s[i + 1] == '\n')))
            ++line;
    }
    return line;
}

QString decodeUtf16(const QByteArray &bytes, bool littleEndian, bool *error)
{
    qsizetype start = 0;
    if (startsWith(bytes, littleEndian ? "\xFF\xFE" : "\xFE\xFF", 2))
        start = 2;
    const qsizetype units = (bytes.size() - start) / 2;
    const bool oddByte = (bytes.size() - start) % 2 != 0;
    QString text(units + (oddByte ? 1 : 0), Qt::Uninitialized);
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData()) + start;
    auto *d = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < units; ++i, s += 2) {
        d[i] = littleEndian ? char16_t(s[0] | (s[1] << 8)) : char16_t((s[0] << 8) | s[1]);
    }
    if (oddByte) { // a byte cut off at the end shows as the replacement character, not silently
                   // gone
        d[units] = u'\uFFFD';
        *error = true;
    }
    return text;
}

// Code points beyond U+10FFFF, surrogates and a character cut off at the end become U+FFFD.
QString decodeUtf32(const QByteArray &bytes, bool littleEndian, bool *error)
{
    qsizetype start = 0;
    if (startsWith(bytes, littleEndian ? "\xFF\xFE\0\0" : "\0\0\xFE\xFF", 4))
        start = 4;
    const qsizetype units = (bytes.size() - start) / 4;
    const bool cut = (bytes.size() - start) % 4 != 0;
    QString text;
    text.reserve(units + 1);
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData()) + start;
    for (qsizetype i = 0; i < units; ++i, s += 4) {
        const char32_t c = littleEndian ? char32_t(s[0]) | char32_t(s[1]) << 8 |
                                                  char32_t(s[2]) << 16 | char32_t(s[3]) << 24
                                        : char32_t(s[3]) | char32_t(s[2]) << 8 |
                                                  char32_t(s[1]) << 16 | char32_t(s[0]) << 24;
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            text.append(QChar(QChar::ReplacementCharacter));
            *error = true;
        } else if (QChar::requiresSurrogates(c)) {
            text.append(QChar(QChar::highSurrogate(c)));
            text.append(QChar(QChar::lowSurrogate(c)));
        } else {
            text.append(QChar(char16_t(c)));
        }
    }
    if (cut) {
        text.append(QChar(QChar::ReplacementCharacter));
        *error = true;
    }
    return text;
}

char16_t unit(char c)
{
    return char16_t(uchar(c));
}

char16_t unit(char16_t c)
{
    return c;
}

// The length of an Excel "sep=X" first line (or "sep=X" quoted) with its line break, X set in
// `delimiter`; 0 when the text does not start with one. X is printable ASCII other than the
// quote, \ and ~ (which some East Asian code pages read as other characters), or a tab: so the
// line is the same in the bytes of every encoding CsvStream scans as in the decoded text, and it
// finds the line in the bytes where CsvReader::read finds it in the text.
template<typename Char>
qsizetype sepLine(const Char *s, qsizetype n, char16_t *delimiter)
{
    qsizetype i = 0;
    const bool quoted = n > 0 && unit(s[0]) == u'"';
    if (quoted)
        ++i;
    if (n - i < 5)
        return 0;
    for (int k = 0; k < 4; ++k) {
        if (QChar::toLower(unit(s[i + k])) != u"sep="[k])
            return 0;
    }
    const char16_t x = unit(s[i + 4]);
    if (x != u'\t' && (x < 0x21 || x > 0x7E || x == u'"' || x == u'\\' || x == u'~'))
        return 0;
    i += 5;
    if (quoted) {
        if (i >= n || unit(s[i]) != u'"')
            return 0;
        ++i;
    }
    if (i < n) {
        const char16_t c = unit(s[i]);
        if (c == u'\n') {
            ++i;
        } else if (c == u'\r') {
            ++i;
            if (i < n && unit(s[i]) == u'\n')
                ++i;
        } else {
            return 0;
        }
    }
    *delimiter = x;
    return i;
}

// 0x80-0x9F as Windows maps them; the five bytes Windows-1252 leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) become the C1 controls of the same value, as MultiByteToWideChar does.
constexpr char16_t kWindows1252High[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    auto *d = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0, n = bytes.size(); i < n; ++i)
        d[i] = CsvReader::fromWindows1252(s[i]);
    return text;
}

bool isBlank(const char16_t *from, const char16_t *to)
{
    for (; from != to; ++from) {
        if (!QChar::isSpace(*from))
            return false;
    }
    return true;
}

// Cells separated by `delimiter` in each of the first `maxRecords` non-blank records (quotes as
// RFC 4180 reads them, so delimiters and line breaks inside quoted cells do not count; a quote
// opens a cell after any of the candidate delimiters).
QVector<int> delimiterCounts(const char16_t *p, const char16_t *end, char16_t delimiter,
                             int maxRecords, const char16_t **stop)
{
    QVector<int> counts;
    while (p < end && counts.size() < maxRecords) {
        int count = 0;
        bool blank = true;
        bool fieldStart = true;
        while (p < end) {
            const char16_t c = *p;
            if (c == u'"' && fieldStart) {
                blank = false;
                for (++p; p < end; ++p) {
                    if (*p == u'"') {
                        if (p + 1 < end && p[1] == u'"')
                            ++p;
                        else
                            break;
                    }
                }
                if (p < end)
                    ++p; // the closing quote
                fieldStart = false;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                ++p;
                if (c == u'\r' && p < end && *p == u'\n')
                    ++p;
                break;
            }
            if (c == delimiter) {
                ++count;
                blank = false;
                fieldStart = true;
            } else if (c == u'\t' || c == u';' || c == u',' || c == u'|') {
                // Any candidate may end a cell: every candidate then sees the same quoted
                // cells, and a TAB inside a quoted comma-separated cell is not a TAB column.
                blank = false;
                fieldStart = true;
            } else {
                if (!QChar::isSpace(c))
                    blank = false;
                fieldStart = false;
            }
            ++p;
        }
        if (!blank)
            counts.append(count);
    }
    *stop = p;
    return counts;
}

// The delimiter of sniffDelimiter(); `complete` says whether text cut off after `end` could
// change it (fewer records than the sample, or the last one running to the end).
QChar sniff(const char16_t *begin, const char16_t *end, bool atEnd, bool *complete)
{
    // Ties go to the first: tab, then semicolon (so "1,5;2,5" rows with decimal commas read as
    // two cells), then comma, then pipe.
    static constexpr char16_t candidates[] = {u'\t', u';', u',', u'|'};
    constexpr int kSampleRecords = 50;
    if (begin != end && *begin == 0xFEFF)
        ++begin;
    QChar best = QLatin1Char(',');
    int bestLines = 0;
    *complete = true;
    for (const char16_t candidate : candidates) {
        const char16_t *stop = nullptr;
        const QVector<int> counts = delimiterCounts(begin, end, candidate, kSampleRecords, &stop);
        if (!atEnd && (counts.size() < kSampleRecords || stop == end))
            *complete = false;
        // The non-zero count most lines share, and how many share it.
        QVector<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        int lines = 0;
        for (qsizetype i = 0; i < sorted.size();) {
            qsizetype j = i;
            while (j < sorted.size() && sorted.at(j) == sorted.at(i))
                ++j;
            if (sorted.at(i) > 0 && j - i > lines)
                lines = int(j - i);
            i = j;
        }
        if (lines > bestLines) {
            bestLines = lines;
            best = QChar(candidate);
        }
    }
    return best;
}

// sniffDelimiter() on the text of `device` from `start` on (UTF-8, Windows-1252, or a legacy
// code page `legacy` names), decoding only as much of it as the sample needs.
QChar sniffDevice(QIODevice &device, qint64 start, bool windows1252, const QByteArray &legacy)
{
    for (qint64 prefix = CsvStream::kBlockSize;; prefix *= 4) {
        device.seek(start);
        const QByteArray bytes = device.read(prefix);
        const bool atEnd = start + bytes.size() >= device.size();
        QString text;
        if (windows1252) {
            text = decodeWindows1252(bytes);
        } else if (!legacy.isEmpty()) {
            // Up to a line break, as CsvStream::scan decodes (an invalid sequence cut off by the
            // end of the sample would not decode as it does whole).
            qsizetype cut = bytes.size();
            while (!atEnd && cut > 0 && bytes.at(cut - 1) != '\n' && bytes.at(cut - 1) != '\r')
                --cut;
            QStringDecoder decoder(legacy.constData());
            text = CsvReader::decodeBlock(decoder, QByteArrayView(bytes).first(cut), atEnd);
        } else {
            qsizetype cut = bytes.size();
            while (!atEnd && cut > 0 && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
                --cut; // on a character boundary
            text = CsvStream::text(QByteArrayView(bytes).first(cut));
        }
        const auto *from = reinterpret_cast<const char16_t *>(text.utf16());
        bool complete = false;
        const QChar delimiter = sniff(from, from + text.size(), atEnd, &complete);
        if (complete)
            return delimiter;
    }
}

enum class ParseFailure {
    None,
    UnclosedQuote,
    Other,
};

struct ParseSettings
{
    char16_t delimiter = u',';
    qsizetype start = 0;        // where the rows begin (after a "sep=" line)
    int firstLine = 1;          // the line they begin on
    bool quotes = true;         // false: a " is an ordinary character
    bool keepBlankRows = false; // a pasted block keeps its empty rows in place
};

// The RFC 4180 scanner: one pass over the decoded text, cells cut out as slices.
ParseFailure parse(const QString &text, const ParseSettings &settings, const QString &fileName,
                   const ReadProgress &progress, SheetData &sheet, QString &error)
{
    constexpr int maxCell = CsvReader::kMaxCellChars;
    const char16_t delimiter = settings.delimiter;
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin + settings.start;
    const qint64 total = text.size();
    auto slice = [](const char16_t *from, const char16_t *to) {
        return from == to ? QString()
                          : QString(reinterpret_cast<const QChar *>(from), qsizetype(to - from));
    };
    auto cellTooLong = [&](int row, int column, qsizetype length, int lastLine) {
        error = CsvReader::cellTooLongError(fileName, row, column, length, lastLine);
        return ParseFailure::Other;
    };

    int line = settings.firstLine;
    qint64 records = 0;
    qsizetype width = 0; // cells in the previous row: what the next one most likely holds
    bool reserved = false;
    QString buffer; // a quoted cell with doubled quotes or text after its closing quote
    QStringList cells;
    while (p < end) {
        const int recordLine = line;
        bool blank = true;
        int count = 0; // cells.size(), kept by hand: this loop runs for every cell
        cells.reserve(width);
        for (;;) {
            if (count == CsvReader::kMaxColumns) {
                error = CsvReader::tooManyCellsError(fileName, recordLine);
                return ParseFailure::Other;
            }
            const int column = ++count;
            if (settings.quotes && p < end && *p == u'"') {
                const int quoteLine = line;
                const char16_t *segment = ++p;
                qsizetype length = 0;
                bool buffered = false;
                buffer.clear();
                for (;;) {
                    if (p == end) {
                        error = CsvReader::unclosedQuoteError(fileName, quoteLine);
                        return ParseFailure::UnclosedQuote;
                    }
                    const char16_t c = *p;
                    if (c == u'"') {
                        if (p + 1 < end && p[1] == u'"') { // "" stands for one "
                            length += p + 1 - segment;
                            if (length <= maxCell)
                                buffer.append(reinterpret_cast<const QChar *>(segment),
                                              p + 1 - segment);
                            buffered = true;
                            p += 2;
                            segment = p;
                            continue;
                        }
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && !(p + 1 < end && p[1] == u'\n')))
                        ++line;
                    ++p;
                }
                const char16_t *const closing = p++;
                length += closing - segment;
                // Text after the closing quote ("a"b) is kept as it stands, as Excel does.
                const char16_t *const tail = p;
                while (p < end && *p != delimiter && *p != u'\n' && *p != u'\r')
                    ++p;
                length += p - tail;
                if (length > maxCell)
                    return cellTooLong(recordLine, column, length, line);
                if (!buffered && tail == p) {
                    blank = blank && isBlank(segment, closing);
                    cells.append(slice(segment, closing));
                } else {
                    buffer.append(reinterpret_cast<const QChar *>(segment), closing - segment);
                    buffer.append(reinterpret_cast<const QChar *>(tail), p - tail);
                    const auto *data = reinterpret_cast<const char16_t *>(buffer.utf16());
                    blank = blank && isBlank(data, data + buffer.size());
                    cells.append(std::exchange(buffer, QString()));
                }
            } else {
                const char16_t *const start = p;
                while (p < end && *p != delimiter && *p != u'\n' && *p != u'\r')
                    ++p;
                if (p - start > maxCell)
                    return cellTooLong(recordLine, column, p - start, line);
                blank = blank && isBlank(start, p);
                cells.append(slice(start, p));
            }
            if (p < end && *p == delimiter) {
                ++p;
                continue;
            }
            if (p < end) { // the line break that ends the record
                if (*p++ == u'\r' && p < end && *p == u'\n')
                    ++p;
                ++line;
            }
            break;
        }
        width = count;
        if (!blank || settings.keepBlankRows) {
            if (cells.capacity() > 2 * count + 16)
                cells.squeeze(); // reserved for a wider row above
            sheet.rows.append(std::move(cells));
            sheet.rowNumbers.append(recordLine);
            if (!reserved && sheet.rows.size() == 64) {
                // Rows to come, guessed from the length of the first ones.
                reserved = true;
                const qint64 perRow = qMax<qint64>(1, (p - begin) / 64);
                const qint64 expected =
                        qMin<qint64>(total / perRow + total / perRow / 8 + 16, qint64(1) << 20);
                sheet.rows.reserve(qsizetype(expected));
                sheet.rowNumbers.reserve(qsizetype(expected));
            }
        }
        cells = QStringList();
        if (progress && (++records & 0x3FFF) == 0 && !progress(p - begin, total)) {
            error = CsvReader::tr("%1: reading was cancelled").arg(fileName);
            return ParseFailure::Other;
        }
    }
    if (progress && !progress(total, total)) {
        error = CsvReader::tr("%1: reading was cancelled").arg(fileName);
        return ParseFailure::Other;
    }
    return ParseFailure::None;
}

void reportRaggedRows(SheetData &sheet)
{
    QVector<int> cellCounts;
    cellCounts.reserve(sheet.rows.size());
    for (const QStringList &row : std::as_const(sheet.rows))
        cellCounts.append(int(row.size()));
    sheet.issues.append(CsvReader::raggedRows(cellCounts, sheet.rowNumbers, sheet.fileName));
}

bool usableDelimiter(QChar delimiter)
{
    return !delimiter.isNull() && delimiter != QLatin1Char('"') && delimiter != QLatin1Char('\r') &&
           delimiter != QLatin1Char('\n');
}

// What the options name, else the byte order mark, else UTF-8 when the bytes are UTF-8, else
// Windows-1252; UTF-8 checked (a located error when the bytes are not).
QString unknownEncodingError(const QString &fileName, const QString &encoding)
{
    return CsvReader::tr("%1: ContractDesk does not know the encoding '%2'. Choose one of %3.")
            .arg(fileName, encoding, CsvReader::encodings().join(QStringLiteral(", ")));
}

Result<EncodingChoice> chooseEncoding(const QByteArray &bytes, const CsvReader::Options &options,
                                      const QString &fileName)
{
    EncodingChoice encoding = choice(Encoding::Utf8);
    bool validated = false;
    if (!options.encoding.isEmpty()) {
        const QString named = CsvReader::canonicalEncoding(options.encoding);
        if (named.isEmpty())
            return Result<EncodingChoice>::failure(
                    unknownEncodingError(fileName, options.encoding));
        encoding = choiceOf(named);
    } else if (const auto bom = encodingFromBom(bytes)) {
        encoding = choice(*bom);
    } else {
        const qsizetype invalid =
                firstInvalidUtf8(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size());
        encoding = choice(invalid < 0 ? Encoding::Utf8 : Encoding::Windows1252);
        validated = true;
    }
    if (encoding.kind == Encoding::Utf8 && !validated) {
        const qsizetype start = hasUtf8Bom(bytes) ? 3 : 0;
        const auto *data = reinterpret_cast<const uchar *>(bytes.constData()) + start;
        const qsizetype invalid = firstInvalidUtf8(data, bytes.size() - start);
        if (invalid >= 0)
            return Result<EncodingChoice>::failure(
                    CsvReader::tr("%1, row %2: byte 0x%3 is not UTF-8 text. Choose the encoding "
                                  "the file was saved in (often Windows-1252) or save it as "
                                  "\"CSV UTF-8\" and try again.")
                            .arg(fileName)
                            .arg(lineOfByte(bytes, start + invalid))
                            .arg(QString::number(data[invalid], 16).toUpper()));
    }
    return encoding;
}

// Bytes at the end of `s` that may begin a character the next block completes.
qsizetype unfinishedTail(const uchar *s, qsizetype size)
{
    for (qsizetype k = 1; k <= 3 && k <= size; ++k) {
        const uchar c = s[size - k];
        if (c < 0x80)
            return 0;
        if (c >= 0xC0)
            return (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2) > k ? k : 0;
    }
    return 0;
}

// firstInvalidUtf8() of the device's bytes from `from` on, read a block at a time; an offset
// in the device.
qint64 firstInvalidUtf8(QIODevice &device, qint64 from, qsizetype block)
{
    device.seek(from);
    QByteArray buffer(block + 3, Qt::Uninitialized); // and a character cut off by the last
    qsizetype kept = 0;
    qint64 base = from;
    for (;;) {
        const qint64 n = qMax<qint64>(device.read(buffer.data() + kept, block), 0);
        const qsizetype size = kept + qsizetype(n);
        const auto *s = reinterpret_cast<const uchar *>(buffer.constData());
        const qsizetype checked = n == 0 ? size : size - unfinishedTail(s, size);
        const qsizetype invalid = firstInvalidUtf8(s, checked);
        if (invalid >= 0)
            return base + invalid;
        if (n == 0)
            return -1;
        kept = size - checked;
        std::memmove(buffer.data(), buffer.constData() + checked, size_t(kept));
        base += checked;
    }
}

// chooseEncoding() for the bytes of a device, reading it a block at a time.
Result<EncodingChoice> chooseEncoding(QIODevice &device, const CsvReader::Options &options,
                                      const QString &fileName, qsizetype block)
{
    device.seek(0);
    const QByteArray head = device.read(4);
    EncodingChoice encoding = choice(Encoding::Utf8);
    bool validated = false;
    if (!options.encoding.isEmpty()) {
        const QString named = CsvReader::canonicalEncoding(options.encoding);
        if (named.isEmpty())
            return chooseEncoding(head, options, fileName); // its message
        encoding = choiceOf(named);
    } else if (const auto bom = encodingFromBom(head)) {
        encoding = choice(*bom);
    } else {
        encoding = choice(firstInvalidUtf8(device, 0, block) < 0 ? Encoding::Utf8
                                                                 : Encoding::Windows1252);
        validated = true;
    }
    if (encoding.kind == Encoding::Utf8 && !validated) {
        const qint64 start = hasUtf8Bom(head) ? 3 : 0;
        const qint64 invalid = firstInvalidUtf8(device, start, block);
        if (invalid >= 0) {
            // Rare: the bytes up to it, and chooseEncoding()'s message.
            device.seek(0);
            const QByteArray before = device.read(invalid + 1);
            return chooseEncoding(before, options, fileName);
        }
    }
    return encoding;
}

QString unusableDelimiterError(const QString &fileName, QChar delimiter)
{
    return CsvReader::tr("%1: %2 cannot separate cells; choose another delimiter")
            .arg(fileName, QString(delimiter));
}

} // namespace

QString CsvReader::tooManyCellsError(const QString &fileName, int row)
{
    return tr("%1, row %2: the row has more than %L3 cells, more than a spreadsheet can hold")
            .arg(fileName)
            .arg(row)
            .arg(kMaxColumns);
}

QString CsvReader::unclosedQuoteError(const QString &fileName, int row)
{
    return tr("%1, row %2: a quoted value is never closed (a \" is missing).")
            .arg(fileName)
            .arg(row);
}

QString CsvReader::cellTooLongError(const QString &fileName, int row, int column, qsizetype length,
                                    int lastLine)
{
    const QString where = LocatedIssue::columnLetters(column);
    if (lastLine > row)
        return tr("%1, row %2, column %3: a cell holds %L4 characters, more than the %L5 a "
                  "spreadsheet cell can hold (its quoted text runs on to row %6: is a \" missing "
                  "or one too many?)")
                .arg(fileName)
                .arg(row)
                .arg(where)
                .arg(length)
                .arg(kMaxCellChars)
                .arg(lastLine);
    return tr("%1, row %2, column %3: a cell holds %L4 characters, more than the %L5 a "
              "spreadsheet cell can hold")
            .arg(fileName)
            .arg(row)
            .arg(where)
            .arg(length)
            .arg(kMaxCellChars);
}

// The table's width is the most common number of cells (the larger on a tie); the first
// kMaxIssues other rows are reported, then one line for the rest.
QVector<LocatedIssue> CsvReader::raggedRows(const QVector<int> &cellCounts,
                                            const QVector<int> &rowNumbers, const QString &fileName)
{
    constexpr int kMaxIssues = 100;
    QVector<LocatedIssue> issues;
    if (cellCounts.size() < 2)
        return issues;
    int widest = 0;
    for (const int cells : cellCounts)
        widest = qMax(widest, cells);
    QVector<int> frequency(widest + 1, 0);
    for (const int cells : cellCounts)
        ++frequency[cells];
    int width = 0;
    for (int w = 1; w < frequency.size(); ++w) {
        if (frequency.at(w) > 0 && frequency.at(w) >= frequency.at(width))
            width = w;
    }
    int reported = 0;
    int more = 0;
    for (qsizetype r = 0; r < cellCounts.size(); ++r) {
        const int cells = cellCounts.at(r);
        if (cells == width)
            continue;
        if (reported == kMaxIssues) {
            ++more;
            continue;
        }
        ++reported;
        LocatedIssue issue;
        issue.severity = LocatedIssue::Severity::Warning;
        issue.file = fileName;
        issue.row = rowNumbers.at(r);
        issue.message = tr("the row has %n cell(s) where most rows have %1: check it for a "
                           "missing or extra delimiter or quote",
                           nullptr, cells)
                                .arg(width);
        issues.append(issue);
    }
    if (more > 0) {
        LocatedIssue summary;
        summary.severity = LocatedIssue::Severity::Warning;
        summary.file = fileName;
        summary.message =
                tr("... and %n more row(s) with a different number of cells", nullptr, more);
        issues.append(summary);
    }
    return issues;
}

Result<SheetData> CsvReader::readFile(const QString &path, const ReadProgress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SheetData>::failure(
                CsvReader::tr("Cannot open %1: %2").arg(path, file.errorString()));
    return read(file.readAll(), QFileInfo(path).fileName(), progress);
}

Result<SheetData> CsvReader::read(const QByteArray &bytes, const QString &fileName,
                                  const ReadProgress &progress) const
{
    const auto encoding = chooseEncoding(bytes, m_options, fileName);
    if (!encoding)
        return Result<SheetData>::failure(encoding.error());

    QString text;
    bool decodeError = false; // bytes the encoding cannot read became U+FFFD
    const Encoding kind = encoding->kind;
    switch (kind) {
    case Encoding::Utf8:
        text = QString::fromUtf8(QByteArrayView(bytes).sliced(hasUtf8Bom(bytes) ? 3 : 0));
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        text = decodeUtf16(bytes, kind == Encoding::Utf16LE, &decodeError);
        break;
    case Encoding::Utf32LE:
    case Encoding::Utf32BE:
        text = decodeUtf32(bytes, kind == Encoding::Utf32LE, &decodeError);
        break;
    case Encoding::Windows1252:
        text = decodeWindows1252(bytes);
        break;
    case Encoding::Legacy: {
        QStringDecoder decoder(encoding->name.toLatin1().constData());
        text = decodeBlock(decoder, bytes, true);
        decodeError = decoder.hasError();
        break;
    }
    }

    char16_t sepDelimiter = 0;
    const qsizetype sepLength =
            sepLine(reinterpret_cast<const char16_t *>(text.utf16()), text.size(), &sepDelimiter);
    QChar delimiter = m_options.delimiter; // chosen by the user: before a "sep=" line
    if (delimiter.isNull())
        delimiter = sepLength > 0 ? QChar(sepDelimiter) : sniffDelimiter(text);
    else if (!usableDelimiter(delimiter))
        return Result<SheetData>::failure(unusableDelimiterError(fileName, delimiter));

    SheetData sheet;
    sheet.fileName = fileName;
    sheet.encoding = encoding->name;
    sheet.delimiter = delimiter;
    ParseSettings settings;
    settings.delimiter = delimiter.unicode();
    settings.start = sepLength;
    settings.firstLine = sepLength > 0 ? 2 : 1;
    QString error;
    if (parse(text, settings, fileName, progress, sheet, error) != ParseFailure::None)
        return Result<SheetData>::failure(error);
    if (decodeError) {
        // Where the first replacement character is (CsvStream::scan finds the same cell).
        int row = 0;
        int column = 0;
        for (qsizetype r = 0; r < sheet.rows.size() && row == 0; ++r) {
            const QStringList &cells = sheet.rows.at(r);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (cells.at(c).contains(QChar(QChar::ReplacementCharacter))) {
                    row = sheet.rowNumbers.at(r);
                    column = int(c + 1);
                    break;
                }
            }
        }
        sheet.issues.append(replacementWarning(fileName, row, column, sheet.encoding));
    }
    reportRaggedRows(sheet);
    return sheet;
}

Result<CsvStream> CsvReader::openStream(const QString &path) const
{
    CsvStream stream;
    stream.m_path = path;
    stream.m_fileName = QFileInfo(path).fileName();
    return prepare(std::move(stream));
}

Result<CsvStream> CsvReader::stream(const QByteArray &bytes, const QString &fileName) const
{
    CsvStream stream;
    stream.m_bytes = bytes;
    stream.m_fileName = fileName;
    return prepare(std::move(stream));
}

Result<CsvStream> CsvReader::prepare(CsvStream stream) const
{
    QString error;
    const std::unique_ptr<QIODevice> device = stream.openSource(&error);
    if (!device)
        return Result<CsvStream>::failure(error);
    stream.m_size = device->size();
    const auto encoding = chooseEncoding(*device, m_options, stream.m_fileName, stream.m_blockSize);
    if (!encoding)
        return Result<CsvStream>::failure(encoding.error());
    stream.m_encoding = encoding->name;
    const QChar delimiter = m_options.delimiter;
    const Encoding kind = encoding->kind;
    if (kind == Encoding::Utf16LE || kind == Encoding::Utf16BE || kind == Encoding::Utf32LE ||
        kind == Encoding::Utf32BE || delimiter.unicode() >= 0x80) {
        // Read whole: UTF-16 may hold unpaired surrogates, which UTF-8 cannot carry, UTF-16 and
        // UTF-32 do not write ASCII as ASCII, and the scanner cuts cells at one-byte delimiters.
        device->seek(0);
        auto sheet = read(device->readAll(), stream.m_fileName);
        if (!sheet)
            return Result<CsvStream>::failure(sheet.error());
        stream.m_delimiter = sheet->delimiter;
        stream.m_sheet = std::move(sheet).value();
        return stream;
    }
    stream.m_windows1252 = kind == Encoding::Windows1252;
    if (kind == Encoding::Legacy)
        stream.m_decoderName = encoding->name.toLatin1();
    if (kind == Encoding::Utf8) {
        // read() decodes after the byte order mark with QString::fromUtf8(), which drops one
        // more at the start.
        device->seek(0);
        const QByteArray head = device->read(6);
        if (hasUtf8Bom(head))
            stream.m_start = head.mid(3).startsWith("\xEF\xBB\xBF") ? 6 : 3;
    }
    // A "sep=" line is ASCII in every encoding scanned here (see sepLine()).
    device->seek(stream.m_start);
    const QByteArray first = device->read(16);
    char16_t sepDelimiter = 0;
    const qsizetype sepLength = sepLine(first.constData(), first.size(), &sepDelimiter);
    if (sepLength > 0) {
        stream.m_start += sepLength;
        stream.m_firstLine = 2;
    }
    if (delimiter.isNull())
        stream.m_delimiter = sepLength > 0
                                     ? QChar(sepDelimiter)
                                     : sniffDevice(*device, stream.m_start, stream.m_windows1252,
                                                   stream.m_decoderName);
    else if (!usableDelimiter(delimiter))
        return Result<CsvStream>::failure(unusableDelimiterError(stream.m_fileName, delimiter));
    else
        stream.m_delimiter = delimiter;
    return stream;
}

char16_t CsvReader::fromWindows1252(uchar byte)
{
    return (byte >= 0x80 && byte <= 0x9F) ? kWindows1252High[byte - 0x80] : char16_t(byte);
}

SheetData CsvReader::parseClipboard(const QString &text)
{
    SheetData sheet;
    sheet.fileName = CsvReader::tr("Clipboard");
    sheet.delimiter = QLatin1Char('\t');
    ParseSettings settings;
    settings.delimiter = u'\t';
    settings.keepBlankRows = true;
    QString error;
    ParseFailure failure = parse(text, settings, sheet.fileName, {}, sheet, error);
    if (failure == ParseFailure::UnclosedQuote) {
        // Not quoted the way spreadsheets quote: text from elsewhere, where a " is just a ".
        sheet.rows.clear();
        sheet.rowNumbers.clear();
        settings.quotes = false;
        failure = parse(text, settings, sheet.fileName, {}, sheet, error);
    }
    if (failure != ParseFailure::None) {
        sheet.rows.clear();
        sheet.rowNumbers.clear();
        LocatedIssue issue;
        issue.file = sheet.fileName;
        issue.message = error;
        sheet.issues.append(issue);
        return sheet;
    }
    // Extra line breaks at the end are no rows (an empty row copied from a sheet has its tabs).
    while (!sheet.rows.isEmpty() && sheet.rows.constLast().size() == 1 &&
           sheet.rows.constLast().constFirst().isEmpty()) {
        sheet.rows.removeLast();
        sheet.rowNumbers.removeLast();
    }
    reportRaggedRows(sheet);
    return sheet;
}

QStringList CsvReader::encodings()
{
    static const QStringList all = [] {
        QStringList list{encodingName(Encoding::Utf8),    encodingName(Encoding::Utf16LE),
                         encodingName(Encoding::Utf16BE), encodingName(Encoding::Utf32LE),
                         encodingName(Encoding::Utf32BE), encodingName(Encoding::Windows1252)};
        for (const char *name : kLegacyEncodings) {
            if (QStringDecoder(name).isValid())
                list.append(QLatin1String(name));
        }
        return list;
    }();
    return all;
}

QString CsvReader::canonicalEncoding(const QString &name)
{
    if (const auto builtIn = builtInEncoding(name))
        return encodingName(*builtIn);
    const QString wanted = name.trimmed();
    const QStringList &all = encodings();
    for (const QString &known : all) {
        if (known.compare(wanted, Qt::CaseInsensitive) == 0)
            return known;
    }
    // Another name ICU knows for one of them (cp1250, sjis, cp932, x-mac-roman): the decoder
    // says the same name.
    const QByteArray latin1 = wanted.toLatin1();
    const QStringDecoder decoder(latin1.constData());
    const char *const decoderName = decoder.isValid() ? decoder.name() : nullptr;
    if (!decoderName)
        return QString();
    for (const QString &known : all) {
        const QByteArray knownName = known.toLatin1();
        const QStringDecoder candidate(knownName.constData());
        if (candidate.name() && qstrcmp(candidate.name(), decoderName) == 0)
            return builtInEncoding(known) ? QString() : known;
    }
    return QString();
}

QString CsvReader::decodeBlock(QStringDecoder &decoder, QByteArrayView bytes, bool last)
{
    QString text = decoder.decode(bytes);
    if (last) {
        // QStringDecoder cannot be told that the input ends. A line feed, which is a character
        // of its own in every code page offered, ends a character cut off at the end: the
        // decoder then gives it as U+FFFD (or U+001A) before the line feed, and notes an error.
        QString tail = decoder.decode(QByteArrayView("\n", 1));
        if (tail != QLatin1String("\n")) {
            if (tail.endsWith(QLatin1Char('\n')))
                tail.chop(1);
            text += tail.isEmpty() ? QString(QChar(QChar::ReplacementCharacter)) : tail;
        }
    }
    std::replace(text.begin(), text.end(), QChar(0x1A), QChar(QChar::ReplacementCharacter));
    return text;
}

LocatedIssue CsvReader::replacementWarning(const QString &fileName, int row, int column,
                                           const QString &encoding)
{
    LocatedIssue issue;
    issue.severity = LocatedIssue::Severity::Warning;
    issue.file = fileName;
    issue.row = row;
    issue.column = column;
    issue.message = tr("some bytes are not %1 text and were read as «�», here first: the file "
                       "is probably in another encoding. Choose it under Encoding (on the command "
                       "line: --encoding); until then the text of these cells is not right.")
                            .arg(encoding);
    return issue;
}

QString CsvReader::detectEncoding(const QByteArray &bytes)
{
    if (const auto bom = encodingFromBom(bytes))
        return encodingName(*bom);
    const bool utf8 =
            firstInvalidUtf8(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size()) < 0;
    return encodingName(utf8 ? Encoding::Utf8 : Encoding::Windows1252);
}

QChar CsvReader::sniffDelimiter(const QString &text)
{
    const auto *begin = reinterpret_cast<const char16_t *>(text.utf16());
    bool complete = false;
    return sniff(begin, begin + text.size(), true, &complete);
}
