#pragma once

#include "model/diagram.h"

#include <QPixmap>
#include <QSize>

namespace cw {

class Catalog;

/// A diagram drawn small for the start page by the read-only view (ViewScene and
/// image::DiagramImage, as File > Export Image draws it, findings as badges), fitted and
/// centred on white in size logical pixels at the device pixel ratio dpr. Drawn once per
/// key, size and ratio, then kept (QPixmapCache).
QPixmap diagramThumbnail(const QString& key, const Diagram& diagram, const Catalog& catalog, QSize size, qreal dpr);

/// How many thumbnails have been drawn (not taken from the cache) so far.
int thumbnailsDrawn();

} // namespace cw
