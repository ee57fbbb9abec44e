// Operations: seeing what runs, knowing when a model goes wrong, keeping it simple and traceable.
#include "roles.h"
#include "rule_check.h"

#include <algorithm>
#include <vector>

namespace cw {

namespace {

// What monitoring or logging is joined to, by an edge of any kind: nodes and groups.
struct Watched {
    QSet<Id> places;
    bool groups = false; ///< some place is a group, so ancestors must be asked too

    Watched(const RuleContext& c)
    {
        const Architecture& model = c.model();
        for (const char* kind : {"observability.monitoring", "observability.logging"}) {
            for (const Id& watcher : c.nodesOfKind(QLatin1String(kind))) {
                for (const Id& e : model.edgesAt(watcher)) {
                    const Edge* edge = model.edge(e);
                    const Id& other = edge->from == watcher ? edge->to : edge->from;
                    places.insert(other);
                    groups = groups || model.group(other);
                }
            }
        }
    }

    /// The node, or a group it is in, is watched.
    bool covers(const Architecture& model, const Id& node) const
    {
        if (places.contains(node))
            return true;
        if (!groups)
            return false;
        const Node* n = model.node(node);
        for (const Group* g = n ? model.group(n->group) : nullptr; g; g = model.group(g->parent)) {
            if (places.contains(g->id))
                return true;
        }
        return false;
    }
};

// The request flows that nothing monitors or logs: serving nodes joined by request or
// event edges form one flow for each set that hangs together (two products behind
// different entry points are two flows). Each is given as the services on it that a
// monitor would watch, in model order.
QList<QList<Id>> unwatchedFlows(const RuleContext& c)
{
    const Architecture& model = c.model();
    const QSet<Id>& serving = c.serving();
    if (serving.isEmpty())
        return {};
    const Watched watched(c);
    // Union-find over the model's node places; only members (nodes on a flow) take part.
    // Places rather than a hash of ids: one lookup per member, none for the rest.
    const std::vector<Node>& nodes = model.nodes();
    std::vector<int> parent(nodes.size(), -1); // -1: not on a flow
    for (const Id& id : serving) {
        const int at = model.indexOf(id);
        if (at >= 0)
            parent[std::size_t(at)] = at;
    }
    const auto root = [&](int i) {
        while (parent[std::size_t(i)] != i)
            i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        return i;
    };
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (parent[i] < 0)
            continue;
        const Id& id = nodes[i].id;
        for (const Id& e : model.edgesAt(id)) {
            const Edge* edge = model.edge(e);
            if (edge->kind != EdgeKind::Request && edge->kind != EdgeKind::Event)
                continue;
            const int other = model.indexOf(edge->from == id ? edge->to : edge->from);
            if (other >= 0 && parent[std::size_t(other)] >= 0)
                parent[std::size_t(root(other))] = root(int(i));
        }
    }
    std::vector<bool> watchedRoot(nodes.size(), false);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (parent[i] >= 0 && watched.covers(model, nodes[i].id))
            watchedRoot[std::size_t(root(int(i)))] = true;
    }
    // The services a monitor would watch on each unwatched flow; flows in the order of
    // their first member.
    QHash<int, int> flowOfRoot;
    QList<QList<Id>> flows;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (parent[i] < 0)
            continue;
        const int r = root(int(i));
        const QString& kind = nodes[i].kind;
        if (watchedRoot[std::size_t(r)]
            || !(roles::isWorkload(c.catalog(), kind) || roles::isManagedEdge(c.catalog(), kind)
                || roles::isDataStore(c.catalog(), kind)))
            continue;
        auto it = flowOfRoot.find(r);
        if (it == flowOfRoot.end()) {
            it = flowOfRoot.insert(r, int(flows.size()));
            flows.append(QList<Id>());
        }
        flows[*it].append(nodes[i].id);
    }
    return flows;
}

// A request flow from users or an outside app that nothing monitors or logs.
void noObservability(const RuleContext& c, const Node*, FindingSink& out)
{
    for (const QList<Id>& path : unwatchedFlows(c))
        out.add(QObject::tr("Requests reach %1, and nothing monitors or logs them").arg(c.namesOf(path)), path);
}

bool isAlerting(const QString& kind)
{
    return kind == QLatin1String("observability.alerting");
}

// A model endpoint with no alert on model quality: none joined to it (or a group it is
// in), and none on a monitor that watches it.
void noModelMonitoring(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind != QLatin1String("ml.endpoint") || !c.linkedToPlace(n->id, isAlerting).isEmpty())
        return;
    const auto isMonitor = [](const QString& k) { return k == QLatin1String("observability.monitoring"); };
    for (const Id& m : c.linkedToPlace(n->id, isMonitor)) {
        if (!c.linkedToPlace(m, isAlerting).isEmpty())
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

// A firewall or WAF drawn as governing (a control edge) what is on a request flow.
bool guardsFlow(const RuleContext& c, const QString& kind, const Id& node)
{
    if (kind != QLatin1String("network.firewall"))
        return false;
    bool guards = false;
    c.forEachEdge(node, {EdgeKind::Control}, [&](const Edge&, const Id& other) {
        guards = guards || c.connectedToEntry().contains(other);
    });
    return guards;
}

// Too many kinds of service, or services on no request flow from an entry point. Asked
// kind by kind (a few dozen), so only the nodes of counted kinds are looked at one by one.
void tooManyServices(const RuleContext& c, const Node*, FindingSink& out)
{
    constexpr int kManyKinds = 12;
    int counted = 0;
    bool hasEntry = false;
    bool hasWorkload = false;
    QList<std::pair<int, Id>> stray;
    for (auto it = c.byKind().cbegin(); it != c.byKind().cend(); ++it) {
        const QString& kind = it.key();
        hasEntry = hasEntry || roles::isEntryPoint(c.catalog(), kind);
        hasWorkload = hasWorkload || roles::isWorkload(c.catalog(), kind);
        if (!roles::isPaid(c.catalog(), kind) || governsOrWatches(kind))
            continue;
        ++counted;
        for (const Id& id : *it) {
            if (!c.connectedToEntry().contains(id) && !guardsFlow(c, kind, id))
                stray.append({c.model().indexOf(id), id});
        }
    }
    if (counted > kManyKinds)
        out.add(QObject::tr("The product runs on %1 different services; start with the fewest that carry the "
                            "request flow, and add the rest when it needs them")
                    .arg(counted),
            {});
    if (!hasEntry) {
        if (hasWorkload)
            out.add(QObject::tr("No users or outside application appear in the diagram, so no request flow shows "
                                "which services are needed; add who uses it"),
                {});
        return;
    }
    if (stray.isEmpty())
        return;
    std::sort(stray.begin(), stray.end());
    QList<Id> ids;
    ids.reserve(stray.size());
    for (const auto& entry : std::as_const(stray))
        ids.append(entry.second);
    out.add(QObject::tr("%1 %2 on no request flow from users or an outside app")
                .arg(c.namesOf(ids), ids.size() == 1 ? QObject::tr("is") : QObject::tr("are")),
        ids);
}

constexpr std::initializer_list<EdgeKind> kAnyEdge{
    EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control};
constexpr std::initializer_list<EdgeKind> kFlowEdge{EdgeKind::Request, EdgeKind::Data, EdgeKind::Event};

// Monitoring that collects metrics and tells nobody: no alerting is connected to it.
void monitoringWithoutAlerts(const RuleContext& c, const Node* n, FindingSink& out)
{
    if (n->kind != QLatin1String("observability.monitoring"))
        return;
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
