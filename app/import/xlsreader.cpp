#include "xlsreader.h"

#include "compoundfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QtEndian>

#include <freexl.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <unordered_set>

namespace {

using R = Result<SheetData>;

// Excel shows ##### for a date serial past 9999-12-31; libfreexl would count ~2.9 million days
// one by one for it, and for 2e9 a minute: such a cell is refused before libfreexl sees it.
constexpr double kLastDateSerial = 2958466.0;
// The days libfreexl may count for all date cells of a workbook together, about 30 seconds on a
// slow machine: a 65,536-row sheet with 20 date columns of this century stays below it.
constexpr double kDateWorkBudget = 6e10;
constexpr qint64 kMaxFileBytes = qint64(1) << 30;

enum Record : quint16 {
    Eof = 0x000A,
    DateMode = 0x0022,
    Continue = 0x003C,
    CodePage = 0x0042,
    Sst = 0x00FC,
    LabelSst = 0x00FD,
    Dimension = 0x0200,
    Label = 0x0204,
    Formula = 0x0006,
    FilePass = 0x002F,
    BoundSheet = 0x0085,
    MulRk = 0x00BD,
    Xf = 0x00E0,
    Number = 0x0203,
    BoolErr = 0x0205,
    Rk = 0x027E,
    Format = 0x041E,
    Bof = 0x0809,
};

struct BiffSheet
{
    QString name;
    bool hidden = false;
    bool worksheet = true; // not a chart, macro or dialog sheet
    quint32 offset = 0;
    // Cells libfreexl hands over as plain integers: booleans ("true") and errors ("#N/A").
    QHash<quint32, QString> booleans;
    QHash<quint32, QString> errors;
};

// What the Workbook stream says that libfreexl does not tell.
struct BiffScan
{
    bool encrypted = false;
    QVector<BiffSheet> sheets;
    int farSheet = -1; // the first date cell past 9999-12-31: sheet index, row, column (0-based)
    int farRow = 0;
    int farColumn = 0;
    double dateWork = 0;  // days libfreexl will count
    bool damaged = false; // sheet offsets that make the scan walk the stream more than once
};

quint32 cellKey(quint32 row, quint32 column)
{
    return (row << 16) | (column & 0xFFFF);
}

// Qt 6.4's QByteArrayView has no mid(): the bytes from `at`, at most `count`, within bounds.
QByteArrayView slice(QByteArrayView d, qsizetype at, qsizetype count)
{
    if (at < 0 || at >= d.size())
        return QByteArrayView();
    return d.sliced(at, qMin(count, d.size() - at));
}

quint16 u16(QByteArrayView d, qsizetype at)
{
    return at + 2 <= d.size() ? qFromLittleEndian<quint16>(d.data() + at) : 0;
}

quint32 u32(QByteArrayView d, qsizetype at)
{
    return at + 4 <= d.size() ? qFromLittleEndian<quint32>(d.data() + at) : 0;
}

double rkValue(quint32 rk)
{
    double value = 0;
    if (rk & 2) {
        value = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFCu) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return (rk & 1) ? value / 100 : value;
}

// BIFF8 XLUnicodeString (16-bit count) or ShortXLUnicodeString (8-bit count); BIFF5 strings are
// 8-bit counts of code-page bytes, taken as Latin-1 (sheet names and formats are nearly always
// ASCII).
QString biffString(QByteArrayView d, qsizetype at, bool wideCount, bool biff8)
{
    const int count = wideCount ? u16(d, at) : (at < d.size() ? quint8(d.at(at)) : 0);
    at += wideCount ? 2 : 1;
    if (!biff8)
        return QString::fromLatin1(slice(d, at, count));
    if (at >= d.size())
        return QString();
    const quint8 flags = quint8(d.at(at++));
    if (flags & 0x08)
        at += 2; // rich text runs
    if (flags & 0x04)
        at += 4; // phonetic data
    QString out;
    for (int i = 0; i < count && at < d.size(); ++i) {
        if (flags & 0x01) {
            if (at + 2 > d.size())
                break;
            out.append(QChar(u16(d, at)));
            at += 2;
        } else {
            out.append(QLatin1Char(d.at(at++)));
        }
    }
    return out;
}

// libfreexl's own rule, measured: a format with an "m" and a "d" or "y" is a date, with an "m"
// and an "h" or "s" a time, wherever the letters stand (even in "[DBNum1]" or "[$DM]").
bool isFreexlDateFormat(const QString &format)
{
    const QString f = format.toLower();
    return f.contains(QLatin1Char('m')) &&
           (f.contains(QLatin1Char('d')) || f.contains(QLatin1Char('y')) ||
            f.contains(QLatin1Char('h')) || f.contains(QLatin1Char('s')));
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

QString errorText(quint8 code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    default:
        return QStringLiteral("#N/A");
    }
}

// Walks the records of the Workbook stream: the globals, then each sheet's substream. Every
// record is at least 4 bytes, so the walk ends; offsets are checked against the stream's size.
BiffScan scanBiff(QByteArrayView d)
{
    BiffScan scan;
    const bool biff8 = u16(d, 0) == Bof && u16(d, 4) == 0x0600;
    QHash<int, bool> dateFormats;
    QVector<bool> xfIsDate;
    for (qsizetype at = 0; at + 4 <= d.size();) {
        const quint16 type = u16(d, at);
        const quint16 size = u16(d, at + 2);
        const QByteArrayView body = slice(d, at + 4, size);
        at += 4 + size;
        if (type == Eof)
            break;
        if (type == FilePass) {
            scan.encrypted = true;
        } else if (type == Format) {
            dateFormats.insert(u16(body, 0), isFreexlDateFormat(biffString(body, 2, biff8, biff8)));
        } else if (type == Xf) {
            const int id = u16(body, 2);
            xfIsDate.append(isBuiltinDateFormat(id) || dateFormats.value(id, false));
        } else if (type == BoundSheet) {
            BiffSheet s;
            s.offset = u32(body, 0);
            s.hidden = body.size() > 4 && (quint8(body.at(4)) & 0x03) != 0;
            s.worksheet = body.size() > 5 && quint8(body.at(5)) == 0;
            s.name = biffString(body, 6, false, biff8);
            scan.sheets.append(s);
        }
    }
    if (scan.encrypted)
        return scan;

    auto isDate = [&](int xf) { return xf >= 0 && xf < xfIsDate.size() && xfIsDate.at(xf); };
    // The sheets' substreams do not overlap in a sound file: the walks together visit each
    // record at most once, and every record is at least 4 bytes.
    qsizetype steps = d.size() / 4 + 1;
    for (int sheetIndex = 0; sheetIndex < scan.sheets.size(); ++sheetIndex) {
        BiffSheet &sheet = scan.sheets[sheetIndex];
        auto number = [&](quint32 row, quint32 column, int xf, double value) {
            if (!isDate(xf) || !(value > 0))
                return;
            if (value > kLastDateSerial || !std::isfinite(value)) {
                if (scan.farSheet < 0) {
                    scan.farSheet = sheetIndex;
                    scan.farRow = int(row);
                    scan.farColumn = int(column);
                }
                return;
            }
            scan.dateWork += value;
        };
        int depth = 0;
        for (qsizetype at = sheet.offset; at + 4 <= d.size();) {
            if (--steps < 0) {
                scan.damaged = true;
                return scan;
            }
            const quint16 type = u16(d, at);
            const quint16 size = u16(d, at + 2);
            const QByteArrayView b = slice(d, at + 4, size);
            at += 4 + size;
            if (type == Bof) {
                ++depth;
                continue;
            }
            if (type == Eof) {
                if (--depth <= 0)
                    break;
                continue;
            }
            if (depth != 1)
                continue; // an embedded chart's records, or no BOF where the sheet should be
            const quint32 row = u16(b, 0);
            const quint32 column = u16(b, 2);
            const int xf = u16(b, 4);
            if (type == Number && b.size() >= 14) {
                double value = 0;
                std::memcpy(&value, b.data() + 6, sizeof value);
                number(row, column, xf, qFromLittleEndian(value));
            } else if (type == Rk && b.size() >= 10) {
                number(row, column, xf, rkValue(u32(b, 6)));
            } else if (type == MulRk && b.size() >= 12) {
                const int cells = int((b.size() - 6) / 6);
                for (int i = 0; i < cells; ++i)
                    number(row, column + i, u16(b, 4 + 6 * i), rkValue(u32(b, 6 + 6 * i)));
            } else if (type == BoolErr && b.size() >= 8) {
                if (b.at(7))
                    sheet.errors.insert(cellKey(row, column), errorText(quint8(b.at(6))));
                else
                    sheet.booleans.insert(cellKey(row, column), b.at(6) ? QStringLiteral("true")
                                                                        : QStringLiteral("false"));
            } else if (type == Formula && b.size() >= 14) {
                if (quint8(b.at(12)) == 0xFF && quint8(b.at(13)) == 0xFF) {
                    if (b.at(6) == 1)
                        sheet.booleans.insert(cellKey(row, column),
                                              b.at(8) ? QStringLiteral("true")
                                                      : QStringLiteral("false"));
                    else if (b.at(6) == 2)
                        sheet.errors.insert(cellKey(row, column), errorText(quint8(b.at(8))));
                } else {
                    double value = 0;
                    std::memcpy(&value, b.data() + 6, sizeof value);
                    number(row, column, xf, qFromLittleEndian(value));
                }
            }
        }
    }
    return scan;
}

// libfreexl 1.0.6 trusts the lengths and counts in the records it decodes: a string's character
// count is copied (and handed to iconv) without looking at the record's size, so a crafted
// count reads up to 128 KiB past its record buffer; a string of the shared-string table that
// does not end in the next CONTINUE, or whose formatting runs do, is read past its record too;
// more than 8192 XF records make it index past its XF table; a second DIMENSION in a sheet
// leaks the first one's cells, and a sheet with none (measured: a chart sheet too) makes it
// allocate the cells of whichever sheet it read last, leaking them and leaving the sheet
// without cells for its rows. checkForFreexl walks the records the way libfreexl does and
// accepts the stream only when every record libfreexl parses is whole: what it returns is the
// length libfreexl will read (it stops at a zero record), or -1.
constexpr qsizetype kMaxRecord = 8224; // libfreexl's record buffer, BIFF8's largest record
constexpr int kMaxXf = 8192;           // libfreexl's XF table
constexpr int kMaxSheets = 4096;
constexpr double kMaxCells = 65536.0 * 256.0; // one full BIFF8 sheet: libfreexl's 256 MB

// libfreexl's view of a BIFF8 string header at `at`: the option flags, then a 2-byte count of
// formatting runs (flag 0x08) and a 4-byte size of phonetic data (flag 0x04). Gives the offset
// of the characters, or -1 when the header does not fit in the record.
qsizetype unicodeHeader(QByteArrayView b, qsizetype at, bool &wide, quint64 &extra)
{
    if (at + 1 > b.size())
        return -1;
    const quint8 flags = quint8(b.at(at++));
    wide = flags & 0x01;
    extra = 0;
    if (flags & 0x08) {
        if (at + 2 > b.size())
            return -1;
        extra += 4 * quint64(u16(b, at));
        at += 2;
    }
    if (flags & 0x04) {
        if (at + 4 > b.size())
            return -1;
        extra += u32(b, at);
        at += 4;
    }
    return at;
}

// The shared-string table as libfreexl's parse_SST reads it, record by record (SST, then its
// CONTINUE records): false where it would read past a record or lose its place.
struct SstCheck
{
    quint32 count = 0;
    quint32 done = 0;
    quint32 pendingChars = 0; // characters of a string still to come in the next CONTINUE
    quint64 pendingExtra = 0; // its formatting runs and phonetic data
    quint64 skip = 0;         // formatting data of the last string spilling into the next record

    bool complete() const { return pendingChars == 0 && done >= count; }

    bool feed(QByteArrayView b, bool first)
    {
        qsizetype at = 0;
        if (first) {
            if (b.size() < 8)
                return false;
            count = u32(b, 4);
            if (count > 1024 * 1024)
                return false; // libfreexl gives up on it anyway
            at = 8;
        } else if (pendingChars > 0) {
            if (b.isEmpty())
                return false;
            const quint64 bytes = (b.at(0) & 0x01) ? 2 * quint64(pendingChars) : pendingChars;
            const quint64 end = 1 + bytes + pendingExtra;
            if (end > quint64(b.size()))
                return false; // libfreexl reads the rest of a string from this record only
            at = qsizetype(end);
            pendingChars = 0;
            skip = 0;
            ++done;
        }
        while (done < count) {
            if (at >= b.size())
                return true;
            if (skip >= quint64(b.size()))
                return false;
            at += qsizetype(skip);
            skip = 0;
            if (at + 2 > b.size())
                return false;
            const quint32 chars = u16(b, at);
            bool wide = false;
            quint64 extra = 0;
            at = unicodeHeader(b, at + 2, wide, extra);
            if (at < 0)
                return false;
            const quint64 bytes = wide ? 2 * quint64(chars) : chars;
            const quint64 available = quint64(b.size() - at);
            if (bytes > available) {
                if (wide && available % 2)
                    return false; // a character split between records
                pendingChars = chars - quint32(wide ? available / 2 : available);
                pendingExtra = extra;
                return true;
            }
            if (chars == 0)
                return false; // libfreexl refuses an empty shared string
            const quint64 end = quint64(at) + bytes + extra;
            if (end > quint64(b.size()) + kMaxRecord)
                return false;
            skip = end > quint64(b.size()) ? end - quint64(b.size()) : 0;
            at = qsizetype(qMin(end, quint64(b.size())));
            ++done;
        }
        return true;
    }
};

qsizetype checkForFreexl(QByteArrayView d)
{
    int okBof = -1; // libfreexl's state: -1 before the first BOF, 0 after an EOF, 1 in a stream
    bool biff8 = false;
    bool sstSeen = false;
    bool inSst = false; // the last record other than CONTINUE was the SST
    SstCheck sst;
    int xfCount = 0;
    QVector<quint32> sheetOffsets;
    QVector<quint32> substreams;       // where libfreexl starts a sheet's substream
    QVector<quint32> withoutDimension; // those of them with no DIMENSION
    // Cells libfreexl allocates for the current substream: DIMENSION's, or the highest cell's.
    bool dimension = false;
    double rows = 0;
    double columns = 0;
    double cells = 0;
    std::unordered_set<quint32> cellsSeen; // of the current substream
    auto endSubstream = [&]() {
        if (!substreams.isEmpty() && !dimension &&
            (withoutDimension.isEmpty() || withoutDimension.last() != substreams.last()))
            withoutDimension.append(substreams.last());
        cells += rows * columns;
        rows = columns = 0;
        cellsSeen.clear();
        dimension = false;
    };
    qsizetype at = 0;
    for (; at + 4 <= d.size();) {
        const quint16 type = u16(d, at);
        const quint16 size = u16(d, at + 2);
        if (type == 0 && size == 0)
            break; // libfreexl's end of the stream
        if (size > kMaxRecord || at + 4 + size > d.size())
            return -1;
        const QByteArrayView b = d.sliced(at + 4, size);
        const qsizetype here = at;
        at += 4 + size;
        if (type == Continue) {
            if (inSst && !sst.feed(b, false))
                return -1;
            continue;
        }
        if (inSst && !sst.complete())
            return -1;
        inSst = false;
        if (okBof != 1) {
            if (type != Bof || size < 4)
                return -1;
            if (okBof == -1) {
                biff8 = u16(b, 0) == 0x0600;
                if (!biff8 && u16(b, 0) != 0x0500)
                    return -1;
            } else {
                substreams.append(quint32(here));
            }
            okBof = 1;
            continue;
        }
        // libfreexl keeps a cell's value only inside DIMENSION (it leaks a text it cannot
        // place), and leaks the first text of a cell given twice.
        auto cell = [&](quint32 row, quint32 column) {
            if (!dimension)
                return true; // before DIMENSION: libfreexl skips it
            return row < rows && column < columns && cellsSeen.insert(cellKey(row, column)).second;
        };
        // libfreexl reads the BIFF8 string of a LABEL or FORMAT at `at`, its count before.
        auto unicodeFits = [&](qsizetype countAt) {
            bool wide = false;
            quint64 extra = 0;
            const quint32 chars = u16(b, countAt);
            const qsizetype text = unicodeHeader(b, countAt + 2, wide, extra);
            return countAt + 2 <= b.size() && text >= 0 &&
                   quint64(text) + (wide ? 2 * quint64(chars) : chars) <= quint64(b.size());
        };
        switch (type) {
        case Eof:
            okBof = 0;
            endSubstream();
            break;
        case Sst:
            if (sstSeen || !sst.feed(b, true))
                return -1;
            sstSeen = true;
            inSst = true;
            break;
        case CodePage:
        case DateMode:
            if (size < 2)
                return -1;
            break;
        case BoundSheet: {
            if (size < 8 || sheetOffsets.size() >= kMaxSheets)
                return -1;
            const int chars = quint8(b.at(6));
            const int bytes = !biff8 ? chars : b.at(7) ? 2 * chars : chars;
            if (chars == 0 || (biff8 ? 8 : 7) + bytes > size)
                return -1;
            sheetOffsets.append(u32(b, 0));
            break;
        }
        case Dimension:
            if (dimension || size < (biff8 ? 14 : 10))
                return -1;
            dimension = true;
            rows = biff8 ? u32(b, 4) : u16(b, 2);
            columns = u16(b, biff8 ? 10 : 6);
            if (rows > 65536 || columns > 256)
                return -1;
            break;
        case Format:
            if (biff8 ? size < 5 || !unicodeFits(2) : size < 3 || 3 + quint8(b.at(2)) > size)
                return -1;
            break;
        case Xf:
            if (size < 4 || ++xfCount > kMaxXf)
                return -1;
            break;
        case Number:
        case BoolErr:
        case Rk:
        case LabelSst:
            if (size < (type == Number ? 14 : type == BoolErr ? 8 : 10))
                return -1;
            if (!cell(u16(b, 0), u16(b, 2)))
                return -1;
            break;
        case MulRk:
            if (size < 12 || (size - 6) % 6 != 0)
                return -1;
            for (int i = 0; i < (size - 6) / 6; ++i) {
                if (!cell(u16(b, 0), u16(b, 2) + quint32(i)))
                    return -1;
            }
            break;
        case Label:
            if (biff8 ? size < 9 || !unicodeFits(6) : size < 8 || 8 + u16(b, 6) > size)
                return -1;
            if (!cell(u16(b, 0), u16(b, 2)))
                return -1;
            break;
        default:
            break;
        }
    }
    if (okBof == -1 || (inSst && !sst.complete()))
        return -1;
    if (okBof == 1)
        endSubstream(); // a substream the stream ends in
    if (cells > kMaxCells)
        return -2;
    // Each sheet starts a substream of its own, one that libfreexl finds at its offset.
    std::sort(sheetOffsets.begin(), sheetOffsets.end());
    for (int i = 0; i < sheetOffsets.size(); ++i) {
        if ((i > 0 && sheetOffsets.at(i) == sheetOffsets.at(i - 1)) ||
            !std::binary_search(substreams.cbegin(), substreams.cend(), sheetOffsets.at(i)) ||
            std::binary_search(withoutDimension.cbegin(), withoutDimension.cend(),
                               sheetOffsets.at(i)))
            return -1;
    }
    return at;
}

// Days from anchor (day 0) to year-month-day in libfreexl's calendar, where every fourth year
// is a leap year (1900 and 2100 too).
qint64 freexlDays(qint64 year, int month, int day, int anchorYear)
{
    static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    auto leapsBefore = [](qint64 y) { return y > 0 ? (y - 1) / 4 : 0; }; // leap years < y
    qint64 days = (year - anchorYear) * 365 + leapsBefore(year) - leapsBefore(anchorYear);
    for (int m = 1; m < month; ++m)
        days += monthDays[m - 1] + (m == 2 && year % 4 == 0 ? 1 : 0);
    return days + day - 1;
}

bool parseDigits(QByteArrayView text, qsizetype from, qsizetype count, qint64 &out)
{
    if (from + count > text.size() || count <= 0)
        return false;
    out = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

class FreexlHandle
{
public:
    ~FreexlHandle()
    {
        if (handle)
            freexl_close(handle);
    }
    const void *handle = nullptr;
};

QString freexlError(int rc)
{
    switch (rc) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return XlsReader::tr("there is not enough memory to read it");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return XlsReader::tr("its text is in a character set that cannot be read");
    default:
        return XlsReader::tr("it is damaged or incomplete");
    }
}

} // namespace

QString XlsReader::numberText(double value)
{
    if (!std::isfinite(value))
        return QString();
    // 17 significant digits give back the exact double; normalizeNumber then rounds to the 15
    // Excel shows, so 0.1 + 0.2 reads "0.3" as in Excel, not "0.30000000000000004".
    return XlsxReader::normalizeNumber(QString::number(value, 'g', 17));
}

QString XlsReader::freexlDateToIso(QByteArrayView text, bool date1904)
{
    const qsizetype dash = text.indexOf('-');
    qint64 year = 0;
    qint64 month = 0;
    qint64 day = 0;
    if (dash < 4 || !parseDigits(text, 0, dash, year) || !parseDigits(text, dash + 1, 2, month) ||
        text.size() < dash + 6 || text.at(dash + 3) != '-' ||
        !parseDigits(text, dash + 4, 2, day) || month < 1 || month > 12 || day < 1 || day > 31 ||
        year > 99999)
        return QString();
    qint64 seconds = 0;
    const qsizetype time = dash + 7;
    if (text.size() > dash + 6) {
        qint64 h = 0;
        qint64 m = 0;
        qint64 s = 0;
        if (text.size() != time + 8 || !parseDigits(text, time, 2, h) ||
            !parseDigits(text, time + 3, 2, m) || !parseDigits(text, time + 6, 2, s))
            return QString();
        seconds = h * 3600 + m * 60 + s;
    }
    // libfreexl counts from serial 1 = 1900-01-01 (1900 system) or 1904-01-02 (1904 system).
    const qint64 serial = date1904 ? freexlDays(year, int(month), int(day), 1904)
                                   : freexlDays(year, int(month), int(day), 1900) + 1;
    QString serialText = QString::number(serial);
    if (seconds > 0)
        serialText = QString::number(double(serial) + double(seconds) / 86400.0, 'g', 17);
    return XlsxReader::serialToIso(serialText, date1904);
}

QString XlsReader::passwordProtected(const QString &fileName)
{
    return tr("%1 is password-protected. Open it in Excel, remove the password (File ▸ Info ▸ "
              "Protect Workbook ▸ Encrypt with Password, clear it), save it, then import it "
              "again.")
            .arg(fileName);
}

namespace {

// The sheets as libfreexl numbers them, with what the scan knows about each.
struct Workbook
{
    std::unique_ptr<QTemporaryFile> copy; // what libfreexl reads; outlives its handle
    FreexlHandle freexl;
    BiffScan scan;
    QVector<BiffSheet> sheets; // parallel to libfreexl's sheet indexes
    bool date1904 = false;
};

Status openWorkbook(const QString &path, bool withCells, Workbook &wb)
{
    const QString file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(XlsReader::tr("Cannot open %1 (%2).").arg(file, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return Status::failure(XlsReader::tr("%1 is larger than an Excel 97-2003 workbook can "
                                             "be. Save it as an Excel Workbook (.xlsx), then "
                                             "import that.")
                                       .arg(file));
    auto damaged = [&file]() {
        return Status::failure(XlsReader::tr("%1 cannot be read as an Excel 97-2003 workbook: "
                                             "%2. Open it in Excel and save it as an Excel "
                                             "Workbook (.xlsx), then import that.")
                                       .arg(file, freexlError(FREEXL_BIFF_INVALID_BOF)));
    };
    auto tooLarge = [&file]() {
        return Status::failure(XlsReader::tr("%1 is larger than an Excel 97-2003 workbook can "
                                             "be. Save it as an Excel Workbook (.xlsx), then "
                                             "import that.")
                                       .arg(file));
    };
    const auto ole = CompoundFile::parse(f.readAll());
    f.close();
    if (!ole)
        return damaged(); // libfreexl would try it as BIFF2-4, a parser no one has checked
    if (ole->entryNames().contains(QLatin1String("EncryptedPackage"), Qt::CaseInsensitive))
        return Status::failure(XlsReader::passwordProtected(file));
    auto stream = ole->stream(QStringLiteral("Workbook"));
    if (!stream)
        stream = ole->stream(QStringLiteral("Book"));
    if (!stream)
        return damaged();
    wb.scan = scanBiff(*stream);
    if (wb.scan.encrypted)
        return Status::failure(XlsReader::passwordProtected(file));
    // libfreexl does not check what it reads: see checkForFreexl.
    const qsizetype length = checkForFreexl(*stream);
    if (length == -2)
        return tooLarge();
    if (length < 0 || wb.scan.damaged)
        return damaged();
    if (withCells && wb.scan.farSheet >= 0) {
        const LocatedIssue issue{LocatedIssue::Severity::Error,
                                 file,
                                 wb.scan.sheets.at(wb.scan.farSheet).name,
                                 wb.scan.farRow + 1,
                                 wb.scan.farColumn + 1,
                                 QString(),
                                 XlsReader::tr("the cell is formatted as a date but holds a "
                                               "number past 31 December 9999, which Excel shows "
                                               "as #####. Correct or clear the cell in Excel, "
                                               "then import again.")};
        return Status::failure(issue.toString());
    }
    if (withCells && wb.scan.dateWork > kDateWorkBudget)
        return Status::failure(XlsReader::tr("%1 holds more dates than ContractDesk can read from "
                                             "an Excel 97-2003 workbook. Save it as an Excel "
                                             "Workbook (.xlsx), then import that.")
                                       .arg(file));

    // libfreexl gets the checked records in a container written here, never the file's own:
    // its walk of an untrusted container (FAT, directory, mini stream) is not checked either.
    // The stream ends with zeros, libfreexl's end mark, and is kept past the mini-stream cutoff.
    QByteArray records = stream->left(length);
    records.append(QByteArray(qMax<qsizetype>(4, 4097 - records.size()), '\0'));
    wb.copy = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                               QStringLiteral("/contractdesk-XXXXXX.xls"));
    const QByteArray container = CompoundFile::write(QStringLiteral("Workbook"), records);
    if (!wb.copy->open() || wb.copy->write(container) != container.size() || !wb.copy->flush())
        return Status::failure(
                XlsReader::tr("Cannot open %1 (%2).").arg(file, wb.copy->errorString()));

    const QByteArray native = QFile::encodeName(wb.copy->fileName());
    const int rc = withCells ? freexl_open(native.constData(), &wb.freexl.handle)
                             : freexl_open_info(native.constData(), &wb.freexl.handle);
    if (rc != FREEXL_OK) {
        wb.freexl.handle = nullptr; // libfreexl has freed what it opened
        return Status::failure(XlsReader::tr("%1 cannot be read as an Excel 97-2003 workbook: "
                                             "%2. Open it in Excel and save it as an Excel "
                                             "Workbook (.xlsx), then import that.")
                                       .arg(file, freexlError(rc)));
    }
    unsigned int info = 0;
    if (freexl_get_info(wb.freexl.handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return Status::failure(XlsReader::passwordProtected(file));
    wb.date1904 = freexl_get_info(wb.freexl.handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK &&
                  info == FREEXL_BIFF_DATEMODE_1904;
    unsigned int count = 0;
    if (freexl_get_info(wb.freexl.handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK ||
        count == 0)
        return Status::failure(XlsReader::tr("%1 holds no sheets that can be read; it may be "
                                             "damaged. Open it in Excel and save it as an Excel "
                                             "Workbook (.xlsx), then import that.")
                                       .arg(file));
    // libfreexl lists every sheet, or only worksheets: match whichever the scan agrees with.
    QVector<BiffSheet> worksheets;
    for (const BiffSheet &s : std::as_const(wb.scan.sheets)) {
        if (s.worksheet)
            worksheets.append(s);
    }
    const QVector<BiffSheet> &known = wb.scan.sheets.size() == int(count) ? wb.scan.sheets
                                      : worksheets.size() == int(count)   ? worksheets
                                                                          : QVector<BiffSheet>();
    for (unsigned int i = 0; i < count && i < 0xFFFF; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(wb.freexl.handle, quint16(i), &name) != FREEXL_OK)
            return Status::failure(XlsReader::tr("%1 cannot be read as an Excel 97-2003 "
                                                 "workbook: %2. Open it in Excel and save it "
                                                 "as an Excel Workbook (.xlsx), then import "
                                                 "that.")
                                           .arg(file, freexlError(FREEXL_BIFF_INVALID_BOF)));
        BiffSheet sheet = known.isEmpty() ? BiffSheet() : known.at(int(i));
        sheet.name = QString::fromUtf8(name ? name : "");
        wb.sheets.append(sheet);
    }
    return Status();
}

} // namespace

Result<QVector<XlsxReader::SheetInfo>> XlsReader::sheets(const QString &path) const
{
    Workbook wb;
    const Status opened = openWorkbook(path, false, wb);
    if (!opened)
        return Result<QVector<XlsxReader::SheetInfo>>::failure(opened.error());
    QVector<XlsxReader::SheetInfo> list;
    for (const BiffSheet &s : std::as_const(wb.sheets)) {
        if (!s.worksheet)
            continue;
        XlsxReader::SheetInfo info;
        info.name = s.name;
        info.hidden = s.hidden;
        list.append(info);
    }
    if (list.isEmpty())
        return Result<QVector<XlsxReader::SheetInfo>>::failure(
                tr("%1 holds no sheets with cells, only charts.").arg(QFileInfo(path).fileName()));
    return list;
}

Result<SheetData> XlsReader::readSheet(const QString &path, const QString &sheetName,
                                       const ReadProgress &progress) const
{
    const QString file = QFileInfo(path).fileName();
    Workbook wb;
    const Status opened = openWorkbook(path, true, wb);
    if (!opened)
        return R::failure(opened.error());

    int index = -1;
    for (int i = 0; i < wb.sheets.size() && index < 0; ++i) {
        const BiffSheet &s = wb.sheets.at(i);
        if (s.worksheet && (sheetName.isEmpty() ? !s.hidden : s.name == sheetName))
            index = i;
    }
    for (int i = 0; i < wb.sheets.size() && index < 0 && !sheetName.isEmpty(); ++i) {
        if (wb.sheets.at(i).worksheet &&
            wb.sheets.at(i).name.compare(sheetName, Qt::CaseInsensitive) == 0)
            index = i;
    }
    for (int i = 0; i < wb.sheets.size() && index < 0 && sheetName.isEmpty(); ++i) {
        if (wb.sheets.at(i).worksheet)
            index = i; // all hidden: the first worksheet
    }
    if (index < 0) {
        QStringList names;
        for (const BiffSheet &s : std::as_const(wb.sheets)) {
            if (s.worksheet)
                names.append(s.name);
        }
        if (names.isEmpty())
            return R::failure(tr("%1 holds no sheets with cells, only charts.").arg(file));
        return R::failure(tr("%1 has no sheet named '%2' (its sheets: %3).")
                                  .arg(file, sheetName, names.join(QStringLiteral(", "))));
    }
    const BiffSheet &sheet = wb.sheets.at(index);

    SheetData data;
    data.fileName = file;
    data.sheetName = sheet.name;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(wb.freexl.handle, quint16(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(wb.freexl.handle, &rows, &columns) != FREEXL_OK)
        return R::failure(tr("%1, sheet %2 cannot be read: %3. Open it in Excel and save it as an "
                             "Excel Workbook (.xlsx), then import that.")
                                  .arg(file, sheet.name, freexlError(FREEXL_BIFF_INVALID_BOF)));
    // libfreexl's dimensions are counts (its header says "zero based", but it is not).
    for (unsigned int r = 0; r < rows; ++r) {
        QStringList row;
        bool blank = true;
        int blanks = 0; // empty cells not yet appended: only those before a value are
        const bool marked = !sheet.booleans.isEmpty() || !sheet.errors.isEmpty();
        for (unsigned int c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(wb.freexl.handle, r, quint16(c), &cell) != FREEXL_OK ||
                (cell.type == FREEXL_CELL_NULL && !marked)) {
                ++blanks;
                continue;
            }
            QString text;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                text = QString::number(cell.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                text = numberText(cell.value.double_value);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                text = QString::fromUtf8(cell.value.text_value);
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME: {
                const QByteArrayView raw(cell.value.text_value);
                text = freexlDateToIso(raw, wb.date1904);
                if (text.isEmpty())
                    text = QString::fromLatin1(raw);
                break;
            }
            case FREEXL_CELL_TIME:
                text = QString::fromLatin1(cell.value.text_value);
                break;
            default:
                break;
            }
            const quint32 key = cellKey(r, c);
            if (const auto b = sheet.booleans.constFind(key); b != sheet.booleans.constEnd()) {
                text = *b;
            } else if (const auto e = sheet.errors.constFind(key); e != sheet.errors.constEnd()) {
                text = *e;
                data.issues.append({LocatedIssue::Severity::Error, file, sheet.name, int(r) + 1,
                                    int(c) + 1, QString(),
                                    tr("the cell holds the Excel error %1").arg(text)});
            }
            if (!text.trimmed().isEmpty())
                blank = false;
            if (text.isEmpty()) {
                ++blanks;
                continue;
            }
            for (; blanks > 0; --blanks)
                row.append(QString());
            row.append(text);
        }
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        if (!blank) {
            data.rows.append(row);
            data.rowNumbers.append(int(r) + 1);
        }
        if (progress && r % 1024 == 1023 && !progress(r + 1, rows))
            return R::failure(tr("%1: reading was cancelled").arg(file));
    }
    if (progress)
        progress(rows, rows);
    return data;
}
