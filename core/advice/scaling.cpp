// The scaling simulation: minute by minute, an autoscaler that sees each minute's demand,
// starts replicas that serve only after the scale-up delay, and stops them once the load
// has stayed lower for a while (docs/advice.md, "Scaling over a day").
#include "scaling.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct AdviceText {
    Q_DECLARE_TR_FUNCTIONS(AdviceText)
};
} // namespace

namespace cw::advice {

namespace {

// A smooth step up from `from` to `to` over [start, start + ramp): office hours and evenings.
double ramp(int minute, int start, int ramp)
{
    if (minute < start)
        return 0;
    if (minute >= start + ramp)
        return 1;
    return double(minute - start) / ramp;
}

// The base, raised to base * factor between begin and end with an hour's ramp each side.
LoadCurve plateau(double base, double factor, int begin, int end)
{
    LoadCurve c;
    c.rps.resize(kMinutesPerDay);
    for (int m = 0; m < kMinutesPerDay; ++m) {
        const double up = ramp(m, begin - 60, 60) - ramp(m, end, 60);
        c.rps[size_t(m)] = base * (1 + (factor - 1) * std::clamp(up, 0.0, 1.0));
    }
    return c;
}

int replicasFor(double rps, const ScalingSettings& s)
{
    if (s.capacityPerReplica <= 0)
        return s.maxReplicas;
    const double needed = std::ceil(rps / s.capacityPerReplica - 1e-9);
    return int(std::clamp(needed, double(s.minReplicas), double(std::max(s.minReplicas, s.maxReplicas))));
}

} // namespace

double LoadCurve::requests() const
{
    return std::accumulate(rps.begin(), rps.end(), 0.0) * 60;
}

double LoadCurve::peak() const
{
    return rps.empty() ? 0 : *std::max_element(rps.begin(), rps.end());
}

LoadCurve builtinCurve(CurveShape shape, double baseRps)
{
    switch (shape) {
    case CurveShape::OfficeHours: return plateau(baseRps, 4, 9 * 60, 17 * 60);
    case CurveShape::EveningPeak: return plateau(baseRps, 5, 18 * 60, 22 * 60);
    case CurveShape::Burst: return burstCurve(baseRps, 50, 12 * 60, 10);
    }
    return burstCurve(baseRps, 1, 0, 0);
}

LoadCurve burstCurve(double baseRps, double factor, int startMinute, int minutes)
{
    LoadCurve c;
    c.rps.assign(kMinutesPerDay, baseRps);
    for (int m = std::max(0, startMinute); m < std::min(kMinutesPerDay, startMinute + minutes); ++m)
        c.rps[size_t(m)] = baseRps * factor;
    return c;
}

std::optional<LoadCurve> curveFromPoints(const std::vector<std::pair<int, double>>& points, QString* why)
{
    const auto fail = [why](const QString& text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (points.empty())
        return fail(AdviceText::tr("a load curve needs at least one point"));
    for (size_t i = 0; i < points.size(); ++i) {
        const auto& [minute, rps] = points[i];
        if (minute < 0 || minute >= kMinutesPerDay)
            return fail(AdviceText::tr("point %1: minute %2 is outside the day (0 to %3)")
                            .arg(i + 1)
                            .arg(minute)
                            .arg(kMinutesPerDay - 1));
        if (!std::isfinite(rps) || rps < 0)
            return fail(AdviceText::tr("point %1: %2 requests per second is not a rate").arg(i + 1).arg(rps));
        if (i > 0 && minute <= points[i - 1].first)
            return fail(AdviceText::tr("point %1: minute %2 does not come after minute %3")
                            .arg(i + 1)
                            .arg(minute)
                            .arg(points[i - 1].first));
    }
    LoadCurve c;
    c.rps.resize(kMinutesPerDay);
    size_t next = 0;
    for (int m = 0; m < kMinutesPerDay; ++m) {
        while (next < points.size() && points[next].first <= m)
            ++next;
        if (next == 0) {
            c.rps[size_t(m)] = points.front().second;
        } else if (next == points.size()) {
            c.rps[size_t(m)] = points.back().second;
        } else {
            const auto& [m0, r0] = points[next - 1];
            const auto& [m1, r1] = points[next];
            c.rps[size_t(m)] = r0 + (r1 - r0) * double(m - m0) / double(m1 - m0);
        }
    }
    return c;
}

ScalingResult simulate(const LoadCurve& curve, const ScalingSettings& s)
{
    ScalingResult r;
    const size_t minutes = curve.rps.size();
    r.replicas.resize(minutes);
    r.queued.resize(minutes);
    r.failed.resize(minutes);
    // Replicas on order: (the minute they start serving, how many).
    std::vector<std::pair<int, int>> starting;
    int ready = replicasFor(minutes ? curve.rps.front() : 0, s); // the day starts sized for its first minute
    int lowFor = 0; // minutes the autoscaler has wanted fewer than are ready
    double backlog = 0;
    for (size_t t = 0; t < minutes; ++t) {
        const int minute = int(t);
        const double arrivals = std::max(0.0, curve.rps[t]) * 60;
        const double demand = backlog + arrivals;
        if (s.perRequest) {
            ready = replicasFor(demand / 60, s);
        } else {
            for (auto it = starting.begin(); it != starting.end();) {
                if (it->first <= minute) {
                    ready += it->second;
                    it = starting.erase(it);
                } else {
                    ++it;
                }
            }
        }
        const double capacity = ready * s.capacityPerReplica * 60;
        const double served = std::min(demand, capacity);
        backlog = demand - served;
        // What one more timeout's worth of service cannot reach fails instead of waiting.
        const double canWait = ready * s.capacityPerReplica * s.timeoutSeconds;
        const double failed = std::max(0.0, backlog - canWait);
        backlog -= failed;

        r.replicas[t] = ready;
        r.queued[t] = backlog;
        r.failed[t] = failed;
        r.requests += arrivals;
        r.served += served;
        r.failedTotal += failed;
        r.queuedPeak = std::max(r.queuedPeak, backlog);
        if (backlog > 1e-9)
            ++r.minutesQueued;
        r.replicaHours += ready / 60.0;

        if (s.perRequest)
            continue;
        // The autoscaler saw this minute's demand; new replicas serve after the delay.
        const int desired = replicasFor(demand / 60, s);
        int ordered = 0;
        for (const auto& start : starting)
            ordered += start.second;
        if (desired > ready + ordered) {
            starting.emplace_back(minute + std::max(1, s.scaleUpDelayMin), desired - ready - ordered);
            lowFor = 0;
        } else if (desired < ready) {
            if (++lowFor >= s.scaleDownAfterMin) {
                ready = std::max(desired, s.minReplicas);
                lowFor = 0;
            }
        } else {
            lowFor = 0;
        }
    }
    r.dayCostUsd = r.replicaHours * s.replicaHourUsd + r.served * s.perRequestUsd;
    r.monthCostUsd = r.dayCostUsd * 730.0 / 24.0;
    return r;
}

} // namespace cw::advice
