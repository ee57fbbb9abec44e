// Operations: seeing what runs, knowing when a model goes wrong, keeping it simple and traceable.
#include "roles.h"
#include "rule_check.h"

#include <algorithm>
#include <vector>

namespace cw {

namespace {

// What monitoring or logging is joined to, by an edge of any kind: nodes (by slot) and groups.
struct Watched {
    std::vector<bool> nodes; ///< by slot (FlowIndex)
    QSet<Id> groups;         ///< what is inside them is watched too

    Watched(const RuleContext& c)
        : nodes(std::size_t(c.flows().slotCount()), false)
    {
        const FlowIndex& flows = c.flows();
        for (const char* kind : {"observability.monitoring", "observability.logging"}) {
            for (const int watcher : c.nodesOfKind(QLatin1String(kind)).slots()) {
                for (const FlowIndex::Link& link : flows.links(watcher))
                    nodes[std::size_t(link.other)] = true;
                for (const Id& group : flows.groupEnds(watcher))
                    groups.insert(group);
            }
        }
    }

    /// The node, or a group it is in, is watched.
    bool covers(const RuleContext& c, int slot) const
    {
        if (nodes[std::size_t(slot)])
            return true;
        if (groups.isEmpty())
            return false;
        const Architecture& model = c.model();
        const Node* n = model.node(c.flows().idOf(slot));
        for (const Group* g = n ? model.group(n->group) : nullptr; g; g = model.group(g->parent)) {
            if (groups.contains(g->id))
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
    const FlowIndex& flows = c.flows();
    const NodeSet& serving = c.serving();
    if (serving.isEmpty())
        return {};
    const Watched watched(c);
    // Union-find over the flow index's slots, walked over its links: this runs after
    // every edit, so it looks nothing up by id but the services it reports.
    std::vector<int> parent(std::size_t(flows.slotCount()), -1); // -1: not on a flow
    for (const int slot : serving.slots())
        parent[std::size_t(slot)] = slot;
    const auto root = [&](int i) {
        while (parent[std::size_t(i)] != i)
            i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        return i;
    };
    for (const int slot : serving.slots()) {
        for (const FlowIndex::Link& link : flows.links(slot)) {
            // Each edge once, from its start.
            if (!link.out || (link.kind != EdgeKind::Request && link.kind != EdgeKind::Event))
                continue;
            if (parent[std::size_t(link.other)] >= 0)
                parent[std::size_t(root(link.other))] = root(slot);
        }
    }
    std::vector<bool> watchedRoot(parent.size(), false);
    for (const int slot : serving.slots()) {
        if (watched.covers(c, slot))
            watchedRoot[std::size_t(root(slot))] = true;
    }
    // The services a monitor would watch on each unwatched flow, in model order; flows in
    // the order of their first such service.
    std::vector<std::pair<int, int>> listed; // place in the model, slot
    for (const int slot : serving.slots()) {
        const QString& kind = flows.kindAt(slot);
        if (watchedRoot[std::size_t(root(slot))]
            || !(roles::isWorkload(c.catalog(), kind) || roles::isManagedEdge(c.catalog(), kind)
                || roles::isDataStore(c.catalog(), kind)))
            continue;
        listed.push_back({model.indexOf(flows.idOf(slot)), slot});
    }
    std::sort(listed.begin(), listed.end());
    QHash<int, int> flowOfRoot;
    QList<QList<Id>> out;
    for (const auto& [at, slot] : listed) {
        const int r = root(slot);
        auto it = flowOfRoot.find(r);
        if (it == flowOfRoot.end()) {
            it = flowOfRoot.insert(r, int(out.size()));
            out.append(QList<Id>());
        }
        out[*it].append(flows.idOf(slot));
    }
    return out;
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
    c.forEachEdge(node, {EdgeKind::Control},
        [&](const Edge&, const Id& other) { guards = guards || c.connectedToEntry().contains(other); });
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
        for (const int slot : it->slots()) {
            const Id& id = c.flows().idOf(slot);
            if (!c.connectedToEntry().containsSlot(slot) && !guardsFlow(c, kind, id))
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
