#pragma once

#include "edge_router.h"

#include "model/architecture.h"

#include <functional>

namespace cw::routing {

/// The strip of a group's frame its title is drawn in: routes go around it.
QRectF titleBar(const QRectF& groupBox);

/// Where an entity is drawn: a node's card, a group's frame. The canvas passes the rects
/// its items draw; the core default is rectInModel().
using RectOf = std::function<QRectF(const Id&)>;
QRectF rectInModel(const Architecture& model, const Id& id);

/// Files every card and every group's title bar of the model in the index (cleared first).
void fillObstacles(ObstacleIndex& index, const Architecture& model, const RectOf& rectOf);
/// The obstacles of one node or group, after it moved, was added or removed.
void updateObstacle(ObstacleIndex& index, const Architecture& model, const Id& id, const RectOf& rectOf);

/// What routing an edge needs: its ends' rects, its stored route and style, its lane
/// among the edges between the same two ends (by id, so every one of them agrees), and
/// where its ports sit: the routed edges that leave one side of a card share it out in
/// the order of their other ends along that side, kPortSpacing apart.
RouteRequest requestFor(const Architecture& model, const Edge& edge, const RectOf& rectOf);

/// Routes every edge of the model from the rects of rectInModel(), in model order.
std::vector<std::vector<QPointF>> routeAll(const Architecture& model);

} // namespace cw::routing
