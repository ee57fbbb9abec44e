#pragma once

#include "canvas_item.h"
#include "finding_badge.h"
#include "model/diagram.h"

#include <QPainterPath>

#include <vector>

namespace cw {

/// A connection drawn along its route (core/layout/edge_router: orthogonal with rounded
/// corners, or straight), with an arrowhead at the target's port, a style per edge kind
/// and an optional label on its longest segment.
class EdgeItem final : public CanvasItem {
public:
    enum { Type = UserType + 3 };

    explicit EdgeItem(const Edge& edge);

    int type() const override { return Type; }
    EntityType entityType() const override { return EntityType::Edge; }
    QRectF frame() const override { return sceneBoundingRect(); }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Takes the model's values; the names of the two ends are for the tooltip.
    void sync(const Edge& edge, const QString& fromName, const QString& toName);
    /// Draws the edge along points (scene coordinates, port to port).
    void setRoute(std::vector<QPointF> points);
    const std::vector<QPointF>& route() const { return m_points; }
    const Id& from() const { return m_from; }
    const Id& to() const { return m_to; }
    EdgeStyle style() const { return m_style; }
    QString toolTipText() const { return m_tooltip; }
    void setBadge(const FindingBadge& badge);
    /// The segment (index of its first point) within grab distance of a scene point, or -1.
    int segmentAt(QPointF scenePos) const;
    QRectF labelRect() const { return m_labelRect; }
    /// Where the label may sit, best first: on the line at the middles, then the quarter
    /// points, of the segments, longest first; then beside the line, touching it, at the
    /// same points. Empty without a label.
    std::vector<QPointF> labelSpots() const;
    /// Centres the label (and a finding badge above it) on a point of the route.
    void placeLabel(QPointF center);
    /// Shows the label whole (width <= 0) or elided in the middle to a width, for a
    /// route with no room for it whole; the tooltip keeps the whole text.
    void fitLabel(qreal width);
    /// The length of the route's longest segment.
    qreal longestSegment() const;

private:
    QPointF badgeCenter() const;
    /// Whether any of the route, its arrowhead, label or badge lies in a scene rect.
    bool inView(const QRectF& exposed) const;
    void layout();

    Id m_from;
    Id m_to;
    EdgeKind m_kind = EdgeKind::Request;
    EdgeStyle m_style = EdgeStyle::Orthogonal;
    QString m_label;
    QString m_shownLabel; ///< m_label, or elided by fitLabel
    std::vector<QPointF> m_points;
    QPainterPath m_path;          ///< the line up to the arrowhead, corners rounded
    mutable QPainterPath m_shape; ///< shape(), made when first asked after a change
    mutable QPolygonF m_flat;     ///< m_path flattened, for dashes: made when first drawn
    double m_length = 0;
    QPolygonF m_arrow;
    QRectF m_arrowBounds; ///< m_arrow's, kept: every paint asks whether it is in view
    QPointF m_middle; ///< middle of the longest segment: label and badge sit there
    QRectF m_labelRect;
    QSizeF m_labelSize;
    QRectF m_bounds;
    QString m_tooltip;
    FindingBadge m_badge;
};

} // namespace cw
