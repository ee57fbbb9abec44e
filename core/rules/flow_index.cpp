#include "flow_index.h"

#include "roles.h"

#include <deque>

namespace cw {

bool FlowIndex::Flow::follows(EdgeKind kind) const
{
    return directed ? (kind == EdgeKind::Request || (events && kind == EdgeKind::Event)) : kind != EdgeKind::Control;
}

void FlowIndex::rebuild(const Architecture& model)
{
    m_edges.clear();
    m_kinds.clear();
    m_byKind.clear();
    m_edges.reserve(qsizetype(model.edges().size()));
    m_kinds.reserve(qsizetype(model.nodes().size()));
    for (const Edge& e : model.edges())
        m_edges.insert(e.id, {e.from, e.to, e.kind});
    for (const Node& n : model.nodes()) {
        m_kinds.insert(n.id, n.kind);
        m_byKind[n.kind].insert(n.id);
    }
    for (const Tracked& t : tracked()) {
        recompute(model, *t.flow);
        *t.members = membersOf(*t.flow);
    }
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

void FlowIndex::removeEdge(const Architecture& model, const EdgeRecord& e, std::array<bool, kFlows>& recompute)
{
    const auto all = tracked();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Flow& flow = *all[i].flow;
        if (recompute[i] || !flow.follows(e.kind))
            continue;
        // Only the end this edge may have led to can lose its way in.
        for (const Id& end : flow.directed ? QList<Id>{e.to} : QList<Id>{e.from, e.to}) {
            if (flow.level.contains(end) && model.node(end) && !supported(model, flow, end)) {
                recompute[i] = true;
                break;
            }
        }
    }
}

void FlowIndex::update(const Architecture& model, const ChangeSummary& change, QSet<Id>& changedMembership)
{
    const auto all = tracked();
    std::array<bool, kFlows> recompute{};

    for (const Id& id : change.nodesRemoved) {
        const QString kind = m_kinds.take(id);
        const auto ofKind = m_byKind.find(kind);
        if (ofKind != m_byKind.end()) {
            ofKind->remove(id);
            if (ofKind->isEmpty())
                m_byKind.erase(ofKind);
        }
        for (const Tracked& t : all) {
            t.flow->level.remove(id);
            t.members->remove(id);
        }
        // An entry point leaving can strand everything it supported.
        if (roles::isEntryPoint(kind))
            recompute.fill(true);
    }
    for (const QList<Id>* edges : {&change.edgesRemoved, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            const auto it = m_edges.constFind(id);
            if (it == m_edges.cend())
                continue;
            const EdgeRecord old = *it;
            m_edges.erase(it);
            removeEdge(model, old, recompute);
        }
    }
    QList<Id> newEntries;
    for (const Id& id : change.nodesAdded) {
        const Node* n = model.node(id);
        if (!n)
            continue;
        m_kinds.insert(id, n->kind);
        m_byKind[n->kind].insert(id);
        if (roles::isEntryPoint(n->kind))
            newEntries.append(id);
    }
    QList<Id> addedEdges;
    for (const QList<Id>* edges : {&change.edgesAdded, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            if (const Edge* e = model.edge(id)) {
                m_edges.insert(id, {e->from, e->to, e->kind});
                addedEdges.append(id);
            }
        }
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        Flow& flow = *all[i].flow;
        QSet<Id>& members = *all[i].members;
        if (recompute[i]) {
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
            continue;
        }
        for (const Id& id : std::as_const(newEntries)) {
            flow.level.insert(id, 0);
            if (!flow.directed) {
                members.insert(id);
                changedMembership.insert(id);
            }
        }
        // A new edge passes the flow on from a member end (the start, for a directed flow).
        QList<Id> from = newEntries;
        for (const Id& id : std::as_const(addedEdges)) {
            const Edge* e = model.edge(id);
            if (!flow.follows(e->kind))
                continue;
            for (const Id& end : flow.directed ? QList<Id>{e->from} : QList<Id>{e->from, e->to}) {
                if (flow.level.contains(end))
                    from.append(end);
            }
        }
        QSet<Id> joined;
        spread(model, flow, from, joined);
        for (const Id& id : std::as_const(joined)) {
            members.insert(id);
            changedMembership.insert(id);
        }
    }
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

const QSet<Id>& FlowIndex::nodesOfKind(const QString& kind) const
{
    static const QSet<Id> none;
    const auto it = m_byKind.constFind(kind);
    return it != m_byKind.cend() ? *it : none;
}

std::pair<Id, Id> FlowIndex::endsBefore(const Id& edge) const
{
    const auto it = m_edges.constFind(edge);
    return it == m_edges.cend() ? std::pair<Id, Id>() : std::pair<Id, Id>{it->from, it->to};
}

} // namespace cw
