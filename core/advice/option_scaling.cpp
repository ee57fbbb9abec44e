// Turns the advisor's sized, priced options into scaling settings for the simulation.
#include "option_scaling.h"

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct AdviceText {
    Q_DECLARE_TR_FUNCTIONS(AdviceText)
};
} // namespace

namespace cw::advice {

ScalingSettings scalingSettings(const Advice& advice, Option option, const ScalingAssumptions& assume)
{
    const Workload& w = advice.workload;
    const OptionAdvice& o = advice.option(option);
    ScalingSettings s;
    s.timeoutSeconds = assume.timeoutSeconds;
    const std::optional<cost::Money> monthly = o.monthly();
    if (option == Option::Serverless) {
        // One concurrent execution serves one request at a time; a throttled request fails.
        s.perRequest = true;
        s.capacityPerReplica = w.durationMs > 0 ? 1000.0 / w.durationMs : 1e9;
        s.minReplicas = 0;
        s.maxReplicas = assume.functionConcurrency;
        s.scaleUpDelayMin = 0;
        s.timeoutSeconds = 0;
        if (monthly && w.requestsPerMonth > 0)
            s.perRequestUsd = monthly->toDouble() / w.requestsPerMonth;
        return s;
    }
    const double perRequest = w.vcpuSecondsPerRequest();
    s.capacityPerReplica = perRequest > 0 && o.replicaVcpus > 0 ? o.replicaVcpus * kTargetUtilisation / perRequest : 0;
    const int sized = std::max(1, o.replicas);
    s.minReplicas = assume.minReplicas > 0 ? assume.minReplicas : w.critical ? 2 : 1;
    s.maxReplicas
        = std::max(s.minReplicas, assume.maxReplicas > 0 ? assume.maxReplicas : sized * assume.maxReplicasFactor);
    s.scaleUpDelayMin = option == Option::Vms ? assume.vmBootMin : assume.containerStartMin;
    if (option == Option::Vms && assume.vmsFixed)
        s.minReplicas = s.maxReplicas = sized;
    if (monthly) {
        // The option's month over its replicas and hours gives one replica's hour.
        const double hours = 730.0;
        s.replicaHourUsd = monthly->toDouble() / sized / hours;
    }
    return s;
}

std::vector<OptionScaling> simulateOptions(
    const Advice& advice, const LoadCurve& curve, const ScalingAssumptions& assume)
{
    std::vector<OptionScaling> out;
    for (const OptionAdvice& o : advice.options) {
        OptionScaling s;
        s.option = o.option;
        s.settings = scalingSettings(advice, o.option, assume);
        s.result = simulate(curve, s.settings);
        s.priced = o.monthly().has_value();
        if (!s.priced) {
            s.unpricedWhy
                = o.cost.reason.isEmpty() ? AdviceText::tr("no price is known for %1").arg(o.service) : o.cost.reason;
        } else if (o.option == Option::Serverless && advice.workload.requestsPerMonth <= 0) {
            // The price of one request comes from the month's figure over its requests.
            s.priced = false;
            s.unpricedWhy = AdviceText::tr("the node sets no requests_per_month, so a request's price is unknown");
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace cw::advice
