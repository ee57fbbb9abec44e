#pragma once

#include "canvas_item.h"
#include "finding_badge.h"
#include "model/diagram.h"

#include <QPainterPath>

namespace cw {

/// A connection drawn as a straight line between the borders of its two ends, with an
/// arrowhead, a style per edge kind and an optional label in the middle.
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

    void sync(const Edge& edge);
    /// Re-routes between the current frames of the two ends (scene coordinates).
    void route(const QRectF& from, const QRectF& to);
    const Id& from() const { return m_from; }
    const Id& to() const { return m_to; }
    void setBadge(const FindingBadge& badge);

private:
    QPointF badgeCenter() const;
    void layout();

    QRectF m_fromRect;
    QRectF m_toRect;
    Id m_from;
    Id m_to;
    EdgeKind m_kind = EdgeKind::Request;
    QString m_label;
    QPointF m_start;
    QPointF m_end;
    QPointF m_base; ///< where the line meets the arrowhead
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QRectF m_bounds;
    QString m_tooltip;
    FindingBadge m_badge;
};

} // namespace cw
