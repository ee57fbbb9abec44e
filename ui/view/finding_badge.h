#pragma once

#include "rules/finding.h"

#include <QPointF>
#include <QString>

class QPainter;

namespace cw {

/// What a node or edge shows of its findings: a badge in the colour and the shape of the
/// worst severity (severity_shape.h: octagon, triangle, circle) with their number, or a
/// hollow grey circle when all are suppressed.
struct FindingBadge {
    int count = 0;      ///< findings not suppressed
    int suppressed = 0; ///< findings suppressed
    Severity worst = Severity::Info;
    QString tooltip; ///< rich text: each finding, why and how to fix

    bool isEmpty() const { return count == 0 && suppressed == 0; }
    bool operator==(const FindingBadge& o) const
    {
        return count == o.count && suppressed == o.suppressed && worst == o.worst && tooltip == o.tooltip;
    }
    bool operator!=(const FindingBadge& o) const { return !(*this == o); }

    static constexpr double kRadius = 9.0;
    /// How far the badge reaches from its centre: the warning's triangle, with its outline.
    static constexpr double kExtent = kRadius * 1.2 + 1.0;
};

/// Draws the badge centred on a point.
void paintFindingBadge(QPainter* painter, QPointF center, const FindingBadge& badge);

} // namespace cw
