#include "arrange.h"

#include "io/auto_layout.h"

#include <QSet>

namespace cw::layout {

namespace {

// The part of the diagram to arrange as a diagram of its own: the chosen nodes and
// groups, everything inside the chosen groups, and the edges among them. What sat in a
// group left out of the part stands at the part's top level.
Diagram partOf(const Diagram& d, const QList<Id>& only)
{
    const QSet<Id> chosen(only.cbegin(), only.cend());
    QSet<Id> groups;
    for (const Group& g : d.groups) {
        if (chosen.contains(g.id))
            groups.insert(g.id);
    }
    // Groups inside chosen groups, to a fixed point (the tree has no cycles).
    for (bool grew = true; grew;) {
        grew = false;
        for (const Group& g : d.groups) {
            if (!groups.contains(g.id) && groups.contains(g.parent)) {
                groups.insert(g.id);
                grew = true;
            }
        }
    }
    Diagram part;
    part.meta = d.meta;
    for (const Group& g : d.groups) {
        if (groups.contains(g.id)) {
            Group copy = g;
            if (!groups.contains(copy.parent))
                copy.parent.clear();
            part.groups.push_back(std::move(copy));
        }
    }
    for (const Node& n : d.nodes) {
        if (chosen.contains(n.id) || groups.contains(n.group)) {
            Node copy = n;
            if (!groups.contains(copy.group))
                copy.group.clear();
            part.nodes.push_back(std::move(copy));
        }
    }
    QSet<Id> inPart = groups;
    for (const Node& n : part.nodes)
        inPart.insert(n.id);
    for (const Edge& e : d.edges) {
        if (inPart.contains(e.from) && inPart.contains(e.to))
            part.edges.push_back(e);
    }
    return part;
}

QRectF boundsOf(const Diagram& d, const std::function<QSizeF(const Node&)>& cardSize)
{
    QRectF bounds;
    for (const Node& n : d.nodes)
        bounds = bounds.united(QRectF(n.pos, cardSize(n)));
    for (const Group& g : d.groups)
        bounds = bounds.united(g.box);
    return bounds;
}

} // namespace

Arrangement arrange(const Diagram& diagram, const ArrangeOptions& options)
{
    const auto cardSize = options.cardSize ? options.cardSize : [](const Node& n) { return nodeRect(n).size(); };
    Diagram work = options.only.isEmpty() ? diagram : partOf(diagram, options.only);
    const QRectF before = boundsOf(work, cardSize);

    LayoutNeeds needs;
    for (const Node& n : work.nodes)
        needs.position.insert(n.id);
    for (const Group& g : work.groups) {
        needs.position.insert(g.id);
        needs.size.insert(g.id);
    }
    autoLayout(work, needs);
    Arrangement result;
    result.engine = QStringLiteral("columns");

    // The block stays where what it replaces began.
    const QRectF after = boundsOf(work, cardSize);
    const QPointF shift = before.isNull() || after.isNull() ? QPointF() : before.topLeft() - after.topLeft();
    for (const Node& n : work.nodes)
        result.nodePos.insert(n.id, n.pos + shift);
    for (const Group& g : work.groups)
        result.groupBox.insert(g.id, g.box.translated(shift));
    return result;
}

} // namespace cw::layout
