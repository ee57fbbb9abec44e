#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace cw::cost {

// Money never passes through floating point, so a sum of many line items over many
// months is exact and the same on every machine:
// - Money is a whole number of micro-dollars (1e-6 USD), for amounts and totals;
// - UnitPrice is a whole number of pico-dollars (1e-12 USD), because list prices go to
//   ten decimals ($0.0000166667 per GB-second) and a rate must keep all of them.
// A rate times a quantity is worked out in 128-bit integers and rounded once, half
// away from zero, to the micro-dollar.

/// An amount of US dollars, exact to the micro-dollar.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromMicros(qint64 micros) { return Money(micros); }

    constexpr qint64 micros() const { return m_micros; }
    /// "12.345678" (six decimals, trailing zeros kept off, at least two decimals).
    QString toDecimal() const;
    /// For JSON output and charts only; never sum these.
    double toDouble() const { return static_cast<double>(m_micros) / 1e6; }

    constexpr Money operator+(Money o) const { return Money(m_micros + o.m_micros); }
    constexpr Money operator-(Money o) const { return Money(m_micros - o.m_micros); }
    Money& operator+=(Money o)
    {
        m_micros += o.m_micros;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_micros == o.m_micros; }
    constexpr bool operator!=(Money o) const { return m_micros != o.m_micros; }
    constexpr bool operator<(Money o) const { return m_micros < o.m_micros; }

private:
    constexpr explicit Money(qint64 micros)
        : m_micros(micros)
    {
    }
    qint64 m_micros = 0;
};

/// A price per unit (per hour, per GB-month, per million tokens...), exact to 1e-12 USD.
class UnitPrice {
public:
    static constexpr int kDecimals = 12;

    constexpr UnitPrice() = default;
    static constexpr UnitPrice fromPicos(qint64 picos) { return UnitPrice(picos); }
    /// Parses "0.096", "3", "1.66667e-05"; no sign, at most 12 decimals after scaling,
    /// at most $9,223,372 per unit. On failure says why.
    static std::optional<UnitPrice> fromDecimal(const QString& text, QString* why = nullptr);

    constexpr qint64 picos() const { return m_picos; }
    /// The shortest exact decimal, e.g. "0.0000166667", "0.1", "3".
    QString toDecimal() const;

    /// This price for a quantity given in millionths of the unit (730 h = 730'000'000).
    Money cost(qint64 quantityMicros) const;
    /// This price for a quantity of units (hours, GB...); the quantity is first rounded
    /// to the millionth of a unit, so the same input always gives the same cents.
    Money cost(double quantity) const;
    /// This price times a decimal quantity, rounded to the pico-dollar (for prices built
    /// from parts, e.g. 2 vCPU x the vCPU-hour price).
    UnitPrice scaled(qint64 quantityMicros) const;

    constexpr UnitPrice operator+(UnitPrice o) const { return UnitPrice(m_picos + o.m_picos); }
    constexpr bool operator==(UnitPrice o) const { return m_picos == o.m_picos; }
    constexpr bool operator!=(UnitPrice o) const { return m_picos != o.m_picos; }

private:
    constexpr explicit UnitPrice(qint64 picos)
        : m_picos(picos)
    {
    }
    qint64 m_picos = 0;
};

/// Parses a non-negative decimal quantity ("8", "3.75") into millionths of a unit.
std::optional<qint64> parseQuantityMicros(const QString& text, QString* why = nullptr);

} // namespace cw::cost
