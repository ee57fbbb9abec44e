// Edits that add, remove and connect entities.
#include "edits.h"
#include "id_allocator.h"

#include <QCoreApplication>
#include <QSet>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

QString countText(const QString& one, const QString& many, qsizetype n)
{
    return n == 1 ? one : many.arg(n);
}

// Why props cannot be a node's or group's properties, or empty when they can.
QString checkProps(const Catalog& catalog, const Json& props)
{
    if (!props.is_object())
        return EditText::tr("properties must be an object");
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const QString problem = catalog.checkValue(key, *it);
        if (!problem.isEmpty())
            return QStringLiteral("%1 %2").arg(key, problem);
    }
    return {};
}

// Every group id below root (not root itself), depth first.
void collectGroupTree(const Architecture& model, const Id& root, QList<Id>& out)
{
    for (const Id& child : model.groupsIn(root)) {
        out.append(child);
        collectGroupTree(model, child, out);
    }
}

} // namespace

Id freshId(const EditBatch& changes, const QString& base)
{
    return IdAllocator(changes).take(base);
}

EditResult addNode(Architecture& model, const Catalog& catalog, const NewNode& spec)
{
    const KindInfo* kind = catalog.kind(spec.kind);
    if (!kind)
        return EditResult::failure(EditText::tr("unknown node kind \"%1\"").arg(spec.kind));
    if (!spec.group.isEmpty() && !model.group(spec.group))
        return EditResult::failure(EditText::tr("there is no group \"%1\"").arg(spec.group));
    if (!spec.provider.isEmpty() && !isKnownProvider(spec.provider))
        return EditResult::failure(EditText::tr("unknown provider \"%1\"").arg(spec.provider));
    if (const QString problem = checkProps(catalog, spec.props); !problem.isEmpty())
        return EditResult::failure(problem);

    EditBatch changes(model);
    const QString provider = spec.provider.isEmpty() ? model.meta().provider : spec.provider;
    Node n;
    n.id = IdAllocator(changes).take(kind->shortName() + QLatin1Char('1'));
    n.kind = spec.kind;
    n.provider = spec.provider;
    n.name = spec.name.isEmpty() ? kind->serviceName(provider) : spec.name;
    n.group = spec.group;
    n.props = spec.props;
    n.pos = spec.pos;
    const Id id = n.id;
    changes.put(std::move(n));
    changes.growGroupsToHold({id});
    EditResult r = changes.commit(model, EditText::tr("Add %1").arg(kind->serviceName(provider)));
    if (r.ok())
        r.created = {id};
    return r;
}

EditResult addGroup(Architecture& model, const Catalog& catalog, const NewGroup& spec)
{
    if (!spec.parent.isEmpty() && !model.group(spec.parent))
        return EditResult::failure(EditText::tr("there is no group \"%1\"").arg(spec.parent));
    if (!spec.box.isValid())
        return EditResult::failure(EditText::tr("a group needs a width and a height"));
    // What the loader would refuse must not get into the model: the file would not open.
    if (const QString problem = checkProps(catalog, spec.props); !problem.isEmpty())
        return EditResult::failure(problem);
    const GroupKindInfo* info = catalog.groupKind(spec.kind);
    EditBatch changes(model);
    Group g;
    g.id = IdAllocator(changes).take(toString(spec.kind) + QLatin1Char('1'));
    g.kind = spec.kind;
    g.name = !spec.name.isEmpty() ? spec.name : info ? info->displayName(model.meta().provider) : toString(spec.kind);
    g.parent = spec.parent;
    g.props = spec.props;
    g.box = spec.box;
    const Id id = g.id;
    const QString what = info ? info->name : toString(spec.kind);
    changes.put(std::move(g));
    changes.growGroupsToHold({id});
    EditResult r = changes.commit(model, EditText::tr("Add %1").arg(what));
    if (r.ok())
        r.created = {id};
    return r;
}

EditResult removeItems(Architecture& model, const QList<Id>& ids)
{
    EditBatch changes(model);
    QSet<Id> gone;
    QList<Id> groups;
    QList<Id> nodes;
    for (const Id& id : ids) {
        switch (model.typeOf(id)) {
        case EntityType::Group:
            groups.append(id);
            collectGroupTree(model, id, groups);
            break;
        case EntityType::Node: nodes.append(id); break;
        case EntityType::Edge:
            if (!gone.contains(id)) {
                changes.remove(id);
                gone.insert(id);
            }
            break;
        case EntityType::None: return EditResult::failure(EditText::tr("there is no item \"%1\"").arg(id));
        }
    }
    for (const Id& g : std::as_const(groups)) {
        nodes.append(model.nodesIn(g));
    }
    auto drop = [&](const Id& id) {
        if (gone.contains(id))
            return;
        gone.insert(id);
        changes.remove(id);
        for (const Id& e : model.edgesAt(id)) {
            if (!gone.contains(e)) {
                gone.insert(e);
                changes.remove(e);
            }
        }
    };
    for (const Id& n : std::as_const(nodes))
        drop(n);
    for (const Id& g : std::as_const(groups))
        drop(g);
    return changes.commit(model,
        countText(
            EditText::tr("Delete 1 item"), EditText::tr("Delete %1 items"), QSet<Id>(ids.cbegin(), ids.cend()).size()));
}

EditResult connect(Architecture& model, const Id& from, const Id& to, EdgeKind kind, const QString& label)
{
    auto isEnd = [&](const Id& id) {
        const EntityType t = model.typeOf(id);
        return t == EntityType::Node || t == EntityType::Group;
    };
    if (!isEnd(from) || !isEnd(to))
        return EditResult::failure(EditText::tr("both ends of a connection must be nodes or groups"));
    if (from == to)
        return EditResult::failure(EditText::tr("a node cannot be connected to itself"));
    for (const Id& e : model.edgesAt(from)) {
        const Edge* existing = model.edge(e);
        if (existing->from == from && existing->to == to && existing->kind == kind)
            return EditResult::failure(EditText::tr("these are already connected by a %1 edge").arg(toString(kind)));
    }
    EditBatch changes(model);
    Edge e;
    e.id = IdAllocator(changes).take(QStringLiteral("e1"));
    e.from = from;
    e.to = to;
    e.kind = kind;
    e.label = label;
    const Id id = e.id;
    changes.put(std::move(e));
    EditResult r = changes.commit(model, QStringLiteral("Connect"));
    if (r.ok())
        r.created = {id};
    return r;
}

EditResult disconnect(Architecture& model, const Id& edgeId)
{
    if (!model.edge(edgeId))
        return EditResult::failure(EditText::tr("there is no edge \"%1\"").arg(edgeId));
    EditBatch changes(model);
    changes.remove(edgeId);
    return changes.commit(model, QStringLiteral("Disconnect"));
}

EditResult regroup(Architecture& model, const QList<Id>& ids, const Id& groupId)
{
    if (!groupId.isEmpty() && !model.group(groupId))
        return EditResult::failure(EditText::tr("there is no group \"%1\"").arg(groupId));
    EditBatch changes(model);
    for (const Id& id : ids) {
        if (const Node* n = model.node(id)) {
            Node moved = *n;
            moved.group = groupId;
            changes.put(std::move(moved));
        } else if (const Group* g = model.group(id)) {
            Group moved = *g;
            moved.parent = groupId;
            changes.put(std::move(moved));
        } else {
            return EditResult::failure(
                EditText::tr("only nodes and groups can change group; \"%1\" is neither").arg(id));
        }
    }
    return changes.commit(model, EditText::tr("Change group"));
}

EditResult paste(Architecture& model, const Diagram& fragment, QPointF offset, const QString& verb)
{
    EditBatch changes(model);
    IdAllocator ids(changes);
    QHash<Id, Id> renamed;
    for (const Group& g : fragment.groups)
        renamed.insert(g.id, ids.take(g.id));
    for (const Node& n : fragment.nodes)
        renamed.insert(n.id, ids.take(n.id));
    for (const Edge& e : fragment.edges)
        renamed.insert(e.id, ids.take(e.id));

    // A reference to something outside the fragment keeps pointing at it if the
    // target diagram has such a group; otherwise the item lands at the top level.
    auto groupRef = [&](const Id& id) -> Id {
        if (id.isEmpty())
            return {};
        if (renamed.contains(id))
            return renamed.value(id);
        return model.group(id) ? id : Id();
    };
    QList<Id> created;
    for (Group g : fragment.groups) {
        g.id = renamed.value(g.id);
        g.parent = groupRef(g.parent);
        g.box.translate(offset);
        created.append(g.id);
        changes.put(std::move(g));
    }
    for (Node n : fragment.nodes) {
        n.id = renamed.value(n.id);
        n.group = groupRef(n.group);
        n.pos += offset;
        created.append(n.id);
        changes.put(std::move(n));
    }
    for (Edge e : fragment.edges) {
        if (!renamed.contains(e.from) || !renamed.contains(e.to))
            continue;
        e.id = renamed.value(e.id);
        e.from = renamed.value(e.from);
        e.to = renamed.value(e.to);
        for (QPointF& p : e.points)
            p += offset; // a shaped route travels with its ends
        created.append(e.id);
        changes.put(std::move(e));
    }
    changes.growGroupsToHold(created);
    EditResult r = changes.commit(model,
        verb.isEmpty() ? countText(EditText::tr("Paste 1 item"), EditText::tr("Paste %1 items"), created.size())
            : created.size() == 1
            ? EditText::tr("%1 1 item", "the verb: Duplicate 1 item").arg(verb)
            : EditText::tr("%1 %2 items", "the verb: Duplicate 3 items").arg(verb).arg(created.size()));
    if (r.ok())
        r.created = created;
    return r;
}

Diagram copyFragment(const Architecture& model, const QList<Id>& ids)
{
    QSet<Id> groups;
    QSet<Id> nodes;
    QSet<Id> edges;
    for (const Id& id : ids) {
        switch (model.typeOf(id)) {
        case EntityType::Group: {
            QList<Id> tree{id};
            collectGroupTree(model, id, tree);
            for (const Id& g : tree) {
                groups.insert(g);
                for (const Id& n : model.nodesIn(g))
                    nodes.insert(n);
            }
            break;
        }
        case EntityType::Node: nodes.insert(id); break;
        case EntityType::Edge: edges.insert(id); break;
        case EntityType::None: break;
        }
    }
    Diagram out;
    out.meta = model.meta();
    // File order is kept, so a paste looks like the original.
    for (const Group& g : model.groups()) {
        if (groups.contains(g.id))
            out.groups.push_back(g);
    }
    for (const Node& n : model.nodes()) {
        if (nodes.contains(n.id))
            out.nodes.push_back(n);
    }
    auto inside = [&](const Id& end) { return nodes.contains(end) || groups.contains(end); };
    for (const Edge& e : model.edges()) {
        if (inside(e.from) && inside(e.to))
            out.edges.push_back(e);
    }
    return out;
}

} // namespace cw::edit
