#include "money.h"

#include <cmath>
#include <limits>

namespace cw::cost {

namespace {

__extension__ typedef __int128 Wide;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

/// Divides, rounding half away from zero.
Wide roundedDiv(Wide value, Wide by)
{
    const Wide q = value / by;
    const Wide r = value % by;
    if (2 * (r < 0 ? -r : r) >= by)
        return value < 0 ? q - 1 : q + 1;
    return q;
}

/// "digits[.digits][e[+-]digits]" as a whole number of 10^-decimals units.
std::optional<qint64> parseScaled(const QString& input, int decimals, QString* why)
{
    auto fail = [&](const QString& text) -> std::optional<qint64> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("is empty"));
    const qsizetype e = text.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    const QString mantissa = e < 0 ? text : text.left(e);
    int exponent = 0;
    if (e >= 0) {
        bool ok = false;
        exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || exponent < -40 || exponent > 40)
            return fail(QStringLiteral("\"%1\" has a bad exponent").arg(text));
    }
    Wide digits = 0;
    int fraction = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (const QChar c : mantissa) {
        if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > '9')
            return fail(QStringLiteral("\"%1\" is not a decimal number such as 0.096").arg(text));
        seenDigit = true;
        digits = digits * 10 + (c.unicode() - '0');
        if (digits > Wide(kMax) * 1000000)
            return fail(QStringLiteral("\"%1\" is too large").arg(text));
        if (seenPoint)
            ++fraction;
    }
    if (!seenDigit)
        return fail(QStringLiteral("\"%1\" is not a decimal number such as 0.096").arg(text));
    int shift = decimals + exponent - fraction;
    for (; shift < 0; ++shift) {
        if (digits % 10 != 0)
            return fail(QStringLiteral("\"%1\" has more than %2 decimals").arg(text).arg(decimals));
        digits /= 10;
    }
    for (; shift > 0; --shift) {
        digits *= 10;
        if (digits > Wide(kMax))
            return fail(QStringLiteral("\"%1\" is too large").arg(text));
    }
    if (digits > Wide(kMax))
        return fail(QStringLiteral("\"%1\" is too large").arg(text));
    return static_cast<qint64>(digits);
}

QString formatScaled(qint64 value, int decimals, int minDecimals)
{
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    const quint64 unit = static_cast<quint64>(pow10(decimals));
    QString frac = QString::number(magnitude % unit).rightJustified(decimals, QLatin1Char('0'));
    while (frac.size() > minDecimals && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString out = QString::number(magnitude / unit);
    if (!frac.isEmpty())
        out += QLatin1Char('.') + frac;
    return negative ? QLatin1Char('-') + out : out;
}

qint64 clampToInt64(Wide v)
{
    if (v > Wide(kMax))
        return kMax;
    if (v < -Wide(kMax))
        return -kMax;
    return static_cast<qint64>(v);
}

} // namespace

QString Money::toDecimal() const
{
    return formatScaled(m_micros, 6, 2);
}

std::optional<UnitPrice> UnitPrice::fromDecimal(const QString& text, QString* why)
{
    const std::optional<qint64> picos = parseScaled(text, kDecimals, why);
    if (!picos)
        return std::nullopt;
    return UnitPrice(*picos);
}

QString UnitPrice::toDecimal() const
{
    return formatScaled(m_picos, kDecimals, 0);
}

Money UnitPrice::cost(qint64 quantityMicros) const
{
    // pico-dollars x micro-units = 1e-18 USD; a micro-dollar is 1e12 of those.
    const Wide product = Wide(m_picos) * Wide(quantityMicros);
    return Money::fromMicros(clampToInt64(roundedDiv(product, Wide(pow10(12)))));
}

Money UnitPrice::cost(double quantity) const
{
    if (!std::isfinite(quantity))
        return Money();
    return cost(static_cast<qint64>(std::llround(quantity * 1e6)));
}

UnitPrice UnitPrice::scaled(qint64 quantityMicros) const
{
    const Wide product = Wide(m_picos) * Wide(quantityMicros);
    return UnitPrice(clampToInt64(roundedDiv(product, Wide(pow10(6)))));
}

std::optional<qint64> parseQuantityMicros(const QString& text, QString* why)
{
    return parseScaled(text, 6, why);
}

} // namespace cw::cost
