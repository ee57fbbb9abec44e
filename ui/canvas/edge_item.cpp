#include "edge_item.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace cw {

namespace {
constexpr qreal kArrowLength = 11.0;
constexpr qreal kArrowHalfWidth = 5.0;
constexpr qreal kGap = 3.0; // keeps the arrow tip off the card's border

QFont labelFont()
{
    QFont f;
    f.setPointSizeF(8.0);
    return f;
}

// The part of line inside rect (Liang-Barsky); false when there is none.
bool clipLine(QLineF& line, const QRectF& rect)
{
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4]
        = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a = line.pointAt(t0);
    const QPointF b = line.pointAt(t1);
    line = QLineF(a, b);
    return true;
}

// Where the ray from the centre of rect towards target leaves rect.
QPointF borderPoint(const QRectF& rect, QPointF target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = d.x() != 0 ? (rect.width() / 2 + kGap) / std::abs(d.x()) : std::numeric_limits<qreal>::max();
    const qreal sy = d.y() != 0 ? (rect.height() / 2 + kGap) / std::abs(d.y()) : std::numeric_limits<qreal>::max();
    return c + d * std::min({sx, sy, 1.0});
}
} // namespace

EdgeItem::EdgeItem(const Edge& edge)
    : CanvasItem(edge.id)
{
    setFlags(ItemIsSelectable);
    setZValue(5);
    sync(edge);
}

void EdgeItem::sync(const Edge& edge)
{
    m_from = edge.from;
    m_to = edge.to;
    m_kind = edge.kind;
    m_label = edge.label;
    m_tooltip = QObject::tr("%1 edge: %2 → %3%4")
                    .arg(toString(edge.kind), edge.from, edge.to,
                        edge.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(edge.label));
    setToolTip(m_badge.tooltip.isEmpty() ? m_tooltip : m_tooltip + QStringLiteral("<hr>") + m_badge.tooltip);
    layout(); // the label may have changed
}

void EdgeItem::route(const QRectF& from, const QRectF& to)
{
    m_fromRect = from;
    m_toRect = to;
    layout();
}

void EdgeItem::layout()
{
    prepareGeometryChange();
    m_start = borderPoint(m_fromRect, m_toRect.center());
    m_end = borderPoint(m_toRect, m_fromRect.center());
    const QLineF line(m_start, m_end);
    const qreal length = line.length();
    m_arrow.clear();
    if (length > kArrowLength) {
        const QPointF unit = (m_end - m_start) / length;
        const QPointF normal(-unit.y(), unit.x());
        const QPointF base = m_end - unit * kArrowLength;
        m_base = base;
        m_arrow << m_end << base + normal * kArrowHalfWidth << base - normal * kArrowHalfWidth;
    } else {
        m_base = m_end;
    }
    m_labelRect = QRectF();
    if (!m_label.isEmpty()) {
        const QFontMetricsF fm(labelFont());
        const QSizeF size(fm.horizontalAdvance(m_label) + 10, fm.height() + 4);
        m_labelRect = QRectF(line.center() - QPointF(size.width() / 2, size.height() / 2), size);
    }
    // Room for a finding badge too, so that it is never cut off when only part is redrawn.
    const qreal r = FindingBadge::kRadius + 2;
    const QRectF badge(badgeCenter() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    m_bounds = QRectF(m_start, m_end)
                   .normalized()
                   .united(m_arrow.boundingRect())
                   .united(m_labelRect)
                   .united(badge)
                   .adjusted(-6, -6, 6, 6);
    update();
}

QPointF EdgeItem::badgeCenter() const
{
    const double above = m_labelRect.isNull() ? 0.0 : m_labelRect.height() / 2 + FindingBadge::kRadius + 2;
    return QLineF(m_start, m_end).center() - QPointF(0, above);
}

void EdgeItem::setBadge(const FindingBadge& badge)
{
    if (badge == m_badge)
        return;
    m_badge = badge;
    setToolTip(badge.tooltip.isEmpty() ? m_tooltip : m_tooltip + QStringLiteral("<hr>") + badge.tooltip);
    update();
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath line(m_start);
    line.lineTo(m_end);
    QPainterPath path = stroker.createStroke(line);
    if (!m_labelRect.isNull())
        path.addRect(m_labelRect);
    return path;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(widget);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const theme::EdgeStyle style = theme::edgeStyle(m_kind);
    const QColor color = isSelected() ? theme::kSelection : style.color;
    // Only the part in view is stroked: a dash pattern along a line thousands of
    // units long costs its whole length, even where it is clipped away. (Not clipped to
    // option->exposedRect: on partial repaints after a move it left gaps in lines.)
    const QRectF device(0, 0, painter->device()->width(), painter->device()->height());
    const QRectF exposed
        = painter->worldTransform().inverted().mapRect(device).adjusted(-8, -8, 8, 8);
    QLineF body(m_start, m_base);
    const QPointF from = body.p1();
    if (lod < 0.3) {
        painter->setPen(QPen(color, 0)); // cosmetic hairline far out
        if (clipLine(body, exposed))
            painter->drawLine(body);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal width = isSelected() ? 2.5 : 1.6;
    QPen pen(color, width, style.line, Qt::RoundCap, Qt::RoundJoin);
    if (clipLine(body, exposed)) {
        // Keep the dashes in step with the whole line while panning.
        pen.setDashOffset(QLineF(from, body.p1()).length() / width);
        painter->setPen(pen);
        painter->drawLine(body);
    }
    if (!m_arrow.isEmpty()) {
        painter->setPen(QPen(color, 1.0));
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
    if (!m_labelRect.isNull() && lod > 0.5) {
        painter->setPen(QPen(QColor(0xDD, 0xE1, 0xE6), 1));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(m_labelRect, 4, 4);
        painter->setPen(theme::kSubtleText);
        painter->setFont(labelFont());
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }
    if (!m_badge.isEmpty())
        paintFindingBadge(painter, badgeCenter(), m_badge);
}

} // namespace cw
