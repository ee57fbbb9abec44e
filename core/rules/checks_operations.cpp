// Operations: seeing what runs, knowing when a model goes wrong, keeping it simple.
#include "roles.h"
#include "rule_check.h"

namespace cw {

namespace {

bool observes(const QString& kind)
{
    return kind == QLatin1String("observability.monitoring") || kind == QLatin1String("observability.logging");
}

// Something monitors or logs the node (an edge of any kind, to it or a group it is in).
bool observed(const RuleContext& c, const Id& id)
{
    QList<Id> targets{id};
    targets += c.model().ancestors(id);
    for (const Id& t : std::as_const(targets)) {
        for (const Id& e : c.model().edgesAt(t)) {
            const Edge* edge = c.model().edge(e);
            if (observes(c.kindOf(edge->from == t ? edge->to : edge->from)))
                return true;
        }
    }
    return false;
}

// The request path from users has nothing monitoring or logging it.
void noObservability(const RuleContext& c, const Node*, FindingSink& out)
{
    QList<Id> path;
    for (const Node& n : c.model().nodes()) {
        if (!c.serving().contains(n.id))
            continue;
        if (observed(c, n.id))
            return;
        if (roles::isWorkload(n.kind) || roles::isManagedEdge(n.kind) || roles::isDataStore(n.kind))
            path.append(n.id);
    }
    if (path.isEmpty())
        return;
    out.add(QObject::tr("Requests reach %1, and nothing monitors or logs them").arg(c.namesOf(path)), path);
}

// A model endpoint with no alert on model quality.
void noModelMonitoring(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind != QLatin1String("ml.endpoint"))
        return;
    const auto isAlerting = [](const QString& kind) { return kind == QLatin1String("observability.alerting"); };
    if (!c.neighbours(n->id, {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control}, isAlerting)
             .isEmpty())
        return;
    // An alert on a monitor that watches the endpoint counts too.
    const QList<Id> monitors = c.neighbours(n->id, {EdgeKind::Control, EdgeKind::Data, EdgeKind::Event},
        [](const QString& k) { return k == QLatin1String("observability.monitoring"); });
    for (const Id& m : monitors) {
        if (!c.neighbours(m, {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control}, isAlerting)
                 .isEmpty())
            return;
    }
    out.add(
        QObject::tr("“%1” serves a model, and no alert fires when its quality drops").arg(c.nameOf(n->id)), {n->id});
}

// Too many kinds of service, or services on no request flow from an entry point.
void tooManyServices(const RuleContext& c, const Node*, FindingSink& out)
{
    constexpr int kManyKinds = 12;
    const Architecture& model = c.model();
    QSet<QString> kinds;
    bool hasEntry = false;
    for (const Node& n : model.nodes()) {
        if (roles::isPaid(n.kind))
            kinds.insert(n.kind);
        hasEntry = hasEntry || roles::isEntryPoint(n.kind);
    }
    if (kinds.size() > kManyKinds)
        out.add(QObject::tr("The diagram uses %1 different services; start with the fewest that carry the request "
                            "flow, and add the rest when it needs them")
                    .arg(kinds.size()),
            {});
    // Services that govern, watch or build (IAM, monitoring, budgets, CI) are joined by
    // control edges or none; they are not on the request flow by nature.
    auto onFlowByNature = [](const QString& kind) {
        return kind.startsWith(QLatin1String("security.")) || kind.startsWith(QLatin1String("observability."))
            || kind.startsWith(QLatin1String("cost.")) || kind.startsWith(QLatin1String("devops."));
    };
    QList<Id> stray;
    int workloads = 0;
    for (const Node& n : model.nodes()) {
        workloads += roles::isWorkload(n.kind) ? 1 : 0;
        if (roles::isPaid(n.kind) && !onFlowByNature(n.kind) && !c.connectedToEntry().contains(n.id))
            stray.append(n.id);
    }
    if (!hasEntry) {
        if (workloads > 0)
            out.add(QObject::tr("No users or outside application appear in the diagram, so no request flow shows "
                                "which services are needed; add who uses it"),
                {});
        return;
    }
    if (!stray.isEmpty())
        out.add(QObject::tr("%1 %2 on no request flow from users or an outside app")
                    .arg(c.namesOf(stray), stray.size() == 1 ? QObject::tr("is") : QObject::tr("are")),
            stray);
}

} // namespace

std::vector<RuleCheck> operationsChecks()
{
    return {
        {"no-observability", RuleCheck::Scope::Diagram, noObservability},
        {"no-model-monitoring", RuleCheck::Scope::Node, noModelMonitoring},
        {"too-many-services", RuleCheck::Scope::Diagram, tooManyServices},
    };
}

} // namespace cw
