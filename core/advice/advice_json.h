#pragma once

#include "advice/advice.h"

#include <nlohmann/json.hpp>

namespace cw::advice {

/// The advice as `cloudwright advise --json` prints it (design.md): node, recommendation,
/// multiZone, reasons, options (option, monthly or null, fits, why, and more),
/// breakEvenRequestsPerMonth or null, checklist; plus the workload as read, and the
/// checklist items with whether each holds. Numbers are numbers, in USD.
nlohmann::ordered_json adviceJson(const Advice& advice);

} // namespace cw::advice
