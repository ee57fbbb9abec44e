#pragma once

#include <QByteArray>
#include <QString>

namespace cw::report {

/// An SVG document made fit to sit inside an HTML page: re-serialized element by element,
/// so the XML prolog, doctype, comments and processing instructions go, and so do scripts,
/// foreignObject, event-handler attributes (on...), and links that are not "#fragment" or
/// "data:image/..." (a report makes no requests and runs nothing from a file). The root
/// keeps its viewBox, width, height and namespace declarations only, plus `extraRootAttributes`
/// (already escaped, e.g. ` class="figure-svg"`). Empty, with error set (naming the line),
/// when svg is not well-formed XML or has no <svg> root.
QString inlineSvg(const QByteArray& svg, const QString& extraRootAttributes, QString* error);

} // namespace cw::report
