#include "finding_badge.h"

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
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(theme::severityColor(badge.worst));
    painter->drawEllipse(center, r, r);
    QFont f = painter->font();
    f.setPointSizeF(7.5);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
        badge.count > 9 ? QStringLiteral("9+") : QString::number(badge.count));
    painter->restore();
}

} // namespace cw
