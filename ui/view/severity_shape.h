#pragma once

#include "rules/finding.h"

#include <QIcon>
#include <QPainterPath>
#include <QPointF>

namespace cw {

/// The outline that tells a finding's severity apart without its colour (for colour-blind
/// eyes, greyscale prints and the dark theme alike): an octagon for errors, as a stop sign,
/// a triangle for warnings, a circle for info. Canvas badges, the legend and the findings
/// list all draw it.
QPainterPath severityShape(Severity severity, QPointF center, qreal radius);

/// The mark drawn inside a shape when it carries no number: "!" for errors and warnings,
/// "i" for info.
QString severityMark(Severity severity);

/// A small icon of the shape, filled with the severity's colour of the active theme and
/// marked, for lists (the findings panel).
QIcon severityIcon(Severity severity);

} // namespace cw
