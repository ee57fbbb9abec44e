#include "edit_batch.h"

#include "undo_record.h"

#include <QSet>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <functional>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw {

EditBatch::EditBatch(const Architecture& model)
    : m_model(model)
{
}

EditBatch::~EditBatch() = default;

template <> EditBatch::Pending<Node>& EditBatch::pending<Node>()
{
    return m_nodes;
}
template <> EditBatch::Pending<Group>& EditBatch::pending<Group>()
{
    return m_groups;
}
template <> EditBatch::Pending<Edge>& EditBatch::pending<Edge>()
{
    return m_edges;
}
template <> const EditBatch::Pending<Node>& EditBatch::pending<Node>() const
{
    return m_nodes;
}
template <> const EditBatch::Pending<Group>& EditBatch::pending<Group>() const
{
    return m_groups;
}
template <> const EditBatch::Pending<Edge>& EditBatch::pending<Edge>() const
{
    return m_edges;
}

namespace {
const Node* modelLookup(const Architecture& m, const Id& id, const Node*)
{
    return m.node(id);
}
const Group* modelLookup(const Architecture& m, const Id& id, const Group*)
{
    return m.group(id);
}
const Edge* modelLookup(const Architecture& m, const Id& id, const Edge*)
{
    return m.edge(id);
}
} // namespace

template <typename T> const T* EditBatch::lookup(const Id& id) const
{
    const auto& p = pending<T>();
    const auto it = p.values.constFind(id);
    if (it != p.values.cend())
        return it->has_value() ? &**it : nullptr;
    return modelLookup(m_model, id, static_cast<const T*>(nullptr));
}

const Node* EditBatch::node(const Id& id) const
{
    return lookup<Node>(id);
}
const Group* EditBatch::group(const Id& id) const
{
    return lookup<Group>(id);
}
const Edge* EditBatch::edge(const Id& id) const
{
    return lookup<Edge>(id);
}

EntityType EditBatch::typeOf(const Id& id) const
{
    if (node(id))
        return EntityType::Node;
    if (group(id))
        return EntityType::Group;
    if (edge(id))
        return EntityType::Edge;
    return EntityType::None;
}

template <typename T> void EditBatch::putValue(T value)
{
    auto& p = pending<T>();
    const Id id = value.id;
    if (!p.values.contains(id))
        p.order.append(id);
    p.values.insert(id, std::move(value));
}

void EditBatch::put(Node node)
{
    putValue(std::move(node));
}
void EditBatch::put(Group group)
{
    putValue(std::move(group));
}
void EditBatch::put(Edge edge)
{
    putValue(std::move(edge));
}

void EditBatch::remove(const Id& id)
{
    auto drop = [&](auto& p) {
        if (!p.values.contains(id))
            p.order.append(id);
        p.values.insert(id, std::nullopt);
    };
    switch (typeOf(id)) {
    case EntityType::Node: drop(m_nodes); break;
    case EntityType::Group: drop(m_groups); break;
    case EntityType::Edge: drop(m_edges); break;
    case EntityType::None: break;
    }
}

void EditBatch::growGroupsToHold(const QList<Id>& items)
{
    for (const Id& id : items) {
        QRectF frame;
        Id parent;
        if (const Node* n = node(id)) {
            frame = nodeRect(*n); // as drawn: a card grown for its name has its size stored
            parent = n->group;
        } else if (const Group* g = group(id)) {
            frame = g->box;
            parent = g->parent;
        } else {
            continue;
        }
        // Up the chain while a frame has to grow (a cycle, refused later by check(), stops
        // at the first group seen twice).
        QSet<Id> seen;
        for (Id current = parent; !current.isEmpty() && !seen.contains(current);) {
            seen.insert(current);
            const Group* p = group(current);
            if (!p)
                break;
            const QRectF need = frame.adjusted(-kGroupPadding, -kGroupHeader, kGroupPadding, kGroupPadding);
            if (p->box.contains(need))
                break;
            Group grown = *p;
            grown.box = p->box.united(need);
            frame = grown.box;
            current = grown.parent;
            put(std::move(grown));
        }
    }
}

bool EditBatch::isEmpty() const
{
    return m_nodes.order.isEmpty() && m_groups.order.isEmpty() && m_edges.order.isEmpty() && !m_meta && !m_scenarios;
}

namespace {
// The file format keeps coordinates and sizes within kCoordinateLimit; an edit must not
// go where a saved file could not be opened again.
bool onCanvas(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= kCoordinateLimit
        && std::abs(p.y()) <= kCoordinateLimit;
}
} // namespace

QString EditBatch::check() const
{
    // An id may change type only through removal in the model; a value put under an id
    // must not collide with a live entity of another type. Nor may one batch remove an
    // entity and reuse its id for another type: play() handles one type at a time, and
    // the index would hold both.
    auto collides = [&](const Id& id, EntityType own) {
        const EntityType t = typeOf(id);
        const EntityType before = m_model.typeOf(id);
        if (t != own || (before != EntityType::None && before != own))
            return true;
        int holders = (node(id) ? 1 : 0) + (group(id) ? 1 : 0) + (edge(id) ? 1 : 0);
        return holders > 1;
    };

    for (const Id& id : m_groups.order) {
        const Group* g = group(id);
        if (!g)
            continue;
        if (id.isEmpty())
            return EditText::tr("a group needs an id");
        if (collides(id, EntityType::Group))
            return EditText::tr("the id \"%1\" is already in use").arg(id);
        if (!g->parent.isEmpty() && !group(g->parent))
            return EditText::tr("group \"%1\" names a parent group \"%2\" that does not exist").arg(id, g->parent);
        if (!onCanvas(g->box.topLeft()) || !onCanvas(g->box.bottomRight()) || !g->box.isValid()
            || g->box.width() > kCoordinateLimit || g->box.height() > kCoordinateLimit)
            return EditText::tr("group \"%1\" would leave the canvas").arg(id);
        QSet<Id> chain{id};
        for (Id p = g->parent; !p.isEmpty();) {
            if (chain.contains(p))
                return EditText::tr("group \"%1\" would end up inside itself").arg(id);
            chain.insert(p);
            const Group* pg = group(p);
            p = pg ? pg->parent : Id();
        }
        // What the group holds nests deeper with it.
        std::function<int(const Id&, int)> height = [&](const Id& groupId, int level) {
            int most = 0;
            for (const Id& child : m_model.groupsIn(groupId)) {
                if (level < kMaxGroupDepth && group(child) && group(child)->parent == groupId)
                    most = std::max(most, 1 + height(child, level + 1));
            }
            return most;
        };
        if (int(chain.size()) + height(id, int(chain.size())) > kMaxGroupDepth)
            return EditText::tr("groups would nest more than %1 levels deep").arg(kMaxGroupDepth);
    }
    for (const Id& id : m_nodes.order) {
        const Node* n = node(id);
        if (!n)
            continue;
        if (id.isEmpty())
            return EditText::tr("a node needs an id");
        if (collides(id, EntityType::Node))
            return EditText::tr("the id \"%1\" is already in use").arg(id);
        if (!onCanvas(n->pos))
            return EditText::tr("node \"%1\" would leave the canvas").arg(id);
        if (!n->group.isEmpty() && !group(n->group))
            return EditText::tr("node \"%1\" names a group \"%2\" that does not exist").arg(id, n->group);
    }
    auto endExists = [&](const Id& end) { return node(end) || group(end); };
    for (const Id& id : m_edges.order) {
        const Edge* e = edge(id);
        if (!e)
            continue;
        if (id.isEmpty())
            return EditText::tr("an edge needs an id");
        if (collides(id, EntityType::Edge))
            return EditText::tr("the id \"%1\" is already in use").arg(id);
        if (!endExists(e->from) || !endExists(e->to))
            return EditText::tr("edge \"%1\" would connect to something that does not exist").arg(id);
    }

    // What still refers to a removed entity must be removed or changed in this set.
    auto removedFromModel = [&](const auto& p) {
        QList<Id> gone;
        for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
            if (!it->has_value() && m_model.contains(it.key()))
                gone.append(it.key());
        }
        return gone;
    };
    for (const QList<Id>& gone : {removedFromModel(m_nodes), removedFromModel(m_groups)}) {
        for (const Id& id : gone) {
            if (exists(id))
                continue;
            for (const Id& e : m_model.edgesAt(id)) {
                const Edge* after = edge(e);
                if (after && (after->from == id || after->to == id))
                    return EditText::tr("edge \"%1\" still connects to removed \"%2\"").arg(e, id);
            }
            for (const Id& n : m_model.nodesIn(id)) {
                const Node* after = node(n);
                if (after && after->group == id)
                    return EditText::tr("node \"%1\" is still inside removed group \"%2\"").arg(n, id);
            }
            for (const Id& g : m_model.groupsIn(id)) {
                const Group* after = group(g);
                if (after && after->parent == id)
                    return EditText::tr("group \"%1\" is still inside removed group \"%2\"").arg(g, id);
            }
        }
    }
    return {};
}

EditResult EditBatch::commit(Architecture& model, const QString& text, const QString& mergeKey)
{
    Q_ASSERT(&model == &m_model);
    EditResult result;
    if (isEmpty())
        return result;
    const QString problem = check();
    if (!problem.isEmpty())
        return EditResult::failure(problem);

    auto record = std::make_unique<UndoRecord>(text, mergeKey);
    auto fill = [&](const auto& p, auto& entries) {
        for (const Id& id : p.order) {
            using T = typename std::decay_t<decltype(entries)>::value_type;
            T entry;
            entry.id = id;
            entry.after = p.values.value(id);
            using Value = typename decltype(entry.after)::value_type;
            if (const Value* before = modelLookup(m_model, id, static_cast<const Value*>(nullptr))) {
                entry.before = *before;
                entry.beforeIndex = m_model.indexOf(id);
            }
            if (entry.before || entry.after)
                entries.push_back(std::move(entry));
        }
    };
    fill(m_nodes, record->nodes);
    fill(m_groups, record->groups);
    fill(m_edges, record->edges);
    if (m_meta) {
        record->metaBefore = m_model.meta();
        record->metaAfter = m_meta;
    }
    if (m_scenarios) {
        record->scenariosBefore = m_model.scenarios();
        record->scenariosAfter = m_scenarios;
    }
    if (record->isNoOp())
        return result;
    record->redo(model);
    result.record = std::move(record);
    return result;
}

} // namespace cw
