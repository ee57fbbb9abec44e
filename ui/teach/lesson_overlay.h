#pragma once

#include "model/kinds.h"

#include <QElapsedTimer>
#include <QGraphicsObject>
#include <QList>
#include <QPainterPath>
#include <QTimer>

namespace cw {

class ViewScene;

/// Drawn over the diagram while a lesson runs: a thick accent outline around each
/// highlighted card, frame or edge, and dots travelling along the step's flow, looping.
/// Never takes the mouse (its shape is empty), so every gesture reaches the items below.
/// It reads positions and routes from the scene at each frame, so it follows drags and
/// re-routes without being told.
class LessonOverlay : public QGraphicsObject {
    Q_OBJECT

public:
    /// One edge of the flow, walked against its direction when backwards.
    struct Leg {
        Id edge;
        bool backwards = false;
    };

    explicit LessonOverlay(ViewScene& scene);

    void setHighlights(const QList<Id>& ids);
    const QList<Id>& highlights() const { return m_highlights; }
    /// Starts the animation along these legs (stops it when empty).
    void setFlow(const QList<Leg>& legs);
    bool animating() const { return m_timer.isActive(); }
    /// The flow's route in scene coordinates, as the dots travel it now: the legs' drawn
    /// routes in order (reversed where walked backwards), joined through the cards.
    QPolygonF flowPath() const;
    /// Where the lead dot is now, in scene coordinates (null without a flow).
    QPointF leadDot() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override { return {}; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    static constexpr qreal kSpeed = 260.0; ///< scene units per second
    static constexpr int kDots = 3;

private:
    void tick();
    QPointF pointAt(const QPolygonF& path, qreal distance) const;

    ViewScene& m_scene;
    QList<Id> m_highlights;
    QList<Leg> m_legs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QRectF m_lastDots; ///< where the dots were drawn last, to repaint only that
};

} // namespace cw
