#include "importformats.h"

namespace {
QString orderName(ImportFormats::DateOrder order)
{
    switch (order) {
    case ImportFormats::DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case ImportFormats::DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case ImportFormats::DateOrder::Auto:
        break;
    }
    return QStringLiteral("auto");
}
} // namespace

QJsonObject ImportFormats::toJson() const
{
    return {{QStringLiteral("dateOrder"), orderName(dateOrder)},
            {QStringLiteral("decimalSeparator"), QString(decimalSeparator)}};
}

ImportFormats ImportFormats::fromJson(const QJsonObject &json)
{
    ImportFormats f;
    const QString order = json.value(QLatin1String("dateOrder")).toString();
    if (order == QLatin1String("mdy"))
        f.dateOrder = DateOrder::MonthDayYear;
    else if (order == QLatin1String("dmy"))
        f.dateOrder = DateOrder::DayMonthYear;
    const QString sep = json.value(QLatin1String("decimalSeparator")).toString();
    if (sep == QLatin1String(","))
        f.decimalSeparator = QLatin1Char(',');
    return f;
}
