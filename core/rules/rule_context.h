#pragma once

#include "catalog/catalog.h"
#include "flow_index.h"
#include "model/architecture.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace cw {

/// What rules may ask about the model: a node's neighbours by edge kind, its group
/// ancestry (subnet, VPC, zone, environment), who governs it, and a few facts about the
/// whole diagram computed once per run (which nodes serve users, which kinds exist).
/// Rules are pure functions of this; they never change the model.
class RuleContext {
public:
    /// Works out the request flows itself.
    RuleContext(const Architecture& model, const Catalog& catalog);
    /// Uses request flows kept up to date elsewhere (the validator's).
    RuleContext(const Architecture& model, const Catalog& catalog, const FlowIndex& flows);
    ~RuleContext();

    const Architecture& model() const { return m_model; }
    /// The request flows and the nodes by kind, with the slots diagram-wide rules walk.
    const FlowIndex& flows() const { return *m_flows; }
    const Catalog& catalog() const { return m_catalog; }

    /// The kind of a node, empty for a group or an unknown id.
    QString kindOf(const Id& id) const;
    /// A node's property, or the default the catalog gives for its kind and provider.
    Json value(const Node& node, const char* key) const;
    bool flag(const Node& node, const char* key) const;
    double number(const Node& node, const char* key, double fallback = 0) const;
    QString text(const Node& node, const char* key) const;

    /// Calls f(edge, other end) for each edge at the node whose kind is in kinds.
    void forEachEdge(const Id& node, std::initializer_list<EdgeKind> kinds,
        const std::function<void(const Edge&, const Id& other)>& f) const;
    /// Nodes joined to this one by an edge of one of kinds (either direction) whose kind
    /// satisfies the predicate.
    QList<Id> neighbours(const Id& node, std::initializer_list<EdgeKind> kinds,
        const std::function<bool(const QString& kind)>& predicate) const;
    /// True when a node of kind governs this node: a control edge (either direction)
    /// joins them, or joins the governor to a group the node is in.
    bool governedBy(const Id& node, const char* governorKind) const;

    /// Nodes of a kind joined by an edge of any kind to the node or to a group it is in
    /// (what monitors, logs or encrypts it there), in the order found.
    QList<Id> linkedToPlace(const Id& node, const std::function<bool(const QString& kind)>& predicate) const;

    /// The nearest enclosing group of a kind, or null.
    const Group* enclosing(const Id& node, GroupKind kind) const;
    bool inPublicSubnet(const Id& node) const;

    /// Nodes that requests from users or outside apps reach (request and event edges,
    /// followed forward), entry points excluded.
    const NodeSet& serving() const { return m_flows->serving(); }
    /// The nodes users wait on: reached from an entry point by request edges alone
    /// (what a queue or an event starts runs on its own time).
    const NodeSet& answering() const { return m_flows->answering(); }
    /// Nodes joined, by any edge but control ones, to an entry point (entry points too).
    const NodeSet& connectedToEntry() const { return m_flows->connectedToEntry(); }
    bool hasKind(const QString& kind) const { return !nodesOfKind(kind).isEmpty(); }
    int kindCount(const QString& kind) const { return int(nodesOfKind(kind).size()); }
    int distinctKinds() const { return int(m_flows->byKind().size()); }
    /// The nodes of a kind (unordered), and every kind present with its nodes.
    const NodeSet& nodesOfKind(const QString& kind) const { return m_flows->nodesOfKind(kind); }
    const QHash<QString, NodeSet>& byKind() const { return m_flows->byKind(); }
    bool reliabilityCritical() const;
    /// The name to show for a node: its own, else its service name.
    QString nameOf(const Id& id) const;
    /// "A, B and C" (at most a few names, then "and N more").
    QString namesOf(const QList<Id>& ids) const;

private:
    /// A group as rules see it from inside: its chain of groups and what its edges join.
    /// Worked out once per pass when first asked (the model does not change during one).
    struct Place {
        std::vector<const Group*> chain; ///< the group, then the groups around it, outward
        bool endsKnown = false;
        std::vector<std::pair<Id, EdgeKind>> ends; ///< the other end of each edge at the group, in the model's order
        std::vector<QString> endKinds;             ///< the kind of each (empty for a group)
    };
    const Place* place(const Id& group) const;
    /// Each edge at a node, with its other end and that end's kind, in the model's order.
    struct EdgeEnd {
        const Edge* edge;
        Id other;
        QString kind;
    };
    const std::vector<EdgeEnd>& edgeEnds(const Id& node) const;
    const Place& withEnds(const Place& place) const;
    /// The chain of groups around a node or group, innermost first (null: none known).
    const std::vector<const Group*>* chainAround(const Id& id) const;

    const Architecture& m_model;
    const Catalog& m_catalog;
    std::unique_ptr<FlowIndex> m_own;
    const FlowIndex* m_flows;
    mutable QHash<Id, std::shared_ptr<Place>> m_places;
    mutable Id m_lastNode;
    mutable bool m_lastNodeKnown = false;
    mutable std::vector<EdgeEnd> m_lastEnds;
};

} // namespace cw
