#include "xlsxpackage.h"

#include "xlsxmainelements.h"
#include "xlsxreader.h" // the error texts keep XlsxReader's translation context
#include "xlsxtextruns.h"

#include <QFile>
#include <QFileInfo>

namespace {

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

// A relationship target as a part name: relative to the folder of the part it belongs to
// ("worksheets/sheet1.xml" from xl/ is xl/worksheets/sheet1.xml), or from the package root
// when it starts with '/'. Some Windows tools write '\' for '/'.
QString resolvePartName(const QString &folder, QString target)
{
    target.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList parts;
    if (!target.startsWith(QLatin1Char('/')))
        parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(segment);
    }
    return parts.join(QLatin1Char('/'));
}

// "xl/workbook.xml" -> "xl"
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
QString relationshipsPartOf(const QString &part)
{
    const QString folder = folderOf(part);
    const QString name = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) +
           QStringLiteral("_rels/%1.rels").arg(name);
}

} // namespace

QString XlsxPackage::damaged(const QString &file, const QString &why)
{
    return XlsxReader::tr("%1 %2. If Excel opens it, save it there again and import that copy.")
            .arg(file, why);
}

Result<XlsxPackage> XlsxPackage::open(const QString &path, ZipPartReader::Budget &budget,
                                      int maxDepth)
{
    using R = Result<XlsxPackage>;
    XlsxPackage wb;
    wb.fileName = QFileInfo(path).fileName();
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(XlsxReader::tr("Cannot open %1: %2").arg(path, f.errorString()));
        const QByteArray head = f.read(4);
        if (!head.startsWith("PK"))
            return R::failure(XlsxReader::tr("%1 is not an Excel workbook (.xlsx). Open it in the "
                                             "program that made it and save it as an Excel "
                                             "workbook, then import that copy.")
                                      .arg(wb.fileName));
    }
    wb.m_zip.reset(unzOpen64(QFile::encodeName(path).constData()));
    if (!wb.m_zip)
        return R::failure(XlsxReader::tr("%1 is damaged or incomplete (the zip archive is "
                                         "truncated or broken). Copy or download it again, "
                                         "then import the new copy.")
                                  .arg(wb.fileName));

    auto bookPart = wb.findWorkbookPart(budget, maxDepth);
    if (!bookPart)
        return R::failure(bookPart.error());
    const QString folder = folderOf(bookPart.value());
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    wb.sharedStringsPart = prefix + QStringLiteral("sharedStrings.xml");
    wb.stylesPart = prefix + QStringLiteral("styles.xml");
    auto targets =
            wb.readRelationships(budget, maxDepth, relationshipsPartOf(bookPart.value()), folder);
    if (!targets)
        return R::failure(targets.error());
    for (const Relationship &r : std::as_const(targets.value())) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")))
            wb.sharedStringsPart = r.part;
        else if (r.type.endsWith(QLatin1String("/styles")))
            wb.stylesPart = r.part;
    }
    const Status book = wb.readWorkbookPart(bookPart.value(), targets.value(), budget, maxDepth);
    if (!book)
        return R::failure(book.error());
    if (wb.sheets.isEmpty())
        return R::failure(XlsxReader::tr("%1 holds no sheets. Open it in Excel and check that it "
                                         "holds the sheet to import.")
                                  .arg(wb.fileName));
    return wb;
}

// The workbook part, found as Excel finds it: through the package's officeDocument
// relationship, which may name any folder.
Result<QString> XlsxPackage::findWorkbookPart(ZipPartReader::Budget &budget, int maxDepth) const
{
    QString bookPart = QStringLiteral("xl/workbook.xml");
    {
        auto root = readRelationships(budget, maxDepth, QStringLiteral("_rels/.rels"), QString());
        if (!root)
            return Result<QString>::failure(root.error());
        for (const Relationship &r : std::as_const(root.value())) {
            if (r.type.endsWith(QLatin1String("/officeDocument")) && !r.part.isEmpty()) {
                bookPart = r.part;
                break;
            }
        }
    }
    // minizip reads one part at a time: the workbook is opened after its relationships.
    if (!ZipPartReader::locate(zip(), bookPart.toUtf8()))
        bookPart = QStringLiteral("xl/workbook.xml");
    return bookPart;
}

// The internal relationships of one part by id; an absent relationships part is no error.
Result<XlsxPackage::Relationships> XlsxPackage::readRelationships(ZipPartReader::Budget &budget,
                                                                  int maxDepth,
                                                                  const QString &relsPart,
                                                                  const QString &sourceFolder) const
{
    using R = Result<Relationships>;
    Relationships map;
    ZipPartReader rels(zip(), budget, maxDepth);
    if (!rels.open(relsPart))
        return map;
    while (!rels.xml.atEnd()) {
        const auto t = rels.next();
        if (t == QXmlStreamReader::Invalid)
            return R::failure(damaged(fileName, rels.error()));
        if (t != QXmlStreamReader::StartElement ||
            rels.xml.name() != QLatin1String("Relationship") ||
            attribute(rels.xml, QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        map.insert(attribute(rels.xml, QLatin1String("Id")).toString(),
                   {attribute(rels.xml, QLatin1String("Type")).toString(),
                    resolvePartName(sourceFolder,
                                    attribute(rels.xml, QLatin1String("Target")).toString())});
    }
    return map;
}

// The workbook part: its date system and its sheets, each with the part its relationship
// names (or, without one, the part Excel's own naming would give it).
Status XlsxPackage::readWorkbookPart(const QString &bookPart, const Relationships &targets,
                                     ZipPartReader::Budget &budget, int maxDepth)
{
    const QString folder = folderOf(bookPart);
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    ZipPartReader book(zip(), budget, maxDepth);
    if (!book.open(bookPart))
        return Status::failure(XlsxReader::tr("%1 is a zip archive but not an Excel workbook "
                                              "(.xlsx): it holds no workbook part. Open it in the "
                                              "program that made it and save it as an Excel "
                                              "workbook, then import that copy.")
                                       .arg(fileName));

    XlsxMainElements mainOnly;
    bool inSheets = false;
    while (!book.xml.atEnd()) {
        const auto t = book.next();
        if (t == QXmlStreamReader::Invalid)
            return Status::failure(damaged(fileName, book.error()));
        if (!mainOnly.accept(t, book.xml))
            continue;
        const QStringView name = book.xml.name();
        if (t == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("sheets"))
                inSheets = false;
        } else if (name == QLatin1String("sheets")) {
            inSheets = true;
        } else if (name == QLatin1String("workbookPr")) {
            const QStringView v = attribute(book.xml, QLatin1String("date1904"));
            date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (name == QLatin1String("sheet") && inSheets) {
            Sheet s;
            s.name = attribute(book.xml, QLatin1String("name")).toString();
            const QStringView state = attribute(book.xml, QLatin1String("state"));
            s.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
            const auto target = targets.constFind(relationshipId(book.xml));
            if (target != targets.constEnd()) {
                s.part = target->part;
                s.hasCells = !target->type.endsWith(QLatin1String("/chartsheet")) &&
                             !target->type.endsWith(QLatin1String("/dialogsheet"));
            } else {
                const QString sheetId = attribute(book.xml, QLatin1String("sheetId")).toString();
                s.part = prefix + QStringLiteral("worksheets/sheet%1.xml").arg(sheetId);
            }
            sheets.append(s);
        }
    }
    return Status();
}

Result<QVector<ExcelNumberFormat::Kind>> XlsxPackage::readNumberKinds(ZipPartReader::Budget &budget,
                                                                      int maxDepth) const
{
    QVector<ExcelNumberFormat::Kind> kinds;
    ZipPartReader part(zip(), budget, maxDepth);
    if (!part.open(stylesPart))
        return kinds;
    QHash<int, ExcelNumberFormat::Kind> custom;
    XlsxMainElements mainOnly;
    // numFmt also appears in differential formats (dxf) and xf in cellStyleXfs: only those
    // directly in numFmts and cellXfs count.
    bool inNumFmts = false;
    bool inCellXfs = false;
    while (!part.xml.atEnd()) {
        const auto t = part.next();
        if (t == QXmlStreamReader::Invalid)
            return Result<QVector<ExcelNumberFormat::Kind>>::failure(
                    damaged(fileName, part.error()));
        if (!mainOnly.accept(t, part.xml))
            continue;
        const QStringView n = part.xml.name();
        if (t == QXmlStreamReader::EndElement) {
            if (n == QLatin1String("numFmts"))
                inNumFmts = false;
            else if (n == QLatin1String("cellXfs"))
                inCellXfs = false;
        } else if (n == QLatin1String("numFmts")) {
            inNumFmts = true;
        } else if (n == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (n == QLatin1String("numFmt") && inNumFmts) {
            custom.insert(attribute(part.xml, QLatin1String("numFmtId")).toInt(),
                          ExcelNumberFormat::formatCodeKind(
                                  attribute(part.xml, QLatin1String("formatCode")).toString()));
        } else if (n == QLatin1String("xf") && inCellXfs) {
            const int id = attribute(part.xml, QLatin1String("numFmtId")).toInt();
            kinds.append(custom.contains(id) ? custom.value(id)
                                             : ExcelNumberFormat::builtInKind(id));
        }
    }
    return kinds;
}

Result<QStringList> XlsxPackage::readSharedStrings(ZipPartReader::Budget &budget,
                                                   int maxDepth) const
{
    using R = Result<QStringList>;
    QStringList shared;
    ZipPartReader part(zip(), budget, maxDepth);
    if (!part.open(sharedStringsPart))
        return shared;
    part.prefetch();
    XmlPartScanner xml = part.scanner();
    QString current;
    XlsxTextRuns runs;
    int phonetic = 0;
    int skip = 0;
    bool inText = false;
    for (;;) {
        const auto t = xml.next();
        if (t == XmlPartScanner::Token::EndDocument)
            break;
        if (t == XmlPartScanner::Token::Invalid) {
            part.takeProblem(xml);
            return R::failure(damaged(fileName, part.error()));
        }
        if (skip > 0) {
            if (t == XmlPartScanner::Token::StartElement)
                ++skip;
            else if (t == XmlPartScanner::Token::EndElement)
                --skip;
            continue;
        }
        if (t == XmlPartScanner::Token::StartElement) {
            if (xml.nameIs("si")) {
                current.clear();
            } else if (xml.nameIs("rPh")) {
                ++phonetic;
            } else if (xml.nameIs("t")) {
                inText = phonetic == 0;
                if (inText)
                    runs.start(xml);
            } else if (XlsxMainElements::startsSkippedContent(xml)) {
                skip = 1;
            }
        } else if (t == XmlPartScanner::Token::Characters && inText) {
            if (!xml.appendText(current))
                return R::failure(
                        damaged(fileName, XlsxReader::tr("holds broken XML (an unknown entity)")));
        } else if (t == XmlPartScanner::Token::EndElement) {
            if (xml.nameIs("t")) {
                inText = false;
            } else if (xml.nameIs("rPh")) {
                --phonetic;
            } else if (xml.nameIs("si")) {
                runs.finish(current);
                XlsxTextRuns::decodeExcelEscapes(current);
                shared.append(current);
                current = QString();
            }
        }
    }
    return shared;
}
