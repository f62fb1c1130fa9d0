#include "csvstream.h"

#include "csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QtAlgorithms>

#include <QStringDecoder>

#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

// A cell of the row being scanned: in the text, or (data null) at `offset` in the scratch
// buffer, which may move while the row grows.
struct CellRef
{
    const char *data;
    qsizetype offset;
    qsizetype size;
};

// The first delimiter, CR or LF at or after `p` (or `end`): eight bytes at a time where it can.
const char *cellEnd(const char *p, const char *end, char delimiter)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr quint64 ones = Q_UINT64_C(0x0101010101010101);
    constexpr quint64 highs = Q_UINT64_C(0x8080808080808080);
    const quint64 d = ones * uchar(delimiter);
    constexpr quint64 cr = ones * uchar('\r');
    constexpr quint64 lf = ones * uchar('\n');
    // A byte of x is zero: its bit in (x - ones) & ~x & highs (exact for the lowest such byte).
    auto zeroByte = [](quint64 x) { return (x - ones) & ~x & highs; };
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        const quint64 found = zeroByte(word ^ d) | zeroByte(word ^ cr) | zeroByte(word ^ lf);
        if (found)
            return p + qCountTrailingZeroBits(found) / 8;
        p += 8;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

// Windows-1252 bytes as UTF-8 (every character of it is in the BMP) into `out`, which holds
// three bytes for each; how many it wrote.
qsizetype windows1252ToUtf8(const char *bytes, qsizetype n, char *out)
{
    auto *d = reinterpret_cast<uchar *>(out);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = CsvReader::fromWindows1252(uchar(bytes[i]));
        if (c < 0x80) {
            *d++ = uchar(c);
        } else if (c < 0x800) {
            *d++ = uchar(0xC0 | (c >> 6));
            *d++ = uchar(0x80 | (c & 0x3F));
        } else {
            *d++ = uchar(0xE0 | (c >> 12));
            *d++ = uchar(0x80 | ((c >> 6) & 0x3F));
            *d++ = uchar(0x80 | (c & 0x3F));
        }
    }
    return reinterpret_cast<char *>(d) - out;
}

// UTF-16 code units in UTF-8 text (what QString::size() says of it).
qsizetype utf16Length(const char *from, const char *to)
{
    qsizetype units = 0;
    for (; from != to; ++from) {
        const auto c = uchar(*from);
        if ((c & 0xC0) != 0x80)
            units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

} // namespace

qint64 CsvStream::size() const
{
    return m_sheet ? qint64(m_sheet->rows.size()) : m_size;
}

std::unique_ptr<QIODevice> CsvStream::openSource(QString *error) const
{
    std::unique_ptr<QIODevice> device;
    if (m_path.isEmpty()) {
        auto memory = std::make_unique<QBuffer>();
        memory->setData(m_bytes);
        device = std::move(memory);
    } else {
        device = std::make_unique<QFile>(m_path);
    }
    // (Blocks are read straight into the scanner's buffer.)
    if (!device->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = CsvReader::tr("Cannot open %1: %2").arg(m_path, device->errorString());
        return nullptr;
    }
    return device;
}

bool CsvStream::isBlank(QByteArrayView utf8)
{
    const auto *p = reinterpret_cast<const uchar *>(utf8.data());
    const auto *const end = p + utf8.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            if (c != ' ' && (c < '\t' || c > '\r'))
                return false;
            ++p;
        } else if (c < 0xE0) {
            if (end - p < 2 || !QChar::isSpace(char32_t(((c & 0x1F) << 6) | (p[1] & 0x3F))))
                return false;
            p += 2;
        } else if (c < 0xF0) {
            if (end - p < 3 || !QChar::isSpace(char32_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) |
                                                        (p[2] & 0x3F))))
                return false;
            p += 3;
        } else {
            return false; // beyond U+FFFF: a surrogate pair in UTF-16, never white space
        }
    }
    return true;
}

QString CsvStream::text(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return QString();
    // QString::fromUtf8() drops a byte order mark at the start of what it decodes; in a cell
    // it is a character like any other.
    const QByteArrayView bom("\xEF\xBB\xBF");
    qsizetype marks = 0;
    while (utf8.sliced(3 * marks).startsWith(bom))
        ++marks;
    if (marks == 0)
        return QString::fromUtf8(utf8);
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(utf8.sliced(3 * marks));
}

Result<SheetData> CsvStream::head(int rows) const
{
    SheetData sheet;
    sheet.fileName = m_fileName;
    sheet.encoding = m_encoding;
    sheet.delimiter = m_delimiter;
    if (m_sheet) {
        const qsizetype n = qMin(qsizetype(qMax(rows, 0)), m_sheet->rows.size());
        sheet.rows = m_sheet->rows.mid(0, n);
        sheet.rowNumbers = m_sheet->rowNumbers.mid(0, n);
        return sheet;
    }
    if (rows <= 0)
        return sheet;
    const Status scanned = scan([&](const Row &row) {
        QStringList cells;
        cells.reserve(row.count);
        for (int c = 0; c < row.count; ++c)
            cells.append(text(row.cells[c]));
        sheet.rows.append(std::move(cells));
        sheet.rowNumbers.append(row.line);
        return sheet.rows.size() < rows;
    });
    if (!scanned)
        return Result<SheetData>::failure(scanned.error());
    return sheet;
}

// The RFC 4180 scanner of CsvReader::read (its parse()), step for step, on UTF-8 bytes: the
// delimiter, quotes and line breaks are ASCII, so they are never part of a longer character.
Status CsvStream::scan(const RowFunction &function, QVector<LocatedIssue> *issues) const
{
    if (m_sheet) {
        std::vector<QByteArray> text;
        std::vector<QByteArrayView> cells;
        Row row;
        for (qsizetype r = 0; r < m_sheet->rows.size(); ++r) {
            const QStringList &source = m_sheet->rows.at(r);
            text.clear();
            cells.clear();
            for (const QString &cell : source)
                text.push_back(cell.toUtf8());
            for (const QByteArray &cell : text)
                cells.emplace_back(cell);
            row.line = m_sheet->rowNumbers.at(r);
            row.cells = cells.data();
            row.count = int(cells.size());
            row.offset = r + 1;
            if (!function(row))
                return Status();
        }
        if (issues)
            issues->append(m_sheet->issues);
        return Status();
    }

    QString openError;
    const std::unique_ptr<QIODevice> device = openSource(&openError);
    if (!device)
        return Status::failure(openError);
    device->seek(m_start);

    // The text read so far; [begin, end) is not scanned yet.
    QByteArray buffer;
    QByteArray raw;                        // a Windows-1252 or legacy block before transcoding
    std::optional<QStringDecoder> decoder; // a legacy code page's, its state kept across blocks
    if (!m_decoderName.isEmpty())
        decoder.emplace(m_decoderName.constData());
    const bool transcoded = m_windows1252 || decoder;
    qsizetype rawKept = 0; // legacy bytes after the last line break, not decoded yet
    qsizetype begin = 0;
    qsizetype end = 0;
    qint64 dropped = 0;  // text bytes let go from the front of the buffer
    qint64 read = 0;     // bytes read from the source
    qint64 produced = 0; // text bytes they gave (more for Windows-1252)
    bool atEnd = false;
    // Moves what is not scanned yet to the front and reads as much as fits after it, at least
    // a block: a row longer than that doubles the buffer, so that scanning it again as more of
    // it comes in stays linear. (The buffer is allocated once for rows that fit a block.)
    // UTF-8 bytes a source byte may become (a legacy block that becomes more grows the buffer)
    const qsizetype expansion = transcoded ? 3 : 1;
    const qsizetype room = qMax(m_blockSize, expansion);
    auto refill = [&] {
        const qsizetype kept = end - begin;
        std::memmove(buffer.data(), buffer.constData() + begin, size_t(kept));
        dropped += begin;
        begin = 0;
        end = kept;
        if (buffer.size() - kept < room)
            buffer.resize(qMax(2 * buffer.size(), kept + 2 * room));
        const qsizetype wanted = (buffer.size() - kept) / expansion;
        if (m_windows1252) {
            if (raw.size() < wanted)
                raw.resize(wanted);
            const qint64 n = device->read(raw.data(), wanted);
            if (n <= 0) {
                atEnd = true;
                return;
            }
            end = kept + windows1252ToUtf8(raw.constData(), qsizetype(n), buffer.data() + kept);
            read += n;
            produced += end - kept;
        } else if (decoder) {
            // Decoded up to the last line break read, the rest kept for the next block: ICU
            // decodes an invalid sequence that a block's end cuts differently from one it sees
            // whole, and no character or invalid sequence of the code pages offered takes in a
            // CR or LF byte, so that cut is never inside one.
            if (raw.size() < rawKept + wanted)
                raw.resize(rawKept + wanted);
            const qint64 n = qMax<qint64>(device->read(raw.data() + rawKept, wanted), 0);
            const qsizetype have = rawKept + qsizetype(n);
            qsizetype cut = have;
            while (n > 0 && cut > 0 && raw.at(cut - 1) != '\n' && raw.at(cut - 1) != '\r')
                --cut;
            // At the end, what the decoder still holds (a character cut off) comes out.
            const QByteArray utf8 =
                    CsvReader::decodeBlock(*decoder, QByteArrayView(raw.constData(), cut), n == 0)
                            .toUtf8();
            std::memmove(raw.data(), raw.constData() + cut, size_t(have - cut));
            rawKept = have - cut;
            if (kept + utf8.size() > buffer.size())
                buffer.resize(kept + utf8.size());
            std::memcpy(buffer.data() + kept, utf8.constData(), size_t(utf8.size()));
            end = kept + utf8.size();
            if (n == 0) {
                atEnd = true;
                return;
            }
            read += n;
            produced += utf8.size();
        } else {
            const qint64 n = device->read(buffer.data() + kept, wanted);
            if (n <= 0) {
                atEnd = true;
                return;
            }
            end = kept + qsizetype(n);
            read += n;
            produced += n;
        }
    };

    constexpr int maxCell = CsvReader::kMaxCellChars;
    const char delimiter = char(m_delimiter.unicode());
    int line = m_firstLine;
    std::vector<CellRef> refs;
    std::vector<QByteArrayView> cells;
    std::string scratch;     // cells with doubled quotes or text after their closing quote
    QVector<int> cellCounts; // of the rows handed over, for the ragged-row warnings
    QVector<int> rowNumbers;
    Row row;
    QString error;
    int replacedLine = 0; // the first cell holding U+FFFD, as CsvReader::read finds it
    int replacedColumn = 0;
    // One record from `p` on, up to `stop` (read as the end of the text); false with `error`
    // set where CsvReader::read fails.
    auto scanRecord = [&](const char *&p, const char *const stop, const int recordLine, bool &blank,
                          int &count) {
        for (;;) {
            if (count == CsvReader::kMaxColumns) {
                error = CsvReader::tooManyCellsError(m_fileName, recordLine);
                return false;
            }
            const int column = ++count;
            CellRef ref{nullptr, 0, 0};
            if (p < stop && *p == '"') {
                const int quoteLine = line;
                const char *segment = ++p;
                bool buffered = false;
                const auto from = qsizetype(scratch.size());
                for (;;) {
                    if (p == stop) {
                        error = CsvReader::unclosedQuoteError(m_fileName, quoteLine);
                        return false;
                    }
                    const char c = *p;
                    if (c == '"') {
                        if (p + 1 < stop && p[1] == '"') { // "" stands for one "
                            scratch.append(segment, size_t(p + 1 - segment));
                            buffered = true;
                            p += 2;
                            segment = p;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n' || (c == '\r' && !(p + 1 < stop && p[1] == '\n')))
                        ++line;
                    ++p;
                }
                const char *const closing = p++;
                // Text after the closing quote ("a"b) is kept as it stands, as Excel does.
                const char *const tail = p;
                p = cellEnd(p, stop, delimiter);
                if (!buffered && tail == p) {
                    ref = {segment, 0, closing - segment};
                } else {
                    scratch.append(segment, size_t(closing - segment));
                    scratch.append(tail, size_t(p - tail));
                    ref = {nullptr, from, qsizetype(scratch.size()) - from};
                }
            } else {
                const char *const start = p;
                p = cellEnd(p, stop, delimiter);
                ref = {start, 0, p - start};
            }
            const char *const data = ref.data ? ref.data : scratch.data() + ref.offset;
            if (ref.size > maxCell) { // never fewer bytes than UTF-16 units
                const qsizetype length = utf16Length(data, data + ref.size);
                if (length > maxCell) {
                    error = CsvReader::cellTooLongError(m_fileName, recordLine, column, length,
                                                        line);
                    return false;
                }
            }
            blank = blank && isBlank(QByteArrayView(data, ref.size));
            refs.push_back(ref);
            if (p < stop && *p == delimiter) {
                ++p;
                continue;
            }
            if (p < stop) { // the line break that ends the record
                if (*p++ == '\r' && p < stop && *p == '\n')
                    ++p;
                ++line;
            }
            return true;
        }
    };

    refill();
    while (begin < end || !atEnd) {
        if (begin == end) {
            refill();
            continue;
        }
        const char *const base = buffer.constData();
        const char *const stop = base + end;
        const char *p = base + begin;
        const int recordLine = line;
        bool blank = true;
        int count = 0;
        refs.clear();
        scratch.clear();
        const bool scanned = scanRecord(p, stop, recordLine, blank, count);
        if (p >= stop && !atEnd) {
            // The record (or what went wrong in it) may go on in the next block.
            line = recordLine;
            refill();
            continue;
        }
        if (!scanned)
            return Status::failure(error);
        begin = p - base;
        if (blank)
            continue;
        cells.resize(refs.size());
        for (size_t c = 0; c < refs.size(); ++c) {
            const CellRef &ref = refs[c];
            cells[c] = QByteArrayView(ref.data ? ref.data : scratch.data() + ref.offset, ref.size);
        }
        if (decoder && replacedLine == 0) {
            for (size_t c = 0; c < cells.size(); ++c) {
                if (std::string_view(cells[c].data(), size_t(cells[c].size()))
                            .find("\xEF\xBF\xBD") != std::string_view::npos) {
                    replacedLine = recordLine;
                    replacedColumn = int(c + 1);
                    break;
                }
            }
        }
        cellCounts.append(count);
        rowNumbers.append(recordLine);
        const qint64 scannedText = dropped + begin;
        row.line = recordLine;
        row.cells = cells.data();
        row.count = count;
        row.offset = qMin(m_size, m_start + (transcoded && produced > 0
                                                     ? qint64(double(scannedText) * read / produced)
                                                     : scannedText));
        if (!function(row))
            return Status();
    }
    if (issues) {
        if (decoder && decoder->hasError())
            issues->append(CsvReader::replacementWarning(m_fileName, replacedLine, replacedColumn,
                                                         m_encoding));
        issues->append(CsvReader::raggedRows(cellCounts, rowNumbers, m_fileName));
    }
    return Status();
}
