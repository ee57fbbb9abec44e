#pragma once

#include "catalog/catalog.h"
#include "model/architecture.h"

#include <QHash>
#include <QSet>

#include <array>
#include <vector>

namespace cw {

class FlowIndex;

/// Some of the diagram's nodes, as the flow index keeps them (the members of a flow, the
/// nodes of a kind): asked about by id with one lookup, walked in no particular order.
class NodeSet {
public:
    class const_iterator {
    public:
        const Id& operator*() const;
        const_iterator& operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator!=(const const_iterator& other) const { return m_at != other.m_at; }
        bool operator==(const const_iterator& other) const { return m_at == other.m_at; }

    private:
        friend class NodeSet;
        const_iterator(const NodeSet* set, std::size_t at)
            : m_set(set)
            , m_at(at)
        {
        }
        const NodeSet* m_set;
        std::size_t m_at;
    };

    explicit NodeSet(const FlowIndex* index = nullptr)
        : m_index(index)
    {
    }

    bool contains(const Id& id) const;
    bool containsSlot(int slot) const
    {
        return slot >= 0 && std::size_t(slot) < m_pos.size() && m_pos[std::size_t(slot)] >= 0;
    }
    bool isEmpty() const { return m_slots.empty(); }
    /// The members' slots (FlowIndex), for rules that walk the diagram without lookups by id.
    const std::vector<int>& slots() const { return m_slots; }
    qsizetype size() const { return qsizetype(m_slots.size()); }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_slots.size()}; }

private:
    friend class FlowIndex;
    void insert(int slot);
    void remove(int slot);
    void clear();

    const FlowIndex* m_index;
    std::vector<int> m_slots; ///< the members, by slot
    std::vector<int> m_pos;   ///< where each slot is in m_slots, -1 if not a member
};

/// Which nodes lie on a request flow, kept up to date edit by edit.
///
/// "Serving": nodes that requests from users or outside apps reach, following request
/// and event edges forward. "Answering": those reached by request edges alone, which
/// users wait on. "Connected": nodes joined to an entry point by any edges but control
/// ones, either way. Each member carries a level such that it has a member
/// neighbour (on the way in) of a lower level, down to an entry point at level 0. An
/// added edge can only extend that; a removed one is harmless while the node it led to
/// keeps another lower neighbour, and only otherwise is the whole flow worked out again.
/// Nodes are numbered (slots) and joined by arrays of links, so walking a flow looks
/// nothing up by id: a full pass costs a fraction of parsing the file.
class FlowIndex {
public:
    FlowIndex();
    FlowIndex(const FlowIndex&) = delete; // its sets point back at it
    FlowIndex& operator=(const FlowIndex&) = delete;

    /// Works everything out again; entry points are the kinds the catalog gives that role.
    void rebuild(const Architecture& model, const Catalog& catalog);
    /// Follows an applied change; adds to changedMembership every node that joined or
    /// left a flow.
    void update(const Architecture& model, const ChangeSummary& change, QSet<Id>& changedMembership);

    const NodeSet& serving() const { return m_flows[0].members; }
    const NodeSet& answering() const { return m_flows[1].members; }
    const NodeSet& connectedToEntry() const { return m_flows[2].members; }
    /// The nodes of each kind in the diagram (kinds with none are left out).
    const QHash<QString, NodeSet>& byKind() const { return m_byKind; }
    const NodeSet& nodesOfKind(const QString& kind) const;
    /// The ends an edge had when last seen (for edges already removed from the model).
    std::pair<Id, Id> endsBefore(const Id& edge) const;

    /// One node-to-node edge as seen from one of its ends.
    struct Link {
        int other;
        EdgeKind kind;
        bool out; ///< the edge starts here
    };
    /// The edges between nodes at a node's slot (a loop once), in no particular order.
    const std::vector<Link>& links(int slot) const { return m_links[std::size_t(slot)]; }
    /// The groups that edges at a node's slot lead to (as often as edges do).
    const std::vector<Id>& groupEnds(int slot) const { return m_groupEnds[std::size_t(slot)]; }
    const QString& kindAt(int slot) const { return m_kinds[std::size_t(slot)]; }

    /// A node's slot, or -1.
    int slotOf(const Id& id) const { return m_slotOf.value(id, -1); }
    const Id& idOf(int slot) const { return m_ids[std::size_t(slot)]; }
    /// Slots run from 0 to this (some may be free).
    int slotCount() const { return int(m_ids.size()); }

private:
    struct EdgeRecord {
        Id from;
        Id to;
        int fromSlot = -1; ///< -1: the end is a group, which no flow passes through (groupEnds)
        int toSlot = -1;
        EdgeKind kind = EdgeKind::Request;
    };
    /// One flow: a level for each node on it, over some edges, one way or both.
    struct Flow {
        bool directed = false;  ///< forward over requests (and events), else both ways over all but control
        bool events = false;    ///< a directed flow follows events too
        std::vector<int> level; ///< by slot; -1: not on the flow
        NodeSet members;        ///< level > 0 for a directed flow (entry points serve nobody), else level >= 0
        bool follows(EdgeKind kind) const;
        bool passes(const Link& link) const { return follows(link.kind) && (!directed || link.out); }
    };
    static constexpr std::size_t kFlows = 3;

    int addNode(const Id& id, const QString& kind);
    void removeNode(int slot);
    void link(const EdgeRecord& e);
    void unlink(const EdgeRecord& e);
    void setLevel(Flow& flow, int slot, int level);
    void recompute(Flow& flow);
    /// Spreads a flow from members over the links it follows; adds who joined.
    void spread(Flow& flow, std::vector<int> from, std::vector<int>& joined);
    /// Whether a member still has a lower member on its way in.
    bool supported(const Flow& flow, int slot) const;

    QHash<Id, int> m_slotOf;
    std::vector<Id> m_ids;        ///< by slot; empty for a free slot
    std::vector<QString> m_kinds; ///< by slot
    std::vector<std::vector<Link>> m_links;
    std::vector<std::vector<Id>> m_groupEnds;
    std::vector<int> m_free;
    std::vector<bool> m_entry; ///< by slot: an entry point (users, outside apps)
    QHash<Id, EdgeRecord> m_edges;
    QHash<QString, NodeSet> m_byKind;
    std::array<Flow, kFlows> m_flows;
    const Catalog* m_catalog = nullptr; ///< the one given to rebuild(), for entry-point roles
};

} // namespace cw
