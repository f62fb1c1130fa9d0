#pragma once

#include "fieldspec.h"
#include "importformats.h"
#include "valuecodec.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the values people put in spreadsheets into a field's type: dates as ISO, US m/d/yyyy,
// European d.m.yyyy or d/m/yyyy, "31-Jan-2026" and Excel serial numbers; numbers with thousands
// separators, a decimal comma, currency signs and accounting negatives "(1,250.00)"; yes/no/x/1/0
// as booleans; labels as the vendor's allowed values, ignoring case, spaces and underscores.
// What cannot be read is kept as text with a problem message (ValueCodec::Parsed).
class ValueConverter
{
    Q_DECLARE_TR_FUNCTIONS(ValueConverter)

public:
    explicit ValueConverter(ImportFormats formats = {})
        : m_formats(formats)
    {}

    ValueCodec::Parsed convert(const FieldSpec &field, const QString &text) const;
    // The value convert() gives (without a problem) for text in canonical form, read straight
    // from UTF-8 bytes into `value`: empty cells, plain integers and decimals, ISO dates, text
    // that needs no trimming. False, `value` untouched, for anything else: ask convert().
    bool convertCanonical(const FieldSpec &field, QByteArrayView utf8, QVariant &value) const;

    // The formats that read the most of these sample values without a problem.
    static ImportFormats detect(const QStringList &dateSamples, const QStringList &numberSamples);

    // Building blocks, public for tests and for the detector.
    std::optional<QDate> parseDate(const QString &text) const;
    // Canonical decimal text ("-1250.50"), or nullopt.
    std::optional<QString> normalizeNumber(const QString &text) const;

private:
    ImportFormats m_formats;
};
