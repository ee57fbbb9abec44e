// Edits that change where things are drawn: move, resize, align.
#include "edits.h"

#include <QSet>

#include <QCoreApplication>
#include <algorithm>
#include <functional>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

QRectF boundsOf(const Architecture& model, const Id& id)
{
    if (const Node* n = model.node(id))
        return nodeRect(*n);
    if (const Group* g = model.group(id))
        return g->box;
    return {};
}

// Stored routes of the edges at moved items follow their ends (edit::followEnds).
void followMovedEnds(const Architecture& model, EditBatch& changes, const QHash<Id, QPointF>& moved)
{
    QSet<Id> seen;
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        for (const Id& id : model.edgesAt(it.key())) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const Edge* e = changes.edge(id);
            if (!e || e->points.empty())
                continue;
            std::vector<QPointF> points = followEnds(e->points, moved.value(e->from), moved.value(e->to));
            if (points == e->points)
                continue;
            Edge changed = *e;
            changed.points = std::move(points);
            changes.put(std::move(changed));
        }
    }
}

// Moves each listed item by its own delta; what lies inside a moved group moves with
// it, unless it is listed itself. Each entity moves once; stored edge routes follow.
void moveByDeltas(const Architecture& model, EditBatch& changes, const QHash<Id, QPointF>& deltas)
{
    QHash<Id, QPointF> done;
    std::function<void(const Id&, QPointF)> moveTree = [&](const Id& id, QPointF delta) {
        if (done.contains(id))
            return;
        done.insert(id, delta);
        if (const Node* n = changes.node(id)) {
            Node moved = *n;
            moved.pos += delta;
            changes.put(std::move(moved));
            return;
        }
        const Group* g = changes.group(id);
        if (!g)
            return;
        Group moved = *g;
        moved.box.translate(delta);
        changes.put(std::move(moved));
        for (const Id& member : model.nodesIn(id)) {
            if (!deltas.contains(member))
                moveTree(member, delta);
        }
        for (const Id& child : model.groupsIn(id)) {
            if (!deltas.contains(child))
                moveTree(child, delta);
        }
    };
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it)
        moveTree(it.key(), it.value());
    followMovedEnds(model, changes, done);
}

} // namespace

int minimumItemsFor(Alignment how)
{
    return how == Alignment::DistributeH || how == Alignment::DistributeV ? 3 : 2;
}

EditResult moveItems(Architecture& model, const QList<Id>& ids, QPointF delta, const QHash<Id, Id>& regroupTo)
{
    QHash<Id, QPointF> deltas;
    for (const Id& id : ids) {
        const EntityType t = model.typeOf(id);
        if (t == EntityType::Edge)
            continue; // edges follow their ends
        if (t == EntityType::None)
            return EditResult::failure(EditText::tr("there is no item \"%1\"").arg(id));
        deltas.insert(id, delta);
    }
    EditBatch changes(model);
    if (!delta.isNull())
        moveByDeltas(model, changes, deltas);
    for (auto it = regroupTo.cbegin(); it != regroupTo.cend(); ++it) {
        if (!it.value().isEmpty() && !model.group(it.value()))
            return EditResult::failure(EditText::tr("there is no group \"%1\"").arg(it.value()));
        if (const Node* n = changes.node(it.key())) {
            if (n->group != it.value()) {
                Node moved = *n;
                moved.group = it.value();
                changes.put(std::move(moved));
            }
        } else if (const Group* g = changes.group(it.key())) {
            if (g->parent != it.value()) {
                Group moved = *g;
                moved.parent = it.value();
                changes.put(std::move(moved));
            }
        } else {
            return EditResult::failure(
                EditText::tr("only nodes and groups can change group; \"%1\" is neither").arg(it.key()));
        }
    }
    // What now pokes out of its group, or joined a smaller one, makes the group grow.
    changes.growGroupsToHold(deltas.keys() + regroupTo.keys());
    const qsizetype n = deltas.size();
    if (!regroupTo.isEmpty()) {
        const Group* into = model.group(regroupTo.cbegin().value());
        const QString where = into ? (into->name.isEmpty() ? into->id : into->name) : EditText::tr("the top level");
        return changes.commit(model,
            n <= 1 ? EditText::tr("Move 1 item into %1").arg(where)
                   : EditText::tr("Move %1 items into %2").arg(n).arg(where));
    }
    return changes.commit(model, n == 1 ? EditText::tr("Move 1 item") : EditText::tr("Move %1 items").arg(n));
}

Id groupAt(const Architecture& model, QPointF point, const QSet<Id>& excluded)
{
    Id best;
    qsizetype bestDepth = -1;
    for (const Group& g : model.groups()) {
        if (excluded.contains(g.id) || !g.box.contains(point))
            continue;
        const QList<Id> chain = model.ancestors(g.id);
        if (std::any_of(chain.cbegin(), chain.cend(), [&](const Id& a) { return excluded.contains(a); }))
            continue;
        if (chain.size() > bestDepth) {
            best = g.id;
            bestDepth = chain.size();
        }
    }
    return best;
}

QHash<Id, Id> regroupAfterMove(const Architecture& model, const QList<Id>& ids, QPointF delta)
{
    QSet<Id> movingGroups;
    for (const Id& id : ids) {
        if (model.group(id))
            movingGroups.insert(id);
    }
    auto travels = [&](const Id& container) {
        if (container.isEmpty())
            return false;
        if (movingGroups.contains(container))
            return true;
        const QList<Id> chain = model.ancestors(container);
        return std::any_of(chain.cbegin(), chain.cend(), [&](const Id& a) { return movingGroups.contains(a); });
    };
    QHash<Id, Id> regroup;
    for (const Id& id : ids) {
        if (const Node* n = model.node(id)) {
            if (travels(n->group))
                continue; // inside a moved group, it stays there
            const QPointF centre = nodeRect(*n).center() + delta;
            const Id target = groupAt(model, centre, movingGroups);
            if (target != n->group)
                regroup.insert(id, target);
        } else if (const Group* g = model.group(id)) {
            if (travels(g->parent))
                continue;
            // By its centre, as a card: a frame that pokes out makes the group it lands in
            // grow (moveItems), so a small nudge never takes a subnet out of its VPC.
            const Id target = groupAt(model, g->box.center() + delta, movingGroups);
            if (target != g->parent)
                regroup.insert(id, target);
        }
    }
    return regroup;
}

EditResult nudgeItems(Architecture& model, const QList<Id>& ids, QPointF step, int burst)
{
    QHash<Id, QPointF> deltas;
    QStringList key;
    for (const Id& id : ids) {
        const EntityType t = model.typeOf(id);
        if (t == EntityType::Node || t == EntityType::Group) {
            deltas.insert(id, step);
            key << id;
        }
    }
    if (deltas.isEmpty())
        return EditResult::failure(EditText::tr("select a node or a group to nudge"));
    EditBatch changes(model);
    moveByDeltas(model, changes, deltas);
    changes.growGroupsToHold(deltas.keys());
    key.sort();
    const qsizetype n = deltas.size();
    return changes.commit(model, n == 1 ? EditText::tr("Nudge 1 item") : EditText::tr("Nudge %1 items").arg(n),
        QStringLiteral("nudge:%1:%2").arg(burst).arg(key.join(QLatin1Char(','))));
}

EditResult resizeGroup(Architecture& model, const Id& id, const QRectF& box)
{
    const Group* g = model.group(id);
    if (!g)
        return EditResult::failure(EditText::tr("there is no group \"%1\"").arg(id));
    if (!box.isValid() || box.width() < kMinGroupWidth || box.height() < kMinGroupHeight)
        return EditResult::failure(
            EditText::tr("a group is at least %1 × %2").arg(kMinGroupWidth).arg(kMinGroupHeight));
    EditBatch changes(model);
    Group resized = *g;
    resized.box = box;
    changes.put(std::move(resized));
    changes.growGroupsToHold({id});
    return changes.commit(model, EditText::tr("Resize %1").arg(g->name.isEmpty() ? id : g->name));
}

EditResult alignItems(Architecture& model, const QList<Id>& ids, Alignment how)
{
    QList<Id> items;
    for (const Id& id : ids) {
        const EntityType t = model.typeOf(id);
        if (t == EntityType::Node || t == EntityType::Group)
            items.append(id);
    }
    const bool distribute = how == Alignment::DistributeH || how == Alignment::DistributeV;
    if (items.size() < minimumItemsFor(how))
        return EditResult::failure(distribute ? EditText::tr("select at least three items to distribute")
                                              : EditText::tr("select at least two items to align"));
    QRectF all;
    for (const Id& id : std::as_const(items))
        all = all.isNull() ? boundsOf(model, id) : all.united(boundsOf(model, id));

    QHash<Id, QPointF> deltas;
    if (distribute) {
        // Equal gaps between neighbours, ends fixed.
        const bool horizontal = how == Alignment::DistributeH;
        std::sort(items.begin(), items.end(), [&](const Id& a, const Id& b) {
            const QRectF ra = boundsOf(model, a);
            const QRectF rb = boundsOf(model, b);
            return horizontal ? ra.left() < rb.left() : ra.top() < rb.top();
        });
        double total = 0;
        for (const Id& id : std::as_const(items))
            total += horizontal ? boundsOf(model, id).width() : boundsOf(model, id).height();
        const double gap = ((horizontal ? all.width() : all.height()) - total) / double(items.size() - 1);
        double cursor = horizontal ? all.left() : all.top();
        for (const Id& id : std::as_const(items)) {
            const QRectF r = boundsOf(model, id);
            deltas.insert(id, horizontal ? QPointF(cursor - r.left(), 0) : QPointF(0, cursor - r.top()));
            cursor += (horizontal ? r.width() : r.height()) + gap;
        }
    } else {
        for (const Id& id : std::as_const(items)) {
            const QRectF r = boundsOf(model, id);
            QPointF d;
            switch (how) {
            case Alignment::Left: d.setX(all.left() - r.left()); break;
            case Alignment::HCenter: d.setX(all.center().x() - r.center().x()); break;
            case Alignment::Right: d.setX(all.right() - r.right()); break;
            case Alignment::Top: d.setY(all.top() - r.top()); break;
            case Alignment::VCenter: d.setY(all.center().y() - r.center().y()); break;
            case Alignment::Bottom: d.setY(all.bottom() - r.bottom()); break;
            case Alignment::DistributeH:
            case Alignment::DistributeV: break;
            }
            deltas.insert(id, d);
        }
    }
    EditBatch changes(model);
    moveByDeltas(model, changes, deltas);
    changes.growGroupsToHold(items);
    return changes.commit(model, distribute ? QStringLiteral("Distribute") : QStringLiteral("Align"));
}

} // namespace cw::edit
