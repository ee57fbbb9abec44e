// Cost: a budget that watches the bill, the right compute model for the load, no needless
// per-GB charges.
#include "roles.h"
#include "rule_check.h"

#include "cost/cost_model.h"

#include <algorithm>

namespace cw {

namespace {

bool usesGpu(const RuleContext& c, const Node& n)
{
    return n.kind == QLatin1String("compute.gpu_vm") || c.flag(n, "gpu");
}

// Paid, not counting budgets themselves (the catalog marks them paid: AWS charges past two).
bool costsMoney(const RuleContext& c, const QString& kind)
{
    return kind != QLatin1String("cost.budget") && roles::isPaid(c.catalog(), kind);
}

// Whether a group, or a group inside it, holds a paid node.
bool holdsPaid(const RuleContext& c, const Id& group)
{
    const Architecture& m = c.model();
    for (const Id& n : m.nodesIn(group)) {
        if (costsMoney(c, c.kindOf(n)))
            return true;
    }
    for (const Id& g : m.groupsIn(group)) {
        if (holdsPaid(c, g))
            return true;
    }
    return false;
}

// A budget counts when it has a monthly limit and watches what costs money: a control
// edge (either direction) to a paid node, or to a group holding one (docs/rules.md).
bool watchesTheBill(const RuleContext& c, const Node& budget)
{
    if (!c.value(budget, "monthly_limit").is_number())
        return false;
    bool watches = false;
    c.forEachEdge(budget.id, {EdgeKind::Control}, [&](const Edge&, const Id& other) {
        if (watches)
            return;
        watches = c.model().node(other) ? costsMoney(c, c.kindOf(other)) : holdsPaid(c, other);
    });
    return watches;
}

// No budget with a limit watching the bill while paid (or GPU) resources run.
void noCostControls(const RuleContext& c, const Node*, FindingSink& out)
{
    QList<Id> budgets;
    for (const Id& id : c.nodesOfKind(QStringLiteral("cost.budget"))) {
        const Node* b = c.model().node(id);
        if (watchesTheBill(c, *b))
            return;
        budgets.append(id);
    }
    QList<Id> gpus;
    bool paid = false;
    for (const Node& n : c.model().nodes()) {
        paid = paid || costsMoney(c, n.kind);
        if (usesGpu(c, n))
            gpus.append(n.id);
    }
    if (!paid)
        return;
    std::sort(budgets.begin(), budgets.end());
    if (!budgets.isEmpty()) {
        out.add(QObject::tr("%1 sets no monthly limit or watches nothing that costs money (connect it with a control "
                            "edge to paid services or their group)")
                    .arg(c.namesOf(budgets)),
            budgets + gpus);
    } else if (!gpus.isEmpty())
        out.add(QObject::tr("GPUs run in %1, and no budget or cost alert watches the bill").arg(c.namesOf(gpus)), gpus);
    else
        out.add(QObject::tr("Paid services run, and no budget or cost alert watches the bill"), {});
}

// The cost projection passes the budgets' limit within their horizon. The limits of all
// budgets add up (docs/cost.md); the horizon is the longest any budget asks for.
void budgetExceeded(const RuleContext& c, const Node*, FindingSink& out)
{
    QList<Id> budgets;
    double limit = 0;
    int horizon = 0;
    for (const Id& id : c.nodesOfKind(QStringLiteral("cost.budget"))) {
        const Node& b = *c.model().node(id);
        const Json value = c.value(b, "monthly_limit");
        if (!value.is_number())
            continue; // no-cost-controls asks for the limit
        budgets.append(id);
        limit += value.get<double>();
        horizon = std::max(horizon, int(c.number(b, "budget_horizon_months", 12)));
    }
    if (budgets.isEmpty())
        return; // the projection is only worked out for a diagram with a limit to break
    horizon = std::clamp(horizon, 1, cost::kMaxMonths);
    const cost::Projection p = cost::project(c.catalog(), cost::PriceBook::builtin(), c.model(), horizon);
    if (!p.budget || !p.budget->firstMonthOver)
        return;
    const int month = *p.budget->firstMonthOver;
    const cost::Money total = p.perMonth[size_t(month - 1)].total;
    std::sort(budgets.begin(), budgets.end());
    QString message = QObject::tr("The estimate passes the budget of $%1 a month in month %2 ($%3), within the "
                                  "%4-month horizon")
                          .arg(limit, 0, 'f', 2)
                          .arg(month)
                          .arg(total.toDouble(), 0, 'f', 2)
                          .arg(horizon);
    if (!p.complete() || p.usage > 0)
        message += QObject::tr("; the estimate leaves %1 node(s) out, so it may come sooner").arg(p.unknown + p.usage);
    out.add(message, budgets);
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
        {"budget-exceeded", RuleCheck::Scope::Diagram, budgetExceeded},
        {"serverless-misfit", RuleCheck::Scope::Node, serverlessMisfit},
        {"nat-for-storage-traffic", RuleCheck::Scope::Node, natForStorageTraffic},
    };
}

} // namespace cw
