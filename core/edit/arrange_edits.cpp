// Applying an automatic layout (core/layout/arrange.h) as one undoable step.
#include "edits.h"

#include "layout/arrange.h"

#include <QSet>

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

bool onCanvas(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= kCoordinateLimit
        && std::abs(p.y()) <= kCoordinateLimit;
}

// Why the arrangement cannot be applied to this model, or empty when it can.
QString problemWith(const Architecture& model, const layout::Arrangement& a)
{
    for (auto it = a.nodePos.cbegin(); it != a.nodePos.cend(); ++it) {
        if (!model.node(it.key()))
            return EditText::tr("the layout places \"%1\", which is not a node of the diagram").arg(it.key());
        if (!onCanvas(it.value()))
            return EditText::tr("the layout puts node \"%1\" beyond the canvas").arg(it.key());
    }
    for (auto it = a.groupBox.cbegin(); it != a.groupBox.cend(); ++it) {
        if (!model.group(it.key()))
            return EditText::tr("the layout places \"%1\", which is not a group of the diagram").arg(it.key());
        const QRectF& box = it.value();
        if (!box.isValid() || !onCanvas(box.topLeft()) || !onCanvas(box.bottomRight()) || box.width() > kCoordinateLimit
            || box.height() > kCoordinateLimit)
            return EditText::tr("the layout puts group \"%1\" beyond the canvas").arg(it.key());
    }
    return {};
}

} // namespace

EditResult arrange(Architecture& model, const layout::Arrangement& a, const QString& verb)
{
    const QString problem = problemWith(model, a);
    if (!problem.isEmpty())
        return EditResult::failure(problem);

    EditBatch changes(model);
    QSet<Id> moved;
    QList<Id> placed; // in model order, so that groups grow the same way every time
    for (const Node& n : model.nodes()) {
        const auto it = a.nodePos.constFind(n.id);
        if (it == a.nodePos.cend())
            continue;
        placed.append(n.id);
        if (*it == n.pos)
            continue;
        Node changed = n;
        changed.pos = *it;
        changes.put(std::move(changed));
        moved.insert(n.id);
    }
    for (const Group& g : model.groups()) {
        const auto it = a.groupBox.constFind(g.id);
        if (it == a.groupBox.cend())
            continue;
        placed.append(g.id);
        if (*it == g.box)
            continue;
        Group changed = g;
        changed.box = *it;
        changes.put(std::move(changed));
        moved.insert(g.id);
    }
    if (moved.isEmpty())
        return EditResult::failure(EditText::tr("nothing to tidy: everything is already where the layout puts it"));

    // A shape the user gave a route no longer fits ends that moved apart: route it afresh.
    QSet<Id> seen;
    for (const Id& id : std::as_const(moved)) {
        for (const Id& edgeId : model.edgesAt(id)) {
            if (seen.contains(edgeId))
                continue;
            seen.insert(edgeId);
            const Edge* e = model.edge(edgeId);
            if (!e || e->points.empty())
                continue;
            Edge changed = *e;
            changed.points.clear();
            changes.put(std::move(changed));
        }
    }
    // The layout gives frames that hold their members; a part of the diagram lands inside
    // groups it did not arrange, and those grow around it.
    changes.growGroupsToHold(placed);
    return changes.commit(model, verb);
}

} // namespace cw::edit
