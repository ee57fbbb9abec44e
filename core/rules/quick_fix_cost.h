#pragma once

#include "finding.h"

#include "cost/money.h"

#include <QString>

#include <optional>

namespace cw {
class Architecture;
class Catalog;
namespace cost {
class PriceBook;
}
} // namespace cw

namespace cw::fix {

/// What a quick fix adds to the monthly bill, worked out by applying it and pricing the
/// nodes it adds or changes (month 1, list prices; docs/cost.md).
struct FixCost {
    QString adds;                       ///< "adds Secrets Manager", "changes no service"
    std::optional<cost::Money> monthly; ///< none when unknown
    QString reason;                     ///< why it is unknown: usage not set, no list price

    /// "adds Secrets Manager: +$0.40 a month", "adds CloudWatch: cost unknown (…)".
    QString text() const;
    /// "+$0.40/mo", "$0.00/mo", "?/mo": for a button.
    QString shortText() const;
};

/// The cost of the finding's quick fix, tried on a copy of model (model itself is not
/// touched); none when the finding has no quick fix or the fix is refused. Copying is
/// proportional to the diagram: ask for the findings a user looks at, not all of them.
std::optional<FixCost> quickFixCost(
    const Architecture& model, const Catalog& catalog, const cost::PriceBook& book, const Finding& finding);
/// The same without a copy: applies the fix to scratch and undoes it, so scratch ends as
/// it began. For a model no view watches (the command line); it emits changed() twice.
std::optional<FixCost> quickFixCostInPlace(
    Architecture& scratch, const Catalog& catalog, const cost::PriceBook& book, const Finding& finding);

} // namespace cw::fix
