#pragma once

#include "finding.h"

#include "catalog/catalog.h"
#include "edit/edit_batch.h"

#include <optional>

namespace cw::fix {

/// Whether Cloudwright can fix this finding in one step.
bool canFix(const Finding& finding);
/// Fixes a finding as one undoable edit: adds the missing node and wires it (IAM, a
/// secret manager, monitoring, a budget, an alert), or moves a database into a private
/// subnet. The finding's nodes must still exist; otherwise nothing changes.
/// Where a fix puts the cards it adds: on a free spot near what they serve (the editor),
/// or just near it, overlapping if need be (pricing a fix on a scratch model nobody sees,
/// where looking for room would be most of the work on a large diagram).
enum class Placement { FreeSpot, Near };
EditResult quickFix(
    Architecture& model, const Catalog& catalog, const Finding& finding, Placement placement = Placement::FreeSpot);

/// The monthly limit the no-cost-controls fix proposes, in whole dollars: month 1's
/// estimate plus 20%, rounded up to a whole ten dollars (at least $10). None when the
/// estimate is incomplete (a node unpriced, or billed by usage that is not set).
std::optional<qint64> proposedBudgetLimit(const Architecture& model, const Catalog& catalog);

} // namespace cw::fix
