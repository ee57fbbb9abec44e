// Sizes and prices the three options for one workload (docs/advice.md, "Sizing" and
// "Break-even"): each is a node of the option's kind at the workload's provider, priced
// by cost::estimateNode, so its figure and line items are the ones `cost` would show.
#include "advice.h"

#include "catalog/catalog.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"
#include "model/architecture.h"

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct AdviceText {
    Q_DECLARE_TR_FUNCTIONS(AdviceText)
};
} // namespace

namespace cw::advice {

namespace {

int minReplicas(const Workload& w)
{
    return w.critical ? 2 : 1; // one per zone in two zones, so one zone failing leaves one serving
}

int replicasFor(const Workload& w, double replicaVcpus, int drawn)
{
    if (!w.hasLoad() || replicaVcpus <= 0)
        return std::max(minReplicas(w), drawn);
    const double needed = std::ceil(w.peakVcpus() / replicaVcpus - 1e-9);
    return std::max(minReplicas(w), int(std::min(needed, 100000.0)));
}

Node madeNode(const Workload& w, Option option, const QString& kind, Json props)
{
    Node n;
    n.id = w.id + QLatin1Char('~') + toString(option);
    n.kind = kind;
    n.provider = w.provider;
    n.props = std::move(props);
    return n;
}

// The node as drawn, with the replicas critical reliability asks for.
Node drawnNode(const Node& node, const Workload& w, bool alwaysOn)
{
    Node n = node;
    n.provider = w.provider;
    if (alwaysOn && w.critical) {
        n.props["count"] = std::max(w.count, minReplicas(w));
        n.props["multi_az"] = true;
    }
    return n;
}

int vcpusOf(const cost::PriceBook& book, const QString& kind, const QString& provider, const QString& type)
{
    const cost::InstanceInfo* info = book.equivalents().instanceForKind(kind, provider, type);
    return info ? info->vcpu : 0;
}

// The VM type for the work: the node's own when it names one of the right sort, else the
// smallest the catalog suggests (a GPU VM's default for GPU work).
QString vmType(const Catalog& catalog, const cost::PriceBook& book, const Workload& w)
{
    const QString kind = w.gpu ? QStringLiteral("compute.gpu_vm") : QStringLiteral("compute.vm");
    QString own = w.instanceType;
    if (own.startsWith(QLatin1String("ml.")))
        own = own.mid(3); // SageMaker's ml.m5.large runs on an m5.large
    if (!own.isEmpty()) {
        const cost::InstanceInfo* info
            = book.equivalents().instanceForKind(QStringLiteral("compute.vm"), w.provider, own);
        if (info && (info->gpuCount > 0) == w.gpu)
            return own;
    }
    if (!w.gpu) {
        const QStringList suggested = catalog.suggestions(kind, QStringLiteral("instance_type"), w.provider);
        if (!suggested.isEmpty())
            return suggested.first();
    }
    const Json d = catalog.defaultValue(kind, QStringLiteral("instance_type"), w.provider);
    return d.is_string() ? QString::fromStdString(d.get<std::string>()) : QString();
}

Json loadProps(const Workload& w)
{
    Json props = Json::object();
    if (w.requestsPerMonth > 0)
        props["requests_per_month"] = w.requestsPerMonth;
    return props;
}

OptionAdvice serverlessOption(const Node& node, const Workload& w)
{
    OptionAdvice o;
    o.option = Option::Serverless;
    if (w.current == Option::Serverless) {
        o.node = drawnNode(node, w, false);
        o.asDrawn = true;
    } else {
        Json props = loadProps(w);
        props["duration_ms"] = w.durationMs;
        props["memory_mb"] = int(std::ceil(w.memoryMb));
        props["gpu"] = w.gpu;
        if (w.longestRunMin)
            props["max_runtime_min"] = *w.longestRunMin;
        o.node = madeNode(w, o.option, QStringLiteral("compute.function"), props);
    }
    if (w.gpu)
        o.whyNot << AdviceText::tr("it does GPU work, and functions have no GPUs");
    if (w.longestMinutes() > kFunctionLimitMinutes)
        o.whyNot << AdviceText::tr("a run takes up to %1 minutes, over the %2-minute limit of a function")
                        .arg(w.longestMinutes(), 0, 'g', 4)
                        .arg(kFunctionLimitMinutes);
    if (w.stateful)
        o.whyNot << AdviceText::tr("it keeps state between requests, and a function keeps none");
    if (w.memoryMb > kFunctionMaxMemoryMb)
        o.whyNot << AdviceText::tr("it needs %1 MB of memory, more than the 10,240 MB a function gets")
                        .arg(w.memoryMb, 0, 'f', 0);
    o.fits = o.whyNot.isEmpty();
    return o;
}

OptionAdvice containersOption(const Catalog& catalog, const cost::PriceBook& book, const Node& node, const Workload& w)
{
    OptionAdvice o;
    o.option = Option::Containers;
    if (w.current == Option::Containers && w.currentIsExact) {
        o.node = drawnNode(node, w, true);
        o.asDrawn = true;
        const Json count = o.node.props.value("count", Json());
        o.replicas = count.is_number() ? count.get<int>() : w.count;
        if (node.kind == QLatin1String("compute.kubernetes"))
            o.replicaVcpus = vcpusOf(book, node.kind, w.provider, w.instanceType);
        else
            o.replicaVcpus = std::max(0.25, w.memoryMb / 2048.0);
        return o;
    }
    if (w.gpu) {
        // GPU containers run on a Kubernetes cluster with GPU worker nodes.
        const QString type = vmType(catalog, book, w);
        o.replicaVcpus = vcpusOf(book, QStringLiteral("compute.gpu_vm"), w.provider, type);
        o.replicas = replicasFor(w, o.replicaVcpus, w.count);
        Json props = loadProps(w);
        props["instance_type"] = type.toStdString();
        props["count"] = o.replicas;
        props["gpu"] = true;
        props["multi_az"] = w.critical;
        o.node = madeNode(w, o.option, QStringLiteral("compute.kubernetes"), props);
        return o;
    }
    // A managed container service: tasks of at least 0.5 GB, 1 vCPU per 2 GB (Fargate's ratio).
    const int memory = std::max(512, int(std::ceil(w.memoryMb)));
    o.replicaVcpus = std::max(0.25, memory / 2048.0);
    o.replicas = replicasFor(w, o.replicaVcpus, 1);
    Json props = loadProps(w);
    props["memory_mb"] = memory;
    props["count"] = o.replicas;
    props["hours_per_month"] = book.hoursPerMonth();
    if (w.critical)
        props["multi_az"] = true; // the service spreads its tasks over the zones of its subnets
    o.node = madeNode(w, o.option, QStringLiteral("compute.container"), props);
    return o;
}

OptionAdvice vmsOption(const Catalog& catalog, const cost::PriceBook& book, const Node& node, const Workload& w)
{
    OptionAdvice o;
    o.option = Option::Vms;
    if (w.current == Option::Vms && w.currentIsExact) {
        o.node = drawnNode(node, w, true);
        o.asDrawn = true;
        const Json count = o.node.props.value("count", Json());
        o.replicas = count.is_number() ? count.get<int>() : w.count;
        o.replicaVcpus = vcpusOf(book, node.kind, w.provider, w.instanceType);
        return o;
    }
    const QString type = vmType(catalog, book, w);
    const QString kind = w.gpu ? QStringLiteral("compute.gpu_vm") : QStringLiteral("compute.vm");
    o.replicaVcpus = vcpusOf(book, kind, w.provider, type);
    o.replicas = replicasFor(w, o.replicaVcpus, w.current == Option::Vms ? w.count : 1);
    Json props = Json::object();
    props["instance_type"] = type.toStdString();
    props["count"] = o.replicas;
    props["gpu"] = w.gpu;
    props["multi_az"] = w.critical;
    o.node = madeNode(w, o.option, kind, props);
    return o;
}

Node withRequests(Node node, double requests)
{
    node.props["requests_per_month"] = requests;
    return node;
}

} // namespace

std::optional<cost::Money> OptionAdvice::monthly() const
{
    if (cost.status != cost::NodeStatus::Priced)
        return std::nullopt;
    return cost.monthly;
}

QString OptionAdvice::why() const
{
    if (!fits)
        return AdviceText::tr("Does not fit: %1.").arg(whyNot.join(QStringLiteral("; ")));
    QString what = service;
    if (alwaysOn()) {
        const Json type = node.props.value("instance_type", Json());
        what = QStringLiteral("%1 x %2").arg(replicas).arg(type.is_string()
                ? QStringLiteral("%1 %2").arg(service, QString::fromStdString(type.get<std::string>()))
                : service);
    }
    if (const std::optional<cost::Money> m = monthly()) {
        return asDrawn ? AdviceText::tr("Fits: %1, as drawn, %2 a month.").arg(what, cost::usdText(*m))
                       : AdviceText::tr("Fits: %1, %2 a month.").arg(what, cost::usdText(*m));
    }
    return asDrawn ? AdviceText::tr("Fits: %1, as drawn; cost unknown: %2.").arg(what, cost.reason)
                   : AdviceText::tr("Fits: %1; cost unknown: %2.").arg(what, cost.reason);
}

std::vector<OptionAdvice> priceOptions(
    const Catalog& catalog, const cost::PriceBook& book, const Architecture& model, const Workload& work)
{
    const Node& node = *model.node(work.id);
    std::vector<OptionAdvice> options{serverlessOption(node, work), containersOption(catalog, book, node, work),
        vmsOption(catalog, book, node, work)};
    for (OptionAdvice& o : options) {
        o.service = catalog.serviceName(o.node.kind, work.provider);
        o.cost = cost::estimateNode(catalog, book, model, o.node);
    }
    return options;
}

std::optional<double> breakEven(const Catalog& catalog, const cost::PriceBook& book, const Architecture& model,
    const Node& serverless, const Node& alwaysOn)
{
    // Serverless minus always-on, at a request count: below zero serverless is cheaper.
    const auto gap = [&](double requests) -> std::optional<qint64> {
        const cost::NodeCost s = cost::estimateNode(catalog, book, model, withRequests(serverless, requests));
        const cost::NodeCost a = cost::estimateNode(catalog, book, model, withRequests(alwaysOn, requests));
        if (s.status != cost::NodeStatus::Priced || a.status != cost::NodeStatus::Priced)
            return std::nullopt;
        return s.monthly.micros() - a.monthly.micros();
    };
    constexpr double kMost = 1e15; // the largest requests_per_month a file may hold
    double low = 0;
    double high = 1e6;
    const std::optional<qint64> atOne = gap(1);
    if (!atOne)
        return std::nullopt;
    if (*atOne >= 0)
        return 0.0; // serverless costs as much as always-on from the first request
    for (;;) {
        const std::optional<qint64> g = gap(high);
        if (!g)
            return std::nullopt;
        if (*g >= 0)
            break;
        low = high;
        if (high >= kMost)
            return std::nullopt;
        high = std::min(high * 4, kMost);
    }
    // The smallest whole count at which serverless costs at least as much.
    while (high - low > 1) {
        const double mid = std::floor((low + high) / 2);
        const std::optional<qint64> g = gap(mid);
        if (!g)
            return std::nullopt;
        (*g >= 0 ? high : low) = mid;
    }
    return high;
}

} // namespace cw::advice
