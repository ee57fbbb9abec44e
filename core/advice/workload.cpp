// Reads a workload node for the advisor (docs/advice.md, "What it reads").
#include "workload.h"

#include "catalog/effective_values.h"
#include "model/architecture.h"

#include <QCoreApplication>
#include <QStringList>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct AdviceText {
    Q_DECLARE_TR_FUNCTIONS(AdviceText)
};
} // namespace

namespace cw::advice {

namespace {

double number(const Json& v, double fallback)
{
    return v.is_number() ? v.get<double>() : fallback;
}

QString text(const Json& v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

} // namespace

QString toString(Option option)
{
    switch (option) {
    case Option::Serverless: return QStringLiteral("serverless");
    case Option::Containers: return QStringLiteral("containers");
    case Option::Vms: return QStringLiteral("vms");
    }
    return QString();
}

QString optionText(Option option)
{
    switch (option) {
    case Option::Serverless: return AdviceText::tr("serverless functions");
    case Option::Containers: return AdviceText::tr("containers");
    case Option::Vms: return AdviceText::tr("virtual machines");
    }
    return QString();
}

double Workload::longestMinutes() const
{
    return longestRunMin ? *longestRunMin : durationMs / 60000.0;
}

double Workload::peakRps() const
{
    if (peakRpsGiven > 0)
        return peakRpsGiven;
    return averageRps() * (traffic == Traffic::Spiky ? kSpikyPeakFactor : kSteadyPeakFactor);
}

double Workload::vcpuSecondsPerRequest() const
{
    // A request holds its share of a vCPU for its duration; the share follows memory the
    // way Lambda allots CPU, and is at most one vCPU.
    const double share = std::clamp(memoryMb / kMbPerVcpu, 0.01, 1.0);
    return durationMs / 1000.0 * share;
}

bool isWorkloadKind(const QString& kind)
{
    static const QStringList kinds{QStringLiteral("compute.function"), QStringLiteral("compute.container"),
        QStringLiteral("compute.kubernetes"), QStringLiteral("compute.vm"), QStringLiteral("compute.gpu_vm"),
        QStringLiteral("compute.batch"), QStringLiteral("ml.endpoint")};
    return kinds.contains(kind);
}

Option optionOfKind(const QString& kind)
{
    if (kind == QLatin1String("compute.function"))
        return Option::Serverless;
    if (kind == QLatin1String("compute.container") || kind == QLatin1String("compute.kubernetes"))
        return Option::Containers;
    return Option::Vms;
}

std::optional<Workload> readWorkload(const Catalog& catalog, const Architecture& model, const Node& node)
{
    if (!isWorkloadKind(node.kind))
        return std::nullopt;
    const auto value = [&](const char* key) { return effectiveValue(catalog, model, node, key); };
    Workload w;
    w.id = node.id;
    w.kind = node.kind;
    w.provider = model.providerOf(node);
    w.current = optionOfKind(node.kind);
    w.currentIsExact = node.kind != QLatin1String("compute.batch") && node.kind != QLatin1String("ml.endpoint");
    w.requestsPerMonth = number(value("requests_per_month"), 0);
    w.durationMs = number(value("duration_ms"), 100);
    w.memoryMb = number(value("memory_mb"), 128);
    w.gpu = value("gpu") == true;
    const Json longest = value("max_runtime_min");
    if (longest.is_number())
        w.longestRunMin = longest.get<double>();
    w.count = int(number(value("count"), 1));
    w.stateful = value("stateful") == true;
    const QString traffic = text(value("traffic_pattern"));
    w.traffic = traffic == QLatin1String("spiky") ? Traffic::Spiky
        : traffic == QLatin1String("steady")      ? Traffic::Steady
                                                  : Traffic::Unknown;
    const QString ops = text(value("ops_capacity"));
    w.ops = ops == QLatin1String("small") ? OpsCapacity::Small
        : ops == QLatin1String("medium")  ? OpsCapacity::Medium
        : ops == QLatin1String("large")   ? OpsCapacity::Large
                                          : OpsCapacity::Unknown;
    w.peakRpsGiven = number(value("peak_rps"), 0);
    w.critical = model.meta().reliability == QLatin1String("critical");
    w.instanceType = text(value("instance_type"));
    return w;
}

} // namespace cw::advice
