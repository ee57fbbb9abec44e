#pragma once

#include "advice/advice.h"

#include <optional>
#include <vector>

/// What the break-even chart draws (docs/advice.md, "In the editor"): each option's monthly
/// cost as the load changes, re-priced by the cost model the way breakEven() does.
namespace cw::advice {

/// One option's month-1 cost at each request count asked for; nullopt where the cost
/// model has no price.
struct CostCurve {
    Option option = Option::Serverless;
    bool fits = true;
    std::vector<std::optional<cost::Money>> monthly;
};

/// The monthly cost of each option of advice (in its order) at each of requestsPerMonth:
/// the option's node re-priced with requests_per_month set to the count. Always-on options
/// keep the size chosen for the workload as drawn, as in the break-even.
std::vector<CostCurve> costCurves(const Catalog& catalog, const cost::PriceBook& book, const Architecture& model,
    const Advice& advice, const std::vector<double>& requestsPerMonth);

/// Request counts to draw the curves at: evenly spaced on a log scale, perDecade a decade,
/// from a decade below to a decade above the workload's load and the break-even (10^4 to
/// 10^9 when neither is known), within 10^2 to 10^13.
std::vector<double> curveRequests(const Advice& advice, int perDecade = 8);

} // namespace cw::advice
