#pragma once

// The sections of buildReport() that read the cost model, kept apart from the findings
// and inventory so that each file stays short. Internal to core/report.

#include "report.h"

#include "cost/cost_model.h"

namespace cw::report::detail {

/// The cost table, the chart's series and the budget from a projection.
CostSection costSection(const Catalog& catalog, const Architecture& model, const cost::Projection& p);
/// The kept scenarios against the projection, in file order.
std::vector<ScenarioRow> scenarioRows(const Catalog& catalog, const Architecture& model, const cost::Projection& p);
/// The conventions and each price used, once.
Assumptions assumptions(const cost::PriceBook& book, const cost::Projection& p);

} // namespace cw::report::detail
