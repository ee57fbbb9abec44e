#include "flow_index.h"

#include "roles.h"

#include <algorithm>

namespace cw {

// ---- NodeSet --------------------------------------------------------------------------

const Id& NodeSet::const_iterator::operator*() const
{
    return m_set->m_index->idOf(m_set->m_slots[m_at]);
}

bool NodeSet::contains(const Id& id) const
{
    return !m_slots.empty() && containsSlot(m_index->slotOf(id));
}

void NodeSet::insert(int slot)
{
    if (std::size_t(slot) >= m_pos.size())
        m_pos.resize(std::size_t(slot) + 1, -1);
    if (m_pos[std::size_t(slot)] >= 0)
        return;
    m_pos[std::size_t(slot)] = int(m_slots.size());
    m_slots.push_back(slot);
}

void NodeSet::remove(int slot)
{
    if (!containsSlot(slot))
        return;
    // Swap with the last member: order means nothing here.
    const int at = m_pos[std::size_t(slot)];
    const int last = m_slots.back();
    m_slots[std::size_t(at)] = last;
    m_pos[std::size_t(last)] = at;
    m_slots.pop_back();
    m_pos[std::size_t(slot)] = -1;
}

void NodeSet::clear()
{
    for (int slot : m_slots)
        m_pos[std::size_t(slot)] = -1;
    m_slots.clear();
}

// ---- FlowIndex ------------------------------------------------------------------------

FlowIndex::FlowIndex()
    : m_flows{{{true, true, {}, NodeSet(this)}, {true, false, {}, NodeSet(this)}, {false, false, {}, NodeSet(this)}}}
{
}

bool FlowIndex::Flow::follows(EdgeKind kind) const
{
    return directed ? (kind == EdgeKind::Request || (events && kind == EdgeKind::Event)) : kind != EdgeKind::Control;
}

int FlowIndex::addNode(const Id& id, const QString& kind)
{
    int slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
        m_ids[std::size_t(slot)] = id;
        m_kinds[std::size_t(slot)] = kind;
        m_entry[std::size_t(slot)] = roles::isEntryPoint(*m_catalog, kind);
    } else {
        slot = int(m_ids.size());
        m_ids.push_back(id);
        m_kinds.push_back(kind);
        m_entry.push_back(roles::isEntryPoint(*m_catalog, kind));
        // The lists of a rebuild before are kept, emptied, with their capacity.
        if (m_links.size() <= std::size_t(slot)) {
            m_links.emplace_back();
            m_groupEnds.emplace_back();
        }
        for (Flow& flow : m_flows)
            flow.level.push_back(-1);
    }
    m_slotOf.insert(id, slot);
    auto ofKind = m_byKind.find(kind);
    if (ofKind == m_byKind.end())
        ofKind = m_byKind.insert(kind, NodeSet(this));
    ofKind->insert(slot);
    return slot;
}

void FlowIndex::removeNode(int slot)
{
    const auto ofKind = m_byKind.find(m_kinds[std::size_t(slot)]);
    if (ofKind != m_byKind.end()) {
        ofKind->remove(slot);
        if (ofKind->isEmpty())
            m_byKind.erase(ofKind);
    }
    for (Flow& flow : m_flows) {
        flow.level[std::size_t(slot)] = -1;
        flow.members.remove(slot);
    }
    // Links of edges the change did not list (there should be none) go with the node.
    for (const Link& l : m_links[std::size_t(slot)]) {
        if (l.other == slot)
            continue;
        auto& theirs = m_links[std::size_t(l.other)];
        theirs.erase(
            std::remove_if(theirs.begin(), theirs.end(), [&](const Link& t) { return t.other == slot; }), theirs.end());
    }
    m_links[std::size_t(slot)].clear();
    m_groupEnds[std::size_t(slot)].clear();
    m_slotOf.remove(m_ids[std::size_t(slot)]);
    m_ids[std::size_t(slot)] = Id();
    m_kinds[std::size_t(slot)] = QString();
    m_entry[std::size_t(slot)] = false;
    m_free.push_back(slot);
}

void FlowIndex::link(const EdgeRecord& e)
{
    if (e.fromSlot >= 0 && e.toSlot >= 0) {
        m_links[std::size_t(e.fromSlot)].push_back({e.toSlot, e.kind, true});
        if (e.toSlot != e.fromSlot) // a loop is listed once, as the model lists it
            m_links[std::size_t(e.toSlot)].push_back({e.fromSlot, e.kind, false});
    } else if (e.fromSlot >= 0) {
        m_groupEnds[std::size_t(e.fromSlot)].push_back(e.to);
    } else if (e.toSlot >= 0) {
        m_groupEnds[std::size_t(e.toSlot)].push_back(e.from);
    }
}

void FlowIndex::unlink(const EdgeRecord& e)
{
    // Two edges alike give two links alike: dropping either is the same.
    auto drop = [&](int at, int other, bool out) {
        auto& links = m_links[std::size_t(at)];
        const auto it = std::find_if(links.begin(), links.end(),
            [&](const Link& l) { return l.other == other && l.kind == e.kind && l.out == out; });
        if (it != links.end()) {
            *it = links.back();
            links.pop_back();
        }
    };
    auto dropGroup = [&](int at, const Id& group) {
        auto& ends = m_groupEnds[std::size_t(at)];
        const auto it = std::find(ends.begin(), ends.end(), group);
        if (it != ends.end()) {
            *it = ends.back();
            ends.pop_back();
        }
    };
    if (e.fromSlot >= 0 && e.toSlot >= 0) {
        drop(e.fromSlot, e.toSlot, true);
        if (e.toSlot != e.fromSlot)
            drop(e.toSlot, e.fromSlot, false);
    } else if (e.fromSlot >= 0) {
        dropGroup(e.fromSlot, e.to);
    } else if (e.toSlot >= 0) {
        dropGroup(e.toSlot, e.from);
    }
}

void FlowIndex::setLevel(Flow& flow, int slot, int level)
{
    flow.level[std::size_t(slot)] = level;
    if (!flow.directed || level > 0)
        flow.members.insert(slot);
}

void FlowIndex::rebuild(const Architecture& model, const Catalog& catalog)
{
    m_catalog = &catalog;
    m_slotOf.clear();
    m_ids.clear();
    m_kinds.clear();
    for (auto& links : m_links)
        links.clear();
    for (auto& ends : m_groupEnds)
        ends.clear();
    m_free.clear();
    m_entry.clear();
    m_edges.clear();
    m_byKind.clear();
    const std::size_t n = model.nodes().size();
    m_slotOf.reserve(qsizetype(n));
    m_ids.reserve(n);
    m_kinds.reserve(n);
    m_entry.reserve(n);
    m_links.reserve(n);
    m_groupEnds.reserve(n);
    for (Flow& flow : m_flows) {
        flow.level.clear();
        flow.level.reserve(n);
        flow.members.clear();
    }
    for (const Node& node : model.nodes())
        addNode(node.id, node.kind);
    m_edges.reserve(qsizetype(model.edges().size()));
    for (const Edge& e : model.edges()) {
        const EdgeRecord record{e.from, e.to, slotOf(e.from), slotOf(e.to), e.kind};
        m_edges.insert(e.id, record);
        link(record);
    }
    for (Flow& flow : m_flows)
        recompute(flow);
}

void FlowIndex::recompute(Flow& flow)
{
    std::fill(flow.level.begin(), flow.level.end(), -1);
    flow.members.clear();
    std::vector<int> entries;
    for (std::size_t slot = 0; slot < m_entry.size(); ++slot) {
        if (m_entry[slot]) {
            setLevel(flow, int(slot), 0);
            entries.push_back(int(slot));
        }
    }
    std::vector<int> joined;
    spread(flow, std::move(entries), joined);
}

void FlowIndex::spread(Flow& flow, std::vector<int> queue, std::vector<int>& joined)
{
    // Breadth first: the queue only grows, and the read position walks it.
    for (std::size_t at = 0; at < queue.size(); ++at) {
        const int slot = queue[at];
        const int next = flow.level[std::size_t(slot)] + 1;
        for (const Link& l : m_links[std::size_t(slot)]) {
            if (!flow.passes(l) || flow.level[std::size_t(l.other)] >= 0)
                continue;
            setLevel(flow, l.other, next);
            joined.push_back(l.other);
            queue.push_back(l.other);
        }
    }
}

bool FlowIndex::supported(const Flow& flow, int slot) const
{
    const int mine = flow.level[std::size_t(slot)];
    if (mine <= 0)
        return mine == 0; // an entry point supports itself
    for (const Link& l : m_links[std::size_t(slot)]) {
        // On the way in: the link followed backwards (an incoming edge, for a directed flow).
        if (!flow.follows(l.kind) || (flow.directed && l.out))
            continue;
        const int theirs = flow.level[std::size_t(l.other)];
        if (theirs >= 0 && theirs < mine)
            return true;
    }
    return false;
}

void FlowIndex::update(const Architecture& model, const ChangeSummary& change, QSet<Id>& changedMembership)
{
    std::array<bool, kFlows> recompute{};
    // Ends that lost an edge, per flow: checked once the links are as the model is now.
    std::array<std::vector<int>, kFlows> maybeCut;

    for (const QList<Id>* edges : {&change.edgesRemoved, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            const auto it = m_edges.constFind(id);
            if (it == m_edges.cend())
                continue;
            const EdgeRecord old = *it;
            m_edges.erase(it);
            unlink(old);
            for (std::size_t i = 0; i < kFlows; ++i) {
                if (!m_flows[i].follows(old.kind))
                    continue;
                // Only the end this edge may have led to can lose its way in.
                if (old.toSlot >= 0)
                    maybeCut[i].push_back(old.toSlot);
                if (!m_flows[i].directed && old.fromSlot >= 0)
                    maybeCut[i].push_back(old.fromSlot);
            }
        }
    }
    for (const Id& id : change.nodesRemoved) {
        const int slot = slotOf(id);
        if (slot < 0)
            continue;
        // An entry point leaving can strand everything it supported.
        if (m_entry[std::size_t(slot)])
            recompute.fill(true);
        removeNode(slot);
    }
    // No edit changes a node's kind today; if one does, the node keeps its slot and links.
    for (const Id& id : change.nodesChanged) {
        const int slot = slotOf(id);
        const Node* n = model.node(id);
        if (slot < 0 || !n || m_kinds[std::size_t(slot)] == n->kind)
            continue;
        const auto ofKind = m_byKind.find(m_kinds[std::size_t(slot)]);
        if (ofKind != m_byKind.end()) {
            ofKind->remove(slot);
            if (ofKind->isEmpty())
                m_byKind.erase(ofKind);
        }
        auto now = m_byKind.find(n->kind);
        if (now == m_byKind.end())
            now = m_byKind.insert(n->kind, NodeSet(this));
        now->insert(slot);
        m_kinds[std::size_t(slot)] = n->kind;
        if (m_entry[std::size_t(slot)] != roles::isEntryPoint(*m_catalog, n->kind)) {
            m_entry[std::size_t(slot)] = !m_entry[std::size_t(slot)];
            recompute.fill(true);
        }
    }
    std::vector<int> newEntries;
    for (const Id& id : change.nodesAdded) {
        const Node* n = model.node(id);
        if (!n || slotOf(id) >= 0)
            continue; // gone again, or listed twice
        const int slot = addNode(n->id, n->kind);
        if (m_entry[std::size_t(slot)])
            newEntries.push_back(slot);
    }
    std::vector<EdgeRecord> newEdges;
    for (const QList<Id>* edges : {&change.edgesAdded, &change.edgesChanged}) {
        for (const Id& id : *edges) {
            const Edge* e = model.edge(id);
            if (!e || m_edges.contains(id))
                continue; // gone again, or listed twice
            const EdgeRecord record{e->from, e->to, slotOf(e->from), slotOf(e->to), e->kind};
            m_edges.insert(id, record);
            link(record);
            newEdges.push_back(record);
        }
    }
    for (std::size_t i = 0; i < kFlows; ++i) {
        Flow& flow = m_flows[i];
        if (!recompute[i]) {
            for (int slot : maybeCut[i]) {
                if (!m_ids[std::size_t(slot)].isEmpty() && flow.level[std::size_t(slot)] >= 0
                    && !supported(flow, slot)) {
                    recompute[i] = true;
                    break;
                }
            }
        }
        if (recompute[i]) {
            const std::vector<int> before = flow.members.m_slots;
            std::vector<bool> was(m_ids.size(), false);
            for (int slot : before)
                was[std::size_t(slot)] = true;
            this->recompute(flow);
            for (int slot : flow.members.m_slots) {
                if (!was[std::size_t(slot)])
                    changedMembership.insert(m_ids[std::size_t(slot)]);
            }
            for (int slot : before) {
                if (!flow.members.containsSlot(slot))
                    changedMembership.insert(m_ids[std::size_t(slot)]);
            }
            continue;
        }
        std::vector<int> from;
        for (int slot : newEntries) {
            setLevel(flow, slot, 0);
            from.push_back(slot);
            if (!flow.directed)
                changedMembership.insert(m_ids[std::size_t(slot)]);
        }
        // A new edge passes the flow on from a member end (the start, for a directed flow).
        for (const EdgeRecord& e : newEdges) {
            if (e.fromSlot < 0 || e.toSlot < 0 || !flow.follows(e.kind))
                continue;
            if (flow.level[std::size_t(e.fromSlot)] >= 0)
                from.push_back(e.fromSlot);
            if (!flow.directed && flow.level[std::size_t(e.toSlot)] >= 0)
                from.push_back(e.toSlot);
        }
        std::vector<int> joined;
        spread(flow, std::move(from), joined);
        for (int slot : joined)
            changedMembership.insert(m_ids[std::size_t(slot)]);
    }
}

const NodeSet& FlowIndex::nodesOfKind(const QString& kind) const
{
    static const NodeSet none;
    const auto it = m_byKind.constFind(kind);
    return it != m_byKind.cend() ? *it : none;
}

std::pair<Id, Id> FlowIndex::endsBefore(const Id& edge) const
{
    const auto it = m_edges.constFind(edge);
    return it == m_edges.cend() ? std::pair<Id, Id>() : std::pair<Id, Id>{it->from, it->to};
}

} // namespace cw
