#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

// An exact decimal number for money, rates and percentages: a 64-bit mantissa and a scale of
// 0..18 decimal places. Money never passes through double. The scale a value was written with
// is kept ("10.50" stays "10.50"); equality and ordering are numeric ("10" == "10.00").
// Values that do not fit (more than 18 significant digits) are rejected, never rounded.
class Decimal
{
public:
    static constexpr int kMaxScale = 18;

    constexpr Decimal() = default;

    // Canonical text only: optional sign, digits, optional '.' and digits ("-1234.50", ".5").
    // Locale formats (decimal comma, thousands separators) are the importer's job.
    static std::optional<Decimal> fromString(QStringView text);
    static Decimal fromInteger(qint64 value) { return Decimal(value, 0); }
    static std::optional<Decimal> fromParts(qint64 mantissa, int scale);

    qint64 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }

    // Canonical text with the value's own scale: "-1234.50".
    QString toString() const;
    // The same value without trailing fractional zeros: "10.50" -> "10.5", "10.00" -> "10".
    Decimal normalized() const;
    // The value at a larger scale ("10.5" at 2 -> "10.50"); nullopt if it would not fit or would
    // lose digits.
    std::optional<Decimal> withScale(int scale) const;
    // True when the integer part fits and there are no fractional digits.
    std::optional<qint64> toInteger() const;

    std::optional<Decimal> plus(const Decimal &other) const;
    std::optional<Decimal> minus(const Decimal &other) const;

    // -1, 0 or 1; exact across scales.
    int compare(const Decimal &other) const;
    // Same digits and scale, not just the same number.
    bool isIdenticalTo(const Decimal &other) const
    {
        return m_mantissa == other.m_mantissa && m_scale == other.m_scale;
    }

    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return a.compare(b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.compare(b) < 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return a.compare(b) > 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return a.compare(b) <= 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return a.compare(b) >= 0; }

private:
    constexpr Decimal(qint64 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {}

    qint64 m_mantissa = 0;
    int m_scale = 0;
};

Q_DECLARE_METATYPE(Decimal)
