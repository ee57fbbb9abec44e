#pragma once

#include <QString>

#include <optional>

namespace cw::cost {

/// What a billing line's quantity is counted in before it meets a price's unit: the
/// catalog's billing recipes say "hours", "gb", "requests", "k_tokens", "gb_seconds"
/// or "each" (docs/cost.md).
/// The factor that turns a quantity in `measure` into the price unit `unit` (730 hours
/// are 2,628,000 vCPU-seconds; 3 million requests are 3 "1m_requests"); nullopt when
/// the two do not fit, which is a data error the caller reports.
std::optional<double> unitFactor(const QString& measure, const QString& unit);

} // namespace cw::cost
