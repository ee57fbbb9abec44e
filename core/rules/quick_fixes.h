#pragma once

#include "finding.h"

#include "catalog/catalog.h"
#include "cost/money.h"
#include "edit/edit_batch.h"

#include <optional>

namespace cw::fix {

/// Whether Cloudwright can fix this finding in one step.
bool canFix(const Finding& finding);

/// Where a fix puts the cards it adds: on a free spot next to what they serve, in its group
/// (the editor), or just near it, overlapping if need be (pricing a fix on a scratch model
/// nobody sees, where looking for room would be most of the work on a large diagram).
enum class Placement { FreeSpot, Near };

struct FixOptions {
    Placement placement = Placement::FreeSpot;
    /// The monthly limit, in whole dollars, of a budget the fix adds or completes; when
    /// unset it is proposedBudgetLimit() (none when the estimate is incomplete).
    std::optional<qint64> budgetLimit;
};

/// Fixes a finding as one undoable edit: adds the missing node and wires it (IAM, a
/// secret manager, monitoring, a budget, an alert), or moves a database into a private
/// subnet. The finding's nodes must still exist; otherwise nothing changes.
EditResult quickFix(
    Architecture& model, const Catalog& catalog, const Finding& finding, const FixOptions& options = {});

/// Whether fixing this finding gives a budget its monthly limit (the editor asks for it).
bool fixAsksForBudgetLimit(const Architecture& model, const Catalog& catalog, const Finding& finding);

/// A monthly limit for a new budget, worked out from month 1's estimate.
struct BudgetProposal {
    cost::Money estimate; ///< month 1, of the nodes that have a price
    QList<Id> leftOut;    ///< billed nodes the estimate leaves out (no price, usage not set)
    qint64 limit = 0;     ///< friendlyLimit(estimate), in whole dollars
    bool complete() const { return leftOut.isEmpty(); }
};
BudgetProposal proposeBudgetLimit(const Architecture& model, const Catalog& catalog);

/// A monthly estimate plus 20% headroom, rounded up to two significant figures, in whole
/// dollars and at least $10: $1,234.00 -> $1,500 ($1,481 with headroom), $72.50 -> $90.
qint64 friendlyLimit(cost::Money monthly);

/// The limit the no-cost-controls fix sets when nobody is asked: the proposal, or none
/// when the estimate is incomplete (a total that leaves a node out would be too low).
std::optional<qint64> proposedBudgetLimit(const Architecture& model, const Catalog& catalog);

} // namespace cw::fix
