#include "finding_badge.h"

#include "severity_shape.h"
#include "theme.h"

#include <QPainter>

namespace cw {

void paintFindingBadge(QPainter* painter, QPointF center, const FindingBadge& badge)
{
    if (badge.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const double r = FindingBadge::kRadius;
    if (badge.count == 0) {
        // Everything here is suppressed: shown, but quietly.
        painter->setPen(QPen(theme::colors().subtleText, 1.5, Qt::DashLine));
        painter->setBrush(theme::colors().cardFill);
        painter->drawEllipse(center, r - 2, r - 2);
        painter->restore();
        return;
    }
    // The shape says the severity as well as the colour: octagon, triangle, circle.
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(theme::severityColor(badge.worst));
    painter->drawPath(severityShape(badge.worst, center, r));
    // A triangle has less room: its number is smaller and sits a little lower, in the wide part.
    const bool triangle = badge.worst == Severity::Warning;
    QFont f = painter->font();
    f.setPointSizeF(triangle ? 6.5 : 7.5);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(triangle ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white)); // dark on amber, as warning signs
    const qreal down = triangle ? r * 0.15 : 0.0;
    painter->drawText(QRectF(center.x() - r, center.y() - r + down, 2 * r, 2 * r), Qt::AlignCenter,
        badge.count > 9 ? QStringLiteral("9+") : QString::number(badge.count));
    painter->restore();
}

} // namespace cw
