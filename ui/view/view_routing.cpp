// ViewScene's edges: routed from the rects the items draw, incrementally as the model
// changes and live during drags; labels placed where they cover no card or other label.
#include "view_scene.h"

#include "catalog/effective_values.h"
#include "edge_item.h"
#include "edit/edits.h"
#include "group_item.h"
#include "layout/model_routes.h"
#include "node_item.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cw {

QString ViewScene::endName(const Id& id) const
{
    return displayName(m_catalog, m_model, id);
}

void ViewScene::syncEdge(EdgeItem* item, const Edge& edge)
{
    if (item)
        item->sync(edge, endName(edge.from), endName(edge.to));
}

QRectF ViewScene::rectOf(const Id& id) const
{
    if (const NodeItem* n = m_nodes.value(id))
        return n->frame();
    if (const GroupItem* g = m_groups.value(id))
        return g->frame();
    return {};
}

QPointF ViewScene::liveDelta(const Id& id) const
{
    // How far a drag in progress has taken an end from where the model has it.
    const Architecture& model = m_model;
    if (const Node* n = model.node(id))
        return rectOf(id).topLeft() - n->pos;
    if (const Group* g = model.group(id))
        return rectOf(id).topLeft() - g->box.topLeft();
    return {};
}

void ViewScene::refreshObstacle(const Id& id)
{
    if (m_nodes.contains(id) || m_groups.contains(id))
        routing::updateObstacle(m_router.obstacles(), m_model, id, [this](const Id& i) { return rectOf(i); });
    else
        m_router.obstacles().remove(id);
}

void ViewScene::routeEdge(EdgeItem* item, bool draft)
{
    const Architecture& model = m_model;
    const Edge* e = model.edge(item->id());
    if (!e || !canvasItem(e->from) || !canvasItem(e->to))
        return;
    routing::RouteRequest request = routing::requestFor(model, *e, [this](const Id& i) { return rectOf(i); });
    request.draft = draft;
    if (!e->points.empty()) {
        // A shaped route follows a drag in progress the way moveItems will make it follow.
        const QPointF fromDelta = liveDelta(e->from), toDelta = liveDelta(e->to);
        if (!fromDelta.isNull() || !toDelta.isNull())
            request.points = edit::followEnds(e->points, fromDelta, toDelta);
    }
    item->setRoute(m_router.route(request));
    m_reach.insert(e->id, m_router.lastReachParts());
    placeLabel(item);
}

void ViewScene::placeLabel(EdgeItem* item)
{
    // On the first spot along the route that covers no card and no label placed before;
    // where the whole label fits nowhere, elided to what the longest segment holds.
    m_labels.remove(item->id());
    item->fitLabel(0);
    const auto clear = [&] {
        const QRectF label = item->labelRect();
        const auto covers = [&](const QRectF& r) { return r.intersects(label); };
        return !m_router.obstacles().any(label, covers) && !m_labels.any(label, covers);
    };
    const auto tryAll = [&] {
        for (const QPointF& spot : item->labelSpots()) {
            item->placeLabel(spot);
            if (clear())
                return true;
        }
        return false;
    };
    bool placed = tryAll();
    constexpr qreal kShortestLabel = 20; // an ellipsis at least: the tooltip has the whole
    const qreal room = item->longestSegment() - 8;
    if (!placed && room >= kShortestLabel) {
        item->fitLabel(room);
        placed = tryAll();
    }
    if (!placed) { // nowhere clear: the middle of the longest segment
        const std::vector<QPointF> spots = item->labelSpots();
        if (!spots.empty())
            item->placeLabel(spots.front());
    }
    m_labels.set(item->id(), item->labelRect());
}

void ViewScene::routeEdgesAt(const Id& id)
{
    for (const Id& e : m_model.edgesAt(id)) {
        if (EdgeItem* item = m_edges.value(e))
            routeEdge(item);
    }
}

void ViewScene::itemMoved(const Id& id)
{
    if (m_syncing) {
        m_moved.insert(id);
        return;
    }
    refreshObstacle(id);
    routeEdgesAt(id);
}

void ViewScene::rerouteAll()
{
    m_pendingRoutes.clear();
    routing::fillObstacles(m_router.obstacles(), m_model, [this](const Id& i) { return rectOf(i); });
    for (EdgeItem* item : std::as_const(m_edges))
        routeEdge(item);
}

void ViewScene::routeForLoad()
{
    if (m_edges.size() <= kRouteAtOnceUpTo) {
        rerouteAll();
        return;
    }
    m_pendingRoutes.clear();
    routing::fillObstacles(m_router.obstacles(), m_model, [this](const Id& i) { return rectOf(i); });
    m_pendingRoutes.reserve(size_t(m_edges.size()));
    for (EdgeItem* item : std::as_const(m_edges)) {
        routeEdge(item, true);
        m_pendingRoutes.push_back(item->id());
    }
    if (!m_refineTimer) {
        m_refineTimer = new QTimer(this);
        m_refineTimer->setInterval(0);
        connect(m_refineTimer, &QTimer::timeout, this, &ViewScene::refineRoutes);
    }
    m_refineTimer->start();
}

void ViewScene::refineRoutes()
{
    // About a frame's worth at a time, so panning and editing stay smooth meanwhile.
    QElapsedTimer slice;
    slice.start();
    while (!m_pendingRoutes.empty() && slice.elapsed() < 12) {
        const Id id = m_pendingRoutes.back();
        m_pendingRoutes.pop_back();
        if (EdgeItem* item = m_edges.value(id))
            routeEdge(item);
    }
    if (m_pendingRoutes.empty() && m_refineTimer)
        m_refineTimer->stop();
}

void ViewScene::finishRoutes()
{
    while (!m_pendingRoutes.empty()) {
        const Id id = m_pendingRoutes.back();
        m_pendingRoutes.pop_back();
        if (EdgeItem* item = m_edges.value(id))
            routeEdge(item);
    }
    if (m_refineTimer)
        m_refineTimer->stop();
}

qsizetype ViewScene::rerouteAround(const QSet<Id>& ids)
{
    if (ids.isEmpty())
        return 0;
    QSet<Id> edges;
    std::vector<QRectF> areas; // where obstacles were and are now
    const routing::ObstacleIndex& index = m_router.obstacles();
    for (const Id& id : ids) {
        if (const int slot = index.slotOf(id); slot >= 0)
            areas.push_back(index.rect(slot));
        refreshObstacle(id);
        if (const int slot = index.slotOf(id); slot >= 0)
            areas.push_back(index.rect(slot));
        // Its edges, and the edges sharing a side with them at their other ends (the
        // ports there are handed out in the order of where the ends lie).
        for (const Id& e : m_model.edgesAt(id)) {
            edges.insert(e);
            if (const Edge* edge = m_model.edge(e)) {
                for (const Id& sibling : m_model.edgesAt(edge->from == id ? edge->to : edge->from))
                    edges.insert(sibling);
            }
        }
    }
    // Edges whose route a moved obstacle may change: those that looked where it was or
    // is now. A linear scan of rectangles: far cheaper than routing, even at 15,000 edges.
    // The rectangles first: hashing every edge's id to look it up in `edges` cost more
    // than the test itself, and few edges pass it.
    for (auto it = m_reach.cbegin(); it != m_reach.cend(); ++it) {
        const bool reached = std::any_of(it.value().cbegin(), it.value().cend(), [&](const QRectF& part) {
            return std::any_of(areas.cbegin(), areas.cend(), [&](const QRectF& area) { return part.intersects(area); });
        });
        if (reached)
            edges.insert(it.key());
    }
    for (const Id& e : std::as_const(edges)) {
        if (EdgeItem* item = m_edges.value(e))
            routeEdge(item);
    }
    return edges.size();
}

} // namespace cw
