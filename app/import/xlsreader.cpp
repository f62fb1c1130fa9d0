#include "xlsreader.h"

#include "compoundfile.h"
#include "excelnumberformat.h"
#include "xlsxsheetparser.h"

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
    quint32 offset = 0; // where its substream starts in the clean stream
    quint32 end = 0;    // and ends
    // Cells libfreexl hands over as plain integers: booleans ("true") and errors ("#N/A").
    QHash<quint32, QString> booleans;
    QHash<quint32, QString> errors;
    // Number cells under a date, time or duration format, which libfreexl hands over as the
    // plain serial (see cleanStream): converted here, as the .xlsx reader converts them.
    QHash<quint32, ExcelNumberFormat::Kind> dates;
};

// What the Workbook stream says that libfreexl does not tell, and the stream libfreexl gets.
struct BiffScan
{
    bool encrypted = false;
    bool damaged = false;    // records cut short, substreams overlapping or missing
    bool onlyCharts = false; // sheets, but not one worksheet among them
    QByteArray clean;        // the globals and the worksheets' substreams (see cleanStream)
    QVector<ExcelNumberFormat::Kind> xfKinds; // each XF's number format, while scanning
    QVector<BiffSheet> sheets; // the worksheets, in tab order, as the clean stream has them
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

// The stream libfreexl gets, written from the Workbook stream's records: the globals, each
// BOUNDSHEET of a chart, macro or dialog sheet left out (libfreexl misreads a substream without
// DIMENSION, and the import never offers such sheets), every XF's number format made General
// (so libfreexl hands over each date's serial instead of counting its days one by one, on its
// own calendar); then the worksheets' substreams, one after the other, their BOUNDSHEETs
// pointed at them, without the charts embedded in them. What libfreexl would misread in it is left
// to checkForFreexl.
void cleanStream(QByteArrayView d, BiffScan &scan)
{
    const bool biff8 = u16(d, 0) == Bof && u16(d, 4) == 0x0600;
    QHash<int, ExcelNumberFormat::Kind> formats;
    QByteArray &out = scan.clean;
    out.reserve(d.size());
    struct Kept
    {
        quint32 source;  // the substream's offset in the Workbook stream
        int sheet;       // index in scan.sheets
        qsizetype field; // where its BOUNDSHEET's offset is in `out`
    };
    QVector<Kept> kept;
    bool anySheet = false;
    bool dropping = false; // the CONTINUE records of a left-out record
    qsizetype at = 0;
    while (at + 4 <= d.size()) {
        const quint16 type = u16(d, at);
        const quint16 size = u16(d, at + 2);
        if (at + 4 + size > d.size()) {
            scan.damaged = true;
            return;
        }
        const QByteArrayView body = d.sliced(at + 4, size);
        const qsizetype here = out.size();
        at += 4 + size;
        if (type == Continue && dropping)
            continue;
        dropping = false;
        if (type == FilePass) {
            scan.encrypted = true;
            return;
        }
        if (type == BoundSheet) {
            if (size < 8) {
                scan.damaged = true;
                return;
            }
            anySheet = true;
            if (quint8(body.at(5)) != 0) {
                dropping = true; // a chart, macro, dialog or VBA module sheet
                continue;
            }
            BiffSheet sheet;
            sheet.hidden = (quint8(body.at(4)) & 0x03) != 0;
            sheet.name = biffString(body, 6, false, biff8);
            kept.append({u32(body, 0), int(scan.sheets.size()), here + 4});
            scan.sheets.append(sheet);
        }
        out.append(d.sliced(at - 4 - size, 4 + size));
        if (type == Format) {
            formats.insert(u16(body, 0),
                           ExcelNumberFormat::formatCodeKind(biffString(body, 2, biff8, biff8)));
        } else if (type == Xf && size >= 4) {
            const int id = u16(body, 2);
            const auto format = formats.constFind(id);
            scan.xfKinds.append(format != formats.constEnd() ? *format
                                                             : ExcelNumberFormat::builtInKind(id));
            out[here + 6] = 0;
            out[here + 7] = 0;
        } else if (type == Eof) {
            break;
        }
    }
    if (anySheet && kept.isEmpty()) {
        scan.onlyCharts = true;
        return;
    }
    // Each worksheet's substream, BOF to its EOF, where its BOUNDSHEET says; substreams that
    // overlap each other or the globals are refused, so the clean stream is never longer than
    // the Workbook stream.
    std::sort(kept.begin(), kept.end(),
              [](const Kept &x, const Kept &y) { return x.source < y.source; });
    qsizetype next = at; // the first byte no substream may start before
    for (const Kept &k : std::as_const(kept)) {
        const qsizetype from = k.source;
        if (from < next || u16(d, from) != Bof) {
            scan.damaged = true;
            return;
        }
        BiffSheet &sheet = scan.sheets[k.sheet];
        sheet.offset = quint32(out.size());
        qToLittleEndian(sheet.offset, out.data() + k.field);
        // An embedded chart's substream (BOF to EOF within the sheet's) is left out too:
        // libfreexl would take its EOF for the sheet's.
        int depth = 0;
        qsizetype end = from;
        while (end + 4 <= d.size()) {
            const quint16 type = u16(d, end);
            const qsizetype record = end;
            end += 4 + u16(d, end + 2);
            if (end > d.size()) {
                scan.damaged = true;
                return;
            }
            if (type == Bof)
                ++depth;
            if (depth <= 1)
                out.append(d.sliced(record, end - record));
            if (type == Eof && --depth <= 0)
                break;
        }
        sheet.end = quint32(out.size());
        next = end;
    }
}

// Walks each worksheet's records in the clean stream for what libfreexl does not tell:
// booleans, errors, and number cells under a date, time or duration format.
void scanCells(BiffScan &scan, const QVector<ExcelNumberFormat::Kind> &xfKinds)
{
    const QByteArrayView d(scan.clean);
    auto kindOf = [&](int xf) {
        return xf < xfKinds.size() ? xfKinds.at(xf) : ExcelNumberFormat::Kind::Number;
    };
    for (BiffSheet &sheet : scan.sheets) {
        auto number = [&](quint32 row, quint32 column, int xf) {
            const ExcelNumberFormat::Kind kind = kindOf(xf);
            if (kind != ExcelNumberFormat::Kind::Number)
                sheet.dates.insert(cellKey(row, column), kind);
        };
        int depth = 0;
        for (qsizetype at = sheet.offset; at + 4 <= qsizetype(sheet.end);) {
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
            const quint32 row = u16(b, 0);
            const quint32 column = u16(b, 2);
            const int xf = u16(b, 4);
            if ((type == Number && b.size() >= 14) || (type == Rk && b.size() >= 10)) {
                number(row, column, xf);
            } else if (type == MulRk && b.size() >= 12) {
                const int cells = int((b.size() - 6) / 6);
                for (int i = 0; i < cells; ++i)
                    number(row, column + i, u16(b, 4 + 6 * i));
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
                    number(row, column, xf);
                }
            }
        }
    }
}

// The clean stream, and with cells what libfreexl does not tell about them.
BiffScan scanBiff(QByteArrayView d, bool withCells)
{
    BiffScan scan;
    cleanStream(d, scan);
    if (withCells && !scan.encrypted && !scan.damaged && !scan.onlyCharts)
        scanCells(scan, scan.xfKinds);
    scan.xfKinds.clear();
    scan.xfKinds.squeeze();
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
    BiffScan scan; // its sheets parallel to libfreexl's sheet indexes
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
    wb.scan = scanBiff(*stream, withCells);
    stream.reset();
    if (wb.scan.encrypted)
        return Status::failure(XlsReader::passwordProtected(file));
    if (wb.scan.onlyCharts)
        return Status::failure(
                XlsReader::tr("%1 holds no sheets with cells, only charts.").arg(file));
    // libfreexl does not check what it reads: see checkForFreexl.
    const qsizetype length = wb.scan.damaged ? -1 : checkForFreexl(wb.scan.clean);
    if (length == -2)
        return tooLarge();
    if (length < 0)
        return damaged();

    // libfreexl gets the checked records in a container written here, never the file's own:
    // its walk of an untrusted container (FAT, directory, mini stream) is not checked either.
    // The stream ends with zeros, libfreexl's end mark, and is kept past the mini-stream cutoff.
    QByteArray records = std::move(wb.scan.clean);
    wb.scan.clean = QByteArray();
    records.truncate(length);
    records.append(QByteArray(qMax<qsizetype>(4, 4097 - records.size()), '\0'));
    wb.copy = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                               QStringLiteral("/contractdesk-XXXXXX.xls"));
    const QByteArray container = CompoundFile::write(QStringLiteral("Workbook"), records);
    records = QByteArray();
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
    // The clean stream names only worksheets, each once: libfreexl's sheet i is the scan's.
    if (int(count) != wb.scan.sheets.size())
        return damaged();
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(wb.freexl.handle, quint16(i), &name) != FREEXL_OK)
            return damaged();
        BiffSheet &sheet = wb.scan.sheets[int(i)];
        sheet.name = QString::fromUtf8(name ? name : "");
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
    for (const BiffSheet &s : std::as_const(wb.scan.sheets)) {
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

    const QVector<BiffSheet> &sheets = wb.scan.sheets;
    int index = -1;
    for (int i = 0; i < sheets.size() && index < 0; ++i) {
        const BiffSheet &s = sheets.at(i);
        if (sheetName.isEmpty() ? !s.hidden : s.name == sheetName)
            index = i;
    }
    for (int i = 0; i < sheets.size() && index < 0 && !sheetName.isEmpty(); ++i) {
        if (sheets.at(i).name.compare(sheetName, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0 && sheetName.isEmpty() && !sheets.isEmpty())
        index = 0; // all hidden: the first worksheet
    if (index < 0) {
        QStringList names;
        for (const BiffSheet &s : sheets)
            names.append(s.name);
        return R::failure(tr("%1 has no sheet named '%2' (its sheets: %3).")
                                  .arg(file, sheetName, names.join(QStringLiteral(", "))));
    }
    const BiffSheet &sheet = sheets.at(index);

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
            const quint32 key = cellKey(r, c);
            QString text;
            switch (cell.type) {
            case FREEXL_CELL_INT:
            case FREEXL_CELL_DOUBLE: {
                const double value = cell.type == FREEXL_CELL_INT ? double(cell.value.int_value)
                                                                  : cell.value.double_value;
                const auto date =
                        sheet.dates.isEmpty() ? sheet.dates.constEnd() : sheet.dates.constFind(key);
                if (date == sheet.dates.constEnd() || !std::isfinite(value)) {
                    text = cell.type == FREEXL_CELL_INT ? QString::number(cell.value.int_value)
                                                        : numberText(value);
                    break;
                }
                // The serial as an .xlsx stores it: the shortest text that gives it back.
                QString warning;
                text = XlsxSheetParser::dateText(QByteArray::number(value, 'g', 17), *date,
                                                 wb.date1904, warning);
                if (!warning.isEmpty())
                    data.issues.append({LocatedIssue::Severity::Warning, file, sheet.name,
                                        int(r) + 1, int(c) + 1, QString(), warning});
                break;
            }
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                text = QString::fromUtf8(cell.value.text_value);
                break;
            default:
                break; // no date, time or datetime: every XF's format is General
            }
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
