#pragma once

#include "spreadsheetfile.h"

#include <QByteArray>
#include <QString>

// Tells what kind of file a user brought by its content, not its name: the first bytes, a zip's
// entry names, an OLE2 container's stream names. Workbooks saved under another format's name
// (an HTML table called .xls, a SYLK file called .csv) are recognised here, so that they are
// refused with a message naming what they are instead of being read as text. Only where the
// content cannot tell (an .ods zip without its mimetype entry, a Numbers package folder) does the
// name decide.
class FormatSniffer
{
public:
    static SpreadsheetFile::Kind detect(const QString &path);
    // What the first bytes of a file that is neither a zip nor an OLE2 container say it is.
    static SpreadsheetFile::Kind detectText(const QByteArray &head);
};
