#pragma once

#include <QMetaType>
#include <QString>

// Text that could not be read as its field's type ("31/02/2026" in a date column). Kept as
// typed so that nothing the user entered is lost, and shown as a problem until fixed.
struct RawText
{
    QString text;
    friend bool operator==(const RawText &a, const RawText &b) { return a.text == b.text; }
    friend bool operator!=(const RawText &a, const RawText &b) { return a.text != b.text; }
};

Q_DECLARE_METATYPE(RawText)
