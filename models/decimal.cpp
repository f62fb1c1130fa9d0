#include "decimal.h"

#include <limits>

namespace {

constexpr qint64 kPowersOfTen[] = {1LL,
                                   10LL,
                                   100LL,
                                   1000LL,
                                   10000LL,
                                   100000LL,
                                   1000000LL,
                                   10000000LL,
                                   100000000LL,
                                   1000000000LL,
                                   10000000000LL,
                                   100000000000LL,
                                   1000000000000LL,
                                   10000000000000LL,
                                   100000000000000LL,
                                   1000000000000000LL,
                                   10000000000000000LL,
                                   100000000000000000LL,
                                   1000000000000000000LL};

// value * 10^exponent, or nullopt on overflow.
std::optional<qint64> scaleUp(qint64 value, int exponent)
{
    if (exponent < 0 || exponent > Decimal::kMaxScale)
        return std::nullopt;
    const qint64 factor = kPowersOfTen[exponent];
    if (value > std::numeric_limits<qint64>::max() / factor ||
        value < std::numeric_limits<qint64>::min() / factor)
        return std::nullopt;
    return value * factor;
}

std::optional<qint64> checkedAdd(qint64 a, qint64 b)
{
    if ((b > 0 && a > std::numeric_limits<qint64>::max() - b) ||
        (b < 0 && a < std::numeric_limits<qint64>::min() - b))
        return std::nullopt;
    return a + b;
}

} // namespace

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == QLatin1Char('-') || text[0] == QLatin1Char('+')) {
        negative = text[0] == QLatin1Char('-');
        ++i;
    }
    qint64 mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('.')) {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int digit = c.unicode() - '0';
        if (seenPoint) {
            if (++scale > kMaxScale)
                return std::nullopt;
        }
        auto shifted = scaleUp(mantissa, 1);
        if (!shifted)
            return std::nullopt;
        auto added = checkedAdd(*shifted, negative ? -digit : digit);
        if (!added)
            return std::nullopt;
        mantissa = *added;
        ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    return Decimal(mantissa, scale);
}

std::optional<Decimal> Decimal::fromParts(qint64 mantissa, int scale)
{
    if (scale < 0 || scale > kMaxScale)
        return std::nullopt;
    return Decimal(mantissa, scale);
}

QString Decimal::toString() const
{
    // Work on the magnitude as unsigned so that INT64_MIN prints correctly.
    const bool negative = m_mantissa < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_mantissa) : quint64(m_mantissa);
    QString digits = QString::number(magnitude);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, QLatin1Char('0')));
        digits.insert(digits.size() - m_scale, QLatin1Char('.'));
    }
    if (negative)
        digits.prepend(QLatin1Char('-'));
    return digits;
}

Decimal Decimal::normalized() const
{
    qint64 mantissa = m_mantissa;
    int scale = m_scale;
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    return Decimal(mantissa, scale);
}

std::optional<Decimal> Decimal::withScale(int scale) const
{
    if (scale < m_scale) {
        const Decimal n = normalized();
        if (n.m_scale > scale)
            return std::nullopt;
        return n.withScale(scale);
    }
    auto mantissa = scaleUp(m_mantissa, scale - m_scale);
    if (!mantissa)
        return std::nullopt;
    return Decimal(*mantissa, scale);
}

std::optional<qint64> Decimal::toInteger() const
{
    const Decimal n = normalized();
    if (n.m_scale != 0)
        return std::nullopt;
    return n.m_mantissa;
}

std::optional<Decimal> Decimal::plus(const Decimal &other) const
{
    const int scale = qMax(m_scale, other.m_scale);
    auto a = withScale(scale);
    auto b = other.withScale(scale);
    if (!a || !b)
        return std::nullopt;
    auto sum = checkedAdd(a->m_mantissa, b->m_mantissa);
    if (!sum)
        return std::nullopt;
    return Decimal(*sum, scale);
}

std::optional<Decimal> Decimal::minus(const Decimal &other) const
{
    if (other.m_mantissa == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return plus(Decimal(-other.m_mantissa, other.m_scale));
}

int Decimal::compare(const Decimal &other) const
{
    if (isNegative() != other.isNegative())
        return isNegative() ? -1 : 1;
    if (m_scale == other.m_scale)
        return m_mantissa < other.m_mantissa ? -1 : (m_mantissa > other.m_mantissa ? 1 : 0);
    // Bring both to the larger scale. If that overflows, the rescaled one has the larger
    // magnitude, because |m * 10^d| > INT64_MAX >= |other mantissa|.
    const bool thisScaled = m_scale < other.m_scale;
    const Decimal &small = thisScaled ? *this : other;
    const Decimal &large = thisScaled ? other : *this;
    auto rescaled = scaleUp(small.m_mantissa, large.m_scale - small.m_scale);
    int smallVsLarge;
    if (!rescaled) {
        smallVsLarge = small.isNegative() ? -1 : 1;
    } else {
        smallVsLarge = *rescaled < large.m_mantissa ? -1 : (*rescaled > large.m_mantissa ? 1 : 0);
    }
    return thisScaled ? smallVsLarge : -smallVsLarge;
}
