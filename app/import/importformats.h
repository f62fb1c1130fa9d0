#pragma once

#include <QChar>
#include <QJsonObject>
#include <QString>

// How a sheet writes dates and numbers, as detected from its values or set in the wizard.
struct ImportFormats
{
    enum class DateOrder {
        Auto,         // ISO first; d.m.y with dots; otherwise decided per value where it can be
        MonthDayYear, // 02/28/2026 (US)
        DayMonthYear, // 28/02/2026, 28.02.2026 (Europe)
    };

    DateOrder dateOrder = DateOrder::Auto;
    QChar decimalSeparator = QLatin1Char('.'); // ',' for "1.250,50"

    QJsonObject toJson() const;
    static ImportFormats fromJson(const QJsonObject &json);
    friend bool operator==(const ImportFormats &a, const ImportFormats &b)
    {
        return a.dateOrder == b.dateOrder && a.decimalSeparator == b.decimalSeparator;
    }
};
