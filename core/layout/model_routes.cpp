#include "model_routes.h"

#include <algorithm>

namespace cw::routing {

QRectF titleBar(const QRectF& box)
{
    return QRectF(box.left(), box.top(), box.width(), std::min(kGroupTitleHeight, box.height()));
}

QRectF rectInModel(const Architecture& model, const Id& id)
{
    if (const Node* n = model.node(id))
        return nodeRect(*n);
    if (const Group* g = model.group(id))
        return g->box;
    return {};
}

void updateObstacle(ObstacleIndex& index, const Architecture& model, const Id& id, const RectOf& rectOf)
{
    if (model.node(id))
        index.set(id, rectOf(id));
    else if (model.group(id))
        index.set(id, titleBar(rectOf(id)), true);
    else
        index.remove(id);
}

void fillObstacles(ObstacleIndex& index, const Architecture& model, const RectOf& rectOf)
{
    index.clear();
    for (const Group& g : model.groups())
        index.set(g.id, titleBar(rectOf(g.id)), true);
    for (const Node& n : model.nodes())
        index.set(n.id, rectOf(n.id));
}

namespace {

bool acrossSides(Side s)
{
    return s == Side::Left || s == Side::Right;
}

// How far along its side the port of edge `self` at `node` sits from the middle.
double portShift(
    const Architecture& model, const Id& node, const QRectF& rect, Side side, const Id& self, const RectOf& rectOf)
{
    std::vector<std::pair<double, Id>> sharing; // (other end along the side, edge)
    for (const Id& id : model.edgesAt(node)) {
        const Edge* e = model.edge(id);
        if (!e || e->from == e->to || e->style != EdgeStyle::Orthogonal || !e->points.empty())
            continue; // no port of the router's: straight, shaped, or a loop
        const bool out = e->from == node;
        const QRectF other = rectOf(out ? e->to : e->from);
        const auto sides = out ? portSides(rect, other) : portSides(other, rect);
        if ((out ? sides.first : sides.second) != side)
            continue;
        sharing.emplace_back(acrossSides(side) ? other.center().y() : other.center().x(), id);
    }
    std::sort(sharing.begin(), sharing.end());
    sharing.erase(std::unique(sharing.begin(), sharing.end()), sharing.end());
    const auto at = std::find_if(sharing.begin(), sharing.end(), [&](const auto& p) { return p.second == self; });
    if (sharing.size() < 2 || at == sharing.end())
        return 0;
    const double along = acrossSides(side) ? rect.height() : rect.width();
    const double n = double(sharing.size());
    const double spacing = std::min(EdgeRouter::kPortSpacing, along / (n + 1));
    return (double(at - sharing.begin()) - (n - 1) / 2) * spacing;
}

} // namespace

RouteRequest requestFor(const Architecture& model, const Edge& edge, const RectOf& rectOf)
{
    RouteRequest r;
    r.from = rectOf(edge.from);
    r.to = rectOf(edge.to);
    r.fromKey = edge.from;
    r.toKey = edge.to;
    r.style = edge.style;
    r.points = edge.points;
    QList<Id> pair;
    for (const Id& id : model.edgesAt(edge.from)) {
        const Edge* e = model.edge(id);
        if (e && ((e->from == edge.from && e->to == edge.to) || (e->from == edge.to && e->to == edge.from)))
            pair.append(id);
    }
    if (pair.size() > 1) {
        std::sort(pair.begin(), pair.end());
        pair.erase(std::unique(pair.begin(), pair.end()), pair.end());
        r.lanes = int(pair.size());
        r.lane = int(pair.indexOf(edge.id));
    }
    if (edge.style == EdgeStyle::Orthogonal && edge.points.empty() && edge.from != edge.to) {
        const auto [fromSide, toSide] = portSides(r.from, r.to);
        r.spread = true;
        r.fromShift = portShift(model, edge.from, r.from, fromSide, edge.id, rectOf);
        r.toShift = portShift(model, edge.to, r.to, toSide, edge.id, rectOf);
    }
    return r;
}

std::vector<std::vector<QPointF>> routeAll(const Architecture& model)
{
    const RectOf rectOf = [&](const Id& id) { return rectInModel(model, id); };
    EdgeRouter router;
    fillObstacles(router.obstacles(), model, rectOf);
    std::vector<std::vector<QPointF>> routes;
    routes.reserve(model.edges().size());
    for (const Edge& e : model.edges())
        routes.push_back(router.route(requestFor(model, e, rectOf)));
    return routes;
}

} // namespace cw::routing
