#pragma once

#include "cost/money.h"

#include <QStringList>

namespace cw {
class Architecture;
class Catalog;
class UndoRecord;
} // namespace cw

namespace cw::cost {

class PriceBook;

/// What an applied edit does to month 1's bill: the nodes it added, removed or changed,
/// each priced before and after. A node's cost depends only on the node and the
/// diagram's provider and region (docs/cost.md), so this is exactly the change of the
/// total, without pricing the rest of the diagram.
struct ChangeCost {
    Money monthly;       ///< the difference over the nodes whose cost is known before and after
    QStringList unknown; ///< one line per node whose difference is unknown: "name: reason"
    int nodes = 0;       ///< nodes whose month-1 figure or status changed

    bool known() const { return unknown.isEmpty(); }
};

/// Prices record's nodes before and after (model supplies provider and region; an edit
/// that changes them is priced at the region after). Usage not set and unknown prices are
/// named in `unknown`, never counted as zero; kinds that are not billed cost nothing.
ChangeCost costOfChange(
    const Catalog& catalog, const PriceBook& book, const Architecture& model, const UndoRecord& record);

} // namespace cw::cost
