// The break-even chart's figures: each option re-priced at many loads (docs/advice.md).
#include "cost_curve.h"

#include "cost/price_book.h"
#include "model/architecture.h"

#include <cmath>

namespace cw::advice {

std::vector<CostCurve> costCurves(const Catalog& catalog, const cost::PriceBook& book, const Architecture& model,
    const Advice& advice, const std::vector<double>& requestsPerMonth)
{
    std::vector<CostCurve> curves;
    curves.reserve(advice.options.size());
    for (const OptionAdvice& o : advice.options) {
        CostCurve curve;
        curve.option = o.option;
        curve.fits = o.fits;
        curve.monthly.reserve(requestsPerMonth.size());
        Node node = o.node;
        for (double requests : requestsPerMonth) {
            node.props["requests_per_month"] = requests;
            const cost::NodeCost c = cost::estimateNode(catalog, book, model, node);
            curve.monthly.push_back(
                c.status == cost::NodeStatus::Priced ? std::optional<cost::Money>(c.monthly) : std::nullopt);
        }
        curves.push_back(std::move(curve));
    }
    return curves;
}

std::vector<double> curveRequests(const Advice& advice, int perDecade)
{
    perDecade = std::max(1, perDecade);
    std::vector<double> known;
    if (advice.workload.requestsPerMonth > 0)
        known.push_back(advice.workload.requestsPerMonth);
    if (advice.breakEvenRequestsPerMonth && *advice.breakEvenRequestsPerMonth > 0)
        known.push_back(*advice.breakEvenRequestsPerMonth);
    double low = 4;
    double high = 9;
    if (!known.empty()) {
        const auto [least, most] = std::minmax_element(known.begin(), known.end());
        low = std::floor(std::log10(*least)) - 1;
        high = std::ceil(std::log10(*most)) + 1;
    }
    low = std::clamp(low, 2.0, 12.0);
    high = std::clamp(high, low + 1, 13.0);
    std::vector<double> points;
    const int steps = int(std::lround((high - low) * perDecade));
    for (int i = 0; i <= steps; ++i)
        points.push_back(std::round(std::pow(10.0, low + (high - low) * i / steps)));
    return points;
}

} // namespace cw::advice
