#include "edge_item.h"

#include "theme.h"
#include "view_scene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>
#include <QtMath>

#include <algorithm>

namespace cw {

namespace {
constexpr qreal kArrowLength = 11.0;
constexpr qreal kArrowHalfWidth = 5.0;
constexpr qreal kCornerRadius = 8.0;
constexpr qreal kGrab = 6.0; // how near a segment a press must be to grab it
// Longer than this, a line is stroked only where it is in view: Qt strokes the whole
// path, even where it is clipped away.
constexpr qreal kLongLine = 4000.0;

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
// A dashed or dotted line's pattern as (on, off) lengths in pen widths, with the round caps
// Qt would add already counted in "on": Qt strokes each dash with round caps, which
// costs curves per dash (a dotted 1000-pixel line took 2 ms); flat pieces cost a rect each.
std::pair<qreal, qreal> dashPattern(Qt::PenStyle style)
{
    return style == Qt::DotLine ? std::pair<qreal, qreal>{2.0, 1.0} : std::pair<qreal, qreal>{5.0, 1.0};
}

// The dashes of polyline that fall in rect, as pieces to draw with a flat-capped solid pen.
// The pattern runs from the polyline's start, so the dashes stay put while panning.
void dashPieces(const QPolygonF& polyline, qreal on, qreal off, const QRectF& rect, QVector<QLineF>& out)
{
    const qreal period = on + off;
    qreal along = 0; // where the current piece of the polyline starts, along the whole line
    for (qsizetype i = 1; i < polyline.size(); ++i) {
        const QLineF piece(polyline[i - 1], polyline[i]);
        const qreal length = piece.length();
        QLineF visible = piece;
        if (length > 0 && clipLine(visible, rect)) {
            // Dashes from the first that reaches the visible part to the last that starts in it.
            const qreal from = QLineF(piece.p1(), visible.p1()).length();
            const qreal to = from + visible.length();
            for (qreal start = std::floor((along + from) / period) * period - along; start < to; start += period) {
                const qreal a = std::max(start, from), b = std::min(start + on, to);
                if (b > a)
                    out.append(QLineF(piece.pointAt(a / length), piece.pointAt(b / length)));
            }
        }
        along += length;
    }
}
} // namespace

EdgeItem::EdgeItem(const Edge& edge)
    : CanvasItem(edge.id)
{
    setFlags(ItemIsSelectable);
    setZValue(5);
    sync(edge, edge.from, edge.to);
}

void EdgeItem::sync(const Edge& edge, const QString& fromName, const QString& toName)
{
    m_from = edge.from;
    m_to = edge.to;
    m_kind = edge.kind;
    m_style = edge.style;
    m_label = edge.label;
    m_tooltip = QObject::tr("%1 → %2 (%3)").arg(fromName.toHtmlEscaped(), toName.toHtmlEscaped(), toString(edge.kind));
    if (!edge.label.isEmpty())
        m_tooltip += QStringLiteral("<br>") + edge.label.toHtmlEscaped();
    setToolTip(m_badge.tooltip.isEmpty() ? m_tooltip : m_tooltip + QStringLiteral("<hr>") + m_badge.tooltip);
    layout(); // the label may have changed
}

void EdgeItem::setRoute(std::vector<QPointF> points)
{
    if (points == m_points)
        return;
    m_points = std::move(points);
    layout();
}

void EdgeItem::layout()
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_flat.clear();
    m_shape = QPainterPath();
    m_arrow.clear();
    m_arrowBounds = QRectF();
    m_labelRect = QRectF();
    m_length = 0;
    if (m_points.size() < 2) {
        m_bounds = QRectF();
        update();
        return;
    }
    // The arrowhead takes the end of the last segment; the line stops at its base.
    std::vector<QPointF> line = m_points;
    const QPointF end = line.back();
    const QLineF last(line[line.size() - 2], end);
    if (last.length() > kArrowLength) {
        const QPointF unit = (end - last.p1()) / last.length();
        const QPointF normal(-unit.y(), unit.x());
        const QPointF base = end - unit * kArrowLength;
        m_arrow << end << base + normal * kArrowHalfWidth << base - normal * kArrowHalfWidth;
        m_arrowBounds = m_arrow.boundingRect();
        line.back() = base;
    }
    // Rounded corners: each bend is cut by up to kCornerRadius, never more than half of
    // either segment, so short jogs stay visible.
    m_path.moveTo(line.front());
    double longest = -1;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const QLineF seg(line[i - 1], line[i]);
        m_length += seg.length();
        if (seg.length() > longest) {
            longest = seg.length();
            m_middle = seg.center();
        }
        if (i + 1 < line.size()) {
            const QLineF next(line[i], line[i + 1]);
            const qreal r = std::min({kCornerRadius, seg.length() / 2, next.length() / 2});
            if (r > 0.5 && m_style == EdgeStyle::Orthogonal) {
                m_path.lineTo(seg.pointAt(1 - r / seg.length()));
                m_path.quadTo(line[i], next.pointAt(r / next.length()));
                continue;
            }
        }
        m_path.lineTo(line[i]);
    }
    fitLabel(0);
    placeLabel(m_middle);
}

void EdgeItem::fitLabel(qreal width)
{
    m_labelSize = QSizeF();
    m_shownLabel = m_label;
    if (m_label.isEmpty())
        return;
    const QFontMetricsF fm(labelFont());
    if (width > 0)
        m_shownLabel = fm.elidedText(m_label, Qt::ElideMiddle, width - 10);
    m_labelSize = QSizeF(fm.horizontalAdvance(m_shownLabel) + 10, fm.height() + 4);
}

qreal EdgeItem::longestSegment() const
{
    qreal longest = 0;
    for (std::size_t i = 1; i < m_points.size(); ++i)
        longest = std::max(longest, QLineF(m_points[i - 1], m_points[i]).length());
    return longest;
}

std::vector<QPointF> EdgeItem::labelSpots() const
{
    if (m_label.isEmpty() || m_points.size() < 2)
        return {};
    std::vector<std::size_t> order(m_points.size() - 1);
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto length = [&](std::size_t i) { return QLineF(m_points[i], m_points[i + 1]).length(); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return length(a) > length(b); });
    std::vector<QPointF> on;
    std::vector<QPointF> beside;
    for (std::size_t i : order) {
        const QLineF segment(m_points[i], m_points[i + 1]);
        const bool horizontal = std::abs(segment.dy()) < std::abs(segment.dx());
        // Beside the line, touching it: above or below a level segment, left or right of
        // an upright one, for where on the line the label would cover a card.
        const QPointF aside
            = horizontal ? QPointF(0, m_labelSize.height() / 2 + 1) : QPointF(m_labelSize.width() / 2 + 1, 0);
        for (double at : {0.5, 0.25, 0.75}) {
            on.push_back(segment.pointAt(at));
            beside.push_back(segment.pointAt(at) - aside);
            beside.push_back(segment.pointAt(at) + aside);
        }
    }
    on.insert(on.end(), beside.begin(), beside.end());
    return on;
}

void EdgeItem::placeLabel(QPointF center)
{
    prepareGeometryChange();
    m_shape = QPainterPath();
    m_middle = center;
    m_labelRect = m_labelSize.isEmpty()
        ? QRectF()
        : QRectF(center - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
    // Room for a finding badge too, so that it is never cut off when only part is redrawn.
    const qreal r = FindingBadge::kExtent + 1;
    const QRectF badge(badgeCenter() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    m_bounds = m_path.controlPointRect()
                   .united(m_arrowBounds)
                   .united(m_labelRect)
                   .united(badge)
                   .adjusted(-6, -6, 6, 6);
    update();
}

bool EdgeItem::inView(const QRectF& exposed) const
{
    if (!m_labelRect.isNull() && exposed.intersects(m_labelRect))
        return true;
    if (!m_badge.isEmpty() || m_arrowBounds.intersects(exposed))
        return true;
    // The route's segments, as bounding boxes (rounded corners stay within them).
    for (std::size_t i = 1; i < m_points.size(); ++i) {
        const QPointF a = m_points[i - 1], b = m_points[i];
        if (std::max(a.x(), b.x()) >= exposed.left() && std::min(a.x(), b.x()) <= exposed.right()
            && std::max(a.y(), b.y()) >= exposed.top() && std::min(a.y(), b.y()) <= exposed.bottom())
            return true;
    }
    return false;
}

QPointF EdgeItem::badgeCenter() const
{
    const double above = m_labelRect.isNull() ? 0.0 : m_labelRect.height() / 2 + FindingBadge::kRadius + 2;
    return m_middle - QPointF(0, above);
}

void EdgeItem::setBadge(const FindingBadge& badge)
{
    if (badge == m_badge)
        return;
    m_badge = badge;
    setToolTip(badge.tooltip.isEmpty() ? m_tooltip : m_tooltip + QStringLiteral("<hr>") + badge.tooltip);
    update();
}

int EdgeItem::segmentAt(QPointF p) const
{
    for (std::size_t i = 1; i < m_points.size(); ++i) {
        const QRectF near = QRectF(m_points[i - 1], m_points[i]).normalized().adjusted(-kGrab, -kGrab, kGrab, kGrab);
        if (near.contains(p))
            return int(i - 1);
    }
    return -1;
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    // Stroking a routed path is costly and hovering asks for it on every mouse move.
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
        if (!m_labelRect.isNull())
            m_shape.addRect(m_labelRect);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    Q_UNUSED(widget);
    if (m_points.size() < 2)
        return;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const theme::EdgeStyle style = theme::edgeStyle(m_kind);
    const QColor color = isSelected() ? theme::colors().selection : style.color;
    // (Not clipped to option->exposedRect: on partial repaints after a move it left gaps in lines.)
    const QRectF device(0, 0, painter->device()->width(), painter->device()->height());
    const QRectF exposed = painter->worldTransform().inverted().mapRect(device).adjusted(-8, -8, 8, 8);
    // A long edge's bounding rect covers much of the canvas, so most edges are asked to
    // paint while none of their route is in view: leave at once, before any pen is set up.
    if (!inView(exposed))
        return;
    if (lod < 0.3) {
        // A cosmetic hairline far out, aliased as group frames are there, in one call per
        // edge: with every edge in view (a fitted 10,000-node diagram) rasterising
        // antialiased hairlines one segment at a time was a third of a frame.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(color, 0));
        QVarLengthArray<QLineF, 8> segments;
        for (std::size_t i = 1; i < m_points.size(); ++i) {
            QLineF seg(m_points[i - 1], m_points[i]);
            if (clipLine(seg, exposed))
                segments.append(seg);
        }
        painter->drawLines(segments.constData(), int(segments.size()));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool presenting = presentationLook(this);
    const qreal width = isSelected() ? 2.5 : presenting ? 3.2 : 1.6;
    painter->setBrush(Qt::NoBrush);
    if (style.line != Qt::SolidLine) {
        // Dashes of our own, only those in view (see dashPattern).
        if (m_flat.isEmpty()) // flattened finely enough for the closest zoom (4x)
            m_flat
                = QTransform::fromScale(0.25, 0.25).map(m_path.toSubpathPolygons(QTransform::fromScale(4, 4)).value(0));
        const auto [on, off] = dashPattern(style.line);
        QVector<QLineF> dashes;
        dashPieces(m_flat, on * width, off * width, exposed, dashes);
        painter->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        painter->drawLines(dashes);
    } else if (m_length < kLongLine || exposed.contains(m_bounds)) {
        QPen pen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->drawPath(m_path);
    } else {
        // Only the part in view: a long path is stroked whole even where it is clipped away.
        painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (int i = 1; i < m_path.elementCount(); ++i) {
            QLineF seg(m_path.elementAt(i - 1), m_path.elementAt(i));
            if (clipLine(seg, exposed))
                painter->drawLine(seg);
        }
    }
    if (!m_arrow.isEmpty()) {
        painter->setPen(QPen(color, 1.0));
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
    if (!m_labelRect.isNull() && lod > 0.5) {
        painter->setPen(QPen(theme::colors().labelBorder, 1));
        painter->setBrush(theme::colors().labelFill);
        painter->drawRoundedRect(m_labelRect, 4, 4);
        painter->setPen(presenting ? theme::colors().text : theme::colors().subtleText);
        painter->setFont(labelFont());
        painter->drawText(m_labelRect, Qt::AlignCenter, m_shownLabel);
    }
    if (!m_badge.isEmpty())
        paintFindingBadge(painter, badgeCenter(), m_badge);
}

} // namespace cw
