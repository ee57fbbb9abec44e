#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <vector>

/// The scaling simulation (docs/advice.md, "Scaling over a day"): what happens when Joe
/// and all his friends arrive (seeds/003). A load curve over one day, minute by minute,
/// against replicas an autoscaler starts with a delay. Pure arithmetic: the prices come in.
namespace cw::advice {

inline constexpr int kMinutesPerDay = 1440;

/// Requests per second in each minute of one day (kMinutesPerDay values).
struct LoadCurve {
    std::vector<double> rps;

    double requests() const; ///< the day's requests
    double peak() const;     ///< the highest rate
};

enum class CurveShape {
    OfficeHours, ///< the base at night, 4x from 09:00 to 17:00, with an hour's ramp each side
    EveningPeak, ///< the base by day, 5x from 18:00 to 22:00, with an hour's ramp each side
    Burst,       ///< the base all day, 50x for ten minutes from 12:00 (Joe and all his friends)
};

/// A built-in shape around a base rate (requests per second).
LoadCurve builtinCurve(CurveShape shape, double baseRps);
/// The base all day, `factor` times it for `minutes` minutes from `startMinute`.
LoadCurve burstCurve(double baseRps, double factor, int startMinute, int minutes);
/// A curve the user gives as (minute, requests per second) points: straight lines between
/// them, flat before the first and after the last. nullopt, with why, when a minute is
/// outside 0..1439 or out of order, a rate is negative or not finite, or there are none.
std::optional<LoadCurve> curveFromPoints(const std::vector<std::pair<int, double>>& points, QString* why);

/// How one option scales, and what it costs.
struct ScalingSettings {
    double capacityPerReplica = 1; ///< requests per second one replica serves at the target utilisation
    int minReplicas = 1;
    int maxReplicas = 10;       ///< for functions: the concurrency limit
    int scaleUpDelayMin = 2;    ///< minutes from the autoscaler's decision to a new replica serving
    int scaleDownAfterMin = 5;  ///< minutes the load must stay lower before replicas stop
    bool perRequest = false;    ///< functions: capacity follows the load within the minute, up to the limit
    double timeoutSeconds = 30; ///< a request that would wait longer fails
    double replicaHourUsd = 0;  ///< what one replica costs an hour
    double perRequestUsd = 0;   ///< what one served request costs
};

struct ScalingResult {
    std::vector<int> replicas;  ///< serving in each minute
    std::vector<double> queued; ///< requests still waiting at the end of each minute
    std::vector<double> failed; ///< requests that failed (timed out or throttled) in each minute
    double requests = 0;        ///< arrived over the day
    double served = 0;
    double failedTotal = 0;
    double queuedPeak = 0; ///< the longest queue at a minute's end
    int minutesQueued = 0; ///< minutes that ended with requests waiting
    double replicaHours = 0;
    double dayCostUsd = 0;
    double monthCostUsd = 0; ///< a month of days like this one (730 hours)
};

/// Runs the day minute by minute. Requests wait in a queue, first in first out, while
/// capacity is short; those that would wait past the timeout fail.
ScalingResult simulate(const LoadCurve& curve, const ScalingSettings& settings);

} // namespace cw::advice
