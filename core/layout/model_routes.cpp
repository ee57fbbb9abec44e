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
        index.set(id, titleBar(rectOf(id)));
    else
        index.remove(id);
}

void fillObstacles(ObstacleIndex& index, const Architecture& model, const RectOf& rectOf)
{
    index.clear();
    for (const Group& g : model.groups())
        index.set(g.id, titleBar(rectOf(g.id)));
    for (const Node& n : model.nodes())
        index.set(n.id, rectOf(n.id));
}

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
