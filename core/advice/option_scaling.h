#pragma once

#include "advice/advice.h"
#include "advice/scaling.h"

#include <vector>

/// The scaling simulation for each option of an advice: the replica settings and prices
/// come from the sized, priced options (docs/advice.md, "Scaling over a day").
namespace cw::advice {

/// How the options scale; the defaults are the ones docs/advice.md states.
struct ScalingAssumptions {
    int functionConcurrency = 1000; ///< Lambda's default concurrency limit per account and region
    int containerStartMin = 1;      ///< a container task starts in about a minute
    int vmBootMin = 4;              ///< a VM in an autoscaling group takes minutes to boot
    int maxReplicasFactor = 10;     ///< autoscalers may grow to this many times the sized replicas
    int minReplicas = 0;            ///< always-on options keep at least this many; 0: 1 (2 when critical)
    int maxReplicas = 0;            ///< always-on options grow to at most this many; 0: the factor times the sized
    bool vmsFixed = false;          ///< the VMs do not scale: their count stays as sized
    double timeoutSeconds = 30;     ///< a request waiting longer fails
};

struct OptionScaling {
    Option option = Option::Serverless;
    ScalingSettings settings;
    ScalingResult result;
    bool priced = false; ///< the option's prices are known, so the costs mean something
    QString unpricedWhy; ///< why not, when not priced
};

/// The settings for one option: capacity per replica from its vCPUs and the request's CPU
/// time, its prices from the cost model's figure for it.
ScalingSettings scalingSettings(const Advice& advice, Option option, const ScalingAssumptions& assume);
/// Each option of the advice through the same day, in the advice's order.
std::vector<OptionScaling> simulateOptions(
    const Advice& advice, const LoadCurve& curve, const ScalingAssumptions& assume = {});

} // namespace cw::advice
