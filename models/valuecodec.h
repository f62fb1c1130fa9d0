#pragma once

#include "fieldspec.h"
#include <QCoreApplication>

#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QVariant>

// Converts a field's value between its typed form and text or JSON, by the field's type.
// Typed forms: QString (string, enum value, reference), qint64, bool, Decimal, QDate, QDateTime.
// An empty cell is a null QVariant; unreadable input is kept as RawText with a problem message.
class ValueCodec
{
    Q_DECLARE_TR_FUNCTIONS(ValueCodec)

public:
    struct Parsed
    {
        QVariant value;
        QString problem; // empty when the text was read as the field's type
    };

    // Canonical text: ISO dates and date-times, '.' as decimal point, true/false/yes/no/1/0,
    // an enum's vendor value or label. Surrounding white space is ignored; empty text is null.
    static Parsed fromText(const FieldSpec &field, const QString &text);
    // Canonical text that fromText reads back to the same value.
    static QString toText(const FieldSpec &field, const QVariant &value);
    // What a table cell shows, in the user's locale.
    static QString toDisplay(const FieldSpec &field, const QVariant &value, const QLocale &locale);
    // Typed JSON: integers as numbers, decimals as strings, booleans, ISO date strings.
    // A null value gives an undefined QJsonValue.
    static QJsonValue toJson(const FieldSpec &field, const QVariant &value);
    static Parsed fromJson(const FieldSpec &field, const QJsonValue &json);

    static bool isRaw(const QVariant &value);
    static bool isEmpty(const QVariant &value);
    // The same value, compared by type ("10" and "10.00" are the same decimal).
    static bool sameValue(const QVariant &a, const QVariant &b);
    // Sort order of two values of one field: numbers as numbers, dates as dates, text
    // locale-aware; unreadable text before every value (so it is seen), empty cells last.
    static int compare(const QVariant &a, const QVariant &b);
    // Exact identity, for "did this edit change anything" (scale matters: 10.5 vs 10.50).
    static bool identical(const QVariant &a, const QVariant &b);
};
