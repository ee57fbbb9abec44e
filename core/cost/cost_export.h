#pragma once

#include "cost/cost_model.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace cw::cost {

// The projection as `cloudwright cost --json` and `--csv` print it; the editor's
// export writes the same text, so a file saved from either can be read by the same tools.

/// One line item as the JSON of `cost --json` gives it (component, key, quantity, unit,
/// unitPrice, monthly, source...), for every command that prints line items.
nlohmann::ordered_json lineItemJson(const LineItem& line);
/// The JSON document, indented by two, ending in a newline.
QString projectionJson(const Projection& p);
/// "node,kind,category,status,month,usd" and one row per node per month; an empty usd
/// when the node is not priced (never 0).
QString projectionCsv(const Projection& p);
/// "$1,234.57": whole cents for reading (the JSON keeps every micro-dollar).
QString usdText(Money m);
/// A difference: "+$12.00", "-$3.50", "$0.00" (a plus only above zero).
QString signedUsdText(Money m);
/// "7 priced, 2 usage-dependent, 1 unpriced".
QString coverageText(const Projection& p);
/// A CSV field quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& text);

} // namespace cw::cost
