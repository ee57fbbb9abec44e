#pragma once

#include <QFont>
#include <QSize>

class QPainter;

namespace cw {

/// The key to the diagram: how each edge kind is drawn (request, data, event, control),
/// what the badges' shapes and colours mean (error, warning, info, all suppressed) and how
/// public and private subnets differ (hatched or plain), on a white
/// rounded panel. The editor shows it over the canvas (CanvasLegend); images can add it.
/// Draws it with its top-left corner at the painter's origin.
void paintDiagramLegend(QPainter* painter, const QFont& font);
/// Its size in the painter's units for a font.
QSize diagramLegendSize(const QFont& font);
/// The font the legend is drawn in: small, as the edge labels.
QFont diagramLegendFont();

} // namespace cw
