#pragma once

#include <QString>

namespace cw::report {

/// text for XML and HTML content and attribute values: & < > " ' as entities, and the
/// characters XML forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone
/// surrogates) dropped, so no name from a diagram can close a tag or break the file.
/// With keepBreaks, tabs and line feeds become character references (&#9; &#10;) and
/// carriage returns are dropped, so an attribute value keeps its line breaks through
/// an XML parser's normalisation (draw.io's labels).
QString xmlEscaped(const QString& text, bool keepBreaks = false);

/// A "#RRGGBB" colour as given, or fallback when it is anything else (a colour comes
/// from the catalog, but it still lands inside an attribute).
QString safeColor(const QString& color, const QString& fallback = QStringLiteral("#888888"));

} // namespace cw::report
