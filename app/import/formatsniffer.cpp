#include "formatsniffer.h"

#include "compoundfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unzip.h>

namespace {

using Kind = SpreadsheetFile::Kind;

constexpr qint64 kMaxOle2Bytes = qint64(1) << 30;
constexpr int kMaxZipEntries = 100000;

// The entry names of a zip and the start of its "mimetype" entry (OpenDocument), or false when
// minizip cannot read the central directory (then the .xlsx reader reports the damage).
bool zipEntries(const QString &path, QStringList &names, QByteArray &mimetype)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return false;
    int rc = unzGoToFirstFile(zip);
    while (rc == UNZ_OK && names.size() < kMaxZipEntries) {
        char name[512];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            break;
        const QString entry = QString::fromUtf8(name);
        names.append(entry);
        if (entry == QLatin1String("mimetype") && info.uncompressed_size < 256 &&
            unzOpenCurrentFile(zip) == UNZ_OK) {
            char buffer[256];
            const int n = unzReadCurrentFile(zip, buffer, sizeof buffer);
            if (n > 0)
                mimetype = QByteArray(buffer, n);
            unzCloseCurrentFile(zip);
        }
        rc = unzGoToNextFile(zip);
    }
    unzClose(zip);
    return true;
}

Kind detectZip(const QString &path, const QByteArray &head)
{
    static const QByteArray odsMime =
            QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet");
    const QString suffix = QFileInfo(path).suffix().toLower();
    QStringList names;
    QByteArray mimetype;
    if (zipEntries(path, names, mimetype)) {
        if (mimetype.trimmed().startsWith(odsMime))
            return Kind::Ods;
        for (const QString &name : std::as_const(names)) {
            // An .xlsb holds the same package as an .xlsx, with binary parts.
            if (name.endsWith(QLatin1String("workbook.bin"), Qt::CaseInsensitive))
                return Kind::Xlsb;
            // Numbers '13 and later: protobuf archives (.iwa) under Index/; Numbers '09:
            // index.xml.gz.
            if (name.startsWith(QLatin1String("Index/")) ||
                name.endsWith(QLatin1String(".iwa"), Qt::CaseInsensitive) ||
                name == QLatin1String("index.xml.gz") || name == QLatin1String("Index.zip"))
                return Kind::Numbers;
            if (name.compare(QLatin1String("content.xml"), Qt::CaseInsensitive) == 0 &&
                suffix == QLatin1String("ods"))
                return Kind::Ods;
        }
    } else if (head.contains(odsMime)) {
        return Kind::Ods;
    }
    // Where the content does not tell, the name does.
    if (suffix == QLatin1String("ods"))
        return Kind::Ods;
    if (suffix == QLatin1String("xlsb"))
        return Kind::Xlsb;
    if (suffix == QLatin1String("numbers"))
        return Kind::Numbers;
    return Kind::Xlsx; // the .xlsx reader decides finally (it looks for the workbook part)
}

Kind detectOle2(QFile &file)
{
    if (file.size() > kMaxOle2Bytes)
        return Kind::Xls;
    file.seek(0);
    const auto ole = CompoundFile::parse(file.readAll());
    if (!ole)
        return Kind::Xls; // libfreexl reports what is damaged
    const QStringList names = ole->entryNames();
    // Excel's password encryption puts the whole .xlsx package, encrypted, into an OLE2 file.
    if (names.contains(QLatin1String("EncryptedPackage"), Qt::CaseInsensitive) ||
        names.contains(QLatin1String("EncryptionInfo"), Qt::CaseInsensitive))
        return Kind::Encrypted;
    if (names.contains(QLatin1String("Workbook"), Qt::CaseInsensitive) ||
        names.contains(QLatin1String("Book"), Qt::CaseInsensitive))
        return Kind::Xls;
    return Kind::Binary; // a Word document, an Outlook message, ...
}

// ASCII view of the start of a text file: byte order marks removed, UTF-16 narrowed, so that the
// markers below are found in any encoding a spreadsheet program writes.
QByteArray asciiHead(const QByteArray &head)
{
    if (head.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")))
        return head.mid(3);
    const bool le = head.startsWith(QByteArrayLiteral("\xFF\xFE"));
    const bool be = head.startsWith(QByteArrayLiteral("\xFE\xFF"));
    if (!le && !be)
        return head;
    QByteArray out;
    for (qsizetype i = 2; i + 1 < head.size(); i += 2) {
        const char high = le ? head.at(i + 1) : head.at(i);
        const char low = le ? head.at(i) : head.at(i + 1);
        out.append(high == 0 ? low : '?');
    }
    return out;
}

QList<QByteArray> firstLines(const QByteArray &text, int count)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (lines.size() < count && start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArray line = text.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

// SYLK starts with "ID;P" - but so does a semicolon CSV whose first header is "ID" and second
// "Project". SYLK's next records all start with a record type and a semicolon.
bool isSylk(const QByteArray &text)
{
    if (!text.startsWith("ID;P"))
        return false;
    const QList<QByteArray> lines = firstLines(text, 6);
    if (lines.size() < 2)
        return false;
    static const char *const types[] = {"B;", "C;", "F;", "P;", "O;", "W;", "NN;", "NE;", "NU;"};
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line == "E" || (line.isEmpty() && i == lines.size() - 1))
            continue;
        bool known = false;
        for (const char *type : types)
            known = known || line.startsWith(type);
        if (!known)
            return false;
    }
    return true;
}

} // namespace

SpreadsheetFile::Kind FormatSniffer::detect(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        // A Numbers document is a package: a folder that Finder shows as one file.
        const QDir dir(path);
        if (info.suffix().compare(QLatin1String("numbers"), Qt::CaseInsensitive) == 0 ||
            dir.exists(QStringLiteral("Index.zip")) || dir.exists(QStringLiteral("Index")))
            return Kind::Numbers;
        return Kind::Missing;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Missing;
    const QByteArray head = file.read(4096);
    if (head.startsWith(QByteArrayLiteral("PK\x03\x04")) ||
        head.startsWith(QByteArrayLiteral("PK\x05\x06")))
        return detectZip(path, head);
    if (CompoundFile::hasSignature(head))
        return detectOle2(file);
    return detectText(head);
}

SpreadsheetFile::Kind FormatSniffer::detectText(const QByteArray &head)
{
    const QByteArray text = asciiHead(head);
    const QByteArray trimmed = text.trimmed();
    const QByteArray lower = trimmed.toLower();
    if (lower.startsWith("mime-version:"))
        return Kind::Html; // Excel's "Single File Web Page" (.mht), often saved as .xls
    if (lower.startsWith("<?xml") || lower.startsWith("<workbook")) {
        if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet") ||
            lower.contains("progid=\"excel.sheet\""))
            return Kind::ExcelXml;
        if (lower.contains("<html"))
            return Kind::Html;
    }
    static const char *const htmlStarts[] = {"<html", "<!doctype html", "<table", "<head",
                                             "<body", "<meta",          "<style"};
    for (const char *start : htmlStarts) {
        if (lower.startsWith(start))
            return Kind::Html;
    }
    if (lower.startsWith("<!--") && (lower.contains("<html") || lower.contains("<table")))
        return Kind::Html;
    if (isSylk(trimmed))
        return Kind::Sylk;
    const QList<QByteArray> lines = firstLines(trimmed, 2);
    if (lines.size() == 2 && lines.at(0).trimmed() == "TABLE" && lines.at(1).trimmed() == "0,1")
        return Kind::Dif;
    // UTF-16 and UTF-32 (LE starts FF FE too) with a byte order mark hold NULs and are text.
    if (head.startsWith(QByteArrayLiteral("\xFF\xFE")) ||
        head.startsWith(QByteArrayLiteral("\xFE\xFF")) ||
        head.startsWith(QByteArrayLiteral("\x00\x00\xFE\xFF")))
        return Kind::Text;
    // Text has no NUL bytes (UTF-16 without a byte order mark is not supported).
    if (head.contains('\0'))
        return Kind::Binary;
    return Kind::Text;
}
