#pragma once

#include "cost/cost_model.h"

#include <QHash>
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
/// The budget in one sentence, without a final stop: "Budget: $1,200.00 a month; the
/// total goes over it in month 10". The command line and the report both say this.
/// Needs p.budget.
QString budgetText(const Projection& p);
/// What each card shows of month 1: "$12.00/mo" when priced, "usage?" when its usage
/// is not set, "unknown" when a price is unknown; nothing for kinds that are not billed.
/// The editor, `cloudwright render` and the report's figure all draw these.
QHash<Id, QString> cardCostTexts(const Projection& p);
/// "7 priced, 2 usage-dependent, 1 unpriced".
QString coverageText(const Projection& p);
/// A CSV field quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& text);

} // namespace cw::cost
