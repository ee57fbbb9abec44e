#pragma once

#include "diagram_figure.h"
#include "report.h"

#include <QString>

namespace cw::report {

/// The report as one self-contained HTML5 file (XHTML-compatible: it also parses as
/// XML): styles inline, the diagram and the cost chart as inline SVG, no scripts and no
/// requests. Readable on a phone (tables scroll sideways) and printable. Each finding's
/// nodes link to their cards in the diagram (#node-ID, see nodeAnchor), and hovering a
/// finding outlines its cards (CSS :has()). Every text from the diagram is escaped.
QString toHtml(const Report& report, const DiagramFigure& figure);

} // namespace cw::report
