// DiagramScene's edges: routed from the rects the items draw, incrementally as the model
// changes and live during drags; labels placed; routes shaped by hand (segment drags and
// the edge's context menu), each one edit through the Document.
#include "diagram_scene.h"

#include "catalog/effective_values.h"
#include "document.h"
#include "edge_item.h"
#include "edit/edits.h"
#include "group_item.h"
#include "layout/model_routes.h"
#include "node_item.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cw {

QString DiagramScene::endName(const Id& id) const
{
    return displayName(m_doc.catalog(), m_doc.model(), id);
}

void DiagramScene::syncEdge(EdgeItem* item, const Edge& edge)
{
    if (item)
        item->sync(edge, endName(edge.from), endName(edge.to));
}

QRectF DiagramScene::rectOf(const Id& id) const
{
    if (const NodeItem* n = m_nodes.value(id))
        return n->frame();
    if (const GroupItem* g = m_groups.value(id))
        return g->frame();
    return {};
}

QPointF DiagramScene::liveDelta(const Id& id) const
{
    // How far a drag in progress has taken an end from where the model has it.
    const Architecture& model = m_doc.model();
    if (const Node* n = model.node(id))
        return rectOf(id).topLeft() - n->pos;
    if (const Group* g = model.group(id))
        return rectOf(id).topLeft() - g->box.topLeft();
    return {};
}

void DiagramScene::refreshObstacle(const Id& id)
{
    if (m_nodes.contains(id) || m_groups.contains(id))
        routing::updateObstacle(m_router.obstacles(), m_doc.model(), id, [this](const Id& i) { return rectOf(i); });
    else
        m_router.obstacles().remove(id);
}

void DiagramScene::routeEdge(EdgeItem* item, bool draft)
{
    const Architecture& model = m_doc.model();
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

void DiagramScene::placeLabel(EdgeItem* item)
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

void DiagramScene::routeEdgesAt(const Id& id)
{
    for (const Id& e : m_doc.model().edgesAt(id)) {
        if (EdgeItem* item = m_edges.value(e))
            routeEdge(item);
    }
}

void DiagramScene::itemMoved(const Id& id)
{
    if (m_syncing) {
        m_moved.insert(id);
        return;
    }
    refreshObstacle(id);
    routeEdgesAt(id);
}

void DiagramScene::rerouteAll()
{
    m_pendingRoutes.clear();
    routing::fillObstacles(m_router.obstacles(), m_doc.model(), [this](const Id& i) { return rectOf(i); });
    for (EdgeItem* item : std::as_const(m_edges))
        routeEdge(item);
}

void DiagramScene::routeForLoad()
{
    if (m_edges.size() <= kRouteAtOnceUpTo) {
        rerouteAll();
        return;
    }
    m_pendingRoutes.clear();
    routing::fillObstacles(m_router.obstacles(), m_doc.model(), [this](const Id& i) { return rectOf(i); });
    m_pendingRoutes.reserve(size_t(m_edges.size()));
    for (EdgeItem* item : std::as_const(m_edges)) {
        routeEdge(item, true);
        m_pendingRoutes.push_back(item->id());
    }
    if (!m_refineTimer) {
        m_refineTimer = new QTimer(this);
        m_refineTimer->setInterval(0);
        connect(m_refineTimer, &QTimer::timeout, this, &DiagramScene::refineRoutes);
    }
    m_refineTimer->start();
}

void DiagramScene::refineRoutes()
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

void DiagramScene::finishRoutes()
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

qsizetype DiagramScene::rerouteAround(const QSet<Id>& ids)
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
        for (const Id& e : m_doc.model().edgesAt(id)) {
            edges.insert(e);
            if (const Edge* edge = m_doc.model().edge(e)) {
                for (const Id& sibling : m_doc.model().edgesAt(edge->from == id ? edge->to : edge->from))
                    edges.insert(sibling);
            }
        }
    }
    // Edges whose route a moved obstacle may change: those that looked where it was or
    // is now. A linear scan of rectangles: far cheaper than routing, even at 15,000 edges.
    for (auto it = m_reach.cbegin(); it != m_reach.cend(); ++it) {
        if (it.value().empty() || edges.contains(it.key()))
            continue;
        const bool reached = std::any_of(areas.cbegin(), areas.cend(), [&](const QRectF& area) {
            return std::any_of(it.value().cbegin(), it.value().cend(),
                [&](const QRectF& part) { return !part.isNull() && part.intersects(area); });
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

bool DiagramScene::setEdgeRoute(const Id& edge, const std::vector<QPointF>& points, EdgeStyle style)
{
    return m_doc.request([&](Architecture& m) { return edit::setEdgeRoute(m, edge, points, style); });
}

// The route with segment m_segment moved by the mouse's travel across it. An end segment
// keeps its port: a short stub stays on the port and the rest moves, with a new bend.
void DiagramScene::updateSegment(QPointF scenePos)
{
    EdgeItem* item = m_edges.value(m_anchor);
    const std::size_t k = std::size_t(m_segment);
    if (!item || k + 1 >= m_segmentStart.size())
        return;
    std::vector<QPointF> p = m_segmentStart;
    const bool horizontal = std::abs(p[k].y() - p[k + 1].y()) < 1e-6;
    QPointF d = scenePos - m_pressPos;
    d = horizontal ? QPointF(0, d.y()) : QPointF(d.x(), 0);
    if (m_snap) {
        const QPointF moved = snapped(p[k] + d);
        d = horizontal ? QPointF(0, moved.y() - p[k].y()) : QPointF(moved.x() - p[k].x(), 0);
    }
    if (d.isNull()) {
        item->setRoute(m_segmentStart);
        return;
    }
    const QLineF seg(p[k], p[k + 1]);
    const qreal stub = std::min(routing::EdgeRouter::kClearance, seg.length() / 3);
    const QPointF unit = seg.length() > 0 ? (p[k + 1] - p[k]) / seg.length() : QPointF();
    std::vector<QPointF> out(p.begin(), p.begin() + std::ptrdiff_t(k));
    if (k == 0) {
        out.push_back(p[0]);
        out.push_back(p[0] + unit * stub);
        out.push_back(p[0] + unit * stub + d);
    } else {
        out.push_back(p[k] + d);
    }
    if (k + 2 == p.size()) {
        out.push_back(p[k + 1] - unit * stub + d);
        out.push_back(p[k + 1] - unit * stub);
        out.push_back(p[k + 1]);
    } else {
        out.push_back(p[k + 1] + d);
        out.insert(out.end(), p.begin() + std::ptrdiff_t(k + 2), p.end());
    }
    item->setRoute(routing::simplified(out));
}

void DiagramScene::finishSegment()
{
    EdgeItem* item = m_edges.value(m_anchor);
    const std::vector<QPointF> start = std::exchange(m_segmentStart, {});
    m_segment = -1;
    if (!item || item->route() == start)
        return;
    const std::vector<QPointF> shaped = item->route();
    if (!setEdgeRoute(m_anchor, shaped, EdgeStyle::Orthogonal))
        routeEdge(item);
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    auto* edge = dynamic_cast<EdgeItem*>(topItemAt(event->scenePos()));
    const Edge* e = edge ? m_doc.model().edge(edge->id()) : nullptr;
    if (!e) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    const Id id = e->id;
    QMenu menu;
    QAction* straight = menu.addAction(tr("Straight Line"));
    straight->setCheckable(true);
    straight->setChecked(e->style == EdgeStyle::Straight);
    QAction* orthogonal = menu.addAction(tr("Orthogonal"));
    orthogonal->setCheckable(true);
    orthogonal->setChecked(e->style == EdgeStyle::Orthogonal);
    menu.addSeparator();
    QAction* reset = menu.addAction(tr("Reset Route"));
    reset->setEnabled(!e->points.empty());
    reset->setStatusTip(tr("Forget the route shaped by hand and route the edge around cards again"));
    const EdgeStyle style = e->style;
    QAction* chosen = menu.exec(event->screenPos());
    if (chosen == straight && style != EdgeStyle::Straight)
        setEdgeRoute(id, {}, EdgeStyle::Straight);
    else if (chosen == orthogonal && style != EdgeStyle::Orthogonal)
        setEdgeRoute(id, {}, EdgeStyle::Orthogonal);
    else if (chosen == reset)
        setEdgeRoute(id, {}, style);
    event->accept();
}

} // namespace cw
