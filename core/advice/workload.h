#pragma once

#include "model/diagram.h"

#include <QString>

#include <optional>

namespace cw {
class Architecture;
class Catalog;
} // namespace cw

/// What the advisor reads from one workload node (docs/advice.md), and how it turns the
/// load into capacity. Pure: the node's effective properties and the diagram's meta.
namespace cw::advice {

/// The three ways to run the same work (design.md, `advise --json`).
enum class Option { Serverless, Containers, Vms };
/// "serverless", "containers", "vms": the contract's words.
QString toString(Option option);
/// "serverless functions", "containers", "virtual machines": for sentences.
QString optionText(Option option);

enum class Traffic { Unknown, Steady, Spiky };
enum class OpsCapacity { Unknown, Small, Medium, Large };

// The limits and assumptions the rules and the sizing use; docs/advice.md explains each.
inline constexpr double kFunctionLimitMinutes = 15;   ///< Lambda's longest invocation (seeds/004: "<15 min")
inline constexpr double kFunctionMaxMemoryMb = 10240; ///< the most memory a Lambda function gets
inline constexpr double kConstantHighLoad = 100e6;    ///< requests a month: the serverless-misfit rule's figure
inline constexpr double kSteadyPeakFactor = 2;        ///< peak over average when traffic is steady or unknown
inline constexpr double kSpikyPeakFactor = 10;        ///< peak over average when traffic is spiky
inline constexpr double kTargetUtilisation = 0.7;     ///< the share of a replica's CPU an autoscaler aims for
inline constexpr double kMbPerVcpu = 1769;            ///< Lambda gives one vCPU at 1,769 MB, a share below
inline constexpr double kSecondsPerMonth = 730 * 3600.0;

/// One workload node, as the advisor reads it.
struct Workload {
    Id id;
    QString kind;
    QString provider;
    Option current = Option::Vms; ///< the option the node already is
    bool currentIsExact = false;  ///< the node is the option's own kind (priced as drawn)
    double requestsPerMonth = 0;  ///< requests_per_month; 0 when not set
    double durationMs = 100;      ///< duration_ms
    double memoryMb = 128;        ///< memory_mb
    bool gpu = false;
    std::optional<double> longestRunMin; ///< max_runtime_min when set
    int count = 1;
    bool stateful = false;
    Traffic traffic = Traffic::Unknown;
    OpsCapacity ops = OpsCapacity::Unknown;
    double peakRpsGiven = 0; ///< peak_rps; 0 when not set
    bool critical = false;   ///< meta.reliability is "critical"
    QString instanceType;    ///< the node's own instance_type, for kinds that have one

    /// The longest a single run takes, in minutes: max_runtime_min, else the average duration.
    double longestMinutes() const;
    double averageRps() const { return requestsPerMonth / kSecondsPerMonth; }
    /// peak_rps when set, else the average times the traffic pattern's factor.
    double peakRps() const;
    /// CPU time one request takes: its duration times the share of a vCPU its memory buys.
    double vcpuSecondsPerRequest() const;
    /// vCPUs needed at the peak, at the target utilisation.
    double peakVcpus() const { return peakRps() * vcpuSecondsPerRequest() / kTargetUtilisation; }
    /// Whether the load is known: requests per month or a peak is set.
    bool hasLoad() const { return requestsPerMonth > 0 || peakRpsGiven > 0; }
};

/// Whether the advisor takes a node of this kind: function, container service,
/// Kubernetes, VM, GPU VM, batch, ML endpoint.
bool isWorkloadKind(const QString& kind);
/// The option a workload kind already is (batch and ML endpoints run on instances: VMs).
Option optionOfKind(const QString& kind);

/// Reads a workload node through effectiveValue(); nullopt when its kind is not a workload.
std::optional<Workload> readWorkload(const Catalog& catalog, const Architecture& model, const Node& node);

} // namespace cw::advice
