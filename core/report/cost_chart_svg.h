#pragma once

#include "report.h"

#include <QString>

namespace cw::report {

/// The cost over time as a self-contained SVG document (no fonts or images fetched):
/// months on x, USD on y, one stacked area per category with the total as a line on
/// top, the budget as a dashed line with its label when the diagram has one, a title
/// and a legend. Every text from the diagram is escaped. Without an XML prolog, so the
/// same text is a standalone .svg file and inline SVG inside HTML. No title: "Cost over time",
/// in the user's language.
QString costChartSvg(const CostSection& cost, const QString& title = QString());

} // namespace cw::report
