#pragma once

#include "rules/finding.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace cw::cli {

/// One finding as validate --json prints it (diff --json prints the same).
nlohmann::json findingJson(const Finding& finding);
/// The list of findings of validate --json, suppressed ones included and marked.
nlohmann::json findingsJson(const std::vector<Finding>& findings);

} // namespace cw::cli
