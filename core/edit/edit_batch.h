#pragma once

#include "edit_result.h"
#include "model/architecture.h"

#include <QHash>

#include <memory>
#include <optional>

namespace cw {

/// A batch of entity changes under construction, stated as new values by id. Reads
/// through it show the model as it will be once the batch is applied. commit()
/// checks the invariants of that future model and applies the batch only if they hold.
class EditBatch {
public:
    explicit EditBatch(const Architecture& model);
    ~EditBatch();

    const Architecture& model() const { return m_model; }

    const Node* node(const Id& id) const;
    const Group* group(const Id& id) const;
    const Edge* edge(const Id& id) const;
    EntityType typeOf(const Id& id) const;
    bool exists(const Id& id) const { return typeOf(id) != EntityType::None; }
    const Meta& meta() const { return m_meta ? *m_meta : m_model.meta(); }

    void put(Node node);
    void put(Group group);
    void put(Edge edge);
    void setMeta(Meta meta) { m_meta = std::move(meta); }
    const std::vector<Scenario>& scenarios() const { return m_scenarios ? *m_scenarios : m_model.scenarios(); }
    /// Replaces the whole list of kept scenarios (they are few and small).
    void setScenarios(std::vector<Scenario> list) { m_scenarios = std::move(list); }
    /// Removes a node, group or edge (only that entity: callers remove what refers to it).
    void remove(const Id& id);

    bool isEmpty() const;
    /// Grows the groups that hold these nodes and groups (as this batch leaves them), and
    /// theirs in turn, until each frame holds what is in it with room for its title. Groups
    /// never shrink here.
    void growGroupsToHold(const QList<Id>& items);
    /// Why the model after this batch would be inconsistent, or empty when it is fine.
    QString check() const;
    /// Checks, then applies the batch to the model and returns its undo record.
    EditResult commit(Architecture& model, const QString& text, const QString& mergeKey = {});

private:
    template <typename T> struct Pending {
        QHash<Id, std::optional<T>> values;
        QList<Id> order;
    };
    template <typename T> Pending<T>& pending();
    template <typename T> const Pending<T>& pending() const;
    template <typename T> const T* lookup(const Id& id) const;
    template <typename T> void putValue(T value);

    const Architecture& m_model;
    Pending<Node> m_nodes;
    Pending<Group> m_groups;
    Pending<Edge> m_edges;
    std::optional<Meta> m_meta;
    std::optional<std::vector<Scenario>> m_scenarios;

    friend class UndoRecord;
};

} // namespace cw
