#pragma once

#include "report.h"

#include <QString>

namespace cw::report {

/// The report as Markdown (GitHub flavour) for a repository README or wiki. The
/// pictures are files the caller writes next to the .md: diagramImage and chartImage are
/// their relative names ("diagram.svg", "cost.svg"); an empty name leaves that picture
/// out. Every text from the diagram is escaped: HTML-significant characters as entities,
/// Markdown syntax with backslashes, and `|` in table cells.
/// diagramCaption, when given, follows the picture (what an overview leaves out).
QString toMarkdown(const Report& report, const QString& diagramImage, const QString& chartImage,
    const QString& diagramCaption = QString());

/// text as literal Markdown inline text (also safe in a table cell): no line breaks,
/// < > & as entities, Markdown punctuation backslash-escaped.
QString markdownEscaped(const QString& text);

} // namespace cw::report
