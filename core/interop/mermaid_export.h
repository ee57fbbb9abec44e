#pragma once

#include "interop/export_text.h"

#include <QRectF>

namespace cw::interop {

/// The diagram as Mermaid `architecture-beta` text: groups nested with `in`, services
/// with the catalog's icon, edges with the sides of the cards that face each other.
ExportResult mermaidExport(const Diagram& diagram, const Catalog& catalog);

/// A title Mermaid's grammar takes inside [...]: ASCII letters, digits, '_' and spaces
/// only (accents dropped, anything else a space); `fallback` when nothing is left.
QString mermaidTitle(const QString& text, const QString& fallback);

/// The sides an edge leaves `from` and enters `to` by ("L", "R", "T" or "B"): the side of
/// each box that faces the other, left/right when they are further apart across than down.
std::pair<QChar, QChar> facingSides(const QRectF& from, const QRectF& to);

} // namespace cw::interop
