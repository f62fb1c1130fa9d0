#include "xlsxtestwriter.h"

#include <QFile>

#include <xlsxwriter.h>
#include <zip.h>

bool XlsxTestWriter::writeRawParts(const QString &path, const Parts &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    for (const auto &part : parts) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zip, part.first.toUtf8().constData(), &info, nullptr, 0, nullptr,
                                  0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1) != ZIP_OK ||
            zipWriteInFileInZip(zip, part.second.constData(), unsigned(part.second.size())) !=
                    ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return false;
        }
    }
    return zipClose(zip, nullptr) == ZIP_OK;
}

XlsxTestWriter::Parts XlsxTestWriter::workbookParts(const QByteArray &sheetData,
                                                    const QByteArray &sharedStrings,
                                                    const QByteArray &numFmtsAndXfs, bool date1904)
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rns =
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    Parts parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\"?><Types "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    parts.append({QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\"?><workbook " + ns + " " + rns + ">" +
                          (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") +
                          "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                          "<sheet name=\"Secret\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"
                          "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  "<?xml version=\"1.0\"?><Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                  "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                  "officeDocument/2006/relationships/worksheet\" "
                  "Target=\"/xl/worksheets/sheet2.xml\"/>"
                  "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
                  "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                  "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/"
                  "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                  "</Relationships>"});
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                  "<?xml version=\"1.0\"?><worksheet " + ns + "><sheetData>" + sheetData +
                          "</sheetData></worksheet>"});
    parts.append({QStringLiteral("xl/worksheets/sheet2.xml"),
                  "<?xml version=\"1.0\"?><worksheet " + ns +
                          "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hidden "
                          "value</t></is></c></row></sheetData></worksheet>"});
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      "<?xml version=\"1.0\"?><sst " + ns + ">" + sharedStrings + "</sst>"});
    parts.append({QStringLiteral("xl/styles.xml"),
                  "<?xml version=\"1.0\"?><styleSheet " + ns + ">" +
                          (numFmtsAndXfs.isEmpty()
                                   ? QByteArray("<cellXfs><xf numFmtId=\"0\"/></cellXfs>")
                                   : numFmtsAndXfs) +
                          "</styleSheet>"});
    return parts;
}

void XlsxTestWriter::setPart(Parts &parts, const QString &name, const QByteArray &content)
{
    for (auto &part : parts) {
        if (part.first == name) {
            part.second = content;
            return;
        }
    }
    parts.append({name, content});
}

bool XlsxTestWriter::writeContractsSheet(const QString &path, int rows)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Contracts");
    lxw_worksheet *lists = workbook_add_worksheet(workbook, "Lists");
    worksheet_write_string(lists, 0, 0, "Draft", nullptr);
    worksheet_hide(lists);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "mm/dd/yyyy");
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    const char *headers[] = {"Contract #",    "Title",      "Vendor ID",   "Status",
                             "Contract Date", "Start Date", "Retainage %", "Executed",
                             "Description",   "Origin ID",  "Project ID"};
    for (int c = 0; c < 11; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    const char *statuses[] = {"Draft", "Approved", "Out For Signature", "Complete"};
    const char *titles[] = {"Concrete foundations",
                            "Structural steel",
                            "Electrical rough-in",
                            "Plumbing",
                            "Drywall and ceilings",
                            "Roofing",
                            "Elevators"};
    for (int r = 1; r <= rows; ++r) {
        const QByteArray number = "WO-" + QByteArray::number(100000 + r);
        worksheet_write_string(sheet, lxw_row_t(r), 0, number.constData(), nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 1, titles[r % 7], nullptr);
        worksheet_write_number(sheet, lxw_row_t(r), 2, 8000 + r % 500, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 3, statuses[r % 4], nullptr);
        lxw_datetime d1 = {2026, uint8_t(1 + r % 12), uint8_t(1 + r % 28), 0, 0, 0};
        lxw_datetime d2 = {2026, uint8_t(1 + (r + 3) % 12), uint8_t(1 + (r + 7) % 28), 0, 0, 0};
        worksheet_write_datetime(sheet, lxw_row_t(r), 4, &d1, date);
        worksheet_write_datetime(sheet, lxw_row_t(r), 5, &d2, date);
        worksheet_write_number(sheet, lxw_row_t(r), 6, (r % 21) * 0.5, money);
        worksheet_write_boolean(sheet, lxw_row_t(r), 7, r % 2, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 8, "Per drawings and specifications", nullptr);
        const QByteArray origin = "ERP-" + QByteArray::number(r);
        worksheet_write_string(sheet, lxw_row_t(r), 9, origin.constData(), nullptr);
        worksheet_write_number(sheet, lxw_row_t(r), 10, 562949953421612.0, nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}
