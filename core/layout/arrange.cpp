#include "arrange.h"

#include "dot_layout.h"

#include "catalog/catalog.h"
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

// Past this many cards dot takes longer than a user waits for a tidy-up and spreads the
// diagram out (bench_layout: 0.2 s and 7x the columns' area at 400 synthetic cards, 1.4 s
// at 1,000); the column layout takes over.
constexpr int kDotUpTo = 300;

Stage stageOf(const Node& n, const Catalog* catalog)
{
    QString category = n.kind.section(QLatin1Char('.'), 0, 0);
    if (catalog) {
        if (const KindInfo* info = catalog->kind(n.kind))
            category = info->category;
    }
    if (category == QLatin1String("external"))
        return Stage::Entry;
    if (category == QLatin1String("network"))
        return Stage::Network;
    if (category == QLatin1String("storage") || category == QLatin1String("database"))
        return Stage::Data;
    if (category == QLatin1String("observability") || category == QLatin1String("security")
        || category == QLatin1String("cost"))
        return Stage::Support;
    return Stage::Compute;
}

void columnLayout(Diagram& work)
{
    LayoutNeeds needs;
    for (const Node& n : work.nodes)
        needs.position.insert(n.id);
    for (const Group& g : work.groups) {
        needs.position.insert(g.id);
        needs.size.insert(g.id);
    }
    autoLayout(work, needs);
}

} // namespace

Arrangement arrange(const Diagram& diagram, const ArrangeOptions& options)
{
    const auto cardSize = options.cardSize ? options.cardSize : [](const Node& n) { return nodeRect(n).size(); };
    Diagram work = options.only.isEmpty() ? diagram : partOf(diagram, options.only);
    const QRectF before = boundsOf(work, cardSize);

    Arrangement result;
    QString why = QStringLiteral("too many cards for dot");
    if (options.engine == Engine::Columns)
        why = QStringLiteral("asked for");
    else if (options.engine == Engine::Dot || work.nodes.size() <= std::size_t(kDotUpTo)) {
        const Catalog* catalog = options.catalog;
        why = dotLayout(work, {cardSize, [catalog](const Node& n) { return stageOf(n, catalog); }});
    }
    if (why.isEmpty()) {
        result.engine = QStringLiteral("dot");
    } else {
        columnLayout(work);
        result.engine = QStringLiteral("columns (%1)").arg(why);
    }

    // The block stays where what it replaces began.
    const QRectF after = boundsOf(work, cardSize);
    const QPointF shift = before.isNull() || after.isNull() ? QPointF() : before.topLeft() - after.topLeft();
    for (const Node& n : work.nodes)
        result.nodePos.insert(n.id, n.pos + shift);
    for (const Group& g : work.groups)
        result.groupBox.insert(g.id, g.box.translated(shift));
    return result;
}

void applyArrangement(Diagram& diagram, const Arrangement& arrangement)
{
    QSet<Id> moved;
    for (Node& n : diagram.nodes) {
        const auto at = arrangement.nodePos.constFind(n.id);
        if (at != arrangement.nodePos.cend() && *at != n.pos) {
            n.pos = *at;
            moved.insert(n.id);
        }
    }
    for (Group& g : diagram.groups) {
        const auto at = arrangement.groupBox.constFind(g.id);
        if (at != arrangement.groupBox.cend())
            g.box = *at;
    }
    for (Edge& e : diagram.edges) {
        if (moved.contains(e.from) || moved.contains(e.to))
            e.points.clear();
    }
}

} // namespace cw::layout
