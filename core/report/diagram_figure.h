#pragma once

#include "model/kinds.h"

#include <QByteArray>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <utility>
#include <vector>

namespace cw::report {

/// The diagram as a picture for a report, drawn by the read-only view (ui/view): a whole
/// SVG document, its size, and where each node's card lies in it, so that a report can
/// link findings to the cards they name. Core only holds it; the ui draws it.
struct DiagramFigure {
    QByteArray svg; ///< a complete SVG document; empty when there is no picture
    QSizeF size;    ///< width and height in SVG user units (the viewBox)
    std::vector<std::pair<Id, QRectF>> cards; ///< each node's card, in SVG user units
    QString caption; ///< what the picture leaves out, when it is an overview; else empty
};

} // namespace cw::report
