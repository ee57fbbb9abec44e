// DiagramScene's hand-shaped routes: a segment of a selected edge dragged across its
// direction, and the edge's context menu; each one edit through the Document.
#include "diagram_scene.h"

#include "document.h"
#include "edit/edits.h"
#include "layout/model_routes.h"
#include "view/edge_item.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cw {

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
