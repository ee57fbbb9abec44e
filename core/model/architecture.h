#pragma once

#include "diagram.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace cw {

/// Which entities one applied change touched; the canvas updates only those items.
struct ChangeSummary {
    QList<Id> nodesAdded, nodesRemoved, nodesChanged;
    QList<Id> groupsAdded, groupsRemoved, groupsChanged;
    QList<Id> edgesAdded, edgesRemoved, edgesChanged;
    bool metaChanged = false;
    /// The kept cost scenarios changed. Nothing the rules or the estimate read: a change of
    /// scenarios alone is layoutOnly too, so validation and cost skip it; the cost panel
    /// reads this flag.
    bool scenariosChanged = false;
    /// Set by an applied edit that only moved or resized things, or only changed the kept
    /// scenarios (nothing added, removed, renamed, regrouped, ...): what depends on the
    /// architecture alone, not on where it is drawn, cannot have changed. False when unknown.
    bool layoutOnly = false;
    /// Of the changed nodes and groups, those that only moved or were resized.
    QSet<Id> layoutChanged;

    bool isEmpty() const;
    /// Adds a later change to this one, as if both had been applied in one step (the
    /// lists are joined; an id that came and went is looked up and found missing). The
    /// result is layout-only when both were, and an id stays in layoutChanged only if no
    /// part of either change touched it otherwise (added, removed or changed in substance).
    void merge(const ChangeSummary& later);
};

/// The live architecture model: the single source of truth of an open diagram.
/// Holds the Diagram's values plus indexes by id, adjacency and membership. It is
/// changed only through edits (core/edit), which apply recorded changes; views read
/// it and listen to changed().
class Architecture : public QObject {
    Q_OBJECT

public:
    explicit Architecture(QObject* parent = nullptr);
    ~Architecture() override;

    const Diagram& diagram() const { return m_data; }
    const Meta& meta() const { return m_data.meta; }
    const std::vector<Node>& nodes() const { return m_data.nodes; }
    const std::vector<Group>& groups() const { return m_data.groups; }
    const std::vector<Edge>& edges() const { return m_data.edges; }
    const std::vector<Scenario>& scenarios() const { return m_data.scenarios; }

    const Node* node(const Id& id) const;
    const Group* group(const Id& id) const;
    const Edge* edge(const Id& id) const;
    EntityType typeOf(const Id& id) const;
    bool contains(const Id& id) const { return m_index.contains(id); }
    /// Position of the entity in its list (file order), or -1.
    int indexOf(const Id& id) const;

    /// Edges that start or end at a node or group.
    const QList<Id>& edgesAt(const Id& id) const;
    /// Nodes directly inside a group; the empty id gives the top-level nodes.
    const QList<Id>& nodesIn(const Id& group) const;
    /// Groups directly inside a group; the empty id gives the top-level groups.
    const QList<Id>& groupsIn(const Id& group) const;
    /// The group chain of a node or group, innermost first.
    QList<Id> ancestors(const Id& id) const;
    /// True if the node or group lies inside group, at any depth.
    bool isInside(const Id& id, const Id& group) const;
    /// The node's provider, or the diagram's when the node does not override it.
    QString providerOf(const Node& node) const;

    /// Replaces the whole diagram (open, new). Emits modelReset().
    void reset(Diagram diagram);

    /// Everything that must hold between edits; empty when the model is consistent.
    QStringList checkInvariants() const;

Q_SIGNALS:
    void modelReset();
    void changed(const cw::ChangeSummary& summary);

private:
    friend class UndoRecord;

    struct Location {
        EntityType type = EntityType::None;
        int index = -1;
    };

    void rebuildIndex();
    void reindexFrom(EntityType type, int first);
    void link(const Node& node);
    void unlink(const Node& node);
    void link(const Group& group);
    void unlink(const Group& group);
    void link(const Edge& edge);
    void unlink(const Edge& edge);

    // Primitives used by UndoRecord only; each keeps the indexes right.
    template <typename T> std::vector<T>& listOf();
    template <typename T> void eraseAll(const QList<Id>& ids);
    template <typename T> int insertAt(int index, T value);
    template <typename T> void replace(T value);
    void setMeta(Meta meta) { m_data.meta = std::move(meta); }
    void setScenarios(std::vector<Scenario> list) { m_data.scenarios = std::move(list); }
    void notify(const ChangeSummary& summary);

    Diagram m_data;
    QHash<Id, Location> m_index;
    QHash<Id, QList<Id>> m_edgesAt;
    QHash<Id, QList<Id>> m_nodesIn;
    QHash<Id, QList<Id>> m_groupsIn;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::ChangeSummary)
