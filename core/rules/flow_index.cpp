#include "flow_index.h"

#include "roles.h"

#include <deque>

namespace cw {

bool FlowIndex::Flow::follows(EdgeKind kind) const
{
    return directed ? (kind == EdgeKind::Request || kind == EdgeKind::Event) : kind != EdgeKind::Control;
}

void FlowIndex::rebuild(const Architecture& model)
{
    m_edges.clear();
    m_kinds.clear();
    m_kindCount.clear();
    m_edges.reserve(qsizetype(model.edges().size()));
    m_kinds.reserve(qsizetype(model.nodes().size()));
    for (const Edge& e : model.edges())
        m_edges.insert(e.id, {e.from, e.to, e.kind});
    for (const Node& n : model.nodes()) {
        m_kinds.insert(n.id, n.kind);
        ++m_kindCount[n.kind];
    }
    recompute(model, m_servingFlow);
    recompute(model, m_connectedFlow);
    m_serving = membersOf(m_servingFlow);
    m_connected = membersOf(m_connectedFlow);
}

void FlowIndex::recompute(const Architecture& model, Flow& flow) const
{
    flow.level.clear();
    QList<Id> entries;
    for (const Node& n : model.nodes()) {
        if (roles::isEntryPoint(n.kind)) {
            flow.level.insert(n.id, 0);
            entries.append(n.id);
        }
    }
    QSet<Id> joined;
    spread(model, flow, entries, joined);
}

void FlowIndex::spread(const Architecture& model, Flow& flow, QList<Id> from, QSet<Id>& joined) const
{
    std::deque<Id> queue(from.cbegin(), from.cend());
    while (!queue.empty()) {
        const Id id = queue.front();
        queue.pop_front();
        const int next = flow.level.value(id) + 1;
        for (const Id& e : model.edgesAt(id)) {
            const Edge* edge = model.edge(e);
            if (!flow.follows(edge->kind) || (flow.directed && edge->from != id))
                continue;
            const Id& other = edge->from == id ? edge->to : edge->from;
            if (flow.level.contains(other) || !model.node(other))
                continue;
            flow.level.insert(other, next);
            joined.insert(other);
            queue.push_back(other);
        }
    }
}

bool FlowIndex::supported(const Architecture& model, const Flow& flow, const Id& node) const
{
    const int mine = flow.level.value(node, -1);
    if (mine <= 0)
        return mine == 0; // an entry point supports itself
    for (const Id& e : model.edgesAt(node)) {
        const Edge* edge = model.edge(e);
        if (!flow.follows(edge->kind) || (flow.directed && edge->to != node))
            continue;
        const Id& other = edge->from == node ? edge->to : edge->from;
        const auto it = flow.level.constFind(other);
        if (it != flow.level.cend() && *it < mine && model.node(other))
            return true;
    }
    return false;
}

void FlowIndex::removeEdge(
    const Architecture& model, const EdgeRecord& e, bool& recomputeServing, bool& recomputeConnected)
{
    auto check = [&](Flow& flow, bool& recompute) {
        if (recompute || !flow.follows(e.kind))
            return;
        // Only the end this edge may have led to can lose its way in.
        for (const Id& end : flow.directed ? QList<Id>{e.to} : QList<Id>{e.from, e.to}) {
            if (flow.level.contains(end) && model.node(end) && !supported(model, flow, end)) {
                recompute = true;
                return;
            }
        }
    };
    check(m_servingFlow, recomputeServing);
    check(m_connectedFlow, recomputeConnected);
}

void FlowIndex::update(const Architecture& model, const ChangeSummary& change, QSet<Id>& changedMembership)
{
    bool recomputeServing = false;
    bool recomputeConnected = false;

    for (const Id& id : change.nodesRemoved) {
        const QString kind = m_kinds.take(id);
        if (--m_kindCount[kind] <= 0)
            m_kindCount.remove(kind);
        m_servingFlow.level.remove(id);
        m_connectedFlow.level.remove(id);
        m_serving.remove(id);
        m_connected.remove(id);
        // An entry point leaving can strand everything it supported.
        if (roles::isEntryPoint(kind))
            recomputeServing = recomputeConnected = true;
    }
    for (const QList<Id>* edges : {&change.edgesRemoved, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            const auto it = m_edges.constFind(id);
            if (it == m_edges.cend())
                continue;
            const EdgeRecord old = *it;
            m_edges.erase(it);
            removeEdge(model, old, recomputeServing, recomputeConnected);
        }
    }
    QList<Id> newEntries;
    for (const Id& id : change.nodesAdded) {
        const Node* n = model.node(id);
        if (!n)
            continue;
        m_kinds.insert(id, n->kind);
        ++m_kindCount[n->kind];
        if (roles::isEntryPoint(n->kind))
            newEntries.append(id);
    }
    QList<Id> reachedServing = newEntries;
    QList<Id> reachedConnected = newEntries;
    for (const QList<Id>* edges : {&change.edgesAdded, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            const Edge* e = model.edge(id);
            if (!e)
                continue;
            m_edges.insert(id, {e->from, e->to, e->kind});
            if (m_servingFlow.follows(e->kind))
                reachedServing.append(e->from);
            if (m_connectedFlow.follows(e->kind))
                reachedConnected << e->from << e->to;
        }
    }
    auto follow = [&](Flow& flow, QSet<Id>& members, bool recompute, const QList<Id>& reached) {
        if (recompute) {
            const QSet<Id> before = members;
            this->recompute(model, flow);
            members = membersOf(flow);
            for (const Id& id : std::as_const(members)) {
                if (!before.contains(id))
                    changedMembership.insert(id);
            }
            for (const Id& id : before) {
                if (!members.contains(id) && model.node(id))
                    changedMembership.insert(id);
            }
            return;
        }
        for (const Id& id : std::as_const(newEntries)) {
            flow.level.insert(id, 0);
            if (!flow.directed) {
                members.insert(id);
                changedMembership.insert(id);
            }
        }
        // Only members pass a flow on.
        QList<Id> from;
        for (const Id& id : reached) {
            if (flow.level.contains(id))
                from.append(id);
        }
        QSet<Id> joined;
        spread(model, flow, from, joined);
        for (const Id& id : std::as_const(joined)) {
            members.insert(id);
            changedMembership.insert(id);
        }
    };
    follow(m_servingFlow, m_serving, recomputeServing, reachedServing);
    follow(m_connectedFlow, m_connected, recomputeConnected, reachedConnected);
}

QSet<Id> FlowIndex::membersOf(const Flow& flow)
{
    // Serving leaves the entry points out: they send requests, nothing serves them.
    QSet<Id> members;
    members.reserve(flow.level.size());
    for (auto it = flow.level.cbegin(); it != flow.level.cend(); ++it) {
        if (!flow.directed || *it > 0)
            members.insert(it.key());
    }
    return members;
}

std::pair<Id, Id> FlowIndex::endsBefore(const Id& edge) const
{
    const auto it = m_edges.constFind(edge);
    return it == m_edges.cend() ? std::pair<Id, Id>() : std::pair<Id, Id>{it->from, it->to};
}

} // namespace cw
