// Operations: seeing what runs, knowing when a model goes wrong, keeping it simple and traceable.
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

// Services that govern, watch or build (IAM, secrets, keys, monitoring, budgets, CI): the
// other rules ask for them, and they are joined by control edges or none, so they are
// neither on the request flow by nature nor counted as complexity.
bool governsOrWatches(const QString& kind)
{
    return kind.startsWith(QLatin1String("security.")) || kind.startsWith(QLatin1String("observability."))
        || kind.startsWith(QLatin1String("cost.")) || kind.startsWith(QLatin1String("devops."));
}

// Too many kinds of service, or services on no request flow from an entry point.
void tooManyServices(const RuleContext& c, const Node*, FindingSink& out)
{
    constexpr int kManyKinds = 12;
    const Architecture& model = c.model();
    QSet<QString> kinds;
    bool hasEntry = false;
    for (const Node& n : model.nodes()) {
        if (roles::isPaid(n.kind) && !governsOrWatches(n.kind))
            kinds.insert(n.kind);
        hasEntry = hasEntry || roles::isEntryPoint(n.kind);
    }
    if (kinds.size() > kManyKinds)
        out.add(QObject::tr("The product runs on %1 different services; start with the fewest that carry the "
                            "request flow, and add the rest when it needs them")
                    .arg(kinds.size()),
            {});
    QList<Id> stray;
    int workloads = 0;
    for (const Node& n : model.nodes()) {
        workloads += roles::isWorkload(n.kind) ? 1 : 0;
        if (roles::isPaid(n.kind) && !governsOrWatches(n.kind) && !c.connectedToEntry().contains(n.id))
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

constexpr std::initializer_list<EdgeKind> kAnyEdge{
    EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control};
constexpr std::initializer_list<EdgeKind> kFlowEdge{EdgeKind::Request, EdgeKind::Data, EdgeKind::Event};

// Monitoring that collects metrics and tells nobody: no alerting is connected to it.
void monitoringWithoutAlerts(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind != QLatin1String("observability.monitoring"))
        return;
    const auto isAlerting = [](const QString& kind) { return kind == QLatin1String("observability.alerting"); };
    if (!c.neighbours(n->id, kAnyEdge, isAlerting).isEmpty())
        return;
    out.add(QObject::tr("“%1” collects metrics, and no alert is connected to tell anyone when they go wrong")
                .arg(c.nameOf(n->id)),
        {n->id});
}

// Clusters and container services with no registry connected to supply their images.
void containersWithoutRegistry(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind != QLatin1String("compute.kubernetes") && n->kind != QLatin1String("compute.container"))
        return;
    const auto isRegistry = [](const QString& kind) { return kind == QLatin1String("devops.registry"); };
    if (!c.neighbours(n->id, kAnyEdge, isRegistry).isEmpty())
        return;
    out.add(QObject::tr("“%1” runs container images, and no container registry is connected to supply them")
                .arg(c.nameOf(n->id)),
        {n->id});
}

// A node with no edge at all. A budget is left out: it watches the whole bill by nature.
void orphanNode(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind == QLatin1String("cost.budget") || !c.model().edgesAt(n->id).isEmpty())
        return;
    out.add(QObject::tr("“%1” is connected to nothing").arg(c.nameOf(n->id)), {n->id});
}

// Training that feeds a model endpoint, directly or through storage, while the diagram has
// no model registry to version the models.
void noModelRegistry(const RuleContext& c, const Node*, FindingSink& out)
{
    if (c.hasKind(QStringLiteral("ml.registry")))
        return;
    // A few names are enough for a message; the cap keeps the pass linear around hub stores.
    constexpr int kNamed = 4;
    const auto isEndpoint = [](const QString& kind) { return kind == QLatin1String("ml.endpoint"); };
    const auto isStorage = [](const QString& kind) { return kind.startsWith(QLatin1String("storage.")); };
    QHash<Id, QList<Id>> endpointsOfStore;
    for (const Node& n : c.model().nodes()) {
        if (!isStorage(n.kind))
            continue;
        QList<Id> endpoints = c.neighbours(n.id, kFlowEdge, isEndpoint);
        if (endpoints.size() > kNamed)
            endpoints.resize(kNamed);
        if (!endpoints.isEmpty())
            endpointsOfStore.insert(n.id, endpoints);
    }
    for (const Node& n : c.model().nodes()) {
        if (n.kind != QLatin1String("ml.training"))
            continue;
        QList<Id> endpoints;
        QList<Id> through;
        QList<Id> edges;
        c.forEachEdge(n.id, kFlowEdge, [&](const Edge& e, const Id& other) {
            if (isEndpoint(c.kindOf(other))) {
                if (!endpoints.contains(other))
                    endpoints.append(other);
                edges.append(e.id);
                return;
            }
            const auto it = endpointsOfStore.constFind(other);
            if (it == endpointsOfStore.cend() || through.size() >= kNamed)
                return;
            if (!through.contains(other))
                through.append(other);
            edges.append(e.id);
            for (const Id& endpoint : *it) {
                if (!endpoints.contains(endpoint) && endpoints.size() < kNamed)
                    endpoints.append(endpoint);
            }
        });
        if (endpoints.isEmpty())
            continue;
        const QString message = through.isEmpty()
            ? QObject::tr("“%1” feeds %2, and no model registry versions the models in between")
                  .arg(c.nameOf(n.id), c.namesOf(endpoints))
            : QObject::tr("“%1” feeds %2 through %3, and no model registry versions the models in between")
                  .arg(c.nameOf(n.id), c.namesOf(endpoints), c.namesOf(through));
        out.add(message, QList<Id>{n.id} + endpoints + through, edges);
    }
}

} // namespace

std::vector<RuleCheck> operationsChecks()
{
    return {
        {"no-observability", RuleCheck::Scope::Diagram, noObservability},
        {"no-model-monitoring", RuleCheck::Scope::Node, noModelMonitoring},
        {"too-many-services", RuleCheck::Scope::Diagram, tooManyServices},
        {"monitoring-without-alerts", RuleCheck::Scope::Node, monitoringWithoutAlerts},
        {"containers-without-registry", RuleCheck::Scope::Node, containersWithoutRegistry},
        {"orphan-node", RuleCheck::Scope::Node, orphanNode},
        {"no-model-registry", RuleCheck::Scope::Diagram, noModelRegistry},
    };
}

} // namespace cw
