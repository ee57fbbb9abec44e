#pragma once

#include "report/diagram_figure.h"
#include "rules/finding.h"

#include <vector>

namespace cw {

class Architecture;
class Catalog;

namespace image {

/// Past this many nodes a report's picture is an overview (below): drawn in full, a
/// 10,000-node diagram is an SVG of hundreds of megabytes that no page shows legibly.
inline constexpr int kDetailedFigureUpTo = 1000;

/// The diagram at a glance, straight from the model (no scene, no routing): groups as
/// outlined frames, each card a block in its category's colour, cards with an error
/// outlined in red and marked with an octagon ("!"), as the badges; edges left out. The
/// figure's caption says so.
report::DiagramFigure overviewFigure(
    const Architecture& model, const Catalog& catalog, const std::vector<Finding>& findings);

} // namespace image
} // namespace cw
