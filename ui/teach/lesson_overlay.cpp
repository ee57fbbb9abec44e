#include "lesson_overlay.h"

#include "view/canvas_item.h"
#include "view/edge_item.h"
#include "view/view_scene.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {
const QColor kAccent(0xFF, 0x8F, 0x00); // amber: apart from selection blue and the severities
constexpr qreal kOutline = 5.0;
constexpr qreal kGlow = 14.0;
constexpr qreal kDotRadius = 9.0;

qreal lengthOf(const QPolygonF& path)
{
    qreal total = 0;
    for (qsizetype i = 1; i < path.size(); ++i)
        total += QLineF(path[i - 1], path[i]).length();
    return total;
}
} // namespace

LessonOverlay::LessonOverlay(ViewScene& scene)
    : m_scene(scene)
{
    setZValue(5000); // over cards, edges and badges
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(QGraphicsItem::ItemIsSelectable, false);
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &LessonOverlay::tick);
    connect(&scene, &QGraphicsScene::sceneRectChanged, this, [this] { prepareGeometryChange(); });
}

void LessonOverlay::setHighlights(const QList<Id>& ids)
{
    m_highlights = ids;
    update();
}

void LessonOverlay::setFlow(const QList<Leg>& legs)
{
    m_legs = legs;
    if (m_legs.isEmpty()) {
        m_timer.stop();
    } else if (!m_timer.isActive()) {
        m_clock.start();
        m_timer.start();
    } else {
        m_clock.restart();
    }
    update();
}

QRectF LessonOverlay::boundingRect() const
{
    // Highlights and dots can be anywhere the diagram is; painting is a few shapes.
    return m_scene.sceneRect();
}

QPolygonF LessonOverlay::flowPath() const
{
    QPolygonF path;
    for (const Leg& leg : m_legs) {
        const EdgeItem* item = m_scene.edgeItem(leg.edge);
        if (!item || !item->isVisible() || item->route().size() < 2)
            continue; // deleted or hidden by the student: the rest still flows
        std::vector<QPointF> points = item->route();
        if (leg.backwards)
            std::reverse(points.begin(), points.end());
        for (const QPointF& p : points)
            path << p;
    }
    return path;
}

QPointF LessonOverlay::pointAt(const QPolygonF& path, qreal distance) const
{
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QLineF seg(path[i - 1], path[i]);
        if (distance <= seg.length())
            return seg.length() > 0 ? seg.pointAt(distance / seg.length()) : seg.p1();
        distance -= seg.length();
    }
    return path.isEmpty() ? QPointF() : path.last();
}

QPointF LessonOverlay::leadDot() const
{
    const QPolygonF path = flowPath();
    const qreal total = lengthOf(path);
    if (total <= 0 || !m_clock.isValid())
        return {};
    return pointAt(path, std::fmod(m_clock.elapsed() / 1000.0 * kSpeed, total));
}

void LessonOverlay::tick()
{
    // Repaint only where the dots were and are: a frame stays cheap on a big diagram.
    update(m_lastDots);
    const QPolygonF path = flowPath();
    m_lastDots = path.boundingRect().adjusted(-kGlow, -kGlow, kGlow, kGlow);
    update(m_lastDots);
}

void LessonOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor glow = kAccent;
    glow.setAlpha(70);
    for (const Id& id : std::as_const(m_highlights)) {
        const CanvasItem* item = m_scene.canvasItem(id);
        if (!item || !item->isVisible())
            continue;
        QPainterPath outline;
        if (const auto* edge = dynamic_cast<const EdgeItem*>(item)) {
            const std::vector<QPointF>& r = edge->route();
            if (r.size() < 2)
                continue;
            outline.moveTo(r.front());
            for (size_t i = 1; i < r.size(); ++i)
                outline.lineTo(r[i]);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(glow, kGlow, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawPath(outline);
            painter->setPen(QPen(kAccent, kOutline - 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawPath(outline);
            continue;
        }
        const QRectF frame = item->frame().adjusted(-4, -4, 4, 4);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(glow, kGlow));
        painter->drawRoundedRect(frame.adjusted(-3, -3, 3, 3), 12, 12);
        painter->setPen(QPen(kAccent, kOutline));
        painter->drawRoundedRect(frame, 10, 10);
    }

    const QPolygonF path = flowPath();
    const qreal total = lengthOf(path);
    if (total <= 0 || !m_clock.isValid())
        return;
    const qreal lead = std::fmod(m_clock.elapsed() / 1000.0 * kSpeed, total);
    // A few dots one behind the other, the lead one biggest: a request on its way.
    for (int i = 0; i < kDots; ++i) {
        const qreal at = lead - i * 18.0;
        if (at < 0)
            break;
        const QPointF p = pointAt(path, at);
        const qreal r = kDotRadius * (1.0 - i * 0.25);
        QColor c = kAccent;
        c.setAlpha(255 - i * 70);
        painter->setPen(i == 0 ? QPen(Qt::white, 2) : Qt::NoPen);
        painter->setBrush(c);
        painter->drawEllipse(p, r, r);
    }
}

} // namespace cw
