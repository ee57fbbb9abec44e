#pragma once

#include "model/scenario.h"

#include <string>
#include <vector>

namespace cw {

/// The most months a scenario holds: the cost projection's limit (cost::kMaxMonths).
inline constexpr int kMaxScenarioMonths = 60;

/// Reads the top-level "scenarios" value of a .cwa document (null means none). Values are
/// moved out. Throws ReadFailure (document_reader.h) at the first problem, with its place:
/// "scenarios[1].monthly[3]", "scenarios[0].nodes[2] (id \"api\").monthly".
std::vector<Scenario> readScenarios(nlohmann::json& value);

/// Appends `,\n  "scenarios": [...]` as the writer lays lists out (one entry a line);
/// nothing when the list is empty. Money as JSON numbers in dollars, every micro-dollar kept.
void appendScenarios(std::string& out, const std::vector<Scenario>& list);

/// "12.5", "0.000001", "1200": micro-dollars as the shortest exact decimal of dollars.
std::string dollarsText(qint64 micros);

} // namespace cw
