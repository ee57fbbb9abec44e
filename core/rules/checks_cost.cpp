// Cost: a budget that watches the bill, the right compute model for the load, no needless
// per-GB charges.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

bool usesGpu(const RuleContext& c, const Node& n)
{
    return n.kind == QLatin1String("compute.gpu_vm") || c.flag(n, "gpu");
}

// No budget or cost alert while paid (or GPU) resources run.
void noCostControls(const RuleContext& c, const Node*, FindingSink& out)
{
    if (c.hasKind(QStringLiteral("cost.budget")))
        return;
    QList<Id> gpus;
    bool paid = false;
    for (const Node& n : c.model().nodes()) {
        paid = paid || roles::isPaid(c.catalog(), n.kind);
        if (usesGpu(c, n))
            gpus.append(n.id);
    }
    if (!paid)
        return;
    if (!gpus.isEmpty())
        out.add(QObject::tr("GPUs run in %1, and no budget or cost alert watches the bill").arg(c.namesOf(gpus)), gpus);
    else
        out.add(QObject::tr("Paid services run, and no budget or cost alert watches the bill"), {});
}

// Functions for GPU work, for jobs over 15 minutes, or under constant high load.
void serverlessMisfit(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind != QLatin1String("compute.function"))
        return;
    constexpr double kLimitMinutes = 15;
    constexpr double kConstantLoad = 100e6; // about 40 requests a second, all month
    QStringList why;
    if (c.flag(*n, "gpu"))
        why << QObject::tr("does GPU work, which functions cannot");
    // The longest run if the diagram gives it, else the usual one (duration_ms).
    const double longest = c.number(*n, "max_runtime_min", 0);
    const double usual = c.number(*n, "duration_ms", 0) / 60000.0;
    if (longest > kLimitMinutes)
        why << QObject::tr("runs up to %1 minutes, longer than the %2 a function may").arg(longest).arg(kLimitMinutes);
    else if (usual > kLimitMinutes)
        why << QObject::tr("runs %1 minutes an invocation, longer than the %2 a function may")
                   .arg(usual, 0, 'g', 3)
                   .arg(kLimitMinutes);
    if (c.number(*n, "requests_per_month", 0) >= kConstantLoad)
        why << QObject::tr("takes a constant high load, where a container or VM costs less");
    if (why.isEmpty())
        return;
    out.add(QObject::tr("“%1” %2").arg(c.nameOf(n->id), why.join(QStringLiteral("; "))), {n->id});
}

// A NAT gateway carrying traffic to object storage or a NoSQL table, which a gateway
// endpoint would carry without the per-GB processing charge.
void natForStorageTraffic(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind != QLatin1String("network.nat_gateway"))
        return;
    QList<Id> stores;
    QList<Id> edges;
    c.forEachEdge(n->id, {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event}, [&](const Edge& e, const Id& other) {
        const QString kind = c.kindOf(other);
        if (kind != QLatin1String("storage.object") && kind != QLatin1String("database.nosql"))
            return;
        if (!stores.contains(other))
            stores.append(other);
        edges.append(e.id);
    });
    if (stores.isEmpty())
        return;
    out.add(QObject::tr("“%1” carries the traffic to %2 and charges for every GB of it; a gateway endpoint would not")
                .arg(c.nameOf(n->id), c.namesOf(stores)),
        QList<Id>{n->id} + stores, edges);
}

} // namespace

std::vector<RuleCheck> costChecks()
{
    return {
        {"no-cost-controls", RuleCheck::Scope::Diagram, noCostControls},
        {"serverless-misfit", RuleCheck::Scope::Node, serverlessMisfit},
        {"nat-for-storage-traffic", RuleCheck::Scope::Node, natForStorageTraffic},
    };
}

} // namespace cw
